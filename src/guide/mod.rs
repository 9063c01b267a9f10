//! The guide engine: the data model and its logic. Nothing here uses egui.

pub mod load;
pub mod locate;
pub mod model;
pub mod problem;
pub mod search;
pub mod source;
pub mod synthetic;
pub mod validate;
pub mod walk;

pub use load::{NodeRef, Pack};
pub use problem::{Problem, Rule, Severity};
pub use source::PackSource;

/// Loads a pack and validates it: every problem, sorted by file and position.
pub fn check(source: PackSource) -> (Pack, Vec<Problem>) {
    profiling::function_scope!();
    let (pack, mut problems) = Pack::load(source);
    problems.extend(validate::validate(&pack));
    problem::sort_problems(&mut problems);
    (pack, problems)
}
