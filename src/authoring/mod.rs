//! Authoring: what `stepwise edit` adds to the window, as logic that needs
//! no window. `marks.rs` is the mark editor's model (draw, move, resize,
//! delete, undo, redo); `file.rs` saves into a guide file without touching
//! anything else in it, and never over someone else's change; `watch.rs`
//! notices when the pack's files change and decides what the window shows
//! after reading them again (live reload; it needs the window's loader, so
//! it is part of the `gui` feature).

pub mod file;
pub mod marks;
#[cfg(feature = "gui")]
pub mod watch;
