//! A layered ("Sugiyama-style") drawing of a directed graph, top to bottom
//! in walking order, for the map of a guide. No egui: it works in abstract
//! units, and the window scales the result.
//!
//! The four classic phases, each kept small:
//!
//! 1. **Cycles.** A depth-first search from the roots (the guide's start
//!    first), following each node's ways on in the order the expected path
//!    prefers them, marks every edge that leads back to a node still on the
//!    search stack as a *back edge*. Back edges are reversed for the
//!    phases below, so the rest sees a graph without cycles, and are drawn
//!    going up.
//! 2. **Layers.** Each node goes one layer below the lowest of the nodes
//!    that lead to it (longest path from the roots). A node nothing leads
//!    to, other than a root, is then pulled down to just above its highest
//!    successor, so it sits next to what it leads to.
//! 3. **Order.** An edge that spans several layers gets a *dummy* vertex on
//!    each layer in between, so every edge joins neighbouring layers. Long
//!    edges into the same node share their dummies (one trunk per target),
//!    so twenty "I don't see this" ways to one fallback make one line, not
//!    twenty. Layers start in depth-first discovery order (the first way on
//!    leftmost), then barycentre sweeps, down and up, sort each layer by the
//!    mean position of its neighbours in the layer before; the order with
//!    the fewest crossings (counted exactly, with a Fenwick tree) is kept.
//! 4. **Coordinates.** Layers get their y from the tallest node in each.
//!    Within a layer, x is found by repeated sweeps: each vertex wants to
//!    sit at the weighted mean of its neighbours' x, and the layer is
//!    placed as close to those wishes as the order and the minimum gaps
//!    allow (a weighted isotonic regression, solved exactly by pooling
//!    adjacent violators). Dummies pull harder, so long edges run straight.
//!
//! Why not a crate: `rust-sugiyama` (on petgraph) was the candidate. It
//! assumes one vertex size, picks back edges by a greedy feedback arc set
//! (not the walking order, so the start need not be on top), and does not
//! return where the dummies went, which the map needs to draw long edges
//! around the nodes. This file is a few hundred lines and is tested below.
//! Long because its phases (layers, dummies, ordering, placing, routes)
//! share one layered graph and are tested together.

use std::collections::HashMap;

/// Gaps between things, in the same units as the node sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    /// The horizontal gap between two nodes of a layer.
    pub node_gap: f32,
    /// The vertical gap between two layers.
    pub layer_gap: f32,
    /// The room a dummy vertex (a long edge passing a layer) takes.
    pub dummy_width: f32,
    /// How far a loop from a node to itself reaches out on its right.
    pub loop_reach: f32,
}

impl Default for Spacing {
    fn default() -> Spacing {
        Spacing {
            node_gap: 44.0,
            layer_gap: 84.0,
            dummy_width: 16.0,
            loop_reach: 28.0,
        }
    }
}

/// How one edge is drawn: a polyline from its source to its target.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// From a port of the source, through the dummies, to a port of the
    /// target. Forward edges leave the bottom and enter the top; back edges
    /// leave the top and enter the bottom.
    pub points: Vec<(f32, f32)>,
    /// For each stretch between two points: true when an earlier route
    /// runs along the same stretch (a shared trunk), so it need not be
    /// drawn again.
    pub shared: Vec<bool>,
    /// The box around all the points: (left, top), (right, bottom).
    pub bounds: ((f32, f32), (f32, f32)),
    /// The edge leads back up (it closes a loop).
    pub back: bool,
    /// The edge leads from a node to itself.
    pub self_loop: bool,
}

/// The result: where every node and every edge goes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The centre of each node.
    pub centres: Vec<(f32, f32)>,
    /// The size of each node, as given.
    pub sizes: Vec<(f32, f32)>,
    /// The layer of each node, 0 at the top.
    pub layers: Vec<usize>,
    /// The real nodes of each layer, left to right.
    pub rows: Vec<Vec<usize>>,
    /// One route per input edge, in input order.
    pub routes: Vec<Route>,
    /// The width and height of the whole drawing (it starts at 0, 0).
    pub size: (f32, f32),
    /// Edge crossings left between neighbouring layers.
    pub crossings: usize,
    /// Dummy vertices used for long edges.
    pub dummies: usize,
}

