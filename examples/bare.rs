//! The smallest eframe window with the same features and renderer as
//! Stepwise: the floor that Stepwise's start-up time and memory are compared
//! against (see docs/PERFORMANCE.md). A button counts clicks, so input can
//! be checked too.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_app_id("bare")
            .with_inner_size([1180.0, 780.0]),
        ..Default::default()
    };
    let mut clicks = 0;
    eframe::run_ui_native("bare", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            if ui.button(format!("Clicked {clicks} times")).clicked() {
                clicks += 1;
            }
        });
    })
}
