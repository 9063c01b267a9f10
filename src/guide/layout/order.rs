//! Phase 3: the order of each layer, by barycentre sweeps down and up,
//! keeping the order with the fewest crossings (counted exactly).

use super::graph::LayeredGraph;
use super::{ORDER_PATIENCE, ORDER_SWEEPS};

impl LayeredGraph {
    /// Phase 3: barycentre sweeps; keeps the order with fewest crossings
    /// and returns that count.
    pub(super) fn order(&mut self) -> usize {
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
    pub(super) fn crossings(&self, position: &[usize]) -> usize {
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
}

/// Which neighbours a vertex looks at when it is placed.
#[derive(Clone, Copy)]
pub(super) enum Side {
    Up,
    Down,
    Both,
}

/// Sorts a row by the mean position of each vertex's neighbours in
/// `towards`; a vertex without any keeps its place. Updates `position`.
pub(super) fn sort_by_barycentre(
    row: &mut [usize],
    towards: &[Vec<usize>],
    position: &mut [usize],
) {
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
pub(super) fn inversions(pairs: &[(usize, usize)], width: usize) -> usize {
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
