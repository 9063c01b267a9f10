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
//! around the nodes. The phases are a few hundred lines, one file each:
//! `layers.rs` (cycles and layers), `graph.rs` (the layered graph with its
//! dummies), `order.rs`, `place.rs`, `routes.rs`; `tests.rs` tests them
//! together.

mod graph;
mod layers;
mod order;
mod place;
mod routes;
#[cfg(test)]
mod tests;

pub use place::place_in_order;

use graph::LayeredGraph;
use layers::{assign_layers, find_back_edges};
use routes::routes;

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
pub(super) const ORDER_SWEEPS: usize = 12;
/// Stop ordering after this many sweeps without fewer crossings.
pub(super) const ORDER_PATIENCE: usize = 3;
/// Sweeps of coordinate placement (each one down and one up).
pub(super) const PLACE_SWEEPS: usize = 10;
/// How much harder a dummy pulls than a node, to straighten long edges.
pub(super) const DUMMY_WEIGHT: f32 = 4.0;

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
