//! The map of one guide: every node of it, the nodes of other guides it
//! leads into, and every way on, labelled with the answer that takes it,
//! laid out once as a layered drawing (`layout.rs`). The window draws it
//! (`ui/screens/map/`); this file knows no egui.
//!
//! Besides the drawing, the map answers the questions the window asks of
//! it: where the reader stands on it ([`GuideMap::path`]), which nodes the
//! pack's problems belong to ([`GuideMap::problems`]), what a screen reader
//! says for a node ([`GuideMap::name`]), and what comes before and after
//! a node, for moving with the arrow keys. [`MapCache`] keeps each guide's
//! map (and the walk screen's steps-left estimate) until the pack changes.
//!
//! Long because the map's model, the reader's path on it and its
//! keyboard neighbours are read together, with tests on the built-in pack.

use std::collections::HashMap;
use std::sync::Arc;

use crate::guide::layout::{self, Layout, Spacing};
use crate::guide::locate::{Pos, Seg};
use crate::guide::model::{Exit, Node, Outcome, OutcomeKind, Question};
use crate::guide::pack::{NodeRef, Pack};
use crate::guide::problem::Problem;
use crate::guide::remaining::{self, StepsLeft};
use crate::guide::walk::Walk;

/// How large a node's card is, in map units: decided by whoever draws the
/// map (the window's are `ui::screens::map::CARDS`), and laid out here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardSizes {
    /// A card's width.
    pub width: f32,
    /// The height of a card's words.
    pub words: f32,
    /// The height of a card's picture, for the nodes that have one.
    pub picture: f32,
}

/// What a node of the map is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    /// Something to do, with a picture.
    Step,
    /// A question that branches.
    Question,
    /// The end of a path.
    Outcome(OutcomeKind),
    /// A node of another guide that this one leads into.
    Elsewhere,
    /// A shared flow of another guide that this node runs before coming
    /// back (a `Call`).
    Flow,
    /// The end of a shared flow: back to the guide that ran it (a
    /// `Return`).
    Return,
}

impl MapKind {
    /// The word a reader hears first: "Step", "Question", "Outcome",
    /// "Another guide", "A flow from another guide".
    pub fn word(self) -> &'static str {
        match self {
            MapKind::Step => "Step",
            MapKind::Question => "Question",
            MapKind::Outcome(_) => "Outcome",
            MapKind::Elsewhere => "Another guide",
            MapKind::Flow => "A flow from another guide",
            MapKind::Return => "End of shared steps",
        }
    }

    /// The kind of a guide's own node. Each new kind of node is one arm
    /// here.
    fn of(node: &Node) -> MapKind {
        match node {
            Node::Step(_) => MapKind::Step,
            Node::Question(_) => MapKind::Question,
            Node::Outcome(outcome) => MapKind::Outcome(outcome.kind),
            Node::Call(_) => MapKind::Flow,
            Node::Return => MapKind::Return,
        }
    }
}

/// One node of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapNode {
    /// The node in the pack.
    pub at: NodeRef,
    /// What it is.
    pub kind: MapKind,
    /// Its title: the step's, the question, the outcome's; for a node of
    /// another guide, that guide's title (and the node's, unless it is
    /// where that guide starts).
    pub title: String,
    /// The picture shown on its card, relative to `assets/`.
    pub image: Option<String>,
}

/// One way on: from a node to another, with the words that take it.
#[derive(Clone, Debug, PartialEq)]
pub struct MapEdge {
    /// Index of the node it leaves.
    pub from: usize,
    /// Index of the node it leads to.
    pub to: usize,
    /// The answer or button that takes it ("Yes, I'm in front of it",
    /// "I don't see this", "Next"); several ways between the same two nodes
    /// are one edge, their words joined with " / ".
    pub label: String,
    /// True for a plain "Done, next step": drawn without words.
    pub plain: bool,
}

/// Where a node stands for the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathState {
    /// On the way walked so far.
    Done,
    /// Where the reader is.
    Current,
    /// On the expected way ahead.
    Ahead,
    /// Neither: a side branch.
    Off,
}

impl PathState {
    /// The words a screen reader hears after the title.
    pub fn words(self) -> &'static str {
        match self {
            PathState::Done => "done",
            PathState::Current => "current",
            PathState::Ahead => "ahead",
            PathState::Off => "not on your path",
        }
    }
}

