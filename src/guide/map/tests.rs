//! The map of the built-in guides: nodes, paths, arrows, flows, the cache.

use super::*;
use crate::guide::walk::Walk;
use std::sync::Arc;

/// Cards the size the window draws them.
const TEST_CARDS: CardSizes = CardSizes {
    width: 220.0,
    words: 70.0,
    picture: 100.0,
};
use crate::guide::PackSource;

fn builtin() -> Pack {
    Pack::load(PackSource::Builtin).0
}

#[test]
fn the_tv_map_has_every_node_and_the_guides_it_leads_into() {
    let pack = builtin();
    let map = GuideMap::build(&pack, "tv-menu", &TEST_CARDS).expect("a map");
    let guide = &pack.guide("tv-menu").expect("guide").guide;
    for (id, _) in guide.nodes.iter() {
        assert!(
            map.index_of(&NodeRef::new("tv-menu", id)).is_some(),
            "{id} is on the map"
        );
    }
    // Its Return is a card of its own kind.
    let back = map
        .index_of(&NodeRef::new("tv-menu", "back"))
        .expect("back");
    assert_eq!(map.nodes[back].kind, MapKind::Return);
    let elsewhere: Vec<&str> = map
        .nodes
        .iter()
        .filter(|n| n.kind == MapKind::Elsewhere)
        .map(|n| n.at.guide.as_str())
        .collect();
    assert!(elsewhere.contains(&"sign-out-device-web"), "{elsewhere:?}");
    assert_eq!(map.start, map.index_of(&NodeRef::new("tv-menu", "home")));
    assert_eq!(map.layout.layers[map.start.unwrap_or(usize::MAX)], 0);
    // Answers label their edges; two answers to one node share it.
    let question = map
        .index_of(&NodeRef::new("tv-menu", "which-menu"))
        .expect("question");
    let labels: Vec<&str> = map.out[question]
        .iter()
        .map(|&e| map.edges[e].label.as_str())
        .collect();
    assert!(
        labels.contains(&"Icons down the left edge / I'm not sure"),
        "{labels:?}"
    );
    assert_eq!(map.order.len(), map.nodes.len());
}

#[test]
fn the_path_marks_done_current_ahead_and_the_rest() {
    let pack = builtin();
    let map = GuideMap::build(&pack, "tv-menu", &TEST_CARDS).expect("a map");
    // The TV guide runs the shared TV-menu steps: its walk is inside them.
    let mut walk = Walk::begin(&pack, None, "sign-out-tv").expect("walk");
    walk.apply(&pack, crate::guide::walk::Command::Next)
        .expect("next");
    let view = map.path(&walk, &pack);
    let at = |id: &str| map.index_of(&NodeRef::new("tv-menu", id)).expect(id);
    assert_eq!(view.nodes[at("home")], PathState::Done);
    assert_eq!(view.nodes[at("which-menu")], PathState::Current);
    assert_eq!(view.nodes[at("open-side-menu")], PathState::Ahead);
    assert_eq!(view.nodes[at("open-top-bar")], PathState::Off);
    assert_eq!(view.current, Some(at("which-menu")));
    let walked = map.out[at("home")][0];
    assert_eq!(view.edges[walked], PathState::Done);
    assert_eq!(
        map.name(at("which-menu"), PathState::Current),
        "Question: Where is the menu on your TV?, current"
    );
    assert_eq!(
        map.name(at("open-top-bar"), PathState::Off),
        "Step: Go up to the menu bar, not on your path"
    );
}

#[test]
fn arrows_follow_the_edges() {
    let pack = builtin();
    let map = GuideMap::build(&pack, "tv-menu", &TEST_CARDS).expect("a map");
    let at = |id: &str| map.index_of(&NodeRef::new("tv-menu", id)).expect(id);
    assert_eq!(map.first_way_on(at("home")), Some(at("which-menu")));
    assert_eq!(map.way_back(at("which-menu"), None), Some(at("home")));
    let first = at("open-side-menu");
    let second = map.sibling(first, Some(at("which-menu")), true);
    assert_eq!(second, Some(at("open-top-bar")));
    assert_eq!(
        map.sibling(at("open-top-bar"), Some(at("which-menu")), false),
        Some(first)
    );
}

#[test]
fn a_call_is_one_card_and_a_reader_inside_its_flow_stands_on_it() {
    let pack = builtin();
    let map = GuideMap::build(&pack, "sign-out-tv", &TEST_CARDS).expect("a map");
    let call = map
        .index_of(&NodeRef::new("sign-out-tv", "on-the-tv"))
        .expect("the Call");
    assert_eq!(map.nodes[call].kind, MapKind::Flow);
    assert!(
        map.nodes[call].title.starts_with("Shared steps: "),
        "{}",
        map.nodes[call].title
    );
    // The flow's own steps are not copied onto this map.
    assert!(
        map.nodes.iter().all(|n| n.at.guide != "tv-menu"),
        "{:?}",
        map.nodes
    );
    let walk = Walk::begin(&pack, None, "sign-out-tv").expect("walk");
    assert_eq!(walk.current.guide, "tv-menu");
    let view = map.path(&walk, &pack);
    assert_eq!(view.current, Some(call));
    assert_eq!(view.nodes[call], PathState::Current);
}

#[test]
fn every_built_in_guide_maps_and_lays_out_without_overlaps() {
    let pack = builtin();
    for loaded in &pack.guides {
        let map = GuideMap::build(&pack, &loaded.guide.id, &TEST_CARDS).expect("a map");
        assert_eq!(map.layout.centres.len(), map.nodes.len());
        for a in 0..map.nodes.len() {
            for b in a + 1..map.nodes.len() {
                let (ax, ay) = map.layout.centres[a];
                let (bx, by) = map.layout.centres[b];
                let (aw, ah) = map.layout.sizes[a];
                let (bw, bh) = map.layout.sizes[b];
                let apart =
                    (ax - bx).abs() >= (aw + bw) / 2.0 || (ay - by).abs() >= (ah + bh) / 2.0;
                assert!(apart, "{}: {a} and {b} overlap", loaded.guide.id);
            }
        }
    }
}

#[test]
fn the_cache_builds_once_and_forgets_on_clear() {
    let pack = builtin();
    let mut cache = MapCache::new(TEST_CARDS);
    let first = cache.map(&pack, "sign-out-tv").expect("map");
    let again = cache.map(&pack, "sign-out-tv").expect("map");
    assert!(Arc::ptr_eq(&first, &again));
    cache.clear();
    let rebuilt = cache.map(&pack, "sign-out-tv").expect("map");
    assert!(!Arc::ptr_eq(&first, &rebuilt));
    assert!(cache.map(&pack, "no-such-guide").is_none());
}

#[test]
fn the_path_is_kept_while_the_walk_stands_still_and_follows_it_when_it_moves() {
    let pack = builtin();
    let mut cache = MapCache::new(TEST_CARDS);
    let map = cache.map(&pack, "tv-menu").expect("map");
    let mut walk = Walk::begin(&pack, None, "sign-out-tv").expect("walk");
    let first = cache.path(&map, &walk, &pack);
    assert!(Arc::ptr_eq(&first, &cache.path(&map, &walk, &pack)));
    walk.apply(&pack, crate::guide::walk::Command::Next)
        .expect("next");
    let moved = cache.path(&map, &walk, &pack);
    assert_ne!(moved.current, first.current);
    assert_eq!(*moved, map.path(&walk, &pack));
}
