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
//!
//! The path document is built in `path.rs`, from the same ways, anchors
//! and parts.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::guide::date::Date;
use crate::guide::model::{Node, Source};
use crate::guide::pack::{NodeRef, Pack, Unresolved};
use crate::guide::source::PackSource;
use crate::guide::walk::{StaleWalk, Walk, settle};

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
    /// The pack's title ("My guides").
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
    /// When the guide's text was last compared with its sources, and which
    /// they were ("Checked 4 Dec 2026 against: ..."); `None` without a date.
    pub checked: Option<String>,
    /// The sources, for links.
    pub sources: Vec<Source>,
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

impl Entry {
    /// The entry at index `i` of a document (numbered `i + 1`).
    fn new(at: &NodeRef, i: usize, node: &Node, ways: Vec<Way>, walked: Option<Walked>) -> Entry {
        Entry {
            at: at.clone(),
            number: i + 1,
            anchor: anchor(i + 1, &at.node),
            node: node.clone(),
            ways,
            walked,
        }
    }
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
    /// Answer `n` (from 0) of a question, or way on `n` of an outcome.
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
    /// The end of shared steps: back to where the reader came from (the
    /// way into them says where that goes on).
    Back,
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
    /// For a way into shared steps (a flow, written once for several
    /// guides): where to go on once those steps are done.
    pub then: Option<WayTo>,
}

impl Way {
    /// The words on its button for the reader of a page: the window's own
    /// buttons ("Done, next step", "No, it didn't solve it") in the
    /// reader's language, an author's answers as the guide writes them.
    /// ([`Way::label`] keeps the English for the author's graph.)
    pub fn shown_label(&self) -> String {
        match self.kind {
            WayKind::Next => crate::tr!(cmd_next),
            WayKind::NotSolved | WayKind::Fallback => crate::tr!(export_not_solved_label),
            WayKind::Stuck | WayKind::Answer(_) => self.label.clone(),
        }
    }

    /// The sentence a page writes for it ("If “Yes”, go to 9."), with the
    /// answer, the target and (for a way into shared steps) where to go on
    /// filled in as the format writes them: escaped words for Markdown,
    /// slots for markup in the web page.
    pub fn sentence(&self, answer: &str, target: &str, then: Option<&str>) -> String {
        let back = self.to == WayTo::Back;
        match (self.kind, back, then) {
            (WayKind::Next, true, _) => crate::tr!(export_way_next_back),
            (WayKind::Next, false, None) => crate::tr!(export_way_next, target = target),
            (WayKind::Next, false, Some(then)) => {
                crate::tr!(export_way_next_shared, target = target, then = then)
            }
            (WayKind::Stuck | WayKind::Answer(_), true, _) => {
                crate::tr!(export_way_answer_back, answer = answer)
            }
            (WayKind::Stuck | WayKind::Answer(_), false, None) => {
                crate::tr!(export_way_answer, answer = answer, target = target)
            }
            (WayKind::Stuck | WayKind::Answer(_), false, Some(then)) => crate::tr!(
                export_way_answer_shared,
                answer = answer,
                target = target,
                then = then
            ),
            (WayKind::NotSolved | WayKind::Fallback, true, _) => {
                crate::tr!(export_way_not_solved_back)
            }
            (WayKind::NotSolved | WayKind::Fallback, false, None) => {
                crate::tr!(export_way_not_solved, target = target)
            }
            (WayKind::NotSolved | WayKind::Fallback, false, Some(then)) => {
                crate::tr!(export_way_not_solved_shared, target = target, then = then)
            }
        }
    }
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
        Node::Outcome(outcome) => {
            for (i, option) in outcome.options.iter().enumerate() {
                ways.push((
                    WayKind::Answer(i),
                    option.label.as_str(),
                    option.to.as_str(),
                    true,
                ));
            }
            match (&outcome.not_solved, &pack.manifest.fallback) {
                (Some(to), _) => {
                    ways.push((WayKind::NotSolved, NOT_SOLVED_LABEL, to.as_str(), true));
                }
                (None, Some(fallback)) => ways.push((
                    WayKind::Fallback,
                    NOT_SOLVED_LABEL,
                    fallback.as_str(),
                    false,
                )),
                (None, None) => {}
            }
        }
        // Passed through, never shown: `settle` goes past them.
        Node::Call(_) | Node::Return => {}
    }
    ways
}

/// A shown node and the flows it is inside, as a walk has them.
pub(super) type Place = (NodeRef, Vec<NodeRef>);

