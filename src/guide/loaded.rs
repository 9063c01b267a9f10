//! A pack ready to show: read, checked, with its problems sorted and its
//! search index built. The window loads one at start and again on every
//! live reload; the reload rules (`authoring/reload.rs`) compare two.

use std::collections::HashSet;

use crate::guide::search::SearchIndex;
use crate::guide::{self, Pack, PackSource, Problem};

/// A pack ready to show: checked, with its problems and its search index.
pub struct Loaded {
    /// The pack.
    pub pack: Pack,
    /// Every problem found, sorted.
    pub problems: Vec<Problem>,
    /// Ids of the guides whose files have errors (their tiles say so).
    pub broken_guides: HashSet<String>,
    /// The search index over the pack.
    pub index: SearchIndex,
}

impl Loaded {
    /// Loads, checks and indexes a pack on this thread.
    pub fn now(source: PackSource) -> Loaded {
        profiling::function_scope!();
        let (pack, problems) = guide::check(source);
        let broken_files: HashSet<&str> = problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| p.file.as_str())
            .collect();
        let broken_guides = pack
            .guides
            .iter()
            .filter(|g| broken_files.contains(g.file.as_str()))
            .map(|g| g.guide.id.clone())
            .collect();
        let index = SearchIndex::new(&pack);
        Loaded {
            pack,
            problems,
            broken_guides,
            index,
        }
    }

    /// An empty pack from `source`, shown while the real one loads.
    pub fn placeholder(source: PackSource) -> Loaded {
        let pack = Pack::empty(source);
        let index = SearchIndex::new(&pack);
        Loaded {
            pack,
            problems: Vec::new(),
            broken_guides: HashSet::new(),
            index,
        }
    }
}
