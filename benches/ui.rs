//! UI work per frame, measured with an egui_kittest harness (no GPU): the
//! time of one `Harness::step` (layout, drawing into shapes, tessellation)
//! on the home screen, a step with every kind of mark, and the zoom view.
//!
//!   cargo bench --bench ui

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
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, app: &mut StepwiseApp| app.ui_contents(ui),
            StepwiseApp::new(PackSource::Builtin),
        )
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
