//! The window's exports: "Save as web page", "Print" and "Save my steps".
//!
//! Each runs on a worker thread (painting the pictures takes a tenth of a
//! second or more, asking where to save as long as the person likes), so
//! the window never waits. The worker asks where to save with the
//! desktop's own save window when there is one (it asks before replacing a
//! file), and otherwise saves in the Downloads folder under a name that is
//! free ("Sign out on a TV (2).html"), never over an existing file. Print
//! does not ask: it saves in the Downloads folder and opens the page in the
//! web browser, to print from there. A banner under the top bar says what
//! happened, with a button to open the folder.
//!
//! Tests give the app a folder of their own (`StepwiseApp::with_export_folder`),
//! which also keeps the save window away.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::export::output::{self, file_stem, free_name, write_file};
use crate::export::plan::Document;
use crate::export::{self, Format};
use crate::tr;
use crate::ui::command::{Action, Actions};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::icons::{self, Glyph};

/// Which export the person asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The whole guide or scenario as a web page.
    WebPage,
    /// The same, opened in the browser to print.
    Print,
    /// The path walked so far, for a helper.
    MySteps,
}

impl ExportKind {
    fn busy_words(self) -> String {
        match self {
            ExportKind::WebPage => tr!(export_busy_web_page),
            ExportKind::Print => tr!(export_busy_print),
            ExportKind::MySteps => tr!(export_busy_my_steps),
        }
    }
}

/// How an export ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Written to this file.
    Saved(PathBuf),
    /// The person closed the save window without saving.
    Cancelled,
    /// It failed; why, in words.
    Failed(String),
}

/// The last export that finished, for the banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finished {
    /// Which export.
    pub kind: ExportKind,
    /// How it ended.
    pub outcome: Outcome,
    /// The address opened in the browser (Print only).
    pub opened: Option<String>,
}

struct Running {
    kind: ExportKind,
    result: Receiver<Outcome>,
}

/// The exports of one window: at most one running, and the last result.
#[derive(Default)]
pub struct Exports {
    /// Where to save without asking (tests); `None`: ask, else Downloads.
    folder: Option<PathBuf>,
    running: Option<Running>,
    finished: Option<Finished>,
}

impl Exports {
    /// Exports that always save in `folder`, without asking.
    pub fn into_folder(folder: PathBuf) -> Exports {
        Exports {
            folder: Some(folder),
            ..Exports::default()
        }
    }

    /// True while an export is being written.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// The last export that finished.
    pub fn finished(&self) -> Option<&Finished> {
        self.finished.as_ref()
    }

    /// Forgets the last result (the banner's Dismiss).
    pub fn dismiss(&mut self) {
        self.finished = None;
    }

    /// Starts writing `doc` as a web page on a worker thread.
    pub fn start(&mut self, ctx: &egui::Context, doc: Document, kind: ExportKind) {
        if self.running.is_some() {
            return;
        }
        let (send, result) = std::sync::mpsc::channel();
        let folder = self.folder.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("stepwise-export".into())
            .spawn(move || {
                let outcome = write_page(&doc, kind, folder.as_deref());
                let _ = send.send(outcome);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.finished = None;
                self.running = Some(Running { kind, result });
            }
            Err(e) => {
                self.finished = Some(Finished {
                    kind,
                    outcome: Outcome::Failed(tr!(export_could_not_start, error = e.to_string())),
                    opened: None,
                });
            }
        }
    }

    /// Takes the worker's result when it is ready; opens a page to print in
    /// the browser. Call once a frame.
    pub fn poll(&mut self, ctx: &egui::Context) {
        let Some(running) = &self.running else {
            return;
        };
        let outcome = match running.result.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Outcome::Failed(tr!(export_worker_stopped)),
        };
        let kind = running.kind;
        self.running = None;
        let opened = match (&outcome, kind) {
            (Outcome::Saved(path), ExportKind::Print) => {
                let url = output::file_url(path);
                ctx.open_url(egui::OpenUrl::new_tab(url.clone()));
                Some(url)
            }
            _ => None,
        };
        self.finished = Some(Finished {
            kind,
            outcome,
            opened,
        });
    }

    /// The banner under the top bar: working, saved (with the folder), or
    /// what went wrong.
    pub fn banner_ui(&self, ui: &mut egui::Ui, palette: &Palette) -> Actions {
        let mut actions = Actions::new();
        let words = match (&self.running, &self.finished) {
            (Some(running), _) => running.kind.busy_words(),
            (None, Some(finished)) => finished_words(finished),
            (None, None) => return actions,
        };
        let margin =
            egui::Margin::symmetric(sp(ui, space::WIDE) as i8, sp(ui, space::MEDIUM) as i8);
        let frame = egui::Frame::new()
            .fill(palette.notice_fill())
            .inner_margin(margin);
        egui::Panel::top("export-banner")
            .frame(frame)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    // No spinner: an animation would ask for a frame 60 times a
                    // second for as long as the export takes, and on a machine
                    // without a GPU those frames take the cores the export
                    // needs. The worker asks for one frame when it is done.
                    icons::icon(ui, Glyph::Info, sp(ui, size::ICON_BUTTON), palette.accent);
                    let label = ui.add(
                        egui::Label::new(text(&words, TextRole::Body).color(palette.text)).wrap(),
                    );
                    // Said once when it changes, without moving the focus.
                    let id = label.id;
                    ui.ctx().accesskit_node_builder(id, |node| {
                        node.set_live(egui::accesskit::Live::Polite);
                    });
                    if let Some(finished) = &self.finished
                        && self.running.is_none()
                    {
                        if let Outcome::Saved(path) = &finished.outcome
                            && let Some(folder) = path.parent()
                        {
                            let open = ui
                                .button(text(tr!(export_open_folder), TextRole::Button))
                                .on_hover_words(|| {
                                    tr!(
                                        export_open_folder_tip,
                                        folder = folder.display().to_string()
                                    )
                                });
                            if open.clicked() {
                                actions.push(Action::OpenLocal(folder.to_owned()));
                            }
                        }
                        if ui
                            .button(text(tr!(export_dismiss), TextRole::Button))
                            .clicked()
                        {
                            actions.push(Action::DismissExport);
                        }
                    }
                });
            });
        actions
    }
}

