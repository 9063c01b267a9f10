//! Every way through a guide, as a person could walk it: from a start,
//! each answer, each "Done, next step", each "I don't see this", each way
//! on from an ending, through the real walker ([`Walk::apply`]), so shared
//! flows are entered and left exactly as in the window.
//!
//! A route ends where the person could stop (an Outcome, where "Yes, it's
//! solved" goes home), and the sweep goes on along the outcome's ways on
//! as longer routes. A route that comes back to a place it has already
//! been, with the same flows open, stops there: going round again shows
//! nothing new. Tests and checks read the routes: where each one ends,
//! what it passed on the way, and whether a way on from an ending led
//! back into the route that ended.

use crate::guide::model::{Node, OutcomeKind};
use crate::guide::pack::{NodeRef, Pack};
use crate::guide::walk::{Command, Walk};

/// One move of a route: where the person stood, what they did there, and
/// the words on the button they pressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    /// The node they stood on.
    pub at: NodeRef,
    /// The flows open there (the Calls, outermost first).
    pub stack: Vec<NodeRef>,
    /// What they did.
    pub command: Command,
    /// The button's words ("Done, next step", an answer, a stuck label).
    pub label: String,
}

/// How a route ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// At an Outcome, where the person can stop.
    Outcome {
        /// The outcome.
        at: NodeRef,
        /// Solved or not.
        kind: OutcomeKind,
    },
    /// Back at a place of the same route (same node, same flows open).
    Revisit(NodeRef),
    /// The walker refused a move the pack offers.
    Broken(String),
}

/// A way through, from the start to its end. The sweep lends each route
/// to its visitor while it walks, so routes share their beginnings and
/// none is copied.
#[derive(Clone, Copy, Debug)]
pub struct Route<'a> {
    /// The moves, in order; the node of the first is the start.
    pub moves: &'a [Move],
    /// How it ends.
    pub end: &'a End,
    /// The flows open where it ends.
    pub end_stack: &'a [NodeRef],
}

impl Route<'_> {
    /// The nodes the route stood on, in order, its end included.
    pub fn nodes(&self) -> Vec<&NodeRef> {
        let end = match self.end {
            End::Outcome { at, .. } | End::Revisit(at) => Some(at),
            End::Broken(_) => None,
        };
        self.moves.iter().map(|m| &m.at).chain(end).collect()
    }

    /// True when the route stood on `node` (`"guide#node"`) at some point.
    pub fn passes(&self, node: &str) -> bool {
        self.nodes().iter().any(|at| at.to_string() == node)
    }

    /// Where a way on from an Outcome led back to a place the route had
    /// already passed before that Outcome (the same node with the same
    /// flows open: a shared step met again for another guide is a new
    /// place): `(outcome, node met again)`.
    pub fn loops_back_after_outcome(&self, pack: &Pack) -> Option<(NodeRef, NodeRef)> {
        let end = match self.end {
            End::Outcome { at, .. } | End::Revisit(at) => Some((at, self.end_stack)),
            End::Broken(_) => None,
        };
        let places: Vec<(&NodeRef, &[NodeRef])> = (self.moves.iter())
            .map(|m| (&m.at, m.stack.as_slice()))
            .chain(end)
            .collect();
        for (k, (at, _)) in places.iter().enumerate() {
            if !matches!(pack.node(at), Some(Node::Outcome(_))) {
                continue;
            }
            for later in &places[k + 1..] {
                if places[..=k].contains(later) {
                    return Some(((*at).clone(), later.0.clone()));
                }
            }
        }
        None
    }

    /// The route in words, one move a line, for test failures.
    pub fn describe(&self) -> String {
        let mut lines: Vec<String> = (self.moves.iter())
            .map(|m| format!("{} [{}]", m.at, m.label))
            .collect();
        lines.push(format!("{:?}", self.end));
        lines.join("\n  -> ")
    }
}

/// What a sweep saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sweep {
    /// How many routes it lent to the visitor.
    pub routes: usize,
    /// How many moves it made.
    pub moves: usize,
    /// True when its move budget ran out before it had seen every route.
    pub cut_short: bool,
}

