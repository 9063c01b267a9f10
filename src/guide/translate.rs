//! Guides in other languages: a translation is an overlay file per guide
//! (`data/<lang>/<file>.ron`, and `data/<lang>/pack.ron` for the home
//! screen's words) that gives new words for the texts of the source guide
//! by key (`"get-help.text"`), never new structure: ids, links, pictures
//! and the graph stay in one place.
//!
//! Each entry keeps a fingerprint of the source text it translates, so the
//! validator can say which translations the source has since outgrown
//! ([`check`]); [`localize`] shows the source words wherever a translation
//! is missing or stale. A picture may have a version per language
//! (`assets/<lang>/<name>`), used when present.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::guide::load::parse_file;
use crate::guide::locate::{Locations, Pos, Seg};
use crate::guide::model::{Guide, Manifest, Node, Synonym};
use crate::guide::pack::Pack;
use crate::guide::problem::{Problem, Rule};
use crate::text::ron_string;

/// One overlay file: new words for a guide (or for `pack.ron`).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Translation")]
pub struct Overlay {
    /// Texts by key: `(translation, fingerprint of the source text)`.
    #[serde(default)]
    pub texts: BTreeMap<String, (String, String)>,
    /// Word lists (search keywords) by key: `(words, fingerprint)`. A
    /// language may have more or fewer words than the source.
    #[serde(default)]
    pub lists: BTreeMap<String, (Vec<String>, String)>,
    /// `pack.ron` only: this language's synonyms, instead of the source's.
    #[serde(default)]
    pub synonyms: Option<Vec<Synonym>>,
    /// `pack.ron` only: this language's filler words.
    #[serde(default)]
    pub filler_words: Option<Vec<String>>,
}

