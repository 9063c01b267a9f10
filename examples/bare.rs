//! The smallest eframe window with the same features and renderer as
//! Stepwise (eframe defaults: wgpu, x11 + wayland, accesskit; persistence):
//! the floor that Stepwise's start-up time, memory and idle frames are
//! compared against by bench/run.sh. It takes the same `STEPWISE_BENCH`
//! hooks as the app. A button counts clicks, so input can be checked too.

use stepwise::ui::bench::Bench;

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_app_id("stepwise-bare")
            .with_inner_size([1180.0, 780.0]),
        ..Default::default()
    };
    let mut bench = Bench::from_env();
    let mut clicks = 0;
    eframe::run_ui_native("stepwise-bare", options, move |ui, _frame| {
        bench.frame(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            if ui.button(format!("Clicked {clicks} times")).clicked() {
                clicks += 1;
            }
        });
    })
}