/// Sweeps of barycentre ordering at most (each one down and one up).
const ORDER_SWEEPS: usize = 12;
/// Stop ordering after this many sweeps without fewer crossings.
const ORDER_PATIENCE: usize = 3;
/// Sweeps of coordinate placement (each one down and one up).
const PLACE_SWEEPS: usize = 10;
/// How much harder a dummy pulls than a node, to straighten long edges.
const DUMMY_WEIGHT: f32 = 4.0;

/// Lays out `sizes.len()` nodes (width, height each) joined by `edges`
/// (from, to). `roots` are where walking starts, most important first:
/// they go on the top layer, and the search for back edges begins there.
/// Edges with an end out of range are ignored (their route is empty).
pub fn layout(
    sizes: &[(f32, f32)],
    edges: &[(usize, usize)],
    roots: &[usize],
    spacing: Spacing,
) -> Layout {
    profiling::function_scope!();
    let n = sizes.len();
    let valid = |&(a, b): &(usize, usize)| a < n && b < n;
    let (back, discovery) = find_back_edges(n, edges, roots);
    // Edges as the phases below see them: no self-loops, back edges reversed.
    let dag: Vec<Option<(usize, usize)>> = edges
        .iter()
        .enumerate()
        .map(|(i, e)| (valid(e) && e.0 != e.1).then(|| if back[i] { (e.1, e.0) } else { *e }))
        .collect();
    let layer = assign_layers(n, &dag, roots);
    let mut graph = LayeredGraph::build(sizes, &layer, &dag, &back, &discovery, spacing);
    let crossings = graph.order();
    graph.place(spacing);
    let (centres, size) = graph.finish(sizes, &layer, spacing);
    let routes = routes(edges, &back, &graph, &centres, sizes, spacing);
    let layers_count = layer.iter().max().map_or(0, |m| m + 1);
    let mut rows = vec![Vec::new(); layers_count];
    for l in &graph.rows {
        for &v in l {
            if v < n {
                rows[layer[v]].push(v);
            }
        }
    }
    let mut size = size;
    if edges.iter().any(|&(a, b)| a == b && a < n) {
        size.0 += spacing.loop_reach;
    }
    Layout {
        centres,
        sizes: sizes.to_vec(),
        layers: layer,
        rows,
        routes,
        size,
        crossings,
        dummies: graph.layer.len() - n,
    }
}

/// Phase 1: which edges lead back to a node on the depth-first search
/// stack, and the order the search found the nodes in.
fn find_back_edges(n: usize, edges: &[(usize, usize)], roots: &[usize]) -> (Vec<bool>, Vec<usize>) {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, &(a, b)) in edges.iter().enumerate() {
        if a < n && b < n {
            out[a].push(i);
        }
    }
    const WHITE: u8 = 0;
    const ON_STACK: u8 = 1;
    const DONE: u8 = 2;
    let mut colour = vec![WHITE; n];
    let mut back = vec![false; edges.len()];
    let mut discovery = vec![usize::MAX; n];
    let mut found = 0;
    let starts = roots.iter().copied().filter(|&r| r < n).chain(0..n);
    for root in starts {
        if colour[root] != WHITE {
            continue;
        }
        colour[root] = ON_STACK;
        discovery[root] = found;
        found += 1;
        // Each frame: a node and how many of its edges were looked at.
        let mut stack = vec![(root, 0usize)];
        while let Some(frame) = stack.last_mut() {
            let v = frame.0;
            let Some(&edge) = out[v].get(frame.1) else {
                colour[v] = DONE;
                stack.pop();
                continue;
            };
            frame.1 += 1;
            let w = edges[edge].1;
            match colour[w] {
                WHITE => {
                    colour[w] = ON_STACK;
                    discovery[w] = found;
                    found += 1;
                    stack.push((w, 0));
                }
                ON_STACK if w != v => back[edge] = true,
                _ => {}
            }
        }
    }
    (back, discovery)
}

/// Phase 2: longest path from the roots, then sources that are not roots
/// pulled down next to their successors.
fn assign_layers(n: usize, dag: &[Option<(usize, usize)>], roots: &[usize]) -> Vec<usize> {
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut indegree = vec![0usize; n];
    for &(a, b) in dag.iter().flatten() {
        succ[a].push(b);
        indegree[b] += 1;
    }
    let mut layer = vec![0usize; n];
    let mut queue: Vec<usize> = (0..n).filter(|&v| indegree[v] == 0).collect();
    let mut topo = Vec::with_capacity(n);
    let mut remaining = indegree.clone();
    while let Some(v) = queue.pop() {
        topo.push(v);
        for &w in &succ[v] {
            layer[w] = layer[w].max(layer[v] + 1);
            remaining[w] -= 1;
            if remaining[w] == 0 {
                queue.push(w);
            }
        }
    }
    let is_root = |v: usize| roots.contains(&v);
    for &v in topo.iter().rev() {
        if indegree[v] == 0
            && !is_root(v)
            && let Some(lowest) = succ[v].iter().map(|&w| layer[w]).min()
        {
            layer[v] = lowest.saturating_sub(1).max(layer[v]);
        }
    }
    layer
}