/// A translatable place of a guide or manifest, visited by [`visit_guide`]
/// and [`visit_manifest`].
pub enum Slot<'a> {
    /// One text.
    Text(&'a mut String),
    /// A list of words.
    List(&'a mut Vec<String>),
}

/// The fingerprint of a source text: 8 hex digits of its SHA-256.
pub fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// The fingerprint of a list of words.
pub fn list_fingerprint(words: &[String]) -> String {
    fingerprint(&words.join("\u{1f}"))
}

/// Every translatable place of a guide, with its key and its path in the
/// guide file (for positions), in file order.
pub fn visit_guide(guide: &mut Guide, visit: &mut dyn FnMut(String, Vec<Seg>, Slot<'_>)) {
    let key = Seg::key;
    visit(
        "title".into(),
        vec![key("title")],
        Slot::Text(&mut guide.title),
    );
    for (i, line) in guide.summary.iter_mut().enumerate() {
        visit(
            format!("summary.{i}"),
            vec![key("summary"), Seg::Index(i)],
            Slot::Text(line),
        );
    }
    if !guide.keywords.is_empty() {
        visit(
            "keywords".into(),
            vec![key("keywords")],
            Slot::List(&mut guide.keywords),
        );
    }
    let ids: Vec<String> = guide.nodes.iter().map(|(id, _)| id.to_owned()).collect();
    for (position, id) in ids.iter().enumerate() {
        if !guide.nodes.is_first(position) {
            continue;
        }
        let Some(node) = guide.nodes.get_mut(id) else {
            continue;
        };
        let base = |rest: &[Seg]| {
            let mut path = vec![key("nodes"), Seg::owned(id)];
            path.extend_from_slice(rest);
            path
        };
        let mut text = |field: String, path: Vec<Seg>, value: &mut String| {
            if !value.trim().is_empty() {
                visit(format!("{id}.{field}"), base(&path), Slot::Text(value));
            }
        };
        match node {
            Node::Step(step) => {
                text("title".into(), vec![key("title")], &mut step.title);
                text("text".into(), vec![key("text")], &mut step.text);
                for (i, check) in step.checks.iter_mut().enumerate() {
                    text(
                        format!("checks.{i}"),
                        vec![key("checks"), Seg::Index(i)],
                        check,
                    );
                }
                for (i, link) in step.links.iter_mut().enumerate() {
                    let path = vec![key("links"), Seg::Index(i), key("label")];
                    text(format!("links.{i}.label"), path, &mut link.label);
                }
                if let Some(stuck) = &mut step.stuck {
                    let path = vec![key("stuck"), key("label")];
                    text("stuck.label".into(), path, &mut stuck.label);
                }
                if let Some(shot) = &mut step.shot {
                    shot_texts(shot, &mut text);
                }
            }
            Node::Question(question) => {
                text("prompt".into(), vec![key("prompt")], &mut question.prompt);
                text("text".into(), vec![key("text")], &mut question.text);
                for (i, option) in question.options.iter_mut().enumerate() {
                    let path = vec![key("options"), Seg::Index(i), key("label")];
                    text(format!("options.{i}.label"), path, &mut option.label);
                }
                if let Some(shot) = &mut question.shot {
                    shot_texts(shot, &mut text);
                }
            }
            Node::Outcome(outcome) => {
                text("title".into(), vec![key("title")], &mut outcome.title);
                text("text".into(), vec![key("text")], &mut outcome.text);
                for (i, tip) in outcome.tips.iter_mut().enumerate() {
                    text(format!("tips.{i}"), vec![key("tips"), Seg::Index(i)], tip);
                }
                for (i, link) in outcome.links.iter_mut().enumerate() {
                    let path = vec![key("links"), Seg::Index(i), key("label")];
                    text(format!("links.{i}.label"), path, &mut link.label);
                }
                for (i, option) in outcome.options.iter_mut().enumerate() {
                    let path = vec![key("options"), Seg::Index(i), key("label")];
                    text(format!("options.{i}.label"), path, &mut option.label);
                }
            }
            Node::Call(_) | Node::Return => {}
        }
    }
}

fn shot_texts(
    shot: &mut crate::guide::model::Shot,
    text: &mut dyn FnMut(String, Vec<Seg>, &mut String),
) {
    let key = Seg::key;
    text(
        "shot.alt".into(),
        vec![key("shot"), key("alt")],
        &mut shot.alt,
    );
    for (i, mark) in shot.marks.iter_mut().enumerate() {
        let Some(label) = mark.kind().label().map(str::to_owned) else {
            continue;
        };
        let mut value = label.clone();
        let path = vec![key("shot"), key("marks"), Seg::Index(i)];
        text(format!("shot.marks.{i}.label"), path, &mut value);
        if value != label {
            mark.kind_mut().set_label(&value);
        }
    }
}

/// Every translatable place of `pack.ron`: its title, description and
/// search hint, and each scenario's title, description and keywords.
pub fn visit_manifest(manifest: &mut Manifest, visit: &mut dyn FnMut(String, Vec<Seg>, Slot<'_>)) {
    let key = Seg::key;
    for (field, value) in [
        ("title", &mut manifest.title),
        ("description", &mut manifest.description),
        ("search_hint", &mut manifest.search_hint),
        ("language_note", &mut manifest.language_note),
    ] {
        if !value.trim().is_empty() {
            visit(field.into(), vec![key(field)], Slot::Text(value));
        }
    }
    for (i, scenario) in manifest.scenarios.iter_mut().enumerate() {
        let id = scenario.id.clone();
        let at = |field: &'static str| vec![key("scenarios"), Seg::Index(i), key(field)];
        visit(
            format!("scenarios.{id}.title"),
            at("title"),
            Slot::Text(&mut scenario.title),
        );
        if !scenario.description.trim().is_empty() {
            visit(
                format!("scenarios.{id}.description"),
                at("description"),
                Slot::Text(&mut scenario.description),
            );
        }
        if !scenario.keywords.is_empty() {
            visit(
                format!("scenarios.{id}.keywords"),
                at("keywords"),
                Slot::List(&mut scenario.keywords),
            );
        }
    }
}

/// The overlay file of `file` (`data/x.ron`) in `lang`: `data/<lang>/x.ron`.
pub fn overlay_path(file: &str, lang: &str) -> String {
    match file.strip_prefix("data/") {
        Some(rest) => format!("data/{lang}/{rest}"),
        None => format!("data/{lang}/{file}"),
    }
}

pub use crate::guide::model::{is_overlay_file, translated_languages};

/// What [`localize`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    /// The language shown, if the pack has it (None: the source language).
    pub lang: Option<String>,
    /// How many texts were shown in this language.
    pub translated: usize,
    /// How many stayed in the source language (missing or stale).
    pub untranslated: usize,
}

impl Localized {
    /// True when the pack is in this language only in part.
    pub fn is_partial(&self) -> bool {
        self.lang.is_some() && self.untranslated > 0
    }
}

/// Puts `lang`'s words into the pack where its overlays have a current
/// translation, and its pictures where `assets/<lang>/` has one. The
/// pseudo-locale (`pseudo`) is made from the source words. A language the
/// pack does not declare leaves it as it is.
pub fn localize(pack: &mut Pack, lang: &str) -> Localized {
    profiling::function_scope!();
    let mut done = Localized::default();
    if lang == "pseudo" {
        let mut visit = |_: String, _: Vec<Seg>, slot: Slot<'_>| match slot {
            Slot::Text(text) => *text = crate::i18n::pseudo_text(text),
            Slot::List(_) => {}
        };
        visit_manifest(&mut pack.manifest, &mut visit);
        for loaded in &mut pack.guides {
            visit_guide(&mut loaded.guide, &mut visit);
            // A test language: the citations change too, so any English
            // word left on screen is one the window wrote itself.
            for source in &mut loaded.guide.sources {
                source.title = crate::i18n::pseudo_text(&source.title);
            }
        }
        done.lang = Some(lang.to_owned());
        return done;
    }
    if !translated_languages(&pack.manifest)
        .iter()
        .any(|l| l == lang)
    {
        return done;
    }
    done.lang = Some(lang.to_owned());
    let source = pack.source.clone();
    let read = |file: &str| parse_file::<Overlay>(&source, &overlay_path(file, lang)).ok();
    if let Some(overlay) = read(crate::guide::load::MANIFEST_FILE) {
        apply(&overlay, &mut done, &mut |visit| {
            visit_manifest(&mut pack.manifest, visit)
        });
        if let Some(synonyms) = overlay.0.synonyms {
            pack.manifest.synonyms = synonyms;
        }
        if let Some(filler) = overlay.0.filler_words {
            pack.manifest.filler_words = filler;
        }
    } else {
        count_all(&mut done, &mut |visit| {
            visit_manifest(&mut pack.manifest, visit)
        });
    }
    let pictures: std::collections::HashSet<String> = source
        .asset_files()
        .into_iter()
        .filter_map(|f| f.strip_prefix(&format!("{lang}/")).map(str::to_owned))
        .collect();
    for loaded in &mut pack.guides {
        match read(&loaded.file) {
            Some(overlay) => apply(&overlay, &mut done, &mut |visit| {
                visit_guide(&mut loaded.guide, visit)
            }),
            None => count_all(&mut done, &mut |visit| {
                visit_guide(&mut loaded.guide, visit)
            }),
        }
        if !pictures.is_empty() {
            for (_, node) in loaded.guide.nodes.iter_mut() {
                let shot = match node {
                    Node::Step(step) => step.shot.as_mut(),
                    Node::Question(question) => question.shot.as_mut(),
                    _ => None,
                };
                if let Some(shot) = shot
                    && pictures.contains(&shot.image)
                {
                    shot.image = format!("{lang}/{}", shot.image);
                }
            }
        }
    }
    done
}

type Visitor<'v> = dyn FnMut(String, Vec<Seg>, Slot<'_>) + 'v;

