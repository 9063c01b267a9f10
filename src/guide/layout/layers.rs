//! Phases 1 and 2 of the layout: back edges (from a depth-first search in
//! walking order) and layers (longest path from the roots).

/// Phase 1: which edges lead back to a node on the depth-first search
/// stack, and the order the search found the nodes in.
pub(super) fn find_back_edges(
    n: usize,
    edges: &[(usize, usize)],
    roots: &[usize],
) -> (Vec<bool>, Vec<usize>) {
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
pub(super) fn assign_layers(
    n: usize,
    dag: &[Option<(usize, usize)>],
    roots: &[usize],
) -> Vec<usize> {
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
