//! UI work per frame, measured with an egui_kittest harness (no GPU): the
//! time of one `Harness::step` (layout, drawing into shapes, tessellation)
//! on the home screen, a step with every kind of mark, the zoom view, and
//! the map of a 500-node guide (as it opens, and fitted to the window).
//!
//!   cargo bench --bench ui

use std::sync::Arc;
use std::time::{Duration, Instant};

use divan::Bencher;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::guide::PackSource;
use stepwise::ui::StepwiseApp;

fn main() {
    divan::main();
}

fn harness() -> Harness<'static, StepwiseApp> {
    harness_on(PackSource::Builtin)
}

fn harness_on(source: PackSource) -> Harness<'static, StepwiseApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, app: &mut StepwiseApp| app.ui_contents(ui),
            StepwiseApp::new(source),
        )
}

/// The map of a generated 500-node guide, opened from its first step.
fn at_map_of_500_nodes() -> Harness<'static, StepwiseApp> {
    let pack = stepwise::guide::synthetic::synthetic_pack(1, 500);
    let mut harness = harness_on(PackSource::Memory(Arc::new(pack)));
    settle(&mut harness);
    click(&mut harness, "Scenario 0 menu");
    click(&mut harness, "Walk me through it");
    harness.key_press(egui::Key::M);
    settle(&mut harness);
    harness
}

/// Steps until pictures are decoded and nothing moves.
fn settle(harness: &mut Harness<'static, StepwiseApp>) {
    let started = Instant::now();
    loop {
        harness.step();
        if harness.state().is_loading_images() {
            std::thread::sleep(Duration::from_millis(5));
        } else if harness.try_run().is_ok() || started.elapsed() > Duration::from_secs(30) {
            return;
        }
    }
}

fn click(harness: &mut Harness<'static, StepwiseApp>, label: &str) {
    harness.get_by_label(label).click();
    settle(harness);
}

fn at_marked_step() -> Harness<'static, StepwiseApp> {
    let mut harness = harness();
    settle(&mut harness);
    click(&mut harness, "Sign out on a TV or streaming stick");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Icons down the left edge");
    click(&mut harness, "Done, next step");
    harness
}

#[divan::bench(sample_count = 200)]
fn frame_home(bencher: Bencher) {
    let mut harness = harness();
    settle(&mut harness);
    bencher.bench_local(|| harness.step());
}

#[divan::bench(sample_count = 200)]
fn frame_step_with_marks(bencher: Bencher) {
    let mut harness = at_marked_step();
    bencher.bench_local(|| harness.step());
}

#[divan::bench(sample_count = 200)]
fn frame_zoom_view(bencher: Bencher) {
    let mut harness = at_marked_step();
    harness.key_press(egui::Key::Z);
    settle(&mut harness);
    bencher.bench_local(|| harness.step());
}

#[divan::bench(sample_count = 200)]
fn frame_map_500_nodes(bencher: Bencher) {
    let mut harness = at_map_of_500_nodes();
    bencher.bench_local(|| harness.step());
}

/// The whole 500-node guide fitted to the window: every card in view.
#[divan::bench(sample_count = 200)]
fn frame_map_500_nodes_fitted(bencher: Bencher) {
    let mut harness = at_map_of_500_nodes();
    harness.key_press(egui::Key::Num0);
    settle(&mut harness);
    bencher.bench_local(|| harness.step());
}