/// The reader's position on the map: a state for every node and edge.
#[derive(Clone, Debug, PartialEq)]
pub struct PathView {
    /// By node index.
    pub nodes: Vec<PathState>,
    /// By edge index: walked (`Done`), expected next (`Ahead`), or `Off`.
    pub edges: Vec<PathState>,
    /// The node the reader stands on, if it is on this map.
    pub current: Option<usize>,
    /// By node index: the node the reader walked here from, when both are
    /// on this map (for the Up arrow).
    pub before: Vec<Option<usize>>,
}

/// The map of one guide, laid out.
#[derive(Clone, Debug)]
pub struct GuideMap {
    /// The guide's id.
    pub guide: String,
    /// The guide's title.
    pub title: String,
    /// The guide's own nodes in file order, then the other guides' nodes
    /// it leads into.
    pub nodes: Vec<MapNode>,
    /// Every way on.
    pub edges: Vec<MapEdge>,
    /// The guide's start, if it resolves.
    pub start: Option<usize>,
    /// Edges leaving each node, in the order the guide prefers them.
    pub out: Vec<Vec<usize>>,
    /// Edges entering each node.
    pub into: Vec<Vec<usize>>,
    /// Node indices in walking order: by layer, left to right.
    pub order: Vec<usize>,
    /// Where everything goes, in map units.
    pub layout: Layout,
    index: HashMap<NodeRef, usize>,
    /// The Call card of each flow guide this guide runs: where a reader
    /// inside that flow stands on this map.
    flows: HashMap<String, usize>,
}