/// The graph of phases 3 and 4: real nodes `0..n`, then dummies; every
/// edge joins neighbouring layers.
struct LayeredGraph {
    /// Layer of each vertex.
    layer: Vec<usize>,
    /// Width of each vertex.
    width: Vec<f32>,
    /// Neighbours in the layer above and below.
    up: Vec<Vec<usize>>,
    down: Vec<Vec<usize>>,
    /// Vertices of each layer, in order.
    rows: Vec<Vec<usize>>,
    /// x of each vertex's centre.
    x: Vec<f32>,
    /// y of each layer's centre line.
    y: Vec<f32>,
    /// For each input edge (in DAG direction), the vertices it passes,
    /// source and target included.
    chains: Vec<Vec<usize>>,
    /// Real nodes count.
    n: usize,
}

impl LayeredGraph {
    fn build(
        sizes: &[(f32, f32)],
        layer: &[usize],
        dag: &[Option<(usize, usize)>],
        back: &[bool],
        discovery: &[usize],
        spacing: Spacing,
    ) -> LayeredGraph {
        let n = sizes.len();
        let mut g = LayeredGraph {
            layer: layer.to_vec(),
            width: sizes.iter().map(|s| s.0).collect(),
            up: vec![Vec::new(); n],
            down: vec![Vec::new(); n],
            rows: Vec::new(),
            x: Vec::new(),
            y: Vec::new(),
            chains: Vec::with_capacity(dag.len()),
            n,
        };
        // The order each vertex starts in: real nodes by discovery, a
        // dummy by the discovery of the first edge that made it.
        let mut key: Vec<usize> = discovery.to_vec();
        // One trunk of dummies per node that edges lead into (the edge's
        // own target, which for a reversed back edge is its upper end),
        // apart for each direction: layer -> vertex.
        let layers = layer.iter().max().map_or(0, |m| m + 1);
        let mut trunk_of: HashMap<(usize, bool), usize> = HashMap::new();
        // Each trunk's dummy on every layer (usize::MAX: none yet).
        let mut trunks: Vec<Vec<usize>> = Vec::new();
        let link = |g: &mut LayeredGraph, a: usize, b: usize| {
            if !g.down[a].contains(&b) {
                g.down[a].push(b);
                g.up[b].push(a);
            }
        };
        for (i, edge) in dag.iter().enumerate() {
            let Some(&(a, b)) = edge.as_ref() else {
                g.chains.push(Vec::new());
                continue;
            };
            let mut chain = vec![a];
            // Where this edge joins dummies an earlier edge made and linked.
            let mut joined_at = usize::MAX;
            let into = if back[i] { a } else { b };
            if layer[b] > layer[a] + 1 {
                let next = trunks.len();
                let t = *trunk_of.entry((into, back[i])).or_insert(next);
                if t == next {
                    trunks.push(vec![usize::MAX; layers]);
                }
                let span = layer[a] + 1..layer[b];
                for (l, slot) in trunks[t][span.clone()].iter_mut().enumerate() {
                    let l = span.start + l;
                    let mut d = *slot;
                    if d != usize::MAX && joined_at == usize::MAX {
                        joined_at = chain.len();
                    }
                    if d == usize::MAX {
                        joined_at = usize::MAX;
                        d = g.layer.len();
                        g.layer.push(l);
                        g.width.push(spacing.dummy_width);
                        g.up.push(Vec::new());
                        g.down.push(Vec::new());
                        key.push(discovery[a]);
                        *slot = d;
                    }
                    chain.push(d);
                }
            }
            chain.push(b);
            for (k, pair) in chain.windows(2).enumerate() {
                // Down a stretch of trunk that is already linked, skip.
                let linked = joined_at != usize::MAX && k >= joined_at && k + 2 < chain.len();
                if !linked {
                    link(&mut g, pair[0], pair[1]);
                }
            }
            g.chains.push(chain);
        }
        g.rows = vec![Vec::new(); layers];
        for v in 0..g.layer.len() {
            g.rows[g.layer[v]].push(v);
        }
        for row in &mut g.rows {
            row.sort_by_key(|&v| (key[v], v));
        }
        g
    }

