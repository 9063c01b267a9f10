//! Stepwise: a desktop troubleshooting companion.
//!
//! - [`guide`]: the guide engine: pack format, loader, validator, walker and
//!   search. It does not know egui.
//! - [`ui`]: the window, drawn with egui into any `egui::Ui`, so tests can
//!   drive it with egui_kittest.
//! - [`authoring`]: the mark editor's model and careful saving of guides.
//! - [`bundle`]: `.stepwise` files: a pack in one signed file, opened with
//!   limits; the reader's library of added packs.
//! - [`files`]: atomic writes for files people care about.
//! - [`export`] (feature `export`, on with the window): a guide as a web
//!   page, a Markdown folder or a Graphviz graph, marks painted in.
//! - [`font_files`]: the Inter fonts, embedded once.
//! - [`places`]: the reader's data and config folders.
//! - [`marks`]: every kind of mark and what it does; their layout into
//!   shapes every painter draws; labels measured in Inter.
//! - [`scaffold`]: `stepwise new`, a starter pack.
//! - [`text`]: counted nouns and `**emphasis**`, worded once.
//! - `profile` (feature `profile` only): live profiling with puffin.

pub mod authoring;
pub mod bundle;
#[cfg(feature = "export")]
pub mod export;
pub mod files;
pub mod font_files;
pub mod guide;
pub mod i18n;
pub mod marks;
pub mod pack_files;
pub mod places;
#[cfg(feature = "profile")]
pub mod profile;
pub mod scaffold;
pub mod shots;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
