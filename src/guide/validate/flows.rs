//! The rules on shared flows (`Call` and `Return`), on the pack's graph:
//! a Call whose flow never returns, Calls that run each other in a circle,
//! a jump into a flow that is not a Call, and a flow nothing calls.
//!
//! Inside a flow, a nested Call is followed to its `then` only (as if the
//! nested flow had returned): that flow is checked on its own.

use std::collections::VecDeque;

use foldhash::HashMap;

use super::{Place, Validator, key};
use crate::guide::graph::Graph;
use crate::guide::load::MANIFEST_FILE;
use crate::guide::locate::Seg;
use crate::guide::model::{Exit, Node};
use crate::guide::pack::Pack;
use crate::guide::problem::{Problem, Rule};

/// One Call node of the pack, numbered as in the [`Graph`].
struct CallSite<'p> {
    /// The Call's number in the graph.
    at: usize,
    /// Where its flow starts, when `flow` resolves.
    entry: Option<usize>,
    /// Its `then`, when it resolves.
    then: Option<usize>,
    /// The `flow` as written.
    flow: &'p str,
    /// The index in [`Pack::guides`](crate::guide::Pack::guides) of the
    /// guide the flow is in.
    flow_guide: Option<usize>,
}

impl Validator<'_> {
    /// Every rule on Calls and Returns. A pack without them costs one pass
    /// over its nodes.
    pub(super) fn flows(&mut self, graph: &Graph) {
        profiling::function_scope!();
        let pack = self.pack;
        let mut calls: Vec<CallSite> = Vec::new();
        // Which guides are flows (hold a Return), by index in pack.guides.
        let mut is_flow = vec![false; pack.guides.len()];
        for (loaded_index, loaded) in pack.guides.iter().enumerate() {
            let Some(begin) = graph.begins.get(loaded_index).copied().flatten() else {
                continue; // A repeated guide id, reported as such.
            };
            let guide = &loaded.guide;
            for (position, (_, node)) in guide.nodes.iter().enumerate() {
                if graph.nodes[begin + position].is_none() {
                    continue; // A repeated node id, reported as such.
                }
                match node {
                    Node::Return => is_flow[loaded_index] = true,
                    Node::Call(call) => {
                        let entry = pack.resolve_position(None, &call.flow).ok();
                        let then = pack.resolve_position(Some(&guide.id), &call.then).ok();
                        calls.push(CallSite {
                            at: begin + position,
                            entry: entry.and_then(|at| graph.id(at)),
                            then: then.and_then(|at| graph.id(at)),
                            flow: &call.flow,
                            flow_guide: entry.map(|(guide, _)| guide),
                        });
                    }
                    _ => {}
                }
            }
        }
        let any_flow = is_flow.contains(&true);
        if calls.is_empty() && !any_flow {
            return;
        }
        let call_at: HashMap<usize, usize> = calls
            .iter()
            .enumerate()
            .map(|(k, call)| (call.at, k))
            .collect();
        // Inside a flow, a Call leads on to its `then` only.
        let flow_edges = |v: usize| -> &[usize] {
            match call_at.get(&v) {
                Some(&k) => calls[k].then.as_slice(),
                None => &graph.edges[v],
            }
        };
        self.never_returns(graph, &calls, &flow_edges);
        self.recursive_calls(graph, &calls, &call_at, &flow_edges);
        if any_flow {
            self.jumps_into_flows(&is_flow);
            self.uncalled_flows(graph, &calls, &is_flow);
        }
    }

    /// A Call whose flow can reach no Return: the walk would never come
    /// back to its `then`.
    fn never_returns<'e>(
        &mut self,
        graph: &Graph,
        calls: &[CallSite],
        flow_edges: &dyn Fn(usize) -> &'e [usize],
    ) {
        let n = graph.nodes.len();
        let mut incoming = vec![Vec::new(); n];
        for v in 0..n {
            for &w in flow_edges(v) {
                incoming[w].push(v);
            }
        }
        let mut returns = vec![false; n];
        let mut stack: Vec<usize> = (0..n).filter(|&v| graph.is_return[v]).collect();
        while let Some(v) = stack.pop() {
            if std::mem::replace(&mut returns[v], true) {
                continue;
            }
            stack.extend(incoming[v].iter().copied().filter(|&w| !returns[w]));
        }
        for call in calls {
            let Some(entry) = call.entry else {
                continue; // A dangling `flow`, reported as such.
            };
            if returns[entry] {
                continue;
            }
            let Some((place, _)) = node_place(self.pack, graph, call.at) else {
                continue;
            };
            let flow_is_a_guide_without_return = call
                .flow_guide
                .is_some_and(|g| !self.pack.guides[g].guide.is_flow());
            let why = match call.flow_guide {
                Some(g) if flow_is_a_guide_without_return => {
                    format!(
                        "guide \"{}\" has no Return node",
                        self.pack.guides[g].guide.id
                    )
                }
                _ => "no Return can be reached from where it starts".to_owned(),
            };
            self.error(
                Rule::FlowNeverReturns,
                place,
                &[key("flow")],
                format!(
                    "`flow` runs \"{}\", which never comes back: {why}, so the walk would never go on to `then`; end the flow with a Return node (`\"back\": Return`), or jump there with `next` if it is not meant to come back",
                    call.flow
                ),
            );
        }
    }

    /// Calls that run each other in a circle: while the flow of one runs,
    /// the walk can reach the other, and from its flow the first again.
    fn recursive_calls<'e>(
        &mut self,
        graph: &Graph,
        calls: &[CallSite],
        call_at: &HashMap<usize, usize>,
        flow_edges: &dyn Fn(usize) -> &'e [usize],
    ) {
        // runs[k]: the Calls reached while the flow of Call k runs. One
        // search per Call; `seen[v] == k + 1` marks the nodes of search k.
        let mut runs: Vec<Vec<usize>> = Vec::with_capacity(calls.len());
        let mut seen = vec![0usize; graph.nodes.len()];
        for (k, call) in calls.iter().enumerate() {
            let mark = k + 1;
            let mut reached = Vec::new();
            let mut stack: Vec<usize> = call.entry.into_iter().collect();
            while let Some(v) = stack.pop() {
                if std::mem::replace(&mut seen[v], mark) == mark {
                    continue;
                }
                if let Some(&other) = call_at.get(&v) {
                    reached.push(other);
                }
                stack.extend(flow_edges(v).iter().filter(|&&w| seen[w] != mark));
            }
            reached.sort_unstable();
            runs.push(reached);
        }
        let mut reported = vec![false; calls.len()];
        for first in 0..calls.len() {
            if reported[first] {
                continue;
            }
            let Some(cycle) = shortest_cycle(&runs, first) else {
                continue;
            };
            for &k in &cycle {
                reported[k] = true;
            }
            let names: Vec<String> = cycle
                .iter()
                .chain(std::iter::once(&first))
                .filter_map(|&k| graph.nodes[calls[k].at])
                .map(|(guide, node, _)| format!("{guide}#{node}"))
                .collect();
            let Some((place, _)) = node_place(self.pack, graph, calls[first].at) else {
                continue;
            };
            self.problems.push(Problem::error(
                Rule::RecursiveCall,
                place.file,
                place.key_pos(&[]),
                format!(
                    "these Calls run each other in a circle, so the flows would never end: {}; a flow must not run itself, directly or through another flow",
                    names.join(" -> ")
                ),
            ));
        }
    }

    /// A way into a flow guide from outside it that is not a Call's
    /// `flow`: there would be no Call for its Return to go back to.
    fn jumps_into_flows(&mut self, is_flow: &[bool]) {
        let pack = self.pack;
        for (loaded_index, loaded) in pack.guides.iter().enumerate() {
            let guide = &loaded.guide;
            if pack.guide_position(&guide.id) != Some(loaded_index) {
                continue; // A repeated guide id, reported as such.
            }
            for (position, (node_id, node)) in guide.nodes.iter().enumerate() {
                if !guide.nodes.is_first(position) {
                    continue;
                }
                for (exit, target) in node.exits() {
                    if exit == Exit::Flow {
                        continue;
                    }
                    let Ok((to_guide, _)) = pack.resolve_position(Some(&guide.id), target) else {
                        continue;
                    };
                    let into = &pack.guides[to_guide].guide;
                    if !is_flow[to_guide] || into.id == guide.id {
                        continue;
                    }
                    let place = Place {
                        file: &loaded.file,
                        locations: &loaded.locations,
                        node: Some((node_id, 0)),
                    };
                    let field = exit.field_name();
                    let fix = if exit == Exit::Then {
                        "`then` is where the walk goes on after the flow: point it at a node of this guide, or of a guide that is not a flow".to_owned()
                    } else {
                        format!("use Call to run a flow: `Call(flow: \"{target}\", then: \"...\")`")
                    };
                    self.error(
                        Rule::JumpIntoFlow,
                        place,
                        &exit.path(),
                        format!(
                            "`{field}` jumps into \"{target}\", a node of the shared flow \"{}\" (a guide that ends in a Return), whose Return would have no Call to go back to; {fix}",
                            into.id
                        ),
                    );
                }
            }
        }
        if !pack.manifest_loaded {
            return;
        }
        let place = Place {
            file: MANIFEST_FILE,
            locations: &pack.manifest_locations,
            node: None,
        };
        let starts = pack.manifest.scenarios.iter().enumerate().map(|(i, s)| {
            (
                vec![key("scenarios"), Seg::Index(i), key("start")],
                "the scenario's start",
                s.start.as_str(),
            )
        });
        let fallback = pack
            .manifest
            .fallback
            .iter()
            .map(|f| (vec![key("fallback")], "the fallback", f.as_str()));
        let targets: Vec<(Vec<Seg>, &str, &str)> = starts.chain(fallback).collect();
        for (path, what, target) in targets {
            let Ok((to_guide, _)) = pack.resolve_position(None, target) else {
                continue;
            };
            if !is_flow[to_guide] {
                continue;
            }
            self.error(
                Rule::JumpIntoFlow,
                place,
                &path,
                format!(
                    "{what} points into \"{target}\", a node of the shared flow \"{}\" (a guide that ends in a Return), whose Return would have no Call to go back to; use Call to run a flow: point here at a guide that runs it with `Call(flow: \"{target}\", then: \"...\")`",
                    pack.guides[to_guide].guide.id
                ),
            );
        }
    }

    /// A Return in a guide that no Call runs: it would have nowhere to go
    /// back to.
    fn uncalled_flows(&mut self, graph: &Graph, calls: &[CallSite], is_flow: &[bool]) {
        let mut called = vec![false; is_flow.len()];
        for call in calls {
            if let Some(g) = call.flow_guide {
                called[g] = true;
            }
        }
        for v in 0..graph.nodes.len() {
            if !graph.is_return[v] {
                continue;
            }
            let Some((_, _, loaded_index)) = graph.nodes[v] else {
                continue;
            };
            if called[loaded_index] {
                continue;
            }
            let Some((place, guide_id)) = node_place(self.pack, graph, v) else {
                continue;
            };
            let message = format!(
                "nothing runs this flow: no Call has a `flow` in guide \"{guide_id}\", so this Return would have nowhere to go back to; run it from another guide with `Call(flow: \"{guide_id}\", then: \"...\")`, or end here with an Outcome"
            );
            self.problems.push(Problem::warning(
                Rule::ReturnWithoutCall,
                place.file,
                place.key_pos(&[]),
                message,
            ));
        }
    }
}