    /// Phase 3: barycentre sweeps; keeps the order with fewest crossings
    /// and returns that count.
    fn order(&mut self) -> usize {
        let mut position = vec![0usize; self.layer.len()];
        let index = |rows: &[Vec<usize>], position: &mut [usize]| {
            for row in rows {
                for (i, &v) in row.iter().enumerate() {
                    position[v] = i;
                }
            }
        };
        index(&self.rows, &mut position);
        let mut best = self.rows.clone();
        let mut best_crossings = self.crossings(&position);
        let mut calm = 0;
        for _ in 0..ORDER_SWEEPS {
            if best_crossings == 0 || calm >= ORDER_PATIENCE {
                break;
            }
            for l in 1..self.rows.len() {
                sort_by_barycentre(&mut self.rows[l], &self.up, &mut position);
            }
            for l in (0..self.rows.len().saturating_sub(1)).rev() {
                sort_by_barycentre(&mut self.rows[l], &self.down, &mut position);
            }
            let crossings = self.crossings(&position);
            if crossings < best_crossings {
                best_crossings = crossings;
                best = self.rows.clone();
                calm = 0;
            } else {
                calm += 1;
            }
        }
        self.rows = best;
        best_crossings
    }

    /// Crossings between every pair of neighbouring layers.
    fn crossings(&self, position: &[usize]) -> usize {
        let mut total = 0;
        for l in 0..self.rows.len().saturating_sub(1) {
            let mut pairs: Vec<(usize, usize)> = self.rows[l]
                .iter()
                .flat_map(|&v| {
                    self.down[v]
                        .iter()
                        .map(move |&w| (position[v], position[w]))
                })
                .collect();
            pairs.sort_unstable();
            total += inversions(&pairs, self.rows[l + 1].len());
        }
        total
    }

    /// Phase 4, horizontally: sweeps towards the neighbours' mean, each
    /// layer placed by weighted isotonic regression.
    fn place(&mut self, spacing: Spacing) {
        self.x = vec![0.0; self.layer.len()];
        for row in &self.rows {
            let mut at = 0.0;
            for (i, &v) in row.iter().enumerate() {
                if i > 0 {
                    at += self.gap(row[i - 1], v, spacing);
                }
                self.x[v] = at;
            }
        }
        for sweep in 0..PLACE_SWEEPS {
            let last = sweep + 1 == PLACE_SWEEPS;
            for l in 1..self.rows.len() {
                self.place_row(l, spacing, Side::Up);
            }
            for l in (0..self.rows.len().saturating_sub(1)).rev() {
                self.place_row(l, spacing, if last { Side::Both } else { Side::Down });
            }
        }
    }

    /// The least distance between the centres of two neighbours in a row.
    fn gap(&self, a: usize, b: usize, spacing: Spacing) -> f32 {
        let real = usize::from(a < self.n) + usize::from(b < self.n);
        let gap = match real {
            2 => spacing.node_gap,
            1 => spacing.node_gap / 2.0,
            _ => spacing.dummy_width / 2.0,
        };
        (self.width[a] + self.width[b]) / 2.0 + gap
    }

    fn place_row(&mut self, l: usize, spacing: Spacing, side: Side) {
        let row = &self.rows[l];
        let wish: Vec<f32> = row
            .iter()
            .map(|&v| {
                let (up, down): (&[usize], &[usize]) = match side {
                    Side::Up => (&self.up[v], &[]),
                    Side::Down => (&[], &self.down[v]),
                    Side::Both => (&self.up[v], &self.down[v]),
                };
                let mut sum = 0.0;
                let mut weight = 0.0;
                for &w in up.iter().chain(down) {
                    let pull = if w >= self.n { DUMMY_WEIGHT } else { 1.0 };
                    sum += self.x[w] * pull;
                    weight += pull;
                }
                if weight > 0.0 {
                    sum / weight
                } else {
                    self.x[v]
                }
            })
            .collect();
        let weight: Vec<f32> = row
            .iter()
            .map(|&v| if v >= self.n { DUMMY_WEIGHT } else { 1.0 })
            .collect();
        let gaps: Vec<f32> = row
            .windows(2)
            .map(|pair| self.gap(pair[0], pair[1], spacing))
            .collect();
        let placed = place_in_order(&wish, &weight, &gaps);
        for (&v, x) in row.iter().zip(placed) {
            self.x[v] = x;
        }
    }

