//! Authoring: what `stepwise edit` adds to the window, as logic that needs
//! no window. `marks.rs` is the mark editor's model (draw, move, resize,
//! delete, undo, redo); `file.rs` saves into a guide file without touching
//! anything else in it, and never over someone else's change.

pub mod file;
pub mod marks;
