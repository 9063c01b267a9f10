//! The lines of the drawing: each edge's route through its dummies,
//! around the nodes, back edges going up at the side, self-loops out to the
//! right and back.

use std::collections::HashMap;

use super::graph::LayeredGraph;
use super::{Route, Spacing};

/// Phase 4, the edges: each one through its dummies, with its ends on
/// ports spread along the side of the node it leaves or enters, in the
/// order of where they go, so edges leave a node side by side instead of
/// on top of each other. Edges that leave or enter through the same dummy
/// share a port, and a stretch between two vertices that an earlier edge
/// already runs along is marked shared, so it is drawn once.
pub(super) fn routes(
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
