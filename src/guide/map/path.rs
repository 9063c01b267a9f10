//! Where the reader stands on a guide's map: the nodes and edges walked,
//! the one they are on, the way ahead, and where they came from.

use super::{GuideMap, MapKind};
use crate::guide::pack::{NodeRef, Pack};
use crate::guide::walk::Walk;

/// Where a node stands for the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathState {
    /// On the way walked so far.
    Done,
    /// Where the reader is.
    Current,
    /// On the expected way ahead.
    Ahead,
    /// Neither: a side branch.
    Off,
}

impl PathState {
    /// The words a screen reader hears after the title.
    pub fn words(self) -> &'static str {
        match self {
            PathState::Done => crate::tr_static!(map_state_done),
            PathState::Current => crate::tr_static!(map_state_current),
            PathState::Ahead => crate::tr_static!(map_state_ahead),
            PathState::Off => crate::tr_static!(map_state_off),
        }
    }
}

/// The reader's position on the map: a state for every node and edge.
#[derive(Clone, Debug, PartialEq)]
pub struct PathView {
    /// By node index.
    pub nodes: Vec<PathState>,
    /// By edge index: walked (`Done`), expected next (`Ahead`), or `Off`.
    pub edges: Vec<PathState>,
    /// The node the reader stands on, if it is on this map.
    pub current: Option<usize>,
    /// By node index: the node the reader walked here from, when both are
    /// on this map (for the Up arrow).
    pub before: Vec<Option<usize>>,
}

impl GuideMap {
    /// Where the reader stands: the nodes walked (the walk's history), the
    /// current one, and the expected way ahead; edges walked between two
    /// nodes in a row of that, and edges of the way ahead.
    pub fn path(&self, walk: &Walk, pack: &Pack) -> PathView {
        let mut nodes = vec![PathState::Off; self.nodes.len()];
        let mut edges = vec![PathState::Off; self.edges.len()];
        let ahead = walk.ahead(pack);
        let mark = |nodes: &mut Vec<PathState>, at: &NodeRef, state: PathState| {
            if let Some(i) = self.locate(at)
                && nodes[i] != PathState::Current
            {
                nodes[i] = state;
            }
        };
        for at in &walk.history {
            mark(&mut nodes, at, PathState::Done);
        }
        for at in &ahead {
            mark(&mut nodes, at, PathState::Ahead);
        }
        let current = self.locate(&walk.current);
        if let Some(i) = current {
            nodes[i] = PathState::Current;
        }
        let mut before = vec![None; self.nodes.len()];
        let walked: Vec<Option<usize>> = walk
            .history
            .iter()
            .chain(std::iter::once(&walk.current))
            .map(|at| self.locate(at))
            .collect();
        for pair in walked.windows(2) {
            if let (Some(a), Some(b)) = (pair[0], pair[1])
                && a != b
            {
                before[b] = Some(a);
            }
        }
        let mut mark_edges = |line: &mut dyn Iterator<Item = &NodeRef>, state: PathState| {
            let line: Vec<Option<usize>> = line.map(|at| self.locate(at)).collect();
            for pair in line.windows(2) {
                if let (Some(a), Some(b)) = (pair[0], pair[1])
                    && a != b
                    && let Some(&e) = self.out[a].iter().find(|&&e| self.edges[e].to == b)
                {
                    edges[e] = state;
                }
            }
        };
        mark_edges(
            &mut walk.history.iter().chain(std::iter::once(&walk.current)),
            PathState::Done,
        );
        mark_edges(
            &mut std::iter::once(&walk.current).chain(ahead.iter()),
            PathState::Ahead,
        );
        // The expected way leaves this map through its Return (the walker
        // never lists Returns): the last node of the way on this map leads
        // to it.
        let line: Vec<Option<usize>> = std::iter::once(&walk.current)
            .chain(ahead.iter())
            .map(|at| self.index_of(at))
            .collect();
        if let Some(last) = line.iter().rposition(Option::is_some)
            && line.get(last + 1).is_some_and(Option::is_none)
            && let Some(Some(from)) = line.get(last)
            && let Some(&e) = self.out[*from]
                .iter()
                .find(|&&e| self.nodes[self.edges[e].to].kind == MapKind::Return)
        {
            let to = self.edges[e].to;
            edges[e] = PathState::Ahead;
            if nodes[to] == PathState::Off {
                nodes[to] = PathState::Ahead;
            }
        }
        PathView {
            nodes,
            edges,
            current,
            before,
        }
    }
}
