//! Stepwise: a desktop troubleshooting companion.
//!
//! - [`guide`]: the guide engine: pack format, loader, validator, walker and
//!   search. It does not know egui.
//! - [`ui`]: the window, drawn with egui into any `egui::Ui`, so tests can
//!   drive it with egui_kittest.
//! - [`cli`]: the command line (`stepwise check`, `stepwise search`).
//! - `profile` (feature `profile` only): live profiling with puffin.

pub mod cli;
pub mod guide;
pub mod install;
#[cfg(feature = "profile")]
pub mod profile;
pub mod shots;
#[cfg(feature = "gui")]
pub mod ui;
