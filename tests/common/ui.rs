//! Helpers for driving the whole app with egui_kittest.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::guide::PackSource;
use stepwise::guide::model::Node;
use stepwise::ui::StepwiseApp;

/// An app harness of a given size (no GPU: for clicking and reading).
pub fn app(source: PackSource, size: (f32, f32)) -> Harness<'static, StepwiseApp> {
    let mut app = StepwiseApp::new(source);
    app.set_today(super::pinned_today());
    app_from(app, size)
}

/// A starter pack (`stepwise new`) in a temporary folder, open in
/// authoring mode on its first step: the folder (kept alive by the
/// returned guard), the pack's path and the harness.
pub fn authoring_starter(
    size: (f32, f32),
) -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, StepwiseApp>,
) {
    let root = tempfile::tempdir().expect("dir");
    let dir = root.path().join("pack");
    stepwise::scaffold::new_pack(&dir).expect("starter pack");
    let mut app = StepwiseApp::new(PackSource::Folder(dir.clone())).authoring(dir.clone());
    app.set_today(super::pinned_today());
    let mut harness = app_from(app, size);
    settle(&mut harness);
    harness.get_by_label("Do the first thing").click();
    settle(&mut harness);
    harness.get_by_label("Walk me through it").click();
    settle(&mut harness);
    (root, dir, harness)
}

/// A harness around an app built elsewhere (from saved storage, say).
pub fn app_from(app: StepwiseApp, size: (f32, f32)) -> Harness<'static, StepwiseApp> {
    Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .build_ui_state(|ui, app: &mut StepwiseApp| app.ui_contents(ui), app)
}

/// Clicks the one widget with this accessible name and lets the app settle,
/// pictures decoded.
pub fn click(harness: &mut Harness<'static, StepwiseApp>, label: &str) {
    harness.get_by_label(label).click();
    settle(harness);
}

/// Clicks the first of several widgets with this name (the top bar's Home
/// and a screen's own Home button, say).
pub fn click_first(harness: &mut Harness<'static, StepwiseApp>, label: &str) {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget named {label:?}"))
        .click();
    settle(harness);
}

/// Presses a key and lets the app settle.
pub fn press(harness: &mut Harness<'static, StepwiseApp>, key: egui::Key) {
    harness.key_press(key);
    settle(harness);
}

/// Steps the app until every requested screenshot is decoded and nothing
/// moves any more (the loading spinner animates until then).
pub fn settle(harness: &mut Harness<'_, StepwiseApp>) {
    let started = Instant::now();
    loop {
        harness.step();
        let busy = harness.state().is_loading_pack() || harness.state().shelf().is_loading();
        if harness.state().is_loading_images() || busy {
            std::thread::sleep(Duration::from_millis(5));
        } else if harness.try_run().is_ok() {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the app never settled"
        );
    }
}

/// Walks from wherever the app stands to an outcome by clicking what a user
/// would on the expected path: "Walk me through it", "Done, next step", the
/// first answer. Returns every node passed, as "guide#node".
pub fn walk_expected_path(harness: &mut Harness<'static, StepwiseApp>) -> Vec<String> {
    let mut passed = Vec::new();
    if harness.query_by_label("Walk me through it").is_some() {
        click(harness, "Walk me through it");
    }
    for _ in 0..60 {
        let (at, node) = {
            let app = harness.state();
            let walk = app.walk().expect("a walk is in progress");
            let node = walk.node(app.pack()).expect("the node exists").clone();
            (walk.current.to_string(), node)
        };
        passed.push(at);
        match node {
            Node::Step(_) => click(harness, "Done, next step"),
            Node::Question(question) => click(harness, &question.options[0].label),
            Node::Outcome(outcome) => {
                harness.get_by_label(&outcome.title);
                return passed;
            }
            Node::Call(_) | Node::Return => panic!("the walk stands on a transit node: {passed:?}"),
        }
    }
    panic!("no outcome after 60 nodes: {passed:?}");
}

/// eframe storage in memory, to restart the app on what it saved.
#[derive(Default)]
pub struct MemoryStorage(pub HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}
