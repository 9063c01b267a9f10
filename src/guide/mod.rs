//! The guide engine: the data model and its logic. Nothing here uses egui.
//!
//! - `model.rs`: the RON types as authors write them.
//! - `pack.rs`: a loaded [`Pack`], [`NodeRef`] and resolving references.
//! - `source.rs` and `load.rs`: reading a pack's files (built in, a folder,
//!   memory) with limits, and parsing them with positions (`locate.rs`).
//! - `validate/`: the linter; `graph.rs`: the pack's node graph it reads.
//! - `walk.rs`: the walker; `sweep.rs`: every route through a guide, walked;
//!   `remaining.rs`: the steps left from where the
//!   reader stands; `search.rs`: the search index.
//! - `map.rs`: a guide's map, laid out by `layout.rs` (layered, top to
//!   bottom in walking order).

pub mod date;
pub mod edit;
pub mod graph;
pub mod layout;
pub mod load;
pub mod loaded;
pub mod locate;
pub mod map;
pub mod model;
pub mod pack;
pub mod problem;
pub mod remaining;
pub mod search;
pub mod source;
pub mod sweep;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
pub mod tokens;
pub mod translate;
pub mod tree;
pub mod validate;
pub mod walk;

pub use pack::{NodeRef, Pack};
pub use problem::{Problem, Rule, Severity};
pub use source::PackSource;

/// Loads a pack and validates it: every problem, sorted by file and position.
pub fn check(source: PackSource) -> (Pack, Vec<Problem>) {
    check_on(source, date::Date::today())
}

/// [`check`] as of `today`: how old a guide's `verified` date is depends
/// on the day (tests pin it so they do not change with the calendar).
pub fn check_on(source: PackSource, today: date::Date) -> (Pack, Vec<Problem>) {
    profiling::function_scope!();
    let (pack, mut problems) = Pack::load(source);
    problems.extend(validate::validate_on(&pack, today));
    problems.extend(translate::check(&pack));
    problem::sort_problems(&mut problems);
    (pack, problems)
}