impl GuideMap {
    /// Builds and lays out the map of guide `guide`, or `None` when the
    /// pack has no such guide.
    pub fn build(pack: &Pack, guide: &str, cards: &CardSizes) -> Option<GuideMap> {
        profiling::function_scope!();
        let guide_index = pack.guide_position(guide)?;
        let loaded = pack.guides.get(guide_index)?;
        let g = &loaded.guide;
        let mut nodes = Vec::new();
        // Map index of each pack position (guide, node).
        let mut index_of: HashMap<(usize, usize), usize> = HashMap::new();
        for (position, (id, node)) in g.nodes.iter().enumerate() {
            if !g.nodes.is_first(position) {
                continue; // A repeated id: reported, otherwise ignored.
            }
            index_of.insert((guide_index, position), nodes.len());
            nodes.push(MapNode {
                at: NodeRef::new(&g.id, id),
                kind: MapKind::of(node),
                title: map_title(pack, node),
                image: node.shot().map(|s| s.image.clone()),
            });
        }
        let own = nodes.len();
        // Ways on as (from, to, label, plain), before merging.
        let mut ways: Vec<(usize, usize, String, bool)> = Vec::new();
        for (position, (_, node)) in g.nodes.iter().enumerate() {
            let Some(&from) = index_of.get(&(guide_index, position)) else {
                continue;
            };
            // Ways that lead nowhere are the checker's to report.
            // A Call's card stands for its flow: only its `then` is drawn.
            let mut targets: Vec<(Exit, (usize, usize))> = node
                .exits()
                .into_iter()
                .filter(|(exit, _)| *exit != Exit::Flow)
                .filter_map(|(exit, target)| {
                    let at = pack.resolve_position(Some(&g.id), target).ok()?;
                    Some((exit, at))
                })
                .collect();
            // "No, it didn't solve it" without a `not_solved` of its own
            // goes to the pack's fallback.
            if let (Node::Outcome(outcome), Some(fallback)) = (node, &pack.manifest.fallback)
                && outcome.not_solved.is_none()
                && let Ok(at) = pack.resolve_position(None, fallback)
                && at != (guide_index, position)
            {
                targets.push((Exit::NotSolved, at));
            }
            for (exit, at) in targets {
                let to = match index_of.get(&at) {
                    Some(&to) => to,
                    None => {
                        let Some(elsewhere) = elsewhere_node(pack, at) else {
                            continue;
                        };
                        index_of.insert(at, nodes.len());
                        nodes.push(elsewhere);
                        nodes.len() - 1
                    }
                };
                let plain = matches!(exit, Exit::Next | Exit::Then);
                ways.push((from, to, exit_label(node, exit), plain));
            }
        }
        let mut edges: Vec<MapEdge> = Vec::new();
        let mut edge_of: HashMap<(usize, usize), usize> = HashMap::new();
        for (from, to, label, plain) in ways {
            match edge_of.get(&(from, to)) {
                Some(&e) => {
                    let edge = &mut edges[e];
                    if edge.plain {
                        edge.label = label;
                    } else if !plain && !edge.label.split(" / ").any(|l| l == label) {
                        edge.label = format!("{} / {label}", edge.label);
                    }
                    edge.plain &= plain;
                }
                None => {
                    edge_of.insert((from, to), edges.len());
                    edges.push(MapEdge {
                        from,
                        to,
                        label,
                        plain,
                    });
                }
            }
        }
        let start = pack
            .resolve_position(Some(&g.id), &g.start)
            .ok()
            .and_then(|at| index_of.get(&at).copied())
            .filter(|&s| s < own);
        let sizes: Vec<(f32, f32)> = nodes.iter().map(|n| card_size(n, cards)).collect();
        let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (e.from, e.to)).collect();
        let roots: Vec<usize> = start.into_iter().collect();
        let layout = layout::layout(&sizes, &pairs, &roots, Spacing::default());
        let mut out = vec![Vec::new(); nodes.len()];
        let mut into = vec![Vec::new(); nodes.len()];
        for (e, edge) in edges.iter().enumerate() {
            out[edge.from].push(e);
            into[edge.to].push(e);
        }
        let order = layout.rows.iter().flatten().copied().collect();
        let mut flows = HashMap::new();
        for (i, node) in nodes.iter().enumerate().take(own) {
            if let Some(Node::Call(call)) = pack.node(&node.at)
                && let Ok((guide, _)) = pack.resolve_position(None, &call.flow)
                && let Some(loaded) = pack.guides.get(guide)
            {
                flows.entry(loaded.guide.id.clone()).or_insert(i);
            }
        }
        let index = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.at.clone(), i))
            .collect();
        Some(GuideMap {
            guide: g.id.clone(),
            title: g.title.clone(),
            nodes,
            edges,
            start,
            out,
            into,
            order,
            layout,
            index,
            flows,
        })
    }

    /// The map index of a node of the pack, if it is on this map.
    pub fn index_of(&self, at: &NodeRef) -> Option<usize> {
        self.index.get(at).copied()
    }

    /// Where a reader at `at` stands on this map: its own card, or the
    /// card of the Call whose shared flow `at` is in.
    fn locate(&self, at: &NodeRef) -> Option<usize> {
        self.index_of(at)
            .or_else(|| self.flows.get(&at.guide).copied())
    }

    /// Where the reader stands: the nodes walked (the walk's history), the
    /// current one, and the expected way ahead; edges walked between two
    /// nodes in a row of that, and edges of the way ahead.
    pub fn path(&self, walk: &Walk, pack: &Pack) -> PathView {
        let mut nodes = vec![PathState::Off; self.nodes.len()];
        let mut edges = vec![PathState::Off; self.edges.len()];
        let ahead = walk.ahead(pack);
        let mark = |nodes: &mut Vec<PathState>, at: &NodeRef, state: PathState| {
            if let Some(i) = self.locate(at)
                && nodes[i] != PathState::Current
            {
                nodes[i] = state;
            }
        };
        for at in &walk.history {
            mark(&mut nodes, at, PathState::Done);
        }
        for at in &ahead {
            mark(&mut nodes, at, PathState::Ahead);
        }
        let current = self.locate(&walk.current);
        if let Some(i) = current {
            nodes[i] = PathState::Current;
        }
        let mut before = vec![None; self.nodes.len()];
        let walked: Vec<Option<usize>> = walk
            .history
            .iter()
            .chain(std::iter::once(&walk.current))
            .map(|at| self.locate(at))
            .collect();
        for pair in walked.windows(2) {
            if let (Some(a), Some(b)) = (pair[0], pair[1])
                && a != b
            {
                before[b] = Some(a);
            }
        }
        let mut mark_edges = |line: &mut dyn Iterator<Item = &NodeRef>, state: PathState| {
            let line: Vec<Option<usize>> = line.map(|at| self.locate(at)).collect();
            for pair in line.windows(2) {
                if let (Some(a), Some(b)) = (pair[0], pair[1])
                    && a != b
                    && let Some(&e) = self.out[a].iter().find(|&&e| self.edges[e].to == b)
                {
                    edges[e] = state;
                }
            }
        };
        mark_edges(
            &mut walk.history.iter().chain(std::iter::once(&walk.current)),
            PathState::Done,
        );
        mark_edges(
            &mut std::iter::once(&walk.current).chain(ahead.iter()),
            PathState::Ahead,
        );
        // The expected way leaves this map through its Return (the walker
        // never lists Returns): the last node of the way on this map leads
        // to it.
        let line: Vec<Option<usize>> = std::iter::once(&walk.current)
            .chain(ahead.iter())
            .map(|at| self.index_of(at))
            .collect();
        if let Some(last) = line.iter().rposition(Option::is_some)
            && line.get(last + 1).is_some_and(Option::is_none)
            && let Some(Some(from)) = line.get(last)
            && let Some(&e) = self.out[*from]
                .iter()
                .find(|&&e| self.nodes[self.edges[e].to].kind == MapKind::Return)
        {
            let to = self.edges[e].to;
            edges[e] = PathState::Ahead;
            if nodes[to] == PathState::Off {
                nodes[to] = PathState::Ahead;
            }
        }
        PathView {
            nodes,
            edges,
            current,
            before,
        }
    }

    /// What a screen reader says for node `i`: its kind, its title and
    /// where it stands ("Step: Choose Get Help, done").
    pub fn name(&self, i: usize, state: PathState) -> String {
        let node = &self.nodes[i];
        format!("{}: {}, {}", node.kind.word(), node.title, state.words())
    }

    /// The ways on from node `i`, in words: "Yes, I'm in front of it:
    /// Step: Open the menu".
    pub fn ways_on(&self, i: usize) -> Vec<String> {
        self.out[i]
            .iter()
            .map(|&e| {
                let edge = &self.edges[e];
                let to = &self.nodes[edge.to];
                format!("{}: {}: {}", edge.label, to.kind.word(), to.title)
            })
            .collect()
    }

    /// Where the Down arrow goes from node `i`: its first way on.
    pub fn first_way_on(&self, i: usize) -> Option<usize> {
        self.out[i].first().map(|&e| self.edges[e].to)
    }

    /// Where the Up arrow goes from node `i`: the node the reader came from
    /// if they came this way (`came_from`), else the first node leading here.
    pub fn way_back(&self, i: usize, came_from: Option<usize>) -> Option<usize> {
        let sources: Vec<usize> = self.into[i].iter().map(|&e| self.edges[e].from).collect();
        came_from
            .filter(|c| sources.contains(c))
            .or_else(|| sources.first().copied())
    }

    /// Where Left and Right go from node `i`: the other ways on from the
    /// node before it (its siblings), in order; failing that, its
    /// neighbours in its row of the drawing. `forward` is Right.
    pub fn sibling(&self, i: usize, parent: Option<usize>, forward: bool) -> Option<usize> {
        let step = |list: &[usize]| -> Option<usize> {
            let at = list.iter().position(|&n| n == i)?;
            if forward {
                list.get(at + 1).copied()
            } else {
                at.checked_sub(1).and_then(|p| list.get(p).copied())
            }
        };
        if let Some(p) = parent {
            let mut siblings: Vec<usize> = self.out[p].iter().map(|&e| self.edges[e].to).collect();
            siblings.dedup();
            if siblings.len() > 1
                && let Some(next) = step(&siblings)
            {
                return Some(next);
            }
        }
        let row = self.layout.rows.get(*self.layout.layers.get(i)?)?;
        step(row)
    }

    /// The problems that belong to each node, as indices into `problems`:
    /// a problem belongs to the node whose text, in the guide's file, holds
    /// its position (from the node's id to the next node's id).
    pub fn problems(&self, pack: &Pack, problems: &[Problem]) -> Vec<Vec<usize>> {
        let mut found = vec![Vec::new(); self.nodes.len()];
        let Some(loaded) = pack.guide(&self.guide) else {
            return found;
        };
        let mine: Vec<usize> = (0..problems.len())
            .filter(|&p| problems[p].file == loaded.file)
            .collect();
        if mine.is_empty() {
            return found;
        }
        // Where each node's text begins, repeats included, in file order.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut spans: Vec<(Pos, Option<usize>)> = Vec::new();
        for (position, (id, _)) in loaded.guide.nodes.iter().enumerate() {
            let nth = seen.entry(id).or_insert(0);
            let path = [Seg::key("nodes"), Seg::owned(id)];
            let begins = loaded.locations.key(&path, *nth);
            *nth += 1;
            let node = loaded
                .guide
                .nodes
                .is_first(position)
                .then(|| self.index_of(&NodeRef::new(&self.guide, id)))
                .flatten();
            spans.push((begins, node));
        }
        spans.sort_by_key(|(pos, _)| *pos);
        for p in mine {
            let pos = problems[p].pos();
            let holder = spans.iter().rev().find(|(begins, _)| *begins <= pos);
            if let Some((_, Some(node))) = holder {
                found[*node].push(p);
            }
        }
        found
    }
}

