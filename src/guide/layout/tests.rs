//! The layout's phases, tested together on small graphs.

use super::order::inversions;
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
