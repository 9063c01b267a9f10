//! The window's "Save as web page", "Print" and "Save my steps", pressed as
//! a person would (buttons and keys), writing into a folder of the test's
//! own; the files they write, read back.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::common::ui::{app_from, click, press, settle};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::export::output::file_url;
use stepwise::guide::PackSource;
use stepwise::ui::StepwiseApp;
use stepwise::ui::command::UiCommand;
use stepwise::ui::export::{ExportKind, Outcome};

const SIZE: (f32, f32) = (1280.0, 800.0);

fn app_saving_into(folder: &std::path::Path) -> Harness<'static, StepwiseApp> {
    let app = StepwiseApp::new(PackSource::Builtin).with_export_folder(folder.to_owned());
    let mut harness = app_from(app, SIZE);
    settle(&mut harness);
    harness
}

/// Steps the app until the export on its worker thread is done.
fn wait_for_export(harness: &mut Harness<'static, StepwiseApp>) -> (ExportKind, PathBuf) {
    let started = Instant::now();
    // The click or key that starts it is read on the next frame.
    harness.step();
    while harness.state().exports().is_busy() {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the export never finished"
        );
    }
    // The frames after it get the same patience (the machine may be busy).
    while harness.try_run().is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the app never settled after the export"
        );
    }
    let finished = harness
        .state()
        .exports()
        .finished()
        .expect("an export finished")
        .clone();
    match finished.outcome {
        Outcome::Saved(path) => (finished.kind, path),
        other => panic!("not saved: {other:?}"),
    }
}

fn open_tv(harness: &mut Harness<'static, StepwiseApp>) {
    click(harness, "Sign out on a TV or streaming stick");
    click(harness, "Walk me through it");
}

#[test]
fn save_as_web_page_writes_the_whole_guide_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_saving_into(dir.path());
    open_tv(&mut harness);
    harness.get_by_label("Save as web page").click();
    let (kind, path) = wait_for_export(&mut harness);
    assert_eq!(kind, ExportKind::WebPage);
    assert_eq!(
        path,
        dir.path().join("Sign out on a TV or streaming stick.html")
    );
    let html = std::fs::read_to_string(&path).expect("the page");
    assert!(html.contains("<h1>Sign out on a TV or streaming stick</h1>"));
    for title in [
        "Choose Get Help",
        "Look under Help or Settings",
        "This TV is signed out",
    ] {
        assert!(html.contains(title), "{title}");
    }
    assert!(html.matches("data:image/png;base64,").count() > 20);
    // The banner says where it went, with the folder.
    harness.get_by_label(&format!(
        "Saved “Sign out on a TV or streaming stick.html” in {}.",
        dir.path().display()
    ));
    harness.get_by_label("Open the folder");

    // Again: a new name, the first file untouched.
    let before = std::fs::metadata(&path).expect("meta").modified().ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    let (_, second) = wait_for_export(&mut harness);
    assert_eq!(
        second,
        dir.path()
            .join("Sign out on a TV or streaming stick (2).html")
    );
    assert_eq!(
        std::fs::metadata(&path).expect("meta").modified().ok(),
        before
    );
    click(&mut harness, "Dismiss");
    assert!(harness.state().exports().finished().is_none());
}

#[test]
fn print_saves_the_page_and_opens_it_in_the_browser() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_saving_into(dir.path());
    open_tv(&mut harness);
    harness.get_by_label("Print").click();
    let (kind, path) = wait_for_export(&mut harness);
    assert_eq!(kind, ExportKind::Print);
    assert!(path.is_file());
    let opened = harness
        .state()
        .exports()
        .finished()
        .and_then(|f| f.opened.clone());
    assert_eq!(opened, Some(file_url(&path)));
    assert!(
        harness
            .query_by_label_contains("opens in your web browser: print it from there")
            .is_some()
    );
}

#[test]
fn save_my_steps_keeps_the_answers_and_where_i_am() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_saving_into(dir.path());
    open_tv(&mut harness);
    click(&mut harness, "Done, next step");
    click(&mut harness, "A menu bar across the top");
    press(&mut harness, Key::D); // "There is no menu at the top either"
    let at = harness.state().walk().map(|w| w.current.to_string());
    assert_eq!(at.as_deref(), Some("tv-menu#use-website"));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    let (kind, path) = wait_for_export(&mut harness);
    assert_eq!(kind, ExportKind::MySteps);
    assert_eq!(
        path,
        dir.path()
            .join("My steps - Sign out on a TV or streaming stick.html")
    );
    let html = std::fs::read_to_string(&path).expect("the page");
    assert_eq!(html.matches("<article ").count(), 4, "the path, no more");
    for said in [
        "<h1>My steps: Sign out on a TV or streaming stick</h1>",
        "I did this step and went on.",
        "I answered “<span class=\"way-label\">A menu bar across the top</span>”.",
        "I chose “<span class=\"way-label\">There is no menu at the top either</span>”.",
        "I am here: this is the step I am stuck on.",
    ] {
        assert!(html.contains(said), "{said}");
    }
    // Only the steps walked: nothing of the branches not taken.
    assert!(!html.contains("Look under Help or Settings"));
}

#[test]
fn the_help_lists_the_new_commands_with_their_keys() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_saving_into(dir.path());
    press(&mut harness, Key::F1);
    for command in [
        UiCommand::SaveWebPage,
        UiCommand::Print,
        UiCommand::SaveMySteps,
    ] {
        let keys = command.shortcut_text(&harness.ctx);
        assert!(keys.starts_with("Ctrl+"), "{keys}");
        assert!(
            harness.query_by_label(&command.tooltip()).is_some(),
            "{command:?} is not in the help"
        );
        // Ctrl+S is listed twice: Save as web page, and Save in the mark
        // editor.
        assert!(harness.query_all_by_label(&keys).next().is_some(), "{keys}");
    }
    // Not on the home screen: nothing to save there.
    press(&mut harness, Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(harness.state().exports().finished().is_none());
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
}