/// The card of a node of another guide: the guide's title, and the
/// node's own title unless it is where that guide starts.
fn elsewhere_node(pack: &Pack, (guide, position): (usize, usize)) -> Option<MapNode> {
    let loaded = pack.guides.get(guide)?;
    let (id, node) = loaded.guide.nodes.at(position)?;
    let starts_here = pack
        .resolve_position(Some(&loaded.guide.id), &loaded.guide.start)
        .ok()
        == Some((guide, position));
    let title = if starts_here {
        loaded.guide.title.clone()
    } else {
        format!("{}: {}", loaded.guide.title, node.title())
    };
    Some(MapNode {
        at: NodeRef::new(&loaded.guide.id, id),
        kind: MapKind::Elsewhere,
        title,
        image: None,
    })
}

/// A card's title: the node's own, a Call's flow by its guide's title, a
/// Return as where it goes.
fn map_title(pack: &Pack, node: &Node) -> String {
    match node {
        Node::Call(call) => {
            let flow = pack
                .resolve_position(None, &call.flow)
                .ok()
                .and_then(|(guide, _)| pack.guides.get(guide))
                .map_or_else(|| call.flow.clone(), |g| g.guide.title.clone());
            format!("Shared steps: {flow}")
        }
        Node::Return => "Back to the guide that ran these steps".to_owned(),
        _ => node.title().to_owned(),
    }
}

