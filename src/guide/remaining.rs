//! Honest remaining effort: how many more steps a person may still have
//! from where they stand, as the fewest and the most over every way ahead
//! ("about 3 more steps" on a straight path, "3 to 5 more steps" where the
//! branches ahead differ).
//!
//! A step here is what "Step 3 of 6" counts: every node a person acts on
//! (steps and questions), not the Outcome that ends a path. A step's "I
//! don't see this" is a detour, not a way ahead, unless it is the step's
//! only way on. Ways that lead
//! back to a node already on the way (loops) are ignored, so every count is
//! of a path that does not go round in circles; a way that never reaches
//! an Outcome does not count at all. The search follows ways into other
//! guides, as walking does.

use std::collections::{HashMap, HashSet};

use crate::guide::model::{Exit, Node};
use crate::guide::pack::{NodeRef, Pack};
use crate::guide::walk::MAX_DEPTH;

/// How many nodes the search looks at, at most, before it gives up (a
/// pack of tens of thousands of nodes whose guides all lead into each
/// other); then no estimate is given rather than a slow one.
const MAX_VISITS: usize = 20_000;

/// The fewest and the most steps left after the current one, to an Outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepsLeft {
    /// Over the shortest way ahead.
    pub min: usize,
    /// Over the longest way ahead that does not loop.
    pub max: usize,
}

impl StepsLeft {
    /// The estimate in words: "about 3 more steps", "3 to 5 more steps",
    /// "up to 2 more steps" when one way ends at once, "last step" when
    /// every way on is an Outcome.
    pub fn words(&self) -> String {
        match (self.min, self.max) {
            (0, 0) => crate::tr!(walk_left_last),
            (min, max) if min == max => crate::tr!(walk_left_about, count = max),
            (0, max) => crate::tr!(walk_left_up_to, count = max),
            (min, max) => crate::tr!(walk_left_range, min = min, max = max),
        }
    }
}

/// Whether a node counts as a step for a reader.
fn counts(node: &Node) -> bool {
    match node {
        Node::Step(_) | Node::Question(_) => true,
        Node::Outcome(_) | Node::Call(_) | Node::Return => false,
    }
}

/// A position (guide, node) in the pack.
type Position = (usize, usize);

/// Where the search stands: a node and the Calls of the flows it is
/// inside (outermost first), as walking has them.
type State = (Position, Vec<Position>);

fn node_at(pack: &Pack, at: Position) -> Option<&Node> {
    pack.guides
        .get(at.0)
        .and_then(|g| g.guide.nodes.at(at.1))
        .map(|(_, node)| node)
}

/// Where each way on from a state leads. A Call goes into its flow (and
/// is remembered); a Return goes on at the `then` of the last Call.
fn ways_on(pack: &Pack, (at, calls): &State) -> Vec<State> {
    let Some(loaded) = pack.guides.get(at.0) else {
        return Vec::new();
    };
    let Some((_, node)) = loaded.guide.nodes.at(at.1) else {
        return Vec::new();
    };
    let guide = Some(loaded.guide.id.as_str());
    match node {
        // An Outcome ends a path; "not solved" starts another.
        Node::Outcome(_) => Vec::new(),
        Node::Call(call) => {
            if calls.len() >= MAX_DEPTH {
                return Vec::new();
            }
            let mut inside = calls.clone();
            inside.push(*at);
            pack.resolve_position(None, &call.flow)
                .ok()
                .map(|start| vec![(start, inside)])
                .unwrap_or_default()
        }
        Node::Return => {
            let mut outside = calls.clone();
            let Some(caller) = outside.pop() else {
                return Vec::new();
            };
            let Some(Node::Call(call)) = node_at(pack, caller) else {
                return Vec::new();
            };
            let caller_guide = pack.guides.get(caller.0).map(|g| g.guide.id.as_str());
            pack.resolve_position(caller_guide, &call.then)
                .ok()
                .map(|then| vec![(then, outside)])
                .unwrap_or_default()
        }
        // "I don't see this" is a detour for when the screen differs, not a
        // way ahead: a step with a `next` counts only that way.
        Node::Step(_) | Node::Question(_) => node
            .exits()
            .into_iter()
            .filter(|(exit, _)| {
                !(*exit == Exit::Stuck && matches!(node, Node::Step(step) if step.next.is_some()))
            })
            .filter_map(|(_, target)| pack.resolve_position(guide, target).ok())
            .map(|to| (to, calls.clone()))
            .collect(),
    }
}

