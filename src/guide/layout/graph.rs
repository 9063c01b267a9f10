//! The layered graph the ordering, placing and routing phases share: every
//! node and every dummy vertex of a long edge, by layer, with positions.

use std::collections::HashMap;

use super::Spacing;

/// The graph of phases 3 and 4: real nodes `0..n`, then dummies; every
/// edge joins neighbouring layers.
pub(super) struct LayeredGraph {
    /// Layer of each vertex.
    pub(super) layer: Vec<usize>,
    /// Width of each vertex.
    pub(super) width: Vec<f32>,
    /// Neighbours in the layer above and below.
    pub(super) up: Vec<Vec<usize>>,
    pub(super) down: Vec<Vec<usize>>,
    /// Vertices of each layer, in order.
    pub(super) rows: Vec<Vec<usize>>,
    /// x of each vertex's centre.
    pub(super) x: Vec<f32>,
    /// y of each layer's centre line.
    pub(super) y: Vec<f32>,
    /// For each input edge (in DAG direction), the vertices it passes,
    /// source and target included.
    pub(super) chains: Vec<Vec<usize>>,
    /// Real nodes count.
    pub(super) n: usize,
}

impl LayeredGraph {
    pub(super) fn build(
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

    /// Shifts everything to start at 0 and gives the real nodes' centres
    /// and the drawing's size.
    pub(super) fn finish(
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
    pub(super) fn centre(&self, v: usize) -> (f32, f32) {
        (self.x[v], self.y[self.layer[v]])
    }
}
