//! A pack ready to show: read, checked, with its problems sorted and its
//! search index built. The window loads one at start and again on every
//! live reload; the reload rules (`authoring/reload.rs`) compare two.

use std::collections::HashSet;

use crate::bundle::trust::{Trust, TrustStore};
use crate::bundle::{Bundle, ReaderFiles, Seal};
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
    /// The `.stepwise` file this came from (or was refused), if any.
    pub opened: Option<Opened>,
    /// The language the guides are shown in, and how much of them.
    pub localized: crate::guide::translate::Localized,
    /// The language [`Loaded::localize`] was asked for; `None` while the
    /// pack still has its source words only.
    pub asked_language: Option<String>,
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
            opened: None,
            localized: Default::default(),
            asked_language: None,
        }
    }

    /// Shows the guides in `lang` where the pack has them in it (checked
    /// in the source language first: problems point into the source
    /// files), and indexes the words the reader will see and type.
    pub fn localize(&mut self, lang: &str) {
        let localized = crate::guide::translate::localize(&mut self.pack, lang);
        if localized.lang.is_some() {
            self.index = SearchIndex::new(&self.pack);
        }
        self.localized = localized;
        self.asked_language = Some(lang.to_owned());
    }

    /// This pack shown in `lang` (see [`Loaded::localize`]); as it is for
    /// `None` (an author sees the source words).
    pub fn in_language(mut self, lang: Option<&str>) -> Loaded {
        if let Some(lang) = lang {
            self.localize(lang);
        }
        self
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
            opened: None,
            localized: Default::default(),
            asked_language: None,
        }
    }
}

/// A `.stepwise` file the window was asked to open, and what came of it.
#[derive(Clone, Debug)]
pub struct Opened {
    /// The file.
    pub path: std::path::PathBuf,
    /// Who signed it and how that compares with before; or, when the file
    /// was refused, why (the built-in pack is shown instead).
    pub outcome: Result<(Seal, Trust), String>,
    /// A problem remembering the author's key, if any.
    pub trust_error: Option<String>,
    /// The file is one of the reader's added guides.
    pub in_library: bool,
}

impl Loaded {
    /// Opens the pack file `path` on this thread: checked, loaded and
    /// indexed, with its signature judged against the keys seen before (a
    /// first-seen key is remembered). A refused file loads the built-in
    /// pack instead and says why.
    pub fn open_file(path: &std::path::Path, reader: Option<&ReaderFiles>) -> Loaded {
        match Bundle::open(path) {
            Ok(bundle) => {
                let seal = bundle.seal().clone();
                let mut loaded = Loaded::now(PackSource::Bundle(std::sync::Arc::new(bundle)));
                let (trust, trust_error) = match reader {
                    Some(reader) => {
                        let (mut store, unreadable) = TrustStore::load(&reader.known_authors);
                        let (trust, error) = store.first_use(&loaded.pack.manifest.id, &seal);
                        (trust, error.or(unreadable))
                    }
                    None => (TrustStore::judge_alone(&seal), None),
                };
                loaded.opened = Some(Opened {
                    path: path.to_owned(),
                    outcome: Ok((seal, trust)),
                    trust_error,
                    in_library: reader.is_some_and(|r| r.library.holds(path)),
                });
                loaded
            }
            Err(e) => {
                let mut loaded = Loaded::now(PackSource::Builtin);
                loaded.opened = Some(Opened {
                    path: path.to_owned(),
                    outcome: Err(e.to_string()),
                    trust_error: None,
                    in_library: false,
                });
                loaded
            }
        }
    }
}
