//! The map of one guide: every node of it, the nodes of other guides it
//! leads into, and every way on, labelled with the answer that takes it,
//! laid out once as a layered drawing (`layout.rs`). The window draws it
//! (`ui/screens/map/`); this file knows no egui.
//!
//! Besides the drawing, the map answers the questions the window asks of
//! it: where the reader stands on it ([`GuideMap::path`]), which nodes the
//! pack's problems belong to ([`GuideMap::problems`]), what a screen reader
//! says for a node ([`GuideMap::name`]), and what comes before and after
//! a node, for moving with the arrow keys. `path.rs` is where the reader
//! stands on it; `cache.rs` ([`MapCache`]) keeps each guide's map (and the
//! walk screen's steps-left estimate) until the pack changes.

use std::collections::HashMap;

use crate::guide::layout::{self, Layout, Spacing};
use crate::guide::locate::{Pos, Seg};
use crate::guide::model::{Exit, Node, Outcome, OutcomeKind, Question};
use crate::guide::pack::{NodeRef, Pack};
use crate::guide::problem::Problem;

mod cache;
mod path;
#[cfg(test)]
mod tests;

pub use cache::MapCache;
pub use path::{PathState, PathView};

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
            MapKind::Step => crate::tr_static!(map_kind_step),
            MapKind::Question => crate::tr_static!(map_kind_question),
            MapKind::Outcome(_) => crate::tr_static!(map_kind_outcome),
            MapKind::Elsewhere => crate::tr_static!(map_kind_elsewhere),
            MapKind::Flow => crate::tr_static!(map_kind_flow),
            MapKind::Return => crate::tr_static!(map_kind_return),
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

    /// What a screen reader says for node `i`: its kind, its title and
    /// where it stands ("Step: Choose Get Help, done").
    pub fn name(&self, i: usize, state: PathState) -> String {
        let node = &self.nodes[i];
        crate::tr!(
            map_node_name,
            kind = node.kind.word(),
            title = node.title.as_str(),
            state = state.words()
        )
    }

    /// The ways on from node `i`, in words: "Yes, I'm in front of it:
    /// Step: Open the menu".
    pub fn ways_on(&self, i: usize) -> Vec<String> {
        self.out[i]
            .iter()
            .map(|&e| {
                let edge = &self.edges[e];
                let to = &self.nodes[edge.to];
                way_on(&edge.label, to)
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

/// A way on in words: "Yes, I'm in front of it: Step: Open the menu".
pub fn way_on(answer: &str, to: &MapNode) -> String {
    crate::tr!(
        map_way_on,
        answer = answer,
        kind = to.kind.word(),
        title = to.title.as_str()
    )
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
            crate::tr!(map_shared_steps, flow = flow)
        }
        Node::Return => crate::tr!(map_return_title),
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
            .map_or_else(|| crate::tr!(cmd_stuck), |s| s.label.clone()),
        (Node::Question(Question { options, .. }), Exit::Option(i))
        | (Node::Outcome(Outcome { options, .. }), Exit::Option(i)) => {
            options.get(i).map_or_else(String::new, |o| o.label.clone())
        }
        (_, Exit::NotSolved) => crate::tr!(map_exit_not_solved),
        _ => crate::tr!(map_exit_next),
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
