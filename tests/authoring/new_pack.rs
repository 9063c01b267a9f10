//! `stepwise new DIR`: the starter pack checks clean, opens and walks to an
//! outcome; a folder with anything in it is refused and left untouched.

use crate::common;
use std::process::Command;

use crate::common::ui::{app, settle, walk_expected_path};
use stepwise::guide::{self, PackSource};

fn stepwise() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stepwise"))
}

#[test]
fn the_starter_pack_checks_clean_and_walks_to_an_outcome() {
    let root = tempfile::tempdir().expect("dir");
    let dir = root.path().join("Family Help");
    let out = stepwise().arg("new").arg(&dir).output().expect("runs");
    assert!(out.status.success(), "{out:?}");
    let printed = String::from_utf8_lossy(&out.stdout);
    for file in [
        "data/pack.ron",
        "data/first-guide.ron",
        "assets/first-step.png",
    ] {
        assert!(dir.join(file).is_file(), "{file}");
        assert!(printed.contains(file), "prints what it made: {printed}");
    }
    assert!(
        printed.contains("stepwise check"),
        "says what to run next: {printed}"
    );
    let (pack, problems) = guide::check(PackSource::Folder(dir.clone()));
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(pack.manifest.id, "family-help");
    // Comments explain the fields.
    let text = std::fs::read_to_string(dir.join("data/first-guide.ron")).expect("read");
    assert!(
        text.lines()
            .filter(|l| l.trim_start().starts_with("//"))
            .count()
            >= 10
    );
    // It opens, and a walk reaches an outcome.
    let mut harness = app(PackSource::Folder(dir), (1280.0, 800.0));
    settle(&mut harness);
    common::ui::click(&mut harness, "Do the first thing");
    let passed = walk_expected_path(&mut harness);
    assert!(passed.len() >= 3, "{passed:?}");
}

#[test]
fn a_folder_with_anything_in_it_is_refused_and_left_as_it_was() {
    let root = tempfile::tempdir().expect("dir");
    let dir = root.path().join("mine");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(dir.join("notes.txt"), "my notes").expect("write");
    let out = stepwise().arg("new").arg(&dir).output().expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already has files"));
    let left: Vec<_> = std::fs::read_dir(&dir).expect("list").collect();
    assert_eq!(left.len(), 1, "nothing was added");
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).expect("read"),
        "my notes"
    );
    // A file where the folder should be is refused too.
    let file = root.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    let out = stepwise().arg("new").arg(&file).output().expect("runs");
    assert!(!out.status.success());
    // An empty folder is fine.
    let empty = root.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    assert!(
        stepwise()
            .arg("new")
            .arg(&empty)
            .status()
            .expect("runs")
            .success()
    );
}
