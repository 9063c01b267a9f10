//! Authoring and taking guides out: the mark editor's model, saving into guide files, live reload, `stepwise new`, exports and the painters.
//!
//! One test binary for all of them: each links the window's whole stack
//! once, not once per file (docs/PERFORMANCE.md, "The test suite").

#[path = "../common/mod.rs"]
mod common;

mod authoring;
mod export;
mod marks;
mod new_pack;
mod paint_parity;
mod translate;
mod watch;