fn apply(
    overlay: &(Overlay, Locations),
    done: &mut Localized,
    walk: &mut dyn FnMut(&mut Visitor<'_>),
) {
    let overlay = &overlay.0;
    walk(&mut |key, _, slot| match slot {
        Slot::Text(text) => match overlay.texts.get(&key) {
            Some((words, print)) if !words.trim().is_empty() && *print == fingerprint(text) => {
                *text = words.clone();
                done.translated += 1;
            }
            _ => done.untranslated += 1,
        },
        Slot::List(list) => match overlay.lists.get(&key) {
            Some((words, print)) if !words.is_empty() && *print == list_fingerprint(list) => {
                *list = words.clone();
                done.translated += 1;
            }
            _ => done.untranslated += 1,
        },
    });
}

fn count_all(done: &mut Localized, walk: &mut dyn FnMut(&mut Visitor<'_>)) {
    walk(&mut |_, _, _| done.untranslated += 1);
}

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

/// A language's name for messages to authors: "Spanish (es)".
pub fn language_name(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "es" => "Spanish",
        "de" => "German",
        "fr" => "French",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        _ => return format!("\"{code}\""),
    };
    format!("{name} ({code})")
}

/// A new or updated overlay file for `file` in `lang`, as RON: every key
/// of the source with its fingerprint, the source text above it as a
/// comment; what `existing` already translates is kept, the rest is left
/// empty for a translator (and `stepwise check` warns until it is filled).
pub fn skeleton(pack: &Pack, file: &str, lang: &str, existing: Option<&Overlay>) -> Option<String> {
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut texts = String::new();
    let mut lists = String::new();
    let mut add = |key: String, _: Vec<Seg>, slot: Slot<'_>| match slot {
        Slot::Text(text) => {
            let print = fingerprint(text);
            let kept = existing
                .and_then(|o| o.texts.get(&key))
                .filter(|(_, p)| *p == print)
                .map(|(w, _)| w.clone())
                .unwrap_or_default();
            let _ = writeln!(texts, "        // {}", one_line(text));
            let _ = writeln!(
                texts,
                "        {}: ({}, \"{print}\"),",
                ron_string(&key),
                ron_string(&kept)
            );
        }
        Slot::List(list) => {
            let print = list_fingerprint(list);
            let kept = existing
                .and_then(|o| o.lists.get(&key))
                .filter(|(_, p)| *p == print)
                .map(|(w, _)| w.clone())
                .unwrap_or_default();
            let words: Vec<String> = kept.iter().map(|w| ron_string(w)).collect();
            let _ = writeln!(lists, "        // {}", one_line(&list.join(", ")));
            let _ = writeln!(
                lists,
                "        {}: ([{}], \"{print}\"),",
                ron_string(&key),
                words.join(", ")
            );
        }
    };
    if file == crate::guide::load::MANIFEST_FILE {
        let mut manifest = pack.manifest.clone();
        visit_manifest(&mut manifest, &mut add);
    } else {
        let mut guide = pack.guides.iter().find(|g| g.file == file)?.guide.clone();
        visit_guide(&mut guide, &mut add);
    }
    let _ = writeln!(
        out,
        "// {} words for {file}. Each entry: the translation, then the fingerprint\n// of the source text it translates (`stepwise check` warns when the source\n// changes). `stepwise translate {lang}` adds entries for new texts.",
        language_name(lang)
    );
    let _ = writeln!(
        out,
        "Translation(\n    texts: {{\n{texts}    }},\n    lists: {{\n{lists}    }},"
    );
    if file == crate::guide::load::MANIFEST_FILE {
        let synonyms = existing.and_then(|o| o.synonyms.as_ref());
        let _ = writeln!(
            out,
            "    // This language's own words that mean the same (as in pack.ron).\n    synonyms: ["
        );
        for s in synonyms.into_iter().flatten() {
            let words: Vec<String> = s.words.iter().map(|w| ron_string(w)).collect();
            let _ = writeln!(
                out,
                "        (words: [{}], means: {}),",
                words.join(", "),
                ron_string(&s.means)
            );
        }
        let _ = writeln!(
            out,
            "    ],\n    // Words people type around what they mean, in this language.\n    filler_words: ["
        );
        let filler: Vec<String> = existing
            .and_then(|o| o.filler_words.as_ref())
            .into_iter()
            .flatten()
            .map(|w| ron_string(w))
            .collect();
        if !filler.is_empty() {
            let _ = writeln!(out, "        {},", filler.join(", "));
        }
        let _ = writeln!(out, "    ],");
    }
    out.push_str(")\n");
    Some(out)
}