/// The words on a way on: the answer, the "I don't see this" label, or
/// what the button says.
fn exit_label(node: &Node, exit: Exit) -> String {
    match (node, exit) {
        (Node::Step(step), Exit::Stuck) => step
            .stuck
            .as_ref()
            .map_or_else(|| "I don't see this".to_owned(), |s| s.label.clone()),
        (Node::Question(Question { options, .. }), Exit::Option(i))
        | (Node::Outcome(Outcome { options, .. }), Exit::Option(i)) => {
            options.get(i).map_or_else(String::new, |o| o.label.clone())
        }
        (_, Exit::NotSolved) => "Not solved".to_owned(),
        _ => "Next".to_owned(),
    }
}

/// The size of a node's card in map units: words, and a picture below them
/// for the nodes that have one.
fn card_size(node: &MapNode, cards: &CardSizes) -> (f32, f32) {
    let picture = if node.image.is_some() {
        cards.picture
    } else {
        0.0
    };
    (cards.width, cards.words + picture)
}

/// Where a reader stands: a node and the Calls of the flows it is inside.
type StandingAt = (NodeRef, Vec<NodeRef>);

/// Everything drawn from the pack's graph for the window, computed once:
/// each guide's map, and the steps-left estimate for where the reader
/// stands. Clear it when the pack changes.
#[derive(Debug)]
pub struct MapCache {
    /// The cards' sizes the maps are laid out for.
    cards: CardSizes,
    maps: HashMap<String, Option<Arc<GuideMap>>>,
    steps_left: Option<(StandingAt, Option<StepsLeft>)>,
    /// The reader's path on the last map drawn, for the walk it was made
    /// from: the map is drawn every frame, the walk changes rarely.
    path: Option<(String, Walk, Arc<PathView>)>,
}

impl MapCache {
    /// An empty cache for maps with cards of these sizes.
    pub fn new(cards: CardSizes) -> MapCache {
        MapCache {
            cards,
            maps: HashMap::new(),
            steps_left: None,
            path: None,
        }
    }

    /// The map of `guide`, built the first time it is asked for.
    pub fn map(&mut self, pack: &Pack, guide: &str) -> Option<Arc<GuideMap>> {
        let cards = self.cards;
        self.maps
            .entry(guide.to_owned())
            .or_insert_with(|| GuideMap::build(pack, guide, &cards).map(Arc::new))
            .clone()
    }

