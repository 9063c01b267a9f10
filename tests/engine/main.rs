//! The guide engine, without a window: loading and checking packs, walking, every route, search, the map's model, hostile input, the command line.
//!
//! One test binary for all of them: each links the window's whole stack
//! once, not once per file (docs/PERFORMANCE.md, "The test suite").

#[path = "../common/mod.rs"]
mod common;

mod bundle;
mod cli;
mod coverage;
mod docs_examples;
mod hostile;
mod map;
mod own_words;
mod robustness;
mod routes;
mod search;
mod search_eval;
mod search_pack;
mod search_tuning;
mod syntax_messages;
mod validate;
mod walk;
mod walk_props;
