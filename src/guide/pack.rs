//! A loaded pack and how references between its nodes resolve: the
//! [`Pack`] itself, [`NodeRef`] (a node of the pack), and why a reference
//! may lead nowhere. Reading the files is `load.rs`'s job.

use foldhash::{HashMap, HashMapExt};
use serde::{Deserialize, Serialize};

use crate::guide::locate::Locations;
use crate::guide::model::{Guide, Manifest, Node};
use crate::guide::source::PackSource;

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
    /// Assembles a pack from what was loaded, indexing its guides by id
    /// (the first guide of an id wins; repeats are reported by the validator).
    pub fn new(
        source: PackSource,
        manifest: Manifest,
        manifest_locations: Locations,
        manifest_loaded: bool,
        guides: Vec<LoadedGuide>,
        failed_stems: Vec<String>,
    ) -> Pack {
        let mut index = HashMap::with_capacity(guides.len());
        for (i, loaded) in guides.iter().enumerate() {
            index.entry(loaded.guide.id.clone()).or_insert(i);
        }
        Pack {
            source,
            manifest,
            manifest_locations,
            manifest_loaded,
            guides,
            failed_stems,
            index,
        }
    }

    /// A pack with nothing in it, from `source` (shown while the real one
    /// loads).
    pub fn empty(source: PackSource) -> Pack {
        Pack::new(
            source,
            Manifest::default(),
            Locations::default(),
            false,
            Vec::new(),
            Vec::new(),
        )
    }

    /// Why `target` (written as on the command line: `guide` or
    /// `guide#node`) opens nothing, in words for the person who typed it:
    /// which guide has no such step, and the step ids nearest to it (or
    /// the guide ids nearest, when the guide is not there).
    pub fn explain_unresolved(&self, target: &str) -> String {
        let nearest = |wanted: &str, ids: Vec<&str>| {
            let mut scored: Vec<(usize, &str)> = ids
                .into_iter()
                .map(|id| (strsim::levenshtein(id, wanted), id))
                .collect();
            scored.sort();
            scored
                .into_iter()
                .take(3)
                .map(|(_, id)| format!("\"{id}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (guide, node) = split_reference(target);
        let guide_id = guide.unwrap_or(node);
        let Some(loaded) = self.guide(guide_id) else {
            let ids = self.guides.iter().map(|g| g.guide.id.as_str()).collect();
            return format!(
                "this pack has no guide \"{guide_id}\"; the nearest guides: {}",
                nearest(guide_id, ids)
            );
        };
        match guide {
            Some(_) if node != "start" && loaded.guide.nodes.get(node).is_none() => {
                let ids = loaded.guide.nodes.iter().map(|(id, _)| id).collect();
                format!(
                    "the guide \"{guide_id}\" has no step \"{node}\"; the nearest steps: {}",
                    nearest(node, ids)
                )
            }
            _ => match self.resolve(None, target) {
                Ok(_) => format!("\"{target}\" is a step of \"{guide_id}\""),
                Err(e) => e.to_string(),
            },
        }
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