    /// The steps left after `at`, inside the flows started by `calls`
    /// (the walk's stack), computed again only when either changes.
    pub fn steps_left(
        &mut self,
        pack: &Pack,
        at: &NodeRef,
        calls: &[NodeRef],
    ) -> Option<StepsLeft> {
        match &self.steps_left {
            Some(((cached, within), estimate)) if cached == at && within == calls => *estimate,
            _ => {
                let estimate = remaining::steps_left_within(pack, at, calls);
                self.steps_left = Some(((at.clone(), calls.to_vec()), estimate));
                estimate
            }
        }
    }

    /// The reader's path on `map`, computed again only when the walk or
    /// the guide changes.
    pub fn path(&mut self, map: &GuideMap, walk: &Walk, pack: &Pack) -> Arc<PathView> {
        match &self.path {
            Some((guide, cached, view)) if *guide == map.guide && cached == walk => {
                Arc::clone(view)
            }
            _ => {
                let view = Arc::new(map.path(walk, pack));
                self.path = Some((map.guide.clone(), walk.clone(), Arc::clone(&view)));
                view
            }
        }
    }

    /// Forgets everything (the pack changed).
    pub fn clear(&mut self) {
        self.maps.clear();
        self.steps_left = None;
        self.path = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cards the size the window draws them.
    const TEST_CARDS: CardSizes = CardSizes {
        width: 220.0,
        words: 70.0,
        picture: 100.0,
    };
    use crate::guide::PackSource;

    fn builtin() -> Pack {
        Pack::load(PackSource::Builtin).0
    }

    #[test]
    fn the_tv_map_has_every_node_and_the_guides_it_leads_into() {
        let pack = builtin();
        let map = GuideMap::build(&pack, "tv-menu", &TEST_CARDS).expect("a map");
        let guide = &pack.guide("tv-menu").expect("guide").guide;
        for (id, _) in guide.nodes.iter() {
            assert!(
                map.index_of(&NodeRef::new("tv-menu", id)).is_some(),
                "{id} is on the map"
            );
        }
        // Its Return is a card of its own kind.
        let back = map
            .index_of(&NodeRef::new("tv-menu", "back"))
            .expect("back");
        assert_eq!(map.nodes[back].kind, MapKind::Return);
        let elsewhere: Vec<&str> = map
            .nodes
            .iter()
            .filter(|n| n.kind == MapKind::Elsewhere)
            .map(|n| n.at.guide.as_str())
            .collect();
        assert!(elsewhere.contains(&"sign-out-device-web"), "{elsewhere:?}");
        assert_eq!(map.start, map.index_of(&NodeRef::new("tv-menu", "home")));
        assert_eq!(map.layout.layers[map.start.unwrap_or(usize::MAX)], 0);
        // Answers label their edges; two answers to one node share it.
        let question = map
            .index_of(&NodeRef::new("tv-menu", "which-menu"))
            .expect("question");
        let labels: Vec<&str> = map.out[question]
            .iter()
            .map(|&e| map.edges[e].label.as_str())
            .collect();
        assert!(
            labels.contains(&"Icons down the left edge / I'm not sure"),
            "{labels:?}"
        );
        assert_eq!(map.order.len(), map.nodes.len());
    }

    #[test]
    fn the_path_marks_done_current_ahead_and_the_rest() {
        let pack = builtin();
        let map = GuideMap::build(&pack, "tv-menu", &TEST_CARDS).expect("a map");
        // The TV guide runs the shared TV-menu steps: its walk is inside them.
        let mut walk = Walk::begin(&pack, None, "sign-out-tv").expect("walk");
        walk.apply(&pack, crate::guide::walk::Command::Next)
            .expect("next");
        let view = map.path(&walk, &pack);
        let at = |id: &str| map.index_of(&NodeRef::new("tv-menu", id)).expect(id);
        assert_eq!(view.nodes[at("home")], PathState::Done);
        assert_eq!(view.nodes[at("which-menu")], PathState::Current);
        assert_eq!(view.nodes[at("open-side-menu")], PathState::Ahead);
        assert_eq!(view.nodes[at("open-top-bar")], PathState::Off);
        assert_eq!(view.current, Some(at("which-menu")));
        let walked = map.out[at("home")][0];
        assert_eq!(view.edges[walked], PathState::Done);
        assert_eq!(
            map.name(at("which-menu"), PathState::Current),
            "Question: Where is the menu on your TV?, current"
        );
        assert_eq!(
            map.name(at("open-top-bar"), PathState::Off),
            "Step: Go up to the menu bar, not on your path"
        );
    }

    #[test]
    fn arrows_follow_the_edges() {
        let pack = builtin();
        let map = GuideMap::build(&pack, "tv-menu", &TEST_CARDS).expect("a map");
        let at = |id: &str| map.index_of(&NodeRef::new("tv-menu", id)).expect(id);
        assert_eq!(map.first_way_on(at("home")), Some(at("which-menu")));
        assert_eq!(map.way_back(at("which-menu"), None), Some(at("home")));
        let first = at("open-side-menu");
        let second = map.sibling(first, Some(at("which-menu")), true);
        assert_eq!(second, Some(at("open-top-bar")));
        assert_eq!(
            map.sibling(at("open-top-bar"), Some(at("which-menu")), false),
            Some(first)
        );
    }

    #[test]
    fn a_call_is_one_card_and_a_reader_inside_its_flow_stands_on_it() {
        let pack = builtin();
        let map = GuideMap::build(&pack, "sign-out-tv", &TEST_CARDS).expect("a map");
        let call = map
            .index_of(&NodeRef::new("sign-out-tv", "on-the-tv"))
            .expect("the Call");
        assert_eq!(map.nodes[call].kind, MapKind::Flow);
        assert!(
            map.nodes[call].title.starts_with("Shared steps: "),
            "{}",
            map.nodes[call].title
        );
        // The flow's own steps are not copied onto this map.
        assert!(
            map.nodes.iter().all(|n| n.at.guide != "tv-menu"),
            "{:?}",
            map.nodes
        );
        let walk = Walk::begin(&pack, None, "sign-out-tv").expect("walk");
        assert_eq!(walk.current.guide, "tv-menu");
        let view = map.path(&walk, &pack);
        assert_eq!(view.current, Some(call));
        assert_eq!(view.nodes[call], PathState::Current);
    }

    #[test]
    fn every_built_in_guide_maps_and_lays_out_without_overlaps() {
        let pack = builtin();
        for loaded in &pack.guides {
            let map = GuideMap::build(&pack, &loaded.guide.id, &TEST_CARDS).expect("a map");
            assert_eq!(map.layout.centres.len(), map.nodes.len());
            for a in 0..map.nodes.len() {
                for b in a + 1..map.nodes.len() {
                    let (ax, ay) = map.layout.centres[a];
                    let (bx, by) = map.layout.centres[b];
                    let (aw, ah) = map.layout.sizes[a];
                    let (bw, bh) = map.layout.sizes[b];
                    let apart =
                        (ax - bx).abs() >= (aw + bw) / 2.0 || (ay - by).abs() >= (ah + bh) / 2.0;
                    assert!(apart, "{}: {a} and {b} overlap", loaded.guide.id);
                }
            }
        }
    }

    #[test]
    fn the_cache_builds_once_and_forgets_on_clear() {
        let pack = builtin();
        let mut cache = MapCache::new(TEST_CARDS);
        let first = cache.map(&pack, "sign-out-tv").expect("map");
        let again = cache.map(&pack, "sign-out-tv").expect("map");
        assert!(Arc::ptr_eq(&first, &again));
        cache.clear();
        let rebuilt = cache.map(&pack, "sign-out-tv").expect("map");
        assert!(!Arc::ptr_eq(&first, &rebuilt));
        assert!(cache.map(&pack, "no-such-guide").is_none());
    }

    #[test]
    fn the_path_is_kept_while_the_walk_stands_still_and_follows_it_when_it_moves() {
        let pack = builtin();
        let mut cache = MapCache::new(TEST_CARDS);
        let map = cache.map(&pack, "tv-menu").expect("map");
        let mut walk = Walk::begin(&pack, None, "sign-out-tv").expect("walk");
        let first = cache.path(&map, &walk, &pack);
        assert!(Arc::ptr_eq(&first, &cache.path(&map, &walk, &pack)));
        walk.apply(&pack, crate::guide::walk::Command::Next)
            .expect("next");
        let moved = cache.path(&map, &walk, &pack);
        assert_ne!(moved.current, first.current);
        assert_eq!(*moved, map.path(&walk, &pack));
    }
}
