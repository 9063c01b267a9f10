//! The node graph of a whole pack, with references between nodes (and
//! between guides) resolved once. The validator's reachability and loop
//! rules read it; so will the map and the steps-left estimate.

use rayon::prelude::*;

use crate::guide::model::Node;
use crate::guide::pack::{LoadedGuide, Pack};

/// The node graph of a whole pack, with cross-guide edges resolved. Nodes
/// are numbered by position: a guide's nodes follow each other, in file
/// order, from where the guide begins, so no id is hashed twice.
pub struct Graph<'p> {
    /// Guide id, node id, and the index of the guide in the pack; `None`
    /// for a node whose id repeats an earlier one (only the first counts).
    pub nodes: Vec<Option<(&'p str, &'p str, usize)>>,
    /// Where each guide's nodes begin in `nodes`; `None` for a guide whose
    /// id repeats an earlier guide's (only the first counts).
    pub begins: Vec<Option<usize>>,
    /// Where each node leads; a Call leads into its flow and to its `then`.
    pub edges: Vec<Vec<usize>>,
    /// Outcomes: where a path ends.
    pub is_outcome: Vec<bool>,
    /// Returns: where a shared flow ends (and the walk goes back to the
    /// Call that ran it).
    pub is_return: Vec<bool>,
}

impl<'p> Graph<'p> {
    /// Builds the graph; with `share_out`, the guides' edges are resolved
    /// on every core.
    pub fn build(pack: &'p Pack, share_out: bool) -> Graph<'p> {
        profiling::function_scope!();
        let mut nodes = Vec::new();
        let mut begins = Vec::with_capacity(pack.guides.len());
        let mut is_outcome = Vec::new();
        let mut is_return = Vec::new();
        for (loaded_index, loaded) in pack.guides.iter().enumerate() {
            let guide = &loaded.guide;
            if pack.guide_position(&guide.id) != Some(loaded_index) {
                begins.push(None);
                continue;
            }
            begins.push(Some(nodes.len()));
            for (position, (id, node)) in guide.nodes.iter().enumerate() {
                let first = guide.nodes.is_first(position);
                nodes.push(first.then_some((guide.id.as_str(), id, loaded_index)));
                is_outcome.push(first && matches!(node, Node::Outcome(_)));
                is_return.push(first && matches!(node, Node::Return));
            }
        }
        let mut graph = Graph {
            edges: Vec::new(),
            nodes,
            begins,
            is_outcome,
            is_return,
        };
        // Resolving every way on is most of the work; each guide's on its own.
        let guide_edges = |(loaded, begin): (&LoadedGuide, &Option<usize>)| {
            let guide = &loaded.guide;
            let Some(begin) = *begin else {
                return Vec::new();
            };
            let graph = &graph;
            guide
                .nodes
                .iter()
                .enumerate()
                .map(|(position, (_, node))| {
                    if graph.nodes[begin + position].is_none() {
                        return Vec::new();
                    }
                    node.exits()
                        .into_iter()
                        .filter_map(|(exit, target)| {
                            pack.resolve_position(exit.context(&guide.id), target).ok()
                        })
                        .filter_map(|at| graph.id(at))
                        .collect()
                })
                .collect::<Vec<Vec<usize>>>()
        };
        let per_guide: Vec<Vec<Vec<usize>>> = if !share_out {
            pack.guides
                .iter()
                .zip(&graph.begins)
                .map(guide_edges)
                .collect()
        } else {
            pack.guides
                .par_iter()
                .zip(&graph.begins)
                .map(guide_edges)
                .collect()
        };
        graph.edges = per_guide.into_iter().flatten().collect();
        graph
    }

    /// The graph's number for a node given by [`Pack::resolve_position`].
    pub fn id(&self, (guide, node): (usize, usize)) -> Option<usize> {
        self.begins
            .get(guide)
            .copied()
            .flatten()
            .map(|begin| begin + node)
    }

    /// The Outcomes.
    pub fn outcomes(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.is_outcome[i])
            .collect()
    }

