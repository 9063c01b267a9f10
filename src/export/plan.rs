//! What an export contains and in which order, before any format is
//! written: a [`Document`] of numbered entries (one per node), each with its
//! ways on resolved to other entries. Every format (HTML, Markdown, DOT)
//! writes the same document, so they agree on what is in a guide.
//!
//! A whole-guide document holds every node a reader can reach from the
//! start: the guide's own nodes, then those of each guide it jumps into, in
//! the order they are first reached. Within a guide, the expected path
//! comes first (the first answer of each question, as the window's
//! checklist shows it), then each branch, in the order the branches leave
//! the paths already written. A path document ("Save my steps") holds the
//! nodes a person walked through, with what they answered at each.
//!
//! The document owns copies of its nodes, so it can be written on another
//! thread while the window goes on.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::guide::model::Node;
use crate::guide::pack::{NodeRef, Pack, Unresolved};
use crate::guide::source::PackSource;
use crate::guide::walk::Walk;

/// Longest document built, in entries: a bound for pathological packs.
const MAX_ENTRIES: usize = 5_000;

/// What to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A home-screen scenario, by id.
    Scenario(String),
    /// A guide, by id (from its start node).
    Guide(String),
}

impl Target {
    /// Finds `id` among the pack's scenarios, then its guides.
    pub fn find(pack: &Pack, id: &str) -> Option<Target> {
        if pack.manifest.scenarios.iter().any(|s| s.id == id) {
            Some(Target::Scenario(id.to_owned()))
        } else if pack.guide(id).is_some() {
            Some(Target::Guide(id.to_owned()))
        } else {
            None
        }
    }
}

/// Which kind of document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Every node reachable from a start: for printing, sharing, a wiki.
    Whole,
    /// The way one person walked, for a helper.
    Path,
}

/// A guide or scenario ready to be written in any format.
#[derive(Clone, Debug)]
pub struct Document {
    /// Whole guide or one person's path.
    pub kind: Kind,
    /// The pack's title ("Netflix: signing out").
    pub pack_title: String,
    /// The title: the scenario's, else the guide's.
    pub title: String,
    /// The scenario's one-line description, if any.
    pub description: String,
    /// The quick answer of the guide the document starts in.
    pub summary: Vec<String>,
    /// Where the pictures come from.
    pub source: PackSource,
    /// The entries in reading order, numbered from 1.
    pub entries: Vec<Entry>,
    /// The guides the entries belong to, in order: each a run of entries.
    pub parts: Vec<Part>,
    /// The id of the scenario or guide exported (for file names).
    pub id: String,
}

/// The entries of one guide, in a row.
#[derive(Clone, Debug)]
pub struct Part {
    /// The guide's id.
    pub guide: String,
    /// The guide's title.
    pub title: String,
    /// Indexes into [`Document::entries`].
    pub entries: std::ops::Range<usize>,
}

/// One node of the document.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The node.
    pub at: NodeRef,
    /// Its number in the document, from 1.
    pub number: usize,
    /// A fragment id for links: `s4-side-get-help`.
    pub anchor: String,
    /// A copy of the node.
    pub node: Node,
    /// The ways on from it, in the order the window offers them.
    pub ways: Vec<Way>,
    /// On a path document: what the person did here.
    pub walked: Option<Walked>,
}

/// What a person did at a node of their path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walked {
    /// Their step number on the path, from 1.
    pub step: usize,
    /// The way they took (an index into [`Entry::ways`]); `None` where they
    /// are now.
    pub took: Option<usize>,
    /// True for the node they are on now.
    pub current: bool,
    /// The checks they ticked (indexes into the step's `checks`).
    pub ticked: Vec<usize>,
}

/// Which button or answer a way is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WayKind {
    /// A step's "Done, next step".
    Next,
    /// A step's "I don't see this" (its own wording).
    Stuck,
    /// Answer `n` (from 0) of a question.
    Answer(usize),
    /// An outcome's "No, it didn't solve it", to its own `not_solved`.
    NotSolved,
    /// The same, to the pack's fallback.
    Fallback,
}

/// Where a way leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WayTo {
    /// To another entry of the document (an index into its entries).
    Entry(usize),
    /// To a node the document does not hold (a path document shows only
    /// the path): its title.
    Outside(String),
    /// Nowhere: the pack's reference is broken; why, in words.
    Broken(String),
}

/// A way on from a node: the words on its button and where it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Way {
    /// Which kind of way.
    pub kind: WayKind,
    /// The words a person sees ("Done, next step", "I don't see Get Help",
    /// "Yes, I'm in front of it").
    pub label: String,
    /// Where it leads.
    pub to: WayTo,
}