    /// Shifts everything to start at 0 and gives the real nodes' centres
    /// and the drawing's size.
    fn finish(
        &mut self,
        sizes: &[(f32, f32)],
        layer: &[usize],
        spacing: Spacing,
    ) -> (Vec<(f32, f32)>, (f32, f32)) {
        let left = (0..self.x.len())
            .map(|v| self.x[v] - self.width[v] / 2.0)
            .fold(f32::INFINITY, f32::min);
        let left = if left.is_finite() { left } else { 0.0 };
        for x in &mut self.x {
            *x -= left;
        }
        let width = (0..self.x.len())
            .map(|v| self.x[v] + self.width[v] / 2.0)
            .fold(0.0, f32::max);
        // Each layer as tall as its tallest node.
        let mut heights = vec![0.0f32; self.rows.len()];
        for (v, &(_, h)) in sizes.iter().enumerate() {
            heights[layer[v]] = heights[layer[v]].max(h);
        }
        let mut tops = Vec::with_capacity(heights.len());
        let mut y = 0.0;
        for h in &heights {
            tops.push(y);
            y += h + spacing.layer_gap;
        }
        let height = (y - spacing.layer_gap).max(0.0);
        self.y = tops
            .iter()
            .zip(&heights)
            .map(|(top, h)| top + h / 2.0)
            .collect();
        let centres = (0..sizes.len())
            .map(|v| (self.x[v], self.y[layer[v]]))
            .collect();
        (centres, (width, height))
    }

    /// The centre of any vertex, dummies included (after `finish`).
    fn centre(&self, v: usize) -> (f32, f32) {
        (self.x[v], self.y[self.layer[v]])
    }
}

/// Which neighbours a vertex looks at when it is placed.
#[derive(Clone, Copy)]
enum Side {
    Up,
    Down,
    Both,
}

/// Sorts a row by the mean position of each vertex's neighbours in
/// `towards`; a vertex without any keeps its place. Updates `position`.
fn sort_by_barycentre(row: &mut [usize], towards: &[Vec<usize>], position: &mut [usize]) {
    let mut keyed: Vec<(f32, usize, usize)> = row
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let near = &towards[v];
            let bary = if near.is_empty() {
                i as f32
            } else {
                near.iter().map(|&w| position[w] as f32).sum::<f32>() / near.len() as f32
            };
            (bary, i, v)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    for (i, (_, _, v)) in keyed.into_iter().enumerate() {
        row[i] = v;
        position[v] = i;
    }
}

/// Crossings among edges given as (upper position, lower position),
/// sorted by upper then lower: the inversions of the lower positions,
/// counted with a Fenwick tree of `width` slots.
fn inversions(pairs: &[(usize, usize)], width: usize) -> usize {
    let mut tree = vec![0usize; width + 1];
    let mut count = 0;
    for (seen, &(_, lower)) in pairs.iter().enumerate() {
        // How many seen so far have a lower position greater than this one.
        let mut at = lower + 1;
        let mut not_greater = 0;
        while at > 0 {
            not_greater += tree[at];
            at &= at - 1;
        }
        count += seen - not_greater;
        let mut at = lower + 1;
        while at <= width {
            tree[at] += 1;
            at += at & at.wrapping_neg();
        }
    }
    count
}

/// Places points in a fixed order as close to their wishes as allowed:
/// minimises the weighted squared distance to `wish` subject to
/// `x[i+1] - x[i] >= gaps[i]`. With the gaps taken out (`y = x - offset`)
/// it is a weighted isotonic regression, which pooling adjacent violators
/// solves exactly in one pass.
pub fn place_in_order(wish: &[f32], weight: &[f32], gaps: &[f32]) -> Vec<f32> {
    let mut offset = Vec::with_capacity(wish.len());
    let mut at = 0.0;
    for i in 0..wish.len() {
        if i > 0 {
            at += gaps.get(i - 1).copied().unwrap_or(0.0);
        }
        offset.push(at);
    }
    // Blocks of pooled points: (total weight, weighted sum, count).
    let mut blocks: Vec<(f32, f32, usize)> = Vec::new();
    for i in 0..wish.len() {
        let w = weight.get(i).copied().unwrap_or(1.0).max(f32::EPSILON);
        blocks.push((w, w * (wish[i] - offset[i]), 1));
        while blocks.len() >= 2 {
            let (w2, s2, c2) = blocks[blocks.len() - 1];
            let (w1, s1, c1) = blocks[blocks.len() - 2];
            if s1 / w1 <= s2 / w2 {
                break;
            }
            blocks.pop();
            if let Some(last) = blocks.last_mut() {
                *last = (w1 + w2, s1 + s2, c1 + c2);
            }
        }
    }
    let mut out = Vec::with_capacity(wish.len());
    for (w, s, c) in blocks {
        for _ in 0..c {
            let i = out.len();
            out.push(s / w + offset[i]);
        }
    }
    out
}