/// The resolved ways on from `at`, unsettled: a target may be a Call or
/// a Return.
pub(super) fn resolved_ways(
    pack: &Pack,
    at: &NodeRef,
    node: &Node,
) -> Vec<(WayKind, String, Result<NodeRef, String>)> {
    raw_ways(pack, node)
        .into_iter()
        .map(|(kind, label, target, in_guide)| {
            let from = in_guide.then_some(at.guide.as_str());
            let to = pack.resolve(from, target).map_err(|why| why.to_string());
            (kind, label.to_owned(), to)
        })
        // An outcome whose fallback is itself has no way on.
        .filter(|(kind, _, to)| !(*kind == WayKind::Fallback && to.as_ref() == Ok(at)))
        .collect()
}

/// Where a way lands for a reader of a whole guide, where shared steps are
/// written once: at a node (through any Calls: the first step of the flow,
/// and where to go on after it), back to the caller (a Return), or nowhere.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Landing {
    At(NodeRef, Option<NodeRef>),
    Back,
    Broken(String),
}

/// Most Calls followed for one landing (a flow whose start is a Call,
/// whose `then` is a Call...).
const MAX_LANDING_DEPTH: usize = 8;

fn land(pack: &Pack, to: NodeRef, depth: usize) -> Landing {
    if depth > MAX_LANDING_DEPTH {
        return Landing::Broken(crate::tr!(export_way_too_deep));
    }
    match pack.node(&to) {
        Some(Node::Call(call)) => {
            let entry = match pack.resolve(None, &call.flow) {
                Ok(entry) => land(pack, entry, depth + 1),
                Err(why) => return Landing::Broken(why.to_string()),
            };
            let then = match pack.resolve(Some(&to.guide), &call.then) {
                Ok(then) => match land(pack, then, depth + 1) {
                    Landing::At(then, _) => Some(then),
                    Landing::Back => None,
                    Landing::Broken(why) => return Landing::Broken(why),
                },
                Err(why) => return Landing::Broken(why.to_string()),
            };
            match entry {
                // A flow whose first node is another Call: its own `then`
                // is where this flow goes on, the outer `then` after that.
                Landing::At(first, inner) => Landing::At(first, inner.or(then)),
                other => other,
            }
        }
        Some(Node::Return) => Landing::Back,
        Some(_) => Landing::At(to, None),
        None => Landing::Broken(StaleWalk::MissingNode(to).to_string()),
    }
}

/// A fragment id from a number and a node id: letters, digits and dashes.
pub(super) fn anchor(number: usize, node: &str) -> String {
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
                landed(pack, pack.resolve(None, &scenario.start)?)?,
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
                landed(pack, pack.resolve(None, id)?)?,
            )
        }
    };
    let whole_guide = match target {
        Target::Guide(id) => Some(id.as_str()),
        Target::Scenario(_) => None,
    };
    let order = reading_order(pack, &start, whole_guide);
    // Where each flow (by guide) goes on when it is done, from every place
    // that runs it in this document: a flow run from one place only ends
    // with a plain "go to", not "go back".
    let mut thens: HashMap<&str, HashSet<NodeRef>> = HashMap::new();
    if let Some(then) = &start.1 {
        thens
            .entry(start.0.guide.as_str())
            .or_default()
            .insert(then.clone());
    }
    let mut doc = Document {
        kind: Kind::Whole,
        pack_title: pack.manifest.title.clone(),
        title,
        description,
        summary: summary_of(pack, &start.0),
        source: pack.source.clone(),
        entries: Vec::new(),
        parts: Vec::new(),
        id,
    };
    let index: HashMap<&NodeRef, usize> = order.iter().enumerate().map(|(i, at)| (at, i)).collect();
    let way_to = |at: &NodeRef| match index.get(at) {
        Some(&j) => WayTo::Entry(j),
        None => WayTo::Outside(title_of(pack, at)),
    };
    let mut flow_thens: Vec<(String, NodeRef)> = Vec::new();
    for (i, at) in order.iter().enumerate() {
        let Some(node) = pack.node(at) else { continue };
        let ways = resolved_ways(pack, at, node)
            .into_iter()
            .map(|(kind, label, to)| {
                let landing = match to {
                    Ok(to) => land(pack, to, 0),
                    Err(why) => Landing::Broken(why),
                };
                let (to, then) = match landing {
                    Landing::At(to, then) => {
                        if let Some(then) = &then {
                            flow_thens.push((to.guide.clone(), then.clone()));
                        }
                        (way_to(&to), then.as_ref().map(way_to))
                    }
                    Landing::Back => (WayTo::Back, None),
                    Landing::Broken(why) => (WayTo::Broken(why), None),
                };
                Way {
                    kind,
                    label,
                    to,
                    then,
                }
            })
            .collect();
        doc.entries.push(Entry::new(at, i, node, ways, None));
    }
    for (guide, then) in &flow_thens {
        thens
            .entry(guide.as_str())
            .or_default()
            .insert(then.clone());
    }
    for entry in &mut doc.entries {
        let Some(only) = thens
            .get(entry.at.guide.as_str())
            .filter(|t| t.len() == 1)
            .and_then(|t| t.iter().next())
        else {
            continue;
        };
        for way in &mut entry.ways {
            if way.to == WayTo::Back {
                way.to = way_to(only);
            }
        }
    }
    doc.parts = parts_of(pack, &doc.entries);
    Ok(doc)
}