/// Why a document cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The target's start does not resolve.
    #[error("it cannot start: {0}")]
    Start(#[from] Unresolved),
    /// The walk's nodes are not in this pack.
    #[error("the step \"{0}\" is not in this pack")]
    Missing(NodeRef),
}

/// The words on the "Done, next step" button, as the window shows them.
pub const NEXT_LABEL: &str = "Done, next step";
/// The words for an outcome's "no" answer.
pub const NOT_SOLVED_LABEL: &str = "No, it didn't solve it";

/// A node's ways on, unresolved: `(kind, label, target, written in guide?)`.
/// `from_guide` is `None` for the pack's fallback, which pack.ron writes.
fn raw_ways<'a>(pack: &'a Pack, node: &'a Node) -> Vec<(WayKind, &'a str, &'a str, bool)> {
    let mut ways = Vec::new();
    match node {
        Node::Step(step) => {
            if let Some(next) = &step.next {
                ways.push((WayKind::Next, NEXT_LABEL, next.as_str(), true));
            }
            if let Some(stuck) = &step.stuck {
                ways.push((
                    WayKind::Stuck,
                    stuck.label.as_str(),
                    stuck.to.as_str(),
                    true,
                ));
            }
        }
        Node::Question(question) => {
            for (i, option) in question.options.iter().enumerate() {
                ways.push((
                    WayKind::Answer(i),
                    option.label.as_str(),
                    option.to.as_str(),
                    true,
                ));
            }
        }
        Node::Outcome(outcome) => match (&outcome.not_solved, &pack.manifest.fallback) {
            (Some(to), _) => ways.push((WayKind::NotSolved, NOT_SOLVED_LABEL, to.as_str(), true)),
            (None, Some(fallback)) => ways.push((
                WayKind::Fallback,
                NOT_SOLVED_LABEL,
                fallback.as_str(),
                false,
            )),
            (None, None) => {}
        },
    }
    ways
}

/// The resolved ways on from `at`.
fn resolved_ways(
    pack: &Pack,
    at: &NodeRef,
    node: &Node,
) -> Vec<(WayKind, String, Result<NodeRef, Unresolved>)> {
    raw_ways(pack, node)
        .into_iter()
        .map(|(kind, label, target, in_guide)| {
            let from = in_guide.then_some(at.guide.as_str());
            let to = pack.resolve(from, target);
            // An outcome whose fallback is itself has no way on.
            (kind, label.to_owned(), to)
        })
        .filter(|(kind, _, to)| !(*kind == WayKind::Fallback && to.as_ref() == Ok(at)))
        .collect()
}

/// A fragment id from a number and a node id: letters, digits and dashes.
fn anchor(number: usize, node: &str) -> String {
    let mut slug = String::new();
    for c in node.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("s{number}")
    } else {
        format!("s{number}-{slug}")
    }
}

/// Builds the document of a scenario or a guide.
pub fn whole(pack: &Pack, target: &Target) -> Result<Document, PlanError> {
    let (id, title, description, start) = match target {
        Target::Scenario(id) => {
            let scenario = pack
                .manifest
                .scenarios
                .iter()
                .find(|s| &s.id == id)
                .ok_or_else(|| Unresolved::Malformed(id.clone()))?;
            (
                id.clone(),
                scenario.title.clone(),
                scenario.description.clone(),
                pack.resolve(None, &scenario.start)?,
            )
        }
        Target::Guide(id) => {
            let guide = pack
                .guide(id)
                .ok_or_else(|| Unresolved::NoGuide(id.clone()))?;
            (
                id.clone(),
                guide.guide.title.clone(),
                String::new(),
                pack.resolve(None, id)?,
            )
        }
    };
    let order = reading_order(pack, &start, matches!(target, Target::Guide(_)));
    let mut doc = Document {
        kind: Kind::Whole,
        pack_title: pack.manifest.title.clone(),
        title,
        description,
        summary: summary_of(pack, &start),
        source: pack.source.clone(),
        entries: Vec::new(),
        parts: Vec::new(),
        id,
    };
    let index: HashMap<NodeRef, usize> = order
        .iter()
        .enumerate()
        .map(|(i, at)| (at.clone(), i))
        .collect();
    for (i, at) in order.iter().enumerate() {
        let Some(node) = pack.node(at) else { continue };
        let ways = resolved_ways(pack, at, node)
            .into_iter()
            .map(|(kind, label, to)| Way {
                kind,
                label,
                to: match to {
                    Ok(to) => match index.get(&to) {
                        Some(&j) => WayTo::Entry(j),
                        None => WayTo::Outside(title_of(pack, &to)),
                    },
                    Err(why) => WayTo::Broken(why.to_string()),
                },
            })
            .collect();
        doc.entries.push(Entry {
            at: at.clone(),
            number: i + 1,
            anchor: anchor(i + 1, &at.node),
            node: node.clone(),
            ways,
            walked: None,
        });
    }
    doc.parts = parts_of(pack, &doc.entries);
    Ok(doc)
}

