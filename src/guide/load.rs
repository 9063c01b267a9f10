//! Reads a pack: the manifest and every guide file, each parsed on its own so
//! that one broken file never hides the others.

use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::guide::locate::{Locations, Pos};
use crate::guide::model::{Guide, Manifest, Node};
use crate::guide::problem::{Problem, Rule};
use crate::guide::source::{FileError, MAX_RON_BYTES, PackSource};

/// The manifest's path inside a pack.
pub const MANIFEST_FILE: &str = "data/pack.ron";

/// A loaded pack: everything that parsed, plus where it came from.
#[derive(Debug)]
pub struct Pack {
    /// Where the files come from (built in, or a folder).
    pub source: PackSource,
    /// The manifest; an empty one if `pack.ron` is missing or broken.
    pub manifest: Manifest,
    /// Positions of the values in `pack.ron`.
    pub manifest_locations: Locations,
    /// Whether `pack.ron` loaded.
    pub manifest_loaded: bool,
    /// Every guide that parsed, in file-name order.
    pub guides: Vec<LoadedGuide>,
    /// The file stems of guide files that failed to parse: references to
    /// guides of these names are not reported again as dangling.
    pub failed_stems: Vec<String>,
    index: HashMap<String, usize>,
}

/// A guide and the file it came from.
#[derive(Debug)]
pub struct LoadedGuide {
    /// Pack-relative path (`data/sign-out.ron`).
    pub file: String,
    /// The parsed guide.
    pub guide: Guide,
    /// Positions of its values, for problem reports.
    pub locations: Locations,
}

/// A node in a pack: the guide id and the node id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NodeRef {
    /// The guide's id.
    pub guide: String,
    /// The node's id within that guide.
    pub node: String,
}

impl NodeRef {
    /// Builds a reference from its two parts.
    pub fn new(guide: &str, node: &str) -> NodeRef {
        NodeRef {
            guide: guide.to_owned(),
            node: node.to_owned(),
        }
    }
}

impl std::fmt::Display for NodeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.guide, self.node)
    }
}

/// Why a reference does not lead anywhere.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unresolved {
    /// No guide has that id.
    #[error("there is no guide \"{0}\"")]
    NoGuide(String),
    /// The guide exists but has no such node.
    #[error("guide \"{guide}\" has no node \"{node}\"")]
    NoNode {
        /// The guide that was found.
        guide: String,
        /// The node that was not.
        node: String,
    },
    /// The guide's own `start` names a node it does not have.
    #[error("guide \"{0}\" has a broken start")]
    NoStart(String),
    /// A same-guide reference where no guide is in context (pack.ron).
    #[error("\"{0}\" names no guide; write \"guide-id\" or \"guide-id#node-id\"")]
    NoContext(String),
    /// The reference is empty or malformed.
    #[error("\"{0}\" is not a node reference")]
    Malformed(String),
}

/// Splits a reference into `(guide, node)`: `"node"` has no guide part,
/// `"guide#node"` has both. `"guide#start"` means the guide's start node.
pub fn split_reference(target: &str) -> (Option<&str>, &str) {
    match target.split_once('#') {
        Some((guide, node)) => (Some(guide), node),
        None => (None, target),
    }
}

impl Pack {
    /// Loads every file of a pack. Returns the pack with whatever parsed and
    /// the problems met on the way (file and syntax problems only; the
    /// validator adds the rest).
    pub fn load(source: PackSource) -> (Pack, Vec<Problem>) {
        profiling::function_scope!();
        let mut problems = Vec::new();
        let (manifest, manifest_locations) = match parse_file::<Manifest>(&source, MANIFEST_FILE) {
            Ok(parsed) => (Some(parsed.0), parsed.1),
            Err(problem) => {
                problems.push(problem);
                (None, Locations::default())
            }
        };
        let manifest_loaded = manifest.is_some();
        let (files, listing_errors) = source.guide_files();
        for (file, error) in listing_errors {
            problems.push(file_problem(&file, &error));
        }
        let mut guides = Vec::new();
        let mut failed_stems = Vec::new();
        for (file, parsed) in parse_all(&source, files) {
            match parsed {
                Ok((guide, locations)) => guides.push(LoadedGuide {
                    file,
                    guide,
                    locations,
                }),
                Err(problem) => {
                    failed_stems.push(file_stem(&file).to_owned());
                    problems.push(problem);
                }
            }
        }
        let mut index = HashMap::new();
        for (i, loaded) in guides.iter().enumerate() {
            index.entry(loaded.guide.id.clone()).or_insert(i);
        }
        let pack = Pack {
            source,
            manifest: manifest.unwrap_or_else(empty_manifest),
            manifest_locations,
            manifest_loaded,
            guides,
            failed_stems,
            index,
        };
        (pack, problems)
    }