/// A state on the search stack: where it is, its ways on, and how many of
/// them were looked at.
type Frame = (State, Vec<State>, usize);

/// The fewest and the most steps left after `from` on the ways ahead, or
/// `None` at an Outcome, where no way ahead reaches an Outcome, or where
/// the pack is too tangled to tell quickly. `from` is outside any flow;
/// see [`steps_left_within`].
pub fn steps_left(pack: &Pack, from: &NodeRef) -> Option<StepsLeft> {
    steps_left_within(pack, from, &[])
}

/// [`steps_left`] for a walk inside shared flows: `calls` are the Calls
/// that started them, outermost first (the walk's stack), so the steps
/// after each flow returns are counted too.
pub fn steps_left_within(pack: &Pack, from: &NodeRef, calls: &[NodeRef]) -> Option<StepsLeft> {
    profiling::function_scope!();
    let position = |at: &NodeRef| -> Option<Position> {
        let guide = pack.guide_position(&at.guide)?;
        Some((guide, pack.guides[guide].guide.nodes.position(&at.node)?))
    };
    let calls: Vec<Position> = calls.iter().map(position).collect::<Option<_>>()?;
    let root: State = (position(from)?, calls);
    if !counts(node_at(pack, root.0)?) {
        return None;
    }
    // Depth first; each state's (fewest, most) counted from it, itself
    // included, once all its ways on are done. A way to a state still on
    // the stack closes a loop and is skipped.
    let mut best: HashMap<State, Option<(usize, usize)>> = HashMap::new();
    let mut on_stack: HashSet<State> = HashSet::new();
    let mut stack: Vec<Frame> = vec![(root.clone(), ways_on(pack, &root), 0)];
    on_stack.insert(root.clone());
    let mut visits = 1;
    while let Some(frame) = stack.last_mut() {
        if let Some(next) = frame.1.get(frame.2).cloned() {
            frame.2 += 1;
            if best.contains_key(&next) || on_stack.contains(&next) {
                continue;
            }
            visits += 1;
            if visits > MAX_VISITS {
                return None;
            }
            on_stack.insert(next.clone());
            let ways = ways_on(pack, &next);
            stack.push((next, ways, 0));
            continue;
        }
        let Some((at, ways, _)) = stack.pop() else {
            break;
        };
        on_stack.remove(&at);
        let node = node_at(pack, at.0);
        let own = node.map_or(0, |n| usize::from(counts(n)));
        let is_end = matches!(node, Some(Node::Outcome(_)));
        let mut range: Option<(usize, usize)> = is_end.then_some((0, 0));
        for way in &ways {
            // Ways into the stack (loops) have no entry yet: skipped.
            if let Some(Some((low, high))) = best.get(way) {
                range = Some(match range {
                    None => (*low, *high),
                    Some((l, h)) => (l.min(*low), h.max(*high)),
                });
            }
        }
        if at == root {
            return range.map(|(min, max)| StepsLeft { min, max });
        }
        best.insert(at, range.map(|(l, h)| (l + own, h + own)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::PackSource;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    fn pack(guide: &str) -> Pack {
        let mut files: BTreeMap<String, Arc<[u8]>> = BTreeMap::new();
        files.insert(
            "data/pack.ron".to_owned(),
            Arc::from(
                &b"Pack(id: \"p\", title: \"P\", scenarios: [(id: \"s\", title: \"S\", start: \"g\")])"[..],
            ),
        );
        files.insert("data/g.ron".to_owned(), Arc::from(guide.as_bytes()));
        Pack::load(PackSource::Memory(Arc::new(files))).0
    }

    fn step(id: &str, next: &str) -> String {
        format!("\"{id}\": Step(title: \"{id}\", text: \"Do it.\", next: \"{next}\"),")
    }

    fn left(pack: &Pack, node: &str) -> Option<StepsLeft> {
        steps_left(pack, &NodeRef::new("g", node))
    }

    #[test]
    fn a_straight_path_says_about_how_many() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        let p = pack(&format!(
            "Guide(id: \"g\", title: \"G\", start: \"a\", nodes: {{ {} {} {} \"end\": Outcome(kind: Solved, title: \"Done\") }})",
            step("a", "b"),
            step("b", "c"),
            step("c", "end")
        ));
        assert_eq!(left(&p, "a"), Some(StepsLeft { min: 2, max: 2 }));
        assert_eq!(
            left(&p, "a").map(|s| s.words()).as_deref(),
            Some("about 2 more steps")
        );
        assert_eq!(
            left(&p, "b").map(|s| s.words()).as_deref(),
            Some("about 1 more step")
        );
        assert_eq!(
            left(&p, "c").map(|s| s.words()).as_deref(),
            Some("last step")
        );
        assert_eq!(left(&p, "end"), None, "nothing to say at an outcome");
    }

    #[test]
    fn branches_that_differ_give_a_range_and_loops_are_ignored() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        // q: "short" ends at once; "long" goes through three steps, one of
        // which can loop back to q.
        let p = pack(&format!(
            "Guide(id: \"g\", title: \"G\", start: \"q\", nodes: {{ \
             \"q\": Question(prompt: \"Which?\", options: [(label: \"Short\", to: \"end\"), (label: \"Long\", to: \"x\")]), \
             {} {} \
             \"z\": Step(title: \"z\", text: \"Do it.\", next: \"end\", stuck: (label: \"Again\", to: \"q\")), \
             \"end\": Outcome(kind: Solved, title: \"Done\") }})",
            step("x", "y"),
            step("y", "z"),
        ));
        let at_q = left(&p, "q").expect("an estimate");
        assert_eq!(at_q, StepsLeft { min: 0, max: 3 });
        assert_eq!(at_q.words(), "up to 3 more steps");
        assert_eq!(StepsLeft { min: 3, max: 5 }.words(), "3 to 5 more steps");
        // From x the way is straight: z's "Again" is a detour back to the
        // question, not a way ahead.
        assert_eq!(left(&p, "x"), Some(StepsLeft { min: 2, max: 2 }));
    }

    #[test]
    fn a_way_that_never_ends_does_not_count() {
        // From a: either the end after b, or a loop between c and d.
        let p = pack(&format!(
            "Guide(id: \"g\", title: \"G\", start: \"a\", nodes: {{ \
             \"a\": Step(title: \"a\", text: \"Do it.\", next: \"b\", stuck: (label: \"No\", to: \"c\")), \
             {} {} {} \"end\": Outcome(kind: Solved, title: \"Done\") }})",
            step("b", "end"),
            step("c", "d"),
            step("d", "c"),
        ));
        assert_eq!(left(&p, "a"), Some(StepsLeft { min: 1, max: 1 }));
        assert_eq!(left(&p, "c"), None);
    }

    #[test]
    fn the_built_in_tv_guide_has_a_range_from_its_start() {
        let pack = Pack::load(PackSource::Builtin).0;
        // The TV guide's first step is inside the shared TV-menu steps: the
        // count goes through them and back out to the guide's end.
        let walk = crate::guide::walk::Walk::begin(&pack, None, "sign-out-tv").expect("walk");
        assert_eq!(walk.current, NodeRef::new("tv-menu", "home"));
        let estimate = steps_left_within(&pack, &walk.current, &walk.stack).expect("an estimate");
        assert!(estimate.min < estimate.max, "{estimate:?}");
        assert!(estimate.min >= 3, "{estimate:?}");
    }
}