pub(super) fn title_of(pack: &Pack, at: &NodeRef) -> String {
    pack.node(at)
        .map(|n| n.title().to_owned())
        .unwrap_or_else(|| at.to_string())
}

pub(super) fn summary_of(pack: &Pack, start: &NodeRef) -> Vec<String> {
    pack.guide(&start.guide)
        .map(|g| g.guide.summary.clone())
        .unwrap_or_default()
}

/// Runs of entries by guide: a new part each time the guide changes.
pub(super) fn parts_of(pack: &Pack, entries: &[Entry]) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        match parts.last_mut() {
            Some(part) if part.guide == entry.at.guide => part.entries.end = i + 1,
            _ => {
                let guide = pack.guide(&entry.at.guide).map(|g| &g.guide);
                let sources = guide.map(|g| g.sources.clone()).unwrap_or_default();
                let checked = guide
                    .and_then(|g| Date::parse(g.verified.as_deref()?))
                    .map(|date| {
                        let titles: Vec<&str> = sources.iter().map(|s| s.title.as_str()).collect();
                        crate::text::checked_against(&date.shown(), &titles)
                    });
                parts.push(Part {
                    guide: entry.at.guide.clone(),
                    title: guide.map_or_else(|| entry.at.guide.clone(), |g| g.title.clone()),
                    checked,
                    sources,
                    entries: i..i + 1,
                });
            }
        }
    }
    parts
}

/// A node to start from, past any Calls it begins with, and where to go on
/// when the flow it is in (if any) is done.
pub(super) fn landed(pack: &Pack, at: NodeRef) -> Result<(NodeRef, Option<NodeRef>), PlanError> {
    match land(pack, at.clone(), 0) {
        Landing::At(to, then) => Ok((to, then)),
        Landing::Back | Landing::Broken(_) => Err(PlanError::Missing(at)),
    }
}

/// Every node reachable from `start`, grouped by guide (the start's guide
/// first, then each other guide in the order it is first reached), each
/// guide's nodes in reading order. Shared steps (flows) are written once,
/// however many guides run them. With `whole_guide`, that guide's shown
/// nodes that cannot be reached are added after the others, in file
/// order.
fn reading_order(
    pack: &Pack,
    (start, start_then): &(NodeRef, Option<NodeRef>),
    whole_guide: Option<&str>,
) -> Vec<NodeRef> {
    // Lines: follow the expected way from a node until it meets a node
    // already placed or ends; every other way met on the line starts a
    // later line (and so does where a flow goes on after it returns).
    let mut placed: HashSet<NodeRef> = HashSet::new();
    let mut order: Vec<NodeRef> = Vec::new();
    let mut lines: VecDeque<NodeRef> = VecDeque::from([start.clone()]);
    lines.extend(start_then.clone());
    while let Some(mut at) = lines.pop_front() {
        while order.len() < MAX_ENTRIES && !placed.contains(&at) {
            let Some(node) = pack.node(&at) else { break };
            placed.insert(at.clone());
            order.push(at.clone());
            let mut targets = Vec::new();
            for (_, _, to) in resolved_ways(pack, &at, node) {
                if let Ok(to) = to
                    && let Landing::At(to, then) = land(pack, to, 0)
                {
                    targets.push(to);
                    targets.extend(then);
                }
            }
            let mut targets = targets.into_iter();
            let Some(first) = targets.next() else { break };
            lines.extend(targets);
            at = first;
        }
    }
    if let Some(guide) = whole_guide.and_then(|id| pack.guide(id)) {
        for (id, node) in guide.guide.nodes.iter() {
            let at = NodeRef::new(&guide.guide.id, id);
            if !node.is_transit() && order.len() < MAX_ENTRIES && placed.insert(at.clone()) {
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

mod path;
#[cfg(test)]
mod tests;

pub use path::path;