/// Phase 4, the edges: each one through its dummies, with its ends on
/// ports spread along the side of the node it leaves or enters, in the
/// order of where they go, so edges leave a node side by side instead of
/// on top of each other. Edges that leave or enter through the same dummy
/// share a port, and a stretch between two vertices that an earlier edge
/// already runs along is marked shared, so it is drawn once.
fn routes(
    edges: &[(usize, usize)],
    back: &[bool],
    graph: &LayeredGraph,
    centres: &[(f32, f32)],
    sizes: &[(f32, f32)],
    spacing: Spacing,
) -> Vec<Route> {
    let n = sizes.len();
    // Each route's vertices in the edge's own direction.
    let chains: Vec<Vec<usize>> = edges
        .iter()
        .enumerate()
        .map(|(i, &(a, b))| {
            if a >= n || b >= n || a == b {
                return Vec::new();
            }
            let mut chain = graph.chains[i].clone();
            if back[i] {
                chain.reverse();
            }
            chain
        })
        .collect();
    // Ports: (node, bottom side?) -> the neighbouring vertices there.
    let mut sides: HashMap<(usize, bool), Vec<usize>> = HashMap::new();
    let below = |v: usize, of: usize| graph.centre(v).1 > graph.centre(of).1;
    for chain in chains.iter().filter(|c| c.len() >= 2) {
        let (a, next) = (chain[0], chain[1]);
        let (b, before) = (chain[chain.len() - 1], chain[chain.len() - 2]);
        for (node, neighbour) in [(a, next), (b, before)] {
            let side = sides.entry((node, below(neighbour, node))).or_default();
            if !side.contains(&neighbour) {
                side.push(neighbour);
            }
        }
    }
    let mut port: HashMap<(usize, usize), (f32, f32)> = HashMap::new();
    for ((node, bottom), mut neighbours) in sides {
        neighbours.sort_by(|&p, &q| graph.x[p].total_cmp(&graph.x[q]).then(p.cmp(&q)));
        let (cx, cy) = centres[node];
        let (w, h) = sizes[node];
        let y = if bottom { cy + h / 2.0 } else { cy - h / 2.0 };
        let k = neighbours.len() as f32;
        for (j, neighbour) in neighbours.into_iter().enumerate() {
            let x = cx + w * 0.6 * ((j as f32 + 1.0) / (k + 1.0) - 0.5);
            port.insert((node, neighbour), (x, y));
        }
    }
    let mut drawn: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    edges
        .iter()
        .enumerate()
        .map(|(i, &(a, b))| {
            if a < n && a == b {
                let (cx, cy) = centres[a];
                let (w, h) = sizes[a];
                let right = cx + w / 2.0;
                let reach = right + spacing.loop_reach;
                return Route {
                    points: vec![
                        (right, cy - h / 4.0),
                        (reach, cy - h / 4.0),
                        (reach, cy + h / 4.0),
                        (right, cy + h / 4.0),
                    ],
                    shared: vec![false; 3],
                    bounds: ((right, cy - h / 4.0), (reach, cy + h / 4.0)),
                    back: true,
                    self_loop: true,
                };
            }
            let chain = &chains[i];
            if chain.len() < 2 {
                return Route {
                    points: Vec::new(),
                    shared: Vec::new(),
                    bounds: ((0.0, 0.0), (0.0, 0.0)),
                    back: false,
                    self_loop: false,
                };
            }
            let last = chain.len() - 1;
            let points: Vec<(f32, f32)> = chain
                .iter()
                .enumerate()
                .map(|(k, &v)| {
                    match k {
                        0 => port.get(&(v, chain[1])).copied(),
                        k if k == last => port.get(&(v, chain[last - 1])).copied(),
                        _ => None,
                    }
                    .unwrap_or_else(|| graph.centre(v))
                })
                .collect();
            let shared = chain
                .windows(2)
                .map(|pair| !drawn.insert((pair[0], pair[1])))
                .collect();
            let bounds = points.iter().fold(
                (
                    (f32::INFINITY, f32::INFINITY),
                    (f32::NEG_INFINITY, f32::NEG_INFINITY),
                ),
                |((l, t), (r, b)), &(x, y)| ((l.min(x), t.min(y)), (r.max(x), b.max(y))),
            );
            Route {
                points,
                shared,
                bounds,
                back: back[i],
                self_loop: false,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NODE: (f32, f32) = (100.0, 60.0);

    fn lay(n: usize, edges: &[(usize, usize)]) -> Layout {
        layout(&vec![NODE; n], edges, &[0], Spacing::default())
    }

    fn overlapping(layout: &Layout) -> Option<(usize, usize)> {
        let n = layout.centres.len();
        for a in 0..n {
            for b in a + 1..n {
                let (ax, ay) = layout.centres[a];
                let (bx, by) = layout.centres[b];
                let (aw, ah) = layout.sizes[a];
                let (bw, bh) = layout.sizes[b];
                if (ax - bx).abs() < (aw + bw) / 2.0 && (ay - by).abs() < (ah + bh) / 2.0 {
                    return Some((a, b));
                }
            }
        }
        None
    }

    #[test]
    fn a_chain_is_one_straight_column() {
        let l = lay(4, &[(0, 1), (1, 2), (2, 3)]);
        assert_eq!(l.layers, vec![0, 1, 2, 3]);
        let x0 = l.centres[0].0;
        assert!(l.centres.iter().all(|c| (c.0 - x0).abs() < 0.01), "{l:?}");
        assert!(l.centres.windows(2).all(|p| p[0].1 < p[1].1));
        assert_eq!(l.crossings, 0);
        assert_eq!(l.size, (100.0, 4.0 * 60.0 + 3.0 * 84.0));
    }

    #[test]
    fn a_question_fans_out_under_its_node_and_the_ways_meet_again() {
        // 0 asks; 1, 2, 3 are its answers; all lead to 4.
        let l = lay(5, &[(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4)]);
        assert_eq!(l.layers, vec![0, 1, 1, 1, 2]);
        assert_eq!(l.rows[1], vec![1, 2, 3], "the first answer leftmost");
        let mid = l.centres[2].0;
        assert!((l.centres[0].0 - mid).abs() < 0.5, "{l:?}");
        assert!((l.centres[4].0 - mid).abs() < 0.5, "{l:?}");
        assert!(overlapping(&l).is_none());
    }

    #[test]
    fn longest_path_puts_a_node_below_everything_that_leads_to_it() {
        // 0 -> 1 -> 2 -> 3 and a shortcut 0 -> 3.
        let l = lay(4, &[(0, 1), (1, 2), (2, 3), (0, 3)]);
        assert_eq!(l.layers, vec![0, 1, 2, 3]);
        // The shortcut runs through two dummies, beside the chain.
        assert_eq!(l.dummies, 2);
        let shortcut = &l.routes[3];
        assert_eq!(shortcut.points.len(), 4);
        assert!(!shortcut.back);
        assert!(overlapping(&l).is_none());
    }

    #[test]
    fn a_loop_back_is_drawn_going_up_and_the_start_stays_on_top() {
        // 0 -> 1 -> 2 -> 0: the edge 2 -> 0 closes the loop.
        let l = lay(3, &[(0, 1), (1, 2), (2, 0)]);
        assert_eq!(l.layers, vec![0, 1, 2]);
        assert!(l.routes[2].back);
        assert!(!l.routes[0].back && !l.routes[1].back);
        let points = &l.routes[2].points;
        assert!(points[0].1 > points[points.len() - 1].1, "it goes up");
        // It leaves the top of node 2 and enters the bottom of node 0.
        assert_eq!(points[0].1, l.centres[2].1 - 30.0);
        assert_eq!(points[points.len() - 1].1, l.centres[0].1 + 30.0);
    }

    #[test]
    fn a_self_loop_goes_out_to_the_right_and_back() {
        let l = lay(2, &[(0, 1), (1, 1)]);
        let route = &l.routes[1];
        assert!(route.self_loop);
        assert!(route.points.iter().all(|p| p.0 >= l.centres[1].0 + 50.0));
        assert!(l.size.0 >= 100.0 + Spacing::default().loop_reach);
    }

    #[test]
    fn a_node_nothing_leads_to_sits_just_above_what_it_leads_to() {
        // 0 -> 1 -> 2 -> 3; 4 leads only to 3.
        let l = lay(5, &[(0, 1), (1, 2), (2, 3), (4, 3)]);
        assert_eq!(l.layers[4], 2);
        assert!(overlapping(&l).is_none());
    }

    #[test]
    fn long_edges_to_one_node_share_a_trunk() {
        // A chain of 10 where every node also leads to the last.
        let mut edges: Vec<(usize, usize)> = (0..9).map(|i| (i, i + 1)).collect();
        edges.extend((0..8).map(|i| (i, 9)));
        let l = lay(10, &edges);
        // One dummy per layer between, not one per edge and layer.
        assert!(l.dummies <= 8, "{} dummies", l.dummies);
        for (i, route) in l.routes.iter().enumerate() {
            let (a, b) = edges[i];
            let first = route.points[0];
            let last = route.points[route.points.len() - 1];
            assert_eq!(first.1, l.centres[a].1 + 30.0);
            assert_eq!(last.1, l.centres[b].1 - 30.0);
            assert_eq!(route.shared.len(), route.points.len() - 1);
            let ((left, top), (right, bottom)) = route.bounds;
            assert!(
                route
                    .points
                    .iter()
                    .all(|&(x, y)| { (left..=right).contains(&x) && (top..=bottom).contains(&y) })
            );
        }
        // The trunk is drawn by the first edge down it; the others share
        // it, and all of them arrive through one port.
        let long: Vec<&Route> = l.routes[9..].iter().collect();
        assert!(long[0].shared.iter().all(|s| !s));
        assert!(long[1..].iter().all(|r| r.shared.last() == Some(&true)));
        let ends: Vec<(f32, f32)> = long
            .iter()
            .filter_map(|r| r.points.last().copied())
            .collect();
        assert!(ends.windows(2).all(|e| e[0] == e[1]), "{ends:?}");
    }

    #[test]
    fn barycentre_ordering_removes_avoidable_crossings() {
        // Two columns whose second layer starts crossed by discovery order:
        // 0 -> 3, 1 -> 2 would cross if 2 stayed left of 3.
        let sizes = vec![NODE; 4];
        let l = layout(&sizes, &[(0, 3), (1, 2)], &[0, 1], Spacing::default());
        assert_eq!(l.crossings, 0);
        assert!(l.centres[0].0 < l.centres[1].0);
        assert!(l.centres[3].0 < l.centres[2].0);
    }

    #[test]
    fn crossings_are_counted_exactly() {
        let pairs = [(0, 2), (1, 1), (2, 0)];
        assert_eq!(inversions(&pairs, 3), 3);
        assert_eq!(inversions(&[(0, 0), (1, 1)], 2), 0);
        assert_eq!(inversions(&[(0, 1), (0, 1), (1, 0)], 2), 2);
    }

    #[test]
    fn isotonic_placement_keeps_order_and_gaps_and_meets_wishes_when_it_can() {
        // Wishes that already fit are met exactly.
        assert_eq!(
            place_in_order(&[0.0, 100.0], &[1.0, 1.0], &[50.0]),
            vec![0.0, 100.0]
        );
        // Three children all wishing to sit at 0 spread around it.
        let x = place_in_order(&[0.0, 0.0, 0.0], &[1.0, 1.0, 1.0], &[10.0, 10.0]);
        assert_eq!(x, vec![-10.0, 0.0, 10.0]);
        // A heavy point moves less than a light one.
        let x = place_in_order(&[0.0, 0.0], &[3.0, 1.0], &[8.0]);
        assert_eq!(x, vec![-2.0, 6.0]);
    }

    #[test]
    fn edges_out_of_range_and_empty_graphs_do_not_panic() {
        let l = lay(0, &[]);
        assert_eq!(l.size, (0.0, 0.0));
        let l = layout(&[NODE], &[(0, 5), (7, 0)], &[3], Spacing::default());
        assert!(l.routes.iter().all(|r| r.points.is_empty()));
        assert_eq!(l.centres.len(), 1);
    }

    #[test]
    fn no_two_nodes_overlap_in_a_tangled_graph() {
        // A pseudo-random graph of 60 nodes with loops and long edges.
        let mut edges = Vec::new();
        let mut seed = 7u32;
        for a in 0..60usize {
            for _ in 0..2 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                edges.push((a, (seed >> 8) as usize % 60));
            }
        }
        let l = lay(60, &edges);
        assert!(overlapping(&l).is_none());
        for (route, &(a, b)) in l.routes.iter().zip(&edges) {
            assert!(!route.points.is_empty(), "{a} -> {b} has a route");
        }
    }
}