/// Builds the document of one person's walk: the nodes they passed, with
/// the answer they gave at each, and the one they are on now.
pub fn path(pack: &Pack, walk: &Walk) -> Result<Document, PlanError> {
    let steps: Vec<&NodeRef> = walk
        .history
        .iter()
        .chain(std::iter::once(&walk.current))
        .take(MAX_ENTRIES)
        .collect();
    let mut doc = Document {
        kind: Kind::Path,
        pack_title: pack.manifest.title.clone(),
        title: walk.title(pack),
        description: String::new(),
        summary: Vec::new(),
        source: pack.source.clone(),
        entries: Vec::new(),
        parts: Vec::new(),
        id: walk
            .scenario
            .clone()
            .unwrap_or_else(|| walk.start.guide.clone()),
    };
    if let Some(scenario) = walk
        .scenario
        .as_ref()
        .and_then(|id| pack.manifest.scenarios.iter().find(|s| &s.id == id))
    {
        doc.description = scenario.description.clone();
    }
    for (i, at) in steps.iter().enumerate() {
        let node = pack
            .node(at)
            .ok_or_else(|| PlanError::Missing((*at).clone()))?;
        let next = steps.get(i + 1);
        let mut took = None;
        let ways: Vec<Way> = resolved_ways(pack, at, node)
            .into_iter()
            .enumerate()
            .map(|(w, (kind, label, to))| {
                let to = match to {
                    Ok(to) if next == Some(&&to) && took.is_none() => {
                        took = Some(w);
                        WayTo::Entry(i + 1)
                    }
                    Ok(to) => WayTo::Outside(title_of(pack, &to)),
                    Err(why) => WayTo::Broken(why.to_string()),
                };
                Way { kind, label, to }
            })
            .collect();
        let current = i + 1 == steps.len();
        doc.entries.push(Entry {
            at: (*at).clone(),
            number: i + 1,
            anchor: anchor(i + 1, &at.node),
            node: node.clone(),
            ways,
            walked: Some(Walked {
                step: i + 1,
                took,
                current,
                ticked: walk
                    .checked
                    .get(*at)
                    .map(|t| t.iter().copied().collect())
                    .unwrap_or_default(),
            }),
        });
    }
    doc.parts = parts_of(pack, &doc.entries);
    Ok(doc)
}

fn title_of(pack: &Pack, at: &NodeRef) -> String {
    pack.node(at)
        .map(|n| n.title().to_owned())
        .unwrap_or_else(|| at.to_string())
}

fn summary_of(pack: &Pack, start: &NodeRef) -> Vec<String> {
    pack.guide(&start.guide)
        .map(|g| g.guide.summary.clone())
        .unwrap_or_default()
}

/// Runs of entries by guide: a new part each time the guide changes.
fn parts_of(pack: &Pack, entries: &[Entry]) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        match parts.last_mut() {
            Some(part) if part.guide == entry.at.guide => part.entries.end = i + 1,
            _ => parts.push(Part {
                guide: entry.at.guide.clone(),
                title: pack
                    .guide(&entry.at.guide)
                    .map(|g| g.guide.title.clone())
                    .unwrap_or_else(|| entry.at.guide.clone()),
                entries: i..i + 1,
            }),
        }
    }
    parts
}

/// Every node reachable from `start`, grouped by guide (the start's guide
/// first, then each other guide in the order it is first reached), each
/// guide's nodes in reading order. With `all_of_start_guide`, the start
/// guide's nodes that cannot be reached are added after the others, in
/// file order.
fn reading_order(pack: &Pack, start: &NodeRef, all_of_start_guide: bool) -> Vec<NodeRef> {
    // Lines: follow the expected way from a node until it meets a node
    // already placed or ends; every other way met on the line starts a
    // later line.
    let mut placed: HashSet<NodeRef> = HashSet::new();
    let mut order: Vec<NodeRef> = Vec::new();
    let mut lines: VecDeque<NodeRef> = VecDeque::from([start.clone()]);
    while let Some(mut at) = lines.pop_front() {
        while order.len() < MAX_ENTRIES && !placed.contains(&at) {
            let Some(node) = pack.node(&at) else { break };
            placed.insert(at.clone());
            order.push(at.clone());
            let mut targets = resolved_ways(pack, &at, node)
                .into_iter()
                .filter_map(|(_, _, to)| to.ok());
            let Some(first) = targets.next() else { break };
            lines.extend(targets);
            at = first;
        }
    }
    if all_of_start_guide && let Some(guide) = pack.guide(&start.guide) {
        for (id, _) in guide.guide.nodes.iter() {
            let at = NodeRef::new(&start.guide, id);
            if order.len() < MAX_ENTRIES && placed.insert(at.clone()) {
                order.push(at);
            }
        }
    }
    // Group by guide, keeping first-reached order of guides and of nodes.
    let mut guides: Vec<&str> = Vec::new();
    for at in &order {
        if !guides.contains(&at.guide.as_str()) {
            guides.push(&at.guide);
        }
    }
    let mut grouped = Vec::with_capacity(order.len());
    for guide in guides {
        grouped.extend(order.iter().filter(|at| at.guide == guide).cloned());
    }
    grouped
}

