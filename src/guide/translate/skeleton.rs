//! `stepwise translate`'s files: an overlay with every source text of a
//! guide as a comment above an entry for the translator.

use crate::guide::locate::Seg;
use crate::guide::pack::Pack;
use crate::text::ron_string;

use super::{
    Overlay, Slot, fingerprint, language_name, list_fingerprint, visit_guide, visit_manifest,
};

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
