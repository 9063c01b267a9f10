//! Authoring: what `stepwise edit` adds to the window, as logic that needs
//! no window. `marks.rs` is the mark editor's model (draw, move, resize,
//! delete, undo, redo); `file.rs` saves into a guide file without touching
//! anything else in it, and never over someone else's change; `watch.rs`
//! notices when the pack's files change (live reload; it needs the
//! operating system's file events, so it is part of the `gui` feature);
//! `reload.rs` decides what the window shows after reading them again.
//! The window's side of live reload is `ui/live_reload.rs`.

pub mod file;
pub mod marks;
pub mod reload;
#[cfg(feature = "gui")]
pub mod watch;