/// What the banner says when an export is done.
fn finished_words(finished: &Finished) -> String {
    match &finished.outcome {
        Outcome::Saved(path) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let folder = path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            match finished.kind {
                ExportKind::Print => tr!(export_print_saved, name = name, folder = folder),
                ExportKind::MySteps => tr!(export_my_steps_saved, name = name, folder = folder),
                ExportKind::WebPage => tr!(export_web_page_saved, name = name, folder = folder),
            }
        }
        Outcome::Cancelled => match finished.kind {
            ExportKind::WebPage | ExportKind::Print => tr!(export_web_page_cancelled),
            ExportKind::MySteps => tr!(export_my_steps_cancelled),
        },
        Outcome::Failed(why) => match finished.kind {
            ExportKind::WebPage | ExportKind::Print => {
                tr!(export_web_page_failed, why = why.as_str())
            }
            ExportKind::MySteps => tr!(export_my_steps_failed, why = why.as_str()),
        },
    }
}

/// The file name a kind of export suggests.
fn suggested_stem(doc: &Document, kind: ExportKind) -> String {
    match kind {
        ExportKind::MySteps => {
            file_stem(&tr!(export_my_steps_file_name, title = doc.title.as_str()))
        }
        ExportKind::WebPage | ExportKind::Print => file_stem(&doc.title),
    }
}

/// The worker: where to save, the page, the file.
fn write_page(doc: &Document, kind: ExportKind, folder: Option<&Path>) -> Outcome {
    let stem = suggested_stem(doc, kind);
    let ask = folder.is_none() && kind != ExportKind::Print && save_window_available();
    // Ask and paint at once: the page is usually ready before the answer.
    let (choice, rendered) = rayon::join(
        || {
            if ask {
                ask_where(&stem)
            } else {
                let dir = folder
                    .map(Path::to_owned)
                    .unwrap_or_else(output::downloads_folder);
                Some(free_name(&dir, &stem, "html"))
            }
        },
        || export::render(doc, Format::Html),
    );
    let Some(path) = choice else {
        return Outcome::Cancelled;
    };
    let bytes = rendered
        .files
        .first()
        .map(|(_, b)| b.as_slice())
        .unwrap_or_default();
    // The save window asked before replacing; a free name replaces nothing.
    match write_file(&path, bytes, true) {
        Ok(()) => Outcome::Saved(path),
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// Whether the desktop offers a save window: a session bus for the xdg
/// portal, or zenity. (Under a bare X server there is neither, and the
/// page goes to Downloads.)
fn save_window_available() -> bool {
    if cfg!(target_os = "macos") {
        // rfd's save window must run on the main thread there.
        return false;
    }
    if cfg!(windows) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    let portal = [
        "/usr/libexec/xdg-desktop-portal",
        "/usr/lib/xdg-desktop-portal",
        "/usr/lib/xdg-desktop-portal/xdg-desktop-portal",
    ]
    .iter()
    .any(|p| Path::new(p).exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("zenity").is_file()));
    (bus && portal) || zenity
}

/// The desktop's save window, starting in Downloads with `stem.html`.
fn ask_where(stem: &str) -> Option<PathBuf> {
    let path = rfd::FileDialog::new()
        .set_title(tr!(export_save_window_title))
        .set_directory(output::downloads_folder())
        .set_file_name(format!("{stem}.html"))
        .add_filter(tr!(export_save_window_filter), &["html"])
        .save_file()?;
    // A name typed without ".html" would not open in a browser.
    Some(if path.extension().is_none() {
        path.with_extension("html")
    } else {
        path
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banner_says_where_the_page_went() {
        let finished = Finished {
            kind: ExportKind::WebPage,
            outcome: Outcome::Saved(PathBuf::from("/home/ann/Downloads/Sign out.html")),
            opened: None,
        };
        assert_eq!(
            finished_words(&finished),
            "Saved “Sign out.html” in /home/ann/Downloads."
        );
        let failed = Finished {
            kind: ExportKind::MySteps,
            outcome: Outcome::Failed("the disk is full".into()),
            opened: None,
        };
        assert_eq!(
            finished_words(&failed),
            "Your steps could not be saved: the disk is full."
        );
    }
}
