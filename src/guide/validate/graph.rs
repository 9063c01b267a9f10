//! The rules on the shape of the pack's graph: nodes nothing leads to, and
//! loops with no way out to an Outcome (or a Return). The rules on shared
//! flows read the same graph and live in `flows.rs`.
//!
//! A dangling reference is reported once, where it is written; it should
//! not also make every node behind it "unreachable", or trap a loop. So a
//! reference with a "did you mean" suggestion counts as leading to the
//! suggested node, and a guide that a dangling reference without one was
//! meant for gets no "unreachable" warnings. When a guide file or pack.ron
//! failed to parse, what leads where is not known at all, and the
//! "unreachable" rule waits until it parses.

use super::{Intended, Place, Validator};
use crate::guide::graph::Graph;
use crate::guide::problem::{Problem, Rule};

impl Validator<'_> {
    /// Reachability, dead ends through cycles, and unreachable nodes.
    pub(super) fn graph(&mut self) {
        profiling::function_scope!();
        let pack = self.pack;
        let mut graph = Graph::build(pack, pack.guides.len() >= self.parallel_from);
        let mut entries: Vec<usize> = Vec::new();
        // Where the dangling references were meant to lead.
        let mut unknown_ways_into = vec![false; pack.guides.len()];
        for detour in &self.detours {
            match detour.to {
                Intended::Node(to) => {
                    let Some(to) = graph.id(to) else { continue };
                    match detour.from.map(|from| graph.id(from)) {
                        None => entries.push(to),
                        Some(Some(from)) => graph.edges[from].push(to),
                        Some(None) => {}
                    }
                }
                Intended::SomewhereIn(guide) => unknown_ways_into[guide] = true,
            }
        }
        let complete = pack.manifest_loaded && pack.failed_stems.is_empty();
        if pack.manifest_loaded {
            let targets = pack
                .manifest
                .scenarios
                .iter()
                .map(|s| &s.start)
                .chain(pack.manifest.fallback.iter());
            for target in targets {
                if let Ok(at) = pack.resolve_position(None, target) {
                    entries.extend(graph.id(at));
                }
            }
        }
        for loaded in &pack.guides {
            let guide = &loaded.guide;
            // A guide with a broken start is entered at its first node, so
            // one typo does not also make the whole guide "unreachable".
            let first = guide
                .nodes
                .iter()
                .next()
                .map(|(id, _)| id)
                .unwrap_or_default();
            let start = pack
                .resolve_position(Some(&guide.id), &guide.start)
                .or_else(|_| pack.resolve_position(Some(&guide.id), first));
            if let Ok(at) = start {
                entries.extend(graph.id(at));
            }
        }
        profiling::scope!("reachability");
        let reached = graph.reachable(&entries, false);
        let exits = graph.reachable(&graph.ends(), true);
        for (i, node) in graph.nodes.iter().enumerate() {
            let Some((_, node_id, loaded_index)) = *node else {
                continue; // A repeated id, reported as such.
            };
            if reached[i] || !complete || unknown_ways_into[loaded_index] {
                continue;
            }
            let loaded = &pack.guides[loaded_index];
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: Some((node_id, 0)),
            };
            self.problems.push(Problem::warning(
                Rule::Unreachable,
                place.file,
                place.key_pos(&[]),
                format!("the node \"{node_id}\" is never reached: no scenario, guide start or other node leads to it"),
            ));
        }
        for cycle in graph.trapped_cycles(&exits) {
            // Repeated ids have no edges, so they never form a cycle.
            let Some((_, node_id, loaded_index)) = graph.nodes[cycle[0]] else {
                continue;
            };
            let loaded = &pack.guides[loaded_index];
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: Some((node_id, 0)),
            };
            let names: Vec<String> = cycle
                .iter()
                .filter_map(|&n| graph.nodes[n])
                .map(|(guide, node, _)| format!("{guide}#{node}"))
                .collect();
            self.problems.push(Problem::error(
                Rule::NoWayOut,
                place.file,
                place.key_pos(&[]),
                format!(
                    "these nodes lead only to each other and never to an Outcome: {}",
                    names.join(" -> ")
                ),
            ));
        }
        self.outcomes_looping_back(&graph);
        self.flows(&graph);
    }

    /// An Outcome ends a route; a way on from it ("Change my password too",
    /// "No, it didn't solve it") must lead somewhere new. One that can come
    /// back to the same Outcome sends a worried person round the route they
    /// just finished: a warning at that way on, with the loop it makes.
    fn outcomes_looping_back(&mut self, graph: &Graph<'_>) {
        profiling::function_scope!();
        let pack = self.pack;
        let component = graph.component_of();
        for (o, node) in graph.nodes.iter().enumerate() {
            let Some((guide_id, node_id, loaded_index)) = *node else {
                continue;
            };
            if !graph.is_outcome[o] || !graph.edges[o].iter().any(|&t| component[t] == component[o])
            {
                continue;
            }
            let loaded = &pack.guides[loaded_index];
            let Some(outcome) = loaded.guide.nodes.get(node_id) else {
                continue;
            };
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: Some((node_id, 0)),
            };
            for (exit, target) in outcome.exits() {
                let Some(t) = pack
                    .resolve_position(exit.context(guide_id), target)
                    .ok()
                    .and_then(|at| graph.id(at))
                else {
                    continue;
                };
                let Some(path) = graph.shortest_path(t, o) else {
                    continue;
                };
                let names: Vec<String> = path
                    .iter()
                    .filter_map(|&n| graph.nodes[n])
                    .map(|(guide, node, _)| format!("{guide}#{node}"))
                    .collect();
                self.problems.push(Problem::warning(
                    Rule::OutcomeLoopsBack,
                    place.file,
                    place.pos(&exit.path()),
                    format!(
                        "this way on from the outcome \"{node_id}\" leads back into the route that ends here ({}): a person who takes it goes round the same steps again; lead it somewhere new",
                        names.join(" -> ")
                    ),
                ));
            }
        }
    }
}