impl Document {
    /// The entry a way leads to, if it is in the document.
    pub fn target(&self, way: &Way) -> Option<&Entry> {
        match way.to {
            WayTo::Entry(i) => self.entries.get(i),
            _ => None,
        }
    }

    /// The number of pictures the document shows.
    pub fn picture_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.node.shot().is_some())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Pack {
        Pack::load(PackSource::Builtin).0
    }

    #[test]
    fn the_tv_scenario_starts_with_its_expected_path_and_keeps_every_branch() {
        let pack = builtin();
        let doc = whole(&pack, &Target::Scenario("tv".into())).expect("plans");
        let ids: Vec<String> = doc.entries.iter().map(|e| e.at.to_string()).collect();
        assert_eq!(
            &ids[..4],
            [
                "sign-out-tv#home",
                "sign-out-tv#which-menu",
                "sign-out-tv#open-side-menu",
                "sign-out-tv#side-get-help"
            ]
        );
        // Every node of the TV guide is there, once.
        let tv = pack.guide("sign-out-tv").expect("tv guide");
        for (id, _) in tv.guide.nodes.iter() {
            let at = format!("sign-out-tv#{id}");
            assert_eq!(ids.iter().filter(|i| **i == at).count(), 1, "{at}");
        }
        // The guide's own nodes come first, as one part.
        assert_eq!(doc.parts[0].guide, "sign-out-tv");
        assert_eq!(doc.parts[0].entries.len(), tv.guide.nodes.len());
        // Guides it jumps into are parts of their own, each once.
        let mut guides: Vec<&str> = doc.parts.iter().map(|p| p.guide.as_str()).collect();
        let count = guides.len();
        guides.dedup();
        assert_eq!(guides.len(), count);
        assert!(guides.contains(&"sign-out-device-web"));
        // Every way leads to an entry of the document.
        for entry in &doc.entries {
            for way in &entry.ways {
                assert!(matches!(way.to, WayTo::Entry(_)), "{}: {way:?}", entry.at);
            }
        }
        // Anchors are unique.
        let anchors: HashSet<&str> = doc.entries.iter().map(|e| e.anchor.as_str()).collect();
        assert_eq!(anchors.len(), doc.entries.len());
    }

    #[test]
    fn a_path_document_holds_the_way_walked_and_the_answers_given() {
        let pack = builtin();
        let mut walk = Walk::begin_scenario(&pack, "tv").expect("starts");
        use crate::guide::walk::Command;
        for command in [Command::Next, Command::Choose(1), Command::Stuck] {
            walk.apply(&pack, command).expect("applies");
        }
        let doc = path(&pack, &walk).expect("plans");
        assert_eq!(doc.entries.len(), 4);
        let took: Vec<Option<String>> = doc
            .entries
            .iter()
            .map(|e| {
                e.walked
                    .as_ref()
                    .and_then(|w| w.took)
                    .map(|i| e.ways[i].label.clone())
            })
            .collect();
        assert_eq!(
            took,
            [
                Some(NEXT_LABEL.to_owned()),
                Some("A menu bar across the top".to_owned()),
                Some("There is no menu at the top either".to_owned()),
                None
            ]
        );
        assert!(doc.entries[3].walked.as_ref().is_some_and(|w| w.current));
    }

    #[test]
    fn anchors_are_safe_whatever_the_node_id() {
        assert_eq!(anchor(3, "Side Get-Help"), "s3-side-get-help");
        assert_eq!(anchor(7, "\"><script>"), "s7-script");
        assert_eq!(anchor(1, "ümlaut ßß"), "s1-mlaut");
        assert_eq!(anchor(2, "!!!"), "s2");
    }
}