fn one_line(text: &str) -> String {
    text.replace('\n', " ")
}

/// Every text a reader may see in a pack (titles, descriptions, steps,
/// answers, labels), for the window to check its fonts can draw them.
pub fn visible_texts(pack: &Pack) -> Vec<&str> {
    let mut out: Vec<&str> = vec![&pack.manifest.title, &pack.manifest.description];
    for scenario in &pack.manifest.scenarios {
        out.extend([scenario.title.as_str(), scenario.description.as_str()]);
    }
    for loaded in &pack.guides {
        let guide = &loaded.guide;
        out.push(&guide.title);
        out.extend(guide.summary.iter().map(String::as_str));
        for (_, node) in guide.nodes.iter() {
            match node {
                Node::Step(step) => {
                    out.extend([step.title.as_str(), step.text.as_str()]);
                    out.extend(step.checks.iter().map(String::as_str));
                    out.extend(step.stuck.iter().map(|s| s.label.as_str()));
                }
                Node::Question(question) => {
                    out.extend([question.prompt.as_str(), question.text.as_str()]);
                    out.extend(question.options.iter().map(|o| o.label.as_str()));
                }
                Node::Outcome(outcome) => {
                    out.extend([outcome.title.as_str(), outcome.text.as_str()]);
                    out.extend(outcome.tips.iter().map(String::as_str));
                    out.extend(outcome.options.iter().map(|o| o.label.as_str()));
                }
                Node::Call(_) | Node::Return => {}
            }
            if let Some(shot) = node.shot() {
                out.extend(shot.marks.iter().filter_map(|m| m.kind().label()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::PackSource;

    fn memory_pack(files: &[(&str, &str)]) -> Pack {
        let map: BTreeMap<String, std::sync::Arc<[u8]>> = files
            .iter()
            .map(|(name, text)| ((*name).to_owned(), std::sync::Arc::from(text.as_bytes())))
            .collect();
        let (pack, problems) = Pack::load(PackSource::Memory(std::sync::Arc::new(map)));
        assert!(problems.is_empty(), "{problems:#?}");
        pack
    }

    const MANIFEST: &str = r#"Pack(id: "p", title: "Lamp", languages: ["en", "es"],
        scenarios: [(id: "main", title: "Turn it off", start: "main")])"#;
    const GUIDE: &str = r#"Guide(id: "main", title: "Turn the lamp off", start: "a", nodes: {
        "a": Step(title: "Find the switch", text: "Press it.", next: "b",
                  shot: (image: "lamp.png", alt: "A lamp")),
        "b": Outcome(kind: Solved, title: "Off"),
    })"#;

    fn overlay(entries: &[(&str, &str, &str)]) -> String {
        let body: Vec<String> = entries
            .iter()
            .map(|(key, words, source)| format!("{key:?}: ({words:?}, {:?})", fingerprint(source)))
            .collect();
        format!("Translation(texts: {{ {} }})", body.join(", "))
    }

    #[test]
    fn a_translation_replaces_current_texts_and_leaves_the_rest_in_the_source_language() {
        let es = overlay(&[
            ("title", "Apagar la lámpara", "Turn the lamp off"),
            ("a.title", "Busca el interruptor", "Find the switch"),
            // Made from older English: the source words stay.
            ("a.text", "Púlsalo dos veces.", "Press it twice."),
        ]);
        let mut pack = memory_pack(&[
            ("data/pack.ron", MANIFEST),
            ("data/main.ron", GUIDE),
            ("data/es/main.ron", &es),
            ("assets/lamp.png", ""),
            ("assets/es/lamp.png", ""),
        ]);
        assert_eq!(pack.guides.len(), 1, "the overlay is not read as a guide");
        let done = localize(&mut pack, "es");
        let guide = &pack.guides[0].guide;
        assert_eq!(guide.title, "Apagar la lámpara");
        let Some(Node::Step(step)) = guide.nodes.get("a") else {
            panic!("step a");
        };
        assert_eq!(step.title, "Busca el interruptor");
        assert_eq!(step.text, "Press it.", "a stale translation is not shown");
        assert_eq!(
            step.shot.as_ref().map(|s| s.image.as_str()),
            Some("es/lamp.png")
        );
        assert!(done.is_partial());
        assert_eq!(done.translated, 2);
        // The pack title, the scenario, the alt text, b's title and the stale text.
        assert_eq!(done.untranslated, 5, "{done:?}");
    }

    #[test]
    fn a_language_the_pack_does_not_have_changes_nothing() {
        let mut pack = memory_pack(&[("data/pack.ron", MANIFEST), ("data/main.ron", GUIDE)]);
        let done = localize(&mut pack, "de");
        assert_eq!(done, Localized::default());
        assert_eq!(pack.guides[0].guide.title, "Turn the lamp off");
    }

    #[test]
    fn the_pseudo_locale_brackets_every_text() {
        let mut pack = memory_pack(&[("data/pack.ron", MANIFEST), ("data/main.ron", GUIDE)]);
        localize(&mut pack, "pseudo");
        for text in visible_texts(&pack).into_iter().filter(|t| !t.is_empty()) {
            assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        }
    }

    #[test]
    fn a_skeleton_lists_every_text_with_its_fingerprint_and_keeps_what_is_current() {
        let pack = memory_pack(&[("data/pack.ron", MANIFEST), ("data/main.ron", GUIDE)]);
        let existing: Overlay = ron::from_str(&overlay(&[(
            "a.title",
            "Busca el interruptor",
            "Find the switch",
        )]))
        .expect("overlay parses");
        let text = skeleton(&pack, "data/main.ron", "es", Some(&existing)).expect("a skeleton");
        let parsed: Overlay =
            ron::from_str(&text).expect("the skeleton is RON a translator can fill in");
        assert_eq!(parsed.texts.len(), 5, "{text}");
        assert_eq!(parsed.texts["a.title"].0, "Busca el interruptor");
        assert_eq!(
            parsed.texts["a.text"],
            (String::new(), fingerprint("Press it."))
        );
        assert!(
            text.contains("// Press it."),
            "the source words are shown: {text}"
        );
    }
}
