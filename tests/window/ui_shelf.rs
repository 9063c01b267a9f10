//! Opening a `.stepwise` file, as a double-click does: who signed it,
//! "Add to my guides", the shelf on the home screen after a restart,
//! search across packs, a walk kept per pack, removing a guide, and the
//! files that are refused or signed with a new key.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::bundle::ReaderFiles;
use stepwise::bundle::seal::AuthorKey;
use stepwise::bundle::trust::Trust;
use stepwise::bundle::{Seal, write};
use stepwise::guide::PackSource;
use stepwise::ui::StepwiseApp;
use stepwise::ui::app::Screen;
use stepwise::ui::shelf::Origin;

use crate::common;
use crate::common::ui::{app_from, click, click_first, settle};

/// Tall enough that the shelf below the tiles is on screen: kittest
/// clicks only what is.
const TALL: (f32, f32) = (1280.0, 1600.0);

/// A reader with an empty library in a temporary folder.
fn reader(home: &Path) -> ReaderFiles {
    ReaderFiles::under(&home.join("reader"))
}

fn opened(file: &Path, reader: &ReaderFiles) -> Harness<'static, StepwiseApp> {
    let mut app = StepwiseApp::with_storage_only(None)
        .with_reader(reader.clone())
        .open_file_now(file);
    app.set_today(common::pinned_today());
    let mut harness = app_from(app, TALL);
    settle(&mut harness);
    harness
}

fn restarted(reader: &ReaderFiles) -> Harness<'static, StepwiseApp> {
    let mut app = StepwiseApp::new(PackSource::Builtin).with_reader(reader.clone());
    app.set_today(common::pinned_today());
    let mut harness = app_from(app, TALL);
    settle(&mut harness);
    harness
}

/// The fixture pack, signed by `name` with a key made in `keys`.
fn signed_pack(dir: &Path, keys: &str, name: &str) -> PathBuf {
    let key = AuthorKey::generate(&dir.join(keys), name, false).expect("key");
    let out = dir.join(format!("{keys}.stepwise"));
    write::pack(&common::fixture("ok"), &out, Some(&key)).expect("packs");
    out
}

#[test]
fn a_signed_file_opens_is_added_and_is_still_there_after_a_restart() {
    let home = tempfile::tempdir().expect("dir");
    let reader = reader(home.path());
    let file = signed_pack(home.path(), "ana", "Ana Lopez");
    let mut harness = opened(&file, &reader);
    harness.get_by_label(&format!("Signed by Ana Lopez · key {}", short(&harness)));
    harness.get_by_label_contains("The first guide from this author on this computer");
    harness.get_by_label("Restart my router");
    click(&mut harness, "Add to my guides");
    let kept = reader.library.files();
    assert_eq!(kept.len(), 1, "one file in the library");
    assert_eq!(harness.state().origin(), Origin::File(kept[0].clone()));
    harness.get_by_label("In your guides");
    harness.get_by_label("From your guides");
    // The file first opened can go: the copy is what is shown.
    std::fs::remove_file(&file).expect("delete the download");
    drop(harness);

    let mut harness = restarted(&reader);
    harness.get_by_label("Your guides");
    harness.get_by_label_contains("Signed by Ana Lopez (key ");
    click(&mut harness, "Open \"Home network help\"");
    assert_eq!(harness.state().pack().manifest.title, "Home network help");
    // Opened from the library the key is known now.
    let opened = harness.state().opened().expect("a file");
    assert!(
        matches!(&opened.outcome, Ok((Seal::Signed(_), Trust::Known))),
        "{opened:?}"
    );
    harness.get_by_label("Signed with the same key as before.");
}

fn short(harness: &Harness<'static, StepwiseApp>) -> String {
    match harness.state().opened().map(|o| &o.outcome) {
        Some(Ok((Seal::Signed(signer), _))) => signer.short_id(),
        other => panic!("not signed: {other:?}"),
    }
}

