//! Phase 4: x within each layer, by sweeps: every vertex wants the
//! weighted mean of its neighbours' x, and each layer is placed as close to
//! those wishes as its order and gaps allow (isotonic regression).

use super::graph::LayeredGraph;
use super::order::Side;
use super::{DUMMY_WEIGHT, PLACE_SWEEPS, Spacing};

impl LayeredGraph {
    /// Phase 4, horizontally: sweeps towards the neighbours' mean, each
    /// layer placed by weighted isotonic regression.
    pub(super) fn place(&mut self, spacing: Spacing) {
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
    pub(super) fn gap(&self, a: usize, b: usize, spacing: Spacing) -> f32 {
        let real = usize::from(a < self.n) + usize::from(b < self.n);
        let gap = match real {
            2 => spacing.node_gap,
            1 => spacing.node_gap / 2.0,
            _ => spacing.dummy_width / 2.0,
        };
        (self.width[a] + self.width[b]) / 2.0 + gap
    }

    pub(super) fn place_row(&mut self, l: usize, spacing: Spacing, side: Side) {
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
