//! The window. Everything draws into an `egui::Ui`, so tests can drive any
//! screen with egui_kittest; [`run_window`] is the thin eframe wrapper.
//!
//! - `app.rs` routes between screens and applies actions; `command.rs`
//!   holds every command with its label and key, and the actions screens
//!   push.
//! - `screens/`: home, walk, map, problems, help. `widgets/`: the annotated
//!   picture and its zoom view, icons, buttons and cards, text.
//! - `export.rs`: "Save as web page", "Print" and "Save my steps", written
//!   on a worker thread.
//! - `chrome.rs`: the top bar and notices; `theme.rs`: colours and sizes;
//!   `fonts.rs`; `saved.rs`: what is remembered between runs.
//! - `loader.rs`: the pack read on a worker thread; `live_reload.rs`: the
//!   window's side of `stepwise edit`'s live reload.

pub mod app;
pub mod bench;
pub mod chrome;
pub mod command;
pub mod export;
pub mod fonts;
pub mod live_reload;
pub mod loader;
pub mod saved;
pub mod screens;
pub mod shelf;
pub mod theme;
pub mod widgets;

use std::path::PathBuf;

pub use app::StepwiseApp;

use crate::guide::PackSource;

/// The app id: the Wayland app id, the X11 WM class and the .desktop name.
pub const APP_ID: &str = "stepwise";

/// The window icon (rendered from assets-src/icon by tools/render-icon.sh).
static ICON_PNG: &[u8] = include_bytes!("../../assets/icons/stepwise-256.png");

/// How the window opens.
#[derive(Clone, Debug, Default)]
pub struct WindowOptions {
    /// A pack folder instead of the built-in pack.
    pub pack: Option<PathBuf>,
    /// Authoring mode (`stepwise edit`): `pack` is the folder being written.
    pub authoring: bool,
    /// Where to start: `"guide"` or `"guide#node"`.
    pub open: Option<String>,
    /// A `.stepwise` file to open (a double-click).
    pub file: Option<PathBuf>,
}

/// Opens the window as `options` say, and runs until it closes.
pub fn run_window(options: WindowOptions) -> eframe::Result {
    crate::i18n::window_sets_process_language();
    #[cfg(feature = "profile")]
    crate::profile::serve();
    let WindowOptions {
        pack,
        authoring,
        open,
        file,
    } = options;
    let title = match (&pack, authoring) {
        (Some(dir), true) => crate::tr!(chrome_title_editing, folder = dir.display().to_string()),
        _ => "Stepwise".to_owned(),
    };
    let editing = pack.clone().filter(|_| authoring);
    let source = pack.map_or(PackSource::Builtin, PackSource::Folder);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id(APP_ID)
        .with_inner_size([1180.0, 780.0])
        .with_min_inner_size([800.0, 600.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => eprintln!("stepwise: the window icon could not be read: {e}"),
    }
    // Check eframe's saved-state file before eframe reads it.
    let set_aside = eframe::storage_dir(APP_ID)
        .map(|dir| dir.join("app.ron"))
        .and_then(|path| saved::set_aside_unreadable(&path));
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let reader = (!authoring)
                .then(crate::bundle::ReaderFiles::from_places)
                .flatten();
            let mut app = match file {
                Some(file) => StepwiseApp::with_storage_only(cc.storage)
                    .with_reader_in_background(reader, &cc.egui_ctx)
                    .open_file(file, &cc.egui_ctx),
                None => StepwiseApp::start(source, cc.storage, &cc.egui_ctx)
                    .with_reader_in_background(reader, &cc.egui_ctx),
            };
            if let Some(dir) = editing {
                app = app.authoring(dir);
            }
            Ok(Box::new(app.open_at(open).with_notice(set_aside)))
        }),
    )
}