#[test]
fn search_finds_guides_in_the_other_packs_and_a_walk_waits_in_its_own_pack() {
    let home = tempfile::tempdir().expect("dir");
    let reader = reader(home.path());
    let file = signed_pack(home.path(), "ana", "Ana Lopez");
    let mut harness = opened(&file, &reader);
    click(&mut harness, "Add to my guides");
    drop(harness);

    let mut harness = restarted(&reader);
    // A walk in the built-in pack...
    let first = harness.state().pack().manifest.scenarios[0].title.clone();
    click(&mut harness, &first);
    assert_eq!(harness.state().screen(), Screen::Walk);
    let walk = harness.state().walk().cloned().expect("a walk");
    click_first(&mut harness, "Home");
    // ...then a search that only the added pack answers.
    harness
        .get_by_role(egui::accesskit::Role::SearchInput)
        .click();
    harness.event(egui::Event::Text("router lights".to_owned()));
    settle(&mut harness);
    harness.get_by_label("In your other guides");
    let found = harness
        .state()
        .shelf()
        .search("router lights", &Origin::Builtin, 8);
    let result = found
        .first()
        .expect("a result from the other pack")
        .hit
        .title
        .clone();
    click(&mut harness, &result);
    assert_eq!(harness.state().pack().manifest.title, "Home network help");
    assert_eq!(harness.state().screen(), Screen::Walk);
    // Back to the built-in pack: its walk is taken up where it was.
    click_first(&mut harness, "Home");
    click(&mut harness, "Open \"Netflix: signing out\"");
    assert_eq!(harness.state().walk(), Some(&walk));
    harness.get_by_label("Continue where you left off");
}

#[test]
fn removing_an_added_guide_asks_first_and_leaves_the_built_in_pack() {
    let home = tempfile::tempdir().expect("dir");
    let reader = reader(home.path());
    let file = signed_pack(home.path(), "ana", "Ana Lopez");
    let mut harness = opened(&file, &reader);
    click(&mut harness, "Add to my guides");
    click(&mut harness, "Remove…");
    harness.get_by_label_contains("Remove \"Home network help\" from your guides?");
    click(&mut harness, "Keep");
    assert_eq!(reader.library.files().len(), 1);
    click(&mut harness, "Remove…");
    click(&mut harness, "Remove");
    assert!(reader.library.files().is_empty());
    assert_eq!(harness.state().origin(), Origin::Builtin);
    assert!(file.exists(), "the file first opened is not touched");
    assert!(harness.query_by_label("Your guides").is_none());
}

#[test]
fn a_refused_file_says_why_and_the_built_in_guides_still_work() {
    let home = tempfile::tempdir().expect("dir");
    let reader = reader(home.path());
    let mut harness = opened(&common::fixture("hostile/tampered.stepwise"), &reader);
    harness.get_by_label("\"tampered.stepwise\" cannot be opened");
    harness.get_by_label_contains("changed after Fixture Author signed it");
    assert!(harness.query_by_label("Add to my guides").is_none());
    let first = harness.state().pack().manifest.scenarios[0].title.clone();
    click(&mut harness, &first);
    assert_eq!(harness.state().screen(), Screen::Walk);
    assert!(reader.library.files().is_empty());
}

#[test]
fn the_same_pack_signed_with_another_key_is_a_loud_warning() {
    let home = tempfile::tempdir().expect("dir");
    let reader = reader(home.path());
    let first = signed_pack(home.path(), "ana", "Ana Lopez");
    drop(opened(&first, &reader));
    let other = signed_pack(home.path(), "mallory", "Ana Lopez");
    let harness = opened(&other, &reader);
    let opened = harness.state().opened().expect("a file");
    assert!(
        matches!(&opened.outcome, Ok((_, Trust::DifferentKey { before })) if before.name == "Ana Lopez"),
        "{opened:?}"
    );
    harness.get_by_label_contains("Careful: this guide was signed before by Ana Lopez");
    // Opening it again does not make the new key the known one.
    drop(harness);
    let harness = self::opened(&other, &reader);
    harness.get_by_label_contains("Careful:");
}

#[test]
fn an_unsigned_file_says_so_plainly() {
    let home = tempfile::tempdir().expect("dir");
    let harness = opened(
        &common::fixture("packs/unsigned.stepwise"),
        &reader(home.path()),
    );
    harness.get_by_label_contains("Not signed: Stepwise cannot tell who made this guide");
}