    /// The guide with this id (the first, if ids repeat).
    pub fn guide(&self, id: &str) -> Option<&LoadedGuide> {
        self.guide_position(id).and_then(|i| self.guides.get(i))
    }

    /// The node a reference points to.
    pub fn node(&self, at: &NodeRef) -> Option<&Node> {
        self.guide(&at.guide)?.guide.nodes.get(&at.node)
    }

    /// Resolves a reference written in guide `from` (or in pack.ron when
    /// `from` is `None`, where a bare id names a guide).
    pub fn resolve(&self, from: Option<&str>, target: &str) -> Result<NodeRef, Unresolved> {
        self.resolve_ids(from, target)
            .map(|(guide, node)| NodeRef::new(guide, node))
    }

    /// Like [`Pack::resolve`], but borrows the ids instead of copying them:
    /// the validator resolves every way on of every node, and this keeps
    /// that free of allocations.
    pub fn resolve_ids<'a>(
        &'a self,
        from: Option<&'a str>,
        target: &'a str,
    ) -> Result<(&'a str, &'a str), Unresolved> {
        let (guide, node) = self.resolve_position(from, target)?;
        let loaded = &self.guides[guide].guide;
        let node_id = loaded.nodes.at(node).map_or("", |(id, _)| id);
        Ok((loaded.id.as_str(), node_id))
    }

    /// Like [`Pack::resolve_ids`], but answers with positions: the index of
    /// the guide in [`Pack::guides`] and of the node in its guide's
    /// [`NodeMap`](crate::guide::model::NodeMap), so callers can number
    /// nodes without hashing ids again.
    pub fn resolve_position(
        &self,
        from: Option<&str>,
        target: &str,
    ) -> Result<(usize, usize), Unresolved> {
        let target = target.trim();
        if target.is_empty() {
            return Err(Unresolved::Malformed(target.to_owned()));
        }
        let (guide_id, node_id) = match (split_reference(target), from) {
            ((Some(guide), node), _) => (guide, node),
            ((None, guide), None) => (guide, ""),
            ((None, node), Some(current)) => (current, node),
        };
        if guide_id.is_empty() {
            return Err(Unresolved::Malformed(target.to_owned()));
        }
        let guide_index = self
            .guide_position(guide_id)
            .ok_or_else(|| Unresolved::NoGuide(guide_id.to_owned()))?;
        let nodes = &self.guides[guide_index].guide.nodes;
        if let Some(node) = (!node_id.is_empty())
            .then(|| nodes.position(node_id))
            .flatten()
        {
            return Ok((guide_index, node));
        }
        let wants_start = node_id.is_empty() || node_id == "start";
        if !wants_start {
            return Err(Unresolved::NoNode {
                guide: guide_id.to_owned(),
                node: node_id.to_owned(),
            });
        }
        nodes
            .position(&self.guides[guide_index].guide.start)
            .map(|node| (guide_index, node))
            .ok_or_else(|| Unresolved::NoStart(guide_id.to_owned()))
    }

    /// The index in [`Pack::guides`] of the guide with this id.
    pub fn guide_position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// Below this many guides, parsing or checking them on one thread is
/// quicker than sharing the work out over the cores.
pub(crate) const SHARE_OUT_FROM: usize = 16;

/// One guide file's outcome: the guide and its positions, or its problem.
type ParsedGuide = Result<(Guide, Locations), Problem>;

