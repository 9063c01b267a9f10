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

mod check;
mod skeleton;

pub use check::check;
pub use skeleton::skeleton;

use crate::guide::load::parse_file;
use crate::guide::locate::{Locations, Seg};
use crate::guide::model::{Guide, Manifest, Node, Synonym};
use crate::guide::pack::Pack;

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
