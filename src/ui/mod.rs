//! The window. Everything draws into an `egui::Ui`, so tests can drive any
//! screen with egui_kittest; [`run_window`] is the thin eframe wrapper.

pub mod annotated_image;
pub mod app;
pub mod theme;

use std::path::PathBuf;

pub use app::StepwiseApp;

use crate::guide::PackSource;

/// The app id: the Wayland app id, the X11 WM class and the .desktop name.
pub const APP_ID: &str = "stepwise";

/// Opens the window on the built-in pack or on `pack`, and runs until it closes.
pub fn run_window(pack: Option<PathBuf>) -> eframe::Result {
    let source = pack.map_or(PackSource::Builtin, PackSource::Folder);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Stepwise")
            .with_app_id(APP_ID)
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([800.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |_cc| Ok(Box::new(StepwiseApp::new(source)))),
    )
}
