//! The maps and estimates the window draws, computed once: each guide's
//! map, the steps left from where the reader stands, the reader's path.

use std::collections::HashMap;
use std::sync::Arc;

use super::{CardSizes, GuideMap, PathView};
use crate::guide::pack::{NodeRef, Pack};
use crate::guide::remaining::{self, StepsLeft};
use crate::guide::walk::Walk;

/// Where a reader stands: a node and the Calls of the flows it is inside.
type StandingAt = (NodeRef, Vec<NodeRef>);

/// Everything drawn from the pack's graph for the window, computed once:
/// each guide's map, and the steps-left estimate for where the reader
/// stands. Clear it when the pack changes.
#[derive(Debug)]
pub struct MapCache {
    /// The cards' sizes the maps are laid out for.
    cards: CardSizes,
    maps: HashMap<String, Option<Arc<GuideMap>>>,
    steps_left: Option<(StandingAt, Option<StepsLeft>)>,
    /// The reader's path on the last map drawn, for the walk it was made
    /// from: the map is drawn every frame, the walk changes rarely.
    path: Option<(String, Walk, Arc<PathView>)>,
}

impl MapCache {
    /// An empty cache for maps with cards of these sizes.
    pub fn new(cards: CardSizes) -> MapCache {
        MapCache {
            cards,
            maps: HashMap::new(),
            steps_left: None,
            path: None,
        }
    }

    /// The map of `guide`, built the first time it is asked for.
    pub fn map(&mut self, pack: &Pack, guide: &str) -> Option<Arc<GuideMap>> {
        let cards = self.cards;
        self.maps
            .entry(guide.to_owned())
            .or_insert_with(|| GuideMap::build(pack, guide, &cards).map(Arc::new))
            .clone()
    }

    /// The steps left after `at`, inside the flows started by `calls`
    /// (the walk's stack), computed again only when either changes.
    pub fn steps_left(
        &mut self,
        pack: &Pack,
        at: &NodeRef,
        calls: &[NodeRef],
    ) -> Option<StepsLeft> {
        match &self.steps_left {
            Some(((cached, within), estimate)) if cached == at && within == calls => *estimate,
            _ => {
                let estimate = remaining::steps_left_within(pack, at, calls);
                self.steps_left = Some(((at.clone(), calls.to_vec()), estimate));
                estimate
            }
        }
    }

    /// The reader's path on `map`, computed again only when the walk or
    /// the guide changes.
    pub fn path(&mut self, map: &GuideMap, walk: &Walk, pack: &Pack) -> Arc<PathView> {
        match &self.path {
            Some((guide, cached, view)) if *guide == map.guide && cached == walk => {
                Arc::clone(view)
            }
            _ => {
                let view = Arc::new(map.path(walk, pack));
                self.path = Some((map.guide.clone(), walk.clone(), Arc::clone(&view)));
                view
            }
        }
    }

    /// Forgets everything (the pack changed).
    pub fn clear(&mut self) {
        self.maps.clear();
        self.steps_left = None;
        self.path = None;
    }
}
