//! Broken packs never crash the loader, the validator or the walker: the
//! shipped pack's files are mutated in many ways (truncated, bytes flipped,
//! lines deleted or doubled, ids swapped, values of the wrong type) and each
//! variant must load, validate and walk without a panic, with every problem
//! anchored to a real file and position.

use std::collections::BTreeMap;
use std::sync::Arc;

use stepwise::guide::walk::{Command, Walk};
use stepwise::guide::{self, PackSource};

type Files = BTreeMap<String, Arc<[u8]>>;

fn mutations(text: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let len = text.len();
    let step = (len / 25).max(1);
    for cut in (0..len).step_by(step) {
        out.push((format!("truncated at byte {cut}"), text[..cut].to_vec()));
    }
    for at in (0..len).step_by(step) {
        for flip in [0x20u8, 0xff] {
            let mut bytes = text.to_vec();
            bytes[at] ^= flip;
            out.push((format!("byte {at} xor {flip:#x}"), bytes));
        }
    }
    let source = String::from_utf8_lossy(text);
    let lines: Vec<&str> = source.lines().collect();
    for i in (0..lines.len()).step_by((lines.len() / 20).max(1)) {
        let mut deleted = lines.clone();
        deleted.remove(i);
        out.push((
            format!("line {} deleted", i + 1),
            deleted.join("\n").into_bytes(),
        ));
        let mut doubled = lines.clone();
        doubled.insert(i, lines[i]);
        out.push((
            format!("line {} doubled", i + 1),
            doubled.join("\n").into_bytes(),
        ));
    }
    let replacements = [
        ("next: \"", "next: 42, x: \""),
        ("kind: Solved", "kind: Maybe"),
        ("Step(", "Outcome("),
        ("Question(", "Step("),
        ("rect: (", "rect: (-99999, "),
        ("image: \"", "image: \"../../"),
        ("start: \"", "start: \"x"),
        ("to: \"", "to: \"#"),
        ("[", "[["),
        ("\"", "'"),
    ];
    for (from, to) in replacements {
        if source.contains(from) {
            out.push((
                format!("{from:?} -> {to:?}"),
                source.replacen(from, to, 1).into_bytes(),
            ));
            out.push((
                format!("all {from:?} -> {to:?}"),
                source.replace(from, to).into_bytes(),
            ));
        }
    }
    // Swap the first two node ids, so references point at the wrong kinds of node.
    let ids: Vec<&str> = source
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix('"')?
                .split_once("\": ")
                .map(|(id, _)| id)
        })
        .collect();
    if let [a, b, ..] = ids[..] {
        let swapped = source
            .replace(&format!("\"{a}\""), "\u{0}")
            .replace(&format!("\"{b}\""), &format!("\"{a}\""))
            .replace('\u{0}', &format!("\"{b}\""));
        out.push(("two node ids swapped".to_owned(), swapped.into_bytes()));
    }
    out
}

fn check_variant(files: &Files, name: &str, what: &str) {
    let (pack, problems) = guide::check(PackSource::Memory(Arc::new(files.clone())));
    for problem in &problems {
        assert!(
            files.contains_key(&problem.file) || problem.file == "data/pack.ron",
            "{name} ({what}): problem in an unknown file: {problem}"
        );
        assert!(
            problem.line >= 1 && problem.column >= 1,
            "{name} ({what}): {problem}"
        );
        assert!(!problem.message.trim().is_empty());
    }
    // Walk every scenario that still starts, always taking the first way on.
    for scenario in &pack.manifest.scenarios {
        let Ok(mut walk) = Walk::begin_scenario(&pack, &scenario.id) else {
            continue;
        };
        for command in [
            Command::Next,
            Command::Choose(0),
            Command::Stuck,
            Command::Back,
            Command::Next,
        ]
        .into_iter()
        .cycle()
        .take(40)
        {
            let _ = walk.apply(&pack, command);
            let _ = walk.progress(&pack);
        }
    }
}

#[test]
fn mutated_shipped_files_never_panic_and_always_have_positions() {
    let original = PackSource::builtin_files();
    // Every guide and pack.ron; of the translations, one file of each
    // language (they are all read the same way, and each costs a full
    // check of the pack per mutation).
    let mut languages_seen = std::collections::BTreeSet::new();
    let ron_files: Vec<String> = original
        .keys()
        .filter(|k| k.ends_with(".ron"))
        .filter(
            |k| match k.strip_prefix("data/").and_then(|r| r.split_once('/')) {
                Some((lang, _)) => languages_seen.insert(lang.to_owned()),
                None => true,
            },
        )
        .cloned()
        .collect();
    assert!(ron_files.len() >= 2);
    let variants: Vec<(&String, String, Vec<u8>)> = ron_files
        .iter()
        .flat_map(|name| {
            mutations(&original[name])
                .into_iter()
                .map(move |(what, bytes)| (name, what, bytes))
        })
        .collect();
    assert!(variants.len() > 800, "only {} variants", variants.len());
    // Each variant is a whole check of the pack: shared out over the cores
    // (a failing variant's panic fails the test when the threads join).
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for share in variants.chunks(variants.len().div_ceil(threads)) {
            let original = &original;
            scope.spawn(move || {
                for (name, what, bytes) in share {
                    let mut files = original.clone();
                    files.insert((*name).clone(), Arc::from(bytes.as_slice()));
                    check_variant(&files, name, what);
                }
            });
        }
    });
}

#[test]
fn a_mutated_guide_never_hides_the_other_guides() {
    let original = PackSource::builtin_files();
    let (clean, _) = guide::check(PackSource::Memory(Arc::new(original.clone())));
    // Translations (data/es/, data/de/) are not guides.
    let languages = stepwise::guide::translate::translated_languages(&clean.manifest).to_vec();
    let guide_files: Vec<&String> = original
        .keys()
        .filter(|k| k.starts_with("data/") && *k != "data/pack.ron")
        .filter(|k| !stepwise::guide::translate::is_overlay_file(k, &languages))
        .collect();
    for name in guide_files {
        let mut files = original.clone();
        files.insert(
            name.clone(),
            Arc::from(&b"Guide(id: \"x\", title: \"Cut short"[..]),
        );
        let (pack, problems) = guide::check(PackSource::Memory(Arc::new(files)));
        assert_eq!(pack.guides.len(), clean.guides.len() - 1, "{name}");
        assert!(
            problems
                .iter()
                .any(|p| &p.file == name && p.rule.code() == "syntax")
        );
    }
}