/// Walks every route from `walk`'s position, at most `limit` moves in all,
/// and lends each to `visit` as it ends. The walk is moved forward and
/// back again (Back undoes a move exactly), so it ends where it began.
pub fn sweep(
    pack: &Pack,
    walk: &mut Walk,
    limit: usize,
    visit: &mut dyn FnMut(Route<'_>),
) -> Sweep {
    let mut run = Run {
        pack,
        moves: Vec::new(),
        seen: vec![(walk.current.clone(), walk.stack.clone())],
        budget: limit,
        visit,
        out: Sweep::default(),
    };
    run.go(walk);
    run.out
}

/// The moves a person can make where `walk` stands, with their words.
fn moves_here(pack: &Pack, walk: &Walk) -> Vec<(Command, String)> {
    let Some(node) = walk.node(pack) else {
        return Vec::new();
    };
    let mut moves = Vec::new();
    match node {
        Node::Step(step) => {
            if step.next.is_some() {
                moves.push((Command::Next, "Done, next step".to_owned()));
            }
            if let Some(stuck) = &step.stuck {
                moves.push((Command::Stuck, stuck.label.clone()));
            }
        }
        Node::Question(question) => {
            for (i, option) in question.options.iter().enumerate() {
                moves.push((Command::Choose(i), option.label.clone()));
            }
        }
        Node::Outcome(outcome) => {
            for (i, option) in outcome.options.iter().enumerate() {
                moves.push((Command::Choose(i), option.label.clone()));
            }
            if walk.can(pack, Command::NotSolved) {
                moves.push((Command::NotSolved, "No, it didn't solve it".to_owned()));
            }
        }
        Node::Call(_) | Node::Return => {}
    }
    moves
}

struct Run<'p, 'v> {
    pack: &'p Pack,
    moves: Vec<Move>,
    seen: Vec<(NodeRef, Vec<NodeRef>)>,
    budget: usize,
    visit: &'v mut dyn FnMut(Route<'_>),
    out: Sweep,
}

impl Run<'_, '_> {
    fn end(&mut self, end: End, stack: &[NodeRef]) {
        self.out.routes += 1;
        (self.visit)(Route {
            moves: &self.moves,
            end: &end,
            end_stack: stack,
        });
    }

    fn go(&mut self, walk: &mut Walk) {
        let pack = self.pack;
        if let Some(Node::Outcome(outcome)) = walk.node(pack) {
            let end = End::Outcome {
                at: walk.current.clone(),
                kind: outcome.kind,
            };
            let stack = walk.stack.clone();
            self.end(end, &stack);
        }
        for (command, label) in moves_here(pack, walk) {
            if self.budget == 0 {
                self.out.cut_short = true;
                return;
            }
            self.budget -= 1;
            self.out.moves += 1;
            self.moves.push(Move {
                at: walk.current.clone(),
                stack: walk.stack.clone(),
                command,
                label,
            });
            match walk.apply(pack, command) {
                Err(e) => {
                    let stack = walk.stack.clone();
                    self.end(End::Broken(e.to_string()), &stack);
                }
                Ok(()) => {
                    let place = (walk.current.clone(), walk.stack.clone());
                    if self.seen.contains(&place) {
                        self.end(End::Revisit(place.0), &place.1);
                    } else {
                        self.seen.push(place);
                        self.go(walk);
                        self.seen.pop();
                    }
                    // Back undoes the move exactly: the place, its flows.
                    if walk.apply(pack, Command::Back).is_err() {
                        self.out.cut_short = true;
                        return;
                    }
                }
            }
            self.moves.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::PackSource;

    #[test]
    fn every_route_of_the_built_in_pack_ends_somewhere_the_walker_allows() {
        let (pack, _) = Pack::load(PackSource::Builtin);
        for scenario in &pack.manifest.scenarios {
            let mut walk = Walk::begin_scenario(&pack, &scenario.id).expect("scenario starts");
            let before = walk.clone();
            let mut broken = Vec::new();
            let seen = sweep(&pack, &mut walk, 10_000_000, &mut |route| {
                if matches!(route.end, End::Broken(_)) {
                    broken.push(route.describe());
                }
            });
            assert!(!seen.cut_short && seen.routes > 0, "{}", scenario.id);
            assert!(broken.is_empty(), "{}: {broken:#?}", scenario.id);
            assert_eq!(walk, before, "the walk ends where it began");
        }
    }
}