/// Where a node of the graph is written, for a problem report, and the id
/// of its guide.
fn node_place<'p>(pack: &'p Pack, graph: &Graph<'p>, v: usize) -> Option<(Place<'p>, &'p str)> {
    let (guide_id, node_id, loaded_index) = graph.nodes[v]?;
    let loaded = &pack.guides[loaded_index];
    let place = Place {
        file: &loaded.file,
        locations: &loaded.locations,
        node: Some((node_id, 0)),
    };
    Some((place, guide_id))
}

/// The shortest circle of Calls through `first` in `runs` (each Call's
/// list of the Calls its flow reaches), starting at `first`; `None` when
/// `first` is on no circle.
fn shortest_cycle(runs: &[Vec<usize>], first: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; runs.len()];
    let mut queue = VecDeque::from([first]);
    let mut seen = vec![false; runs.len()];
    while let Some(k) = queue.pop_front() {
        for &next in &runs[k] {
            if next == first {
                let mut cycle = vec![k];
                let mut at = k;
                while let Some(p) = parent[at] {
                    cycle.push(p);
                    at = p;
                }
                cycle.reverse();
                return Some(cycle);
            }
            if !std::mem::replace(&mut seen[next], true) {
                parent[next] = Some(k);
                queue.push_back(next);
            }
        }
    }
    None
}
