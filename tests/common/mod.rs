//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod ui;

use std::path::{Path, PathBuf};

use stepwise::guide::{self, Pack, PackSource, Problem};

/// A folder under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Loads and validates a fixture pack.
pub fn check_fixture(name: &str) -> (Pack, Vec<Problem>) {
    guide::check_on(PackSource::Folder(fixture(name)), pinned_today())
}

/// The day the built-in pack is checked on in tests: its guides' ages
/// count from here, so the calendar moving on never fails a test (the
/// freshness rules have tests of their own).
pub fn pinned_today() -> stepwise::guide::date::Date {
    stepwise::guide::date::Date::parse("2026-12-04").expect("a date")
}

/// Copies a fixture pack into a fresh temporary folder, so a test can edit it.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture(name), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// A guide with one of each mistake the map shows an author: a missing
/// picture, a dead end, a loop with no way out and a node nothing leads to.
pub const BROKEN_GUIDE: &str = r#"Guide(
    id: "main",
    title: "Main guide",
    start: "first",
    nodes: {
        "first": Question(
            prompt: "Which way?",
            options: [
                (label: "Picture", to: "picture"),
                (label: "Stuck", to: "stuck"),
                (label: "Spin", to: "left"),
                (label: "Out", to: "done"),
            ],
        ),
        "picture": Step(
            title: "Look at the picture",
            text: "Find the button.",
            shot: (image: "missing.png", alt: "A picture that is not there."),
            next: "done",
        ),
        "stuck": Step(
            title: "Nowhere to go",
            text: "Nothing follows this.",
        ),
        "left": Step(title: "Left", text: "Go right.", next: "right"),
        "right": Step(title: "Right", text: "Go left.", next: "left"),
        "lonely": Step(title: "Nobody comes here", text: "Never shown.", next: "done"),
        "done": Outcome(kind: Solved, title: "Done"),
    },
)"#;
