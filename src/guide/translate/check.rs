//! The validator's rules for translations: `missing-translation` at a
//! source text an overlay does not give, `stale-translation` at an entry
//! whose source text changed or is gone.

use crate::guide::load::parse_file;
use crate::guide::locate::{Locations, Pos, Seg};
use crate::guide::pack::Pack;
use crate::guide::problem::{Problem, Rule};

use super::{
    Overlay, Slot, fingerprint, language_name, list_fingerprint, overlay_path,
    translated_languages, visit_guide, visit_manifest,
};

/// The validator's part: for every declared translation, a warning for
/// each text missing from it (at the source text) and each entry the
/// source has outgrown or no longer has (at the entry); a broken overlay
/// file is reported as any broken file is.
pub fn check(pack: &Pack) -> Vec<Problem> {
    profiling::function_scope!();
    let mut problems = Vec::new();
    let languages = translated_languages(&pack.manifest).to_vec();
    for lang in &languages {
        let mut files: Vec<(String, Option<&Locations>)> = vec![(
            crate::guide::load::MANIFEST_FILE.to_owned(),
            Some(&pack.manifest_locations),
        )];
        if !pack.manifest_loaded {
            files.clear();
        }
        files.extend(
            pack.guides
                .iter()
                .map(|g| (g.file.clone(), Some(&g.locations))),
        );
        for (file, locations) in files {
            let path = overlay_path(&file, lang);
            let overlay = match parse_file::<Overlay>(&pack.source, &path) {
                Ok(parsed) => Some(parsed),
                Err(problem) if problem.rule == Rule::File && !exists(pack, &path) => None,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            // A copy of the source to walk: its texts are read, never changed.
            let mut seen = std::collections::HashSet::new();
            // Positions are found only for what is reported: finding one
            // reads the file, and a clean pack reports nothing.
            let mut on_text = |key: String, at: Vec<Seg>, text: String, is_list: bool| {
                let entry = overlay.as_ref().and_then(|(o, _)| {
                    if is_list {
                        let (words, print) = o.lists.get(&key)?;
                        Some((words.is_empty(), print.clone()))
                    } else {
                        let (words, print) = o.texts.get(&key)?;
                        Some((words.trim().is_empty(), print.clone()))
                    }
                });
                match entry {
                    None | Some((true, _)) => problems.push(Problem::warning(
                        Rule::MissingTranslation,
                        &file,
                        locations.map_or(Pos::START, |l| l.value(&at, 0)),
                        format!(
                            "\"{key}\" has no {} translation yet: add it to {path}",
                            language_name(lang)
                        ),
                    )),
                    Some((false, print)) if print != text => {
                        let map = if is_list { "lists" } else { "texts" };
                        let at = overlay.as_ref().map_or(Pos::START, |(_, locs)| {
                            locs.key(&[Seg::key(map), Seg::owned(&key)], 0)
                        });
                        problems.push(Problem::warning(
                            Rule::StaleTranslation,
                            &path,
                            at,
                            format!(
                                "the source text of \"{key}\" changed after it was translated: check the translation, then write its new fingerprint \"{text}\""
                            ),
                        ));
                    }
                    Some(_) => {}
                }
                seen.insert(key);
            };
            if file == crate::guide::load::MANIFEST_FILE {
                let mut manifest = pack.manifest.clone();
                visit_manifest(&mut manifest, &mut |key, at, slot| {
                    walk_slot(key, at, slot, &mut on_text)
                });
            } else if let Some(loaded) = pack.guides.iter().find(|g| g.file == file) {
                let mut guide = loaded.guide.clone();
                visit_guide(&mut guide, &mut |key, at, slot| {
                    walk_slot(key, at, slot, &mut on_text)
                });
            }
            if let Some((overlay, locs)) = &overlay {
                for (map, keys) in [
                    ("texts", overlay.texts.keys().collect::<Vec<_>>()),
                    ("lists", overlay.lists.keys().collect()),
                ] {
                    for key in keys {
                        if !seen.contains(key) {
                            problems.push(Problem::warning(
                                Rule::StaleTranslation,
                                &path,
                                locs.key(&[Seg::key(map), Seg::owned(key)], 0),
                                format!("{file} has no text \"{key}\" any more: remove this entry"),
                            ));
                        }
                    }
                }
            }
        }
    }
    problems
}

/// Hands a slot's current fingerprint to `on_text`.
fn walk_slot(
    key: String,
    at: Vec<Seg>,
    slot: Slot<'_>,
    on_text: &mut dyn FnMut(String, Vec<Seg>, String, bool),
) {
    match slot {
        Slot::Text(text) => on_text(key, at, fingerprint(text), false),
        Slot::List(list) => on_text(key, at, list_fingerprint(list), true),
    }
}

fn exists(pack: &Pack, path: &str) -> bool {
    pack.source.read(path, 1 << 20).is_ok()
}
