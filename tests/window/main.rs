//! The window, driven as a person would: by accessible names in egui_kittest, snapshots of every screen, and the real binary through AT-SPI (e2e).
//!
//! One test binary for all of them: each links the window's whole stack
//! once, not once per file (docs/PERFORMANCE.md, "The test suite").

#[path = "../common/mod.rs"]
mod common;

mod e2e;
mod snapshots;
mod ui_access;
mod ui_editor;
mod ui_export;
mod ui_home;
mod ui_languages;
mod ui_live;
mod ui_map;
mod ui_shelf;
mod ui_walks;