/// Parses guide files on all cores (a pack of a thousand guides is
/// megabytes of RON), keeping their order. A small pack is parsed on this
/// thread: sharing out eight files costs more than it saves.
fn parse_all(source: &PackSource, files: Vec<String>) -> Vec<(String, ParsedGuide)> {
    let parse = |file: String| {
        // A parser panic would be a bug in ron; report it, don't spread it.
        let parsed = std::panic::catch_unwind(|| parse_file::<Guide>(source, &file))
            .unwrap_or_else(|_| {
                Err(Problem::error(
                    Rule::File,
                    &file,
                    Pos::START,
                    "this file could not be parsed (the RON parser failed)",
                ))
            });
        (file, parsed)
    };
    if files.len() < SHARE_OUT_FROM {
        files.into_iter().map(parse).collect()
    } else {
        files.into_par_iter().map(parse).collect()
    }
}

fn empty_manifest() -> Manifest {
    Manifest {
        id: String::new(),
        title: String::new(),
        description: String::new(),
        scenarios: Vec::new(),
        synonyms: Vec::new(),
        filler_words: Vec::new(),
        fallback: None,
    }
}

/// `data/sub/x.ron` -> `x`.
pub fn file_stem(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".ron").unwrap_or(name)
}

/// The options every pack file is parsed with: `Option` fields may be
/// written without `Some(..)`, and a node is written `Step(title: ..)`
/// rather than `Step(Step(title: ..))`.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Reads and parses one RON file, turning every failure into a problem
/// with the file's name and the position where it went wrong.
pub fn parse_file<T: DeserializeOwned>(
    source: &PackSource,
    file: &str,
) -> Result<(T, Locations), Problem> {
    profiling::function_scope!();
    let bytes = source
        .read(file, MAX_RON_BYTES)
        .map_err(|e| file_problem(file, &e))?;
    let text = decode_text(file, &bytes)?;
    let value = parse_value(file, text)?;
    // The positions keep the very bytes just read (no copy); `text` is
    // their tail after any byte-order mark.
    let start = bytes.len() - text.len();
    Ok((value, Locations::shared(Arc::clone(&bytes), start)))
}

/// Parses RON text that is already in memory (used by `parse_file` and tests).
pub fn parse_text<T: DeserializeOwned>(file: &str, text: &str) -> Result<(T, Locations), Problem> {
    parse_value(file, text).map(|value| (value, Locations::new(text)))
}

/// Parses RON text into `T`, or says where and why it is not valid.
fn parse_value<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    match ron_options().from_str::<T>(text) {
        Ok(value) => Ok(value),
        Err(e) => {
            let pos = Pos {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            Err(Problem::error(
                Rule::Syntax,
                file,
                pos,
                syntax_message(&e.code),
            ))
        }
    }
}

/// Checks that bytes are UTF-8 (a BOM is allowed) and points at the first bad byte otherwise.
fn decode_text<'b>(file: &str, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let line = 1 + valid.matches('\n').count();
        let col = 1 + valid
            .rsplit('\n')
            .next()
            .map_or(0, |tail| tail.chars().count());
        Problem::error(
            Rule::File,
            file,
            Pos { line, col },
            "the file is not UTF-8 text; save it as UTF-8",
        )
    })
}

/// ron's messages, tidied to read as one sentence.
fn syntax_message(code: &ron::Error) -> String {
    code.to_string().trim_end_matches('.').to_owned()
}

/// A file-level problem (missing, too large, unsafe path).
pub fn file_problem(file: &str, error: &FileError) -> Problem {
    let message = match error {
        FileError::Missing if file == MANIFEST_FILE => {
            "the pack has no data/pack.ron; a pack folder holds data/pack.ron, the guides in data/ and the images in assets/".to_owned()
        }
        FileError::Missing => "file not found".to_owned(),
        other => other.to_string(),
    };
    let rule = match error {
        FileError::Unsafe(_) => Rule::UnsafePath,
        _ => Rule::File,
    };
    Problem::error(rule, file, Pos::START, message)
}
