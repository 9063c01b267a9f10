//! `stepwise translate LANG [DIR]` as a translator uses it: a starter pack
//! gets an overlay per guide with every text to fill in; `stepwise check`
//! then lists what is missing once the language is declared; once filled
//! in, the window shows the pack in that language; a second run never
//! rewrites a translator's file, it lists what the source has outgrown.

use std::process::Command;

use stepwise::guide::translate::{Overlay, fingerprint, localize};
use stepwise::guide::{self, Pack, PackSource, Rule};

fn stepwise() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stepwise"))
}

#[test]
fn a_translation_is_started_filled_in_checked_and_kept() {
    let root = tempfile::tempdir().expect("dir");
    let dir = root.path().join("pack");
    assert!(
        stepwise()
            .arg("new")
            .arg(&dir)
            .output()
            .expect("runs")
            .status
            .success()
    );

    let out = stepwise()
        .args(["translate", "fr"])
        .arg(&dir)
        .output()
        .expect("runs");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(printed.contains("data/fr/pack.ron: written"), "{printed}");
    assert!(printed.contains("Add \"fr\" to `languages`"), "{printed}");
    let overlay_path = dir.join("data/fr/first-guide.ron");
    let skeleton = std::fs::read_to_string(&overlay_path).expect("an overlay per guide");

    // Declared but empty: every text is reported missing, the pack still
    // loads its one guide (the overlays are not read as guides).
    let manifest = dir.join("data/pack.ron");
    let text = std::fs::read_to_string(&manifest).expect("pack.ron");
    let declared = text.replacen("Pack(", "Pack(\n    languages: [\"en\", \"fr\"],", 1);
    std::fs::write(&manifest, declared).expect("write pack.ron");
    let (pack, problems) = guide::check(PackSource::Folder(dir.clone()));
    assert_eq!(pack.guides.len(), 1);
    let missing = problems
        .iter()
        .filter(|p| p.rule == Rule::MissingTranslation)
        .count();
    assert!(missing >= 5, "{problems:#?}");
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:#?}");

    // A translator fills every entry in (here: the source words in brackets).
    let parsed: Overlay = ron::from_str(&skeleton).expect("the skeleton parses");
    let title = &pack.guides[0].guide.title;
    assert_eq!(parsed.texts["title"], (String::new(), fingerprint(title)));
    let filled = fill(&skeleton);
    std::fs::write(&overlay_path, &filled).expect("write");
    let (mut pack, problems) = guide::check(PackSource::Folder(dir.clone()));
    assert!(
        !problems
            .iter()
            .any(|p| p.file.ends_with("first-guide.ron") && p.rule == Rule::MissingTranslation),
        "{problems:#?}"
    );
    localize(&mut pack, "fr");
    assert!(
        pack.guides[0].guide.title.starts_with("FR "),
        "{}",
        pack.guides[0].guide.title
    );

    // Run again: the translator's file is kept byte for byte.
    let out = stepwise()
        .args(["translate", "fr"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(&overlay_path).expect("read"),
        filled
    );

    // The source changes: check warns (stale), the next run lists it.
    let guide_file = dir.join("data/first-guide.ron");
    let source = std::fs::read_to_string(&guide_file).expect("read");
    let title = &Pack::load(PackSource::Folder(dir.clone())).0.guides[0]
        .guide
        .title
        .clone();
    std::fs::write(
        &guide_file,
        source.replacen(title.as_str(), "A new title", 1),
    )
    .expect("write");
    let (_, problems) = guide::check(PackSource::Folder(dir.clone()));
    assert!(
        problems.iter().any(|p| p.rule == Rule::StaleTranslation),
        "{problems:#?}"
    );
    let out = stepwise()
        .args(["translate", "fr"])
        .arg(&dir)
        .output()
        .expect("runs");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("data/fr/first-guide.ron: 1 text to translate or update"),
        "{printed}"
    );
    assert!(printed.contains("// A new title"), "{printed}");
    assert_eq!(
        std::fs::read_to_string(&overlay_path).expect("read"),
        filled
    );
}

#[test]
fn a_language_code_that_is_not_one_is_refused() {
    let root = tempfile::tempdir().expect("dir");
    let out = stepwise()
        .args(["translate", "../es"])
        .arg(root.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a language code"));
}

/// Every empty entry of a skeleton filled with "FR " and its source words
/// (taken from the comment above it); word lists get one word.
fn fill(skeleton: &str) -> String {
    let mut out = Vec::new();
    let mut comment = String::new();
    for line in skeleton.lines() {
        if let Some(words) = line.trim_start().strip_prefix("// ") {
            comment = words.replace('"', "'");
        }
        let line = if line.contains(": (\"\", \"") {
            line.replacen(": (\"\", \"", &format!(": (\"FR {comment}\", \""), 1)
        } else if line.contains(": ([], \"") {
            line.replacen(": ([], \"", ": ([\"mot\"], \"", 1)
        } else {
            line.to_owned()
        };
        out.push(line);
    }
    out.join("\n") + "\n"
}