    /// The nodes where a path ends: Outcomes, and Returns (the end of a
    /// shared flow, where the walk goes back to its caller).
    pub fn ends(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.is_outcome[i] || self.is_return[i])
            .collect()
    }

    /// Nodes reachable from `starts`, following edges forwards or backwards.
    pub fn reachable(&self, starts: &[usize], backwards: bool) -> Vec<bool> {
        let reverse;
        let edges = if backwards {
            let mut incoming = vec![Vec::new(); self.nodes.len()];
            for (from, tos) in self.edges.iter().enumerate() {
                for &to in tos {
                    incoming[to].push(from);
                }
            }
            reverse = incoming;
            &reverse
        } else {
            &self.edges
        };
        let mut seen = vec![false; self.nodes.len()];
        let mut stack: Vec<usize> = starts.to_vec();
        while let Some(n) = stack.pop() {
            if std::mem::replace(&mut seen[n], true) {
                continue;
            }
            stack.extend(edges[n].iter().copied().filter(|&m| !seen[m]));
        }
        seen
    }

    /// Strongly connected groups of nodes that cannot reach an Outcome (or
    /// a Return) and loop among themselves.
    pub fn trapped_cycles(&self, can_exit: &[bool]) -> Vec<Vec<usize>> {
        profiling::function_scope!();
        let trapped = |v: usize| !can_exit[v] && !self.is_outcome[v] && !self.is_return[v];
        let mut cycles: Vec<Vec<usize>> = self
            .components(trapped)
            .into_iter()
            .filter(|group| group.len() > 1 || self.edges[group[0]].contains(&group[0]))
            .collect();
        cycles.sort();
        cycles
    }

    /// The component of every node: nodes with the same number reach each
    /// other (a way on that stays inside its component can come back).
    pub fn component_of(&self) -> Vec<usize> {
        let mut of = vec![0; self.nodes.len()];
        for (c, group) in self.components(|_| true).into_iter().enumerate() {
            for v in group {
                of[v] = c;
            }
        }
        of
    }

    /// Strongly connected components among the nodes `keep` accepts
    /// (Tarjan's algorithm, iterative), each sorted.
    fn components(&self, keep: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
        let n = self.nodes.len();
        let mut index = vec![usize::MAX; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut next_index = 0;
        let mut groups = Vec::new();
        for root in 0..n {
            if !keep(root) || index[root] != usize::MAX {
                continue;
            }
            // Each frame: the node and how many of its edges were visited.
            let mut frames = vec![(root, 0usize)];
            index[root] = next_index;
            low[root] = next_index;
            next_index += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&(v, edge)) = frames.last() {
                if let Some(&w) = self.edges[v].get(edge) {
                    if let Some(top) = frames.last_mut() {
                        top.1 += 1;
                    }
                    if !keep(w) {
                        continue;
                    }
                    if index[w] == usize::MAX {
                        index[w] = next_index;
                        low[w] = next_index;
                        next_index += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        frames.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                frames.pop();
                if let Some(&(parent, _)) = frames.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut group = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        group.push(w);
                        if w == v {
                            break;
                        }
                    }
                    group.sort_unstable();
                    groups.push(group);
                }
            }
        }
        groups
    }

    /// The shortest way from `from` to `to` along the edges, both ends
    /// included; `None` when there is none.
    pub fn shortest_path(&self, from: usize, to: usize) -> Option<Vec<usize>> {
        let mut came_from = vec![usize::MAX; self.nodes.len()];
        let mut queue = std::collections::VecDeque::from([from]);
        came_from[from] = from;
        while let Some(v) = queue.pop_front() {
            if v == to {
                let mut path = vec![to];
                let mut at = to;
                while at != from {
                    at = came_from[at];
                    path.push(at);
                }
                path.reverse();
                return Some(path);
            }
            for &w in &self.edges[v] {
                if came_from[w] == usize::MAX {
                    came_from[w] = v;
                    queue.push_back(w);
                }
            }
        }
        None
    }
}
