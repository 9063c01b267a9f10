//! The map of a guide from the engine's side: a generated 500-node guide
//! lays out with no two cards on top of each other, and the
//! checker's problems land on the nodes they belong to (unreachable, dead
//! end, loop with no way out, missing picture).

use crate::common;
use std::collections::BTreeMap;
use std::sync::Arc;

use stepwise::guide::map::{GuideMap, MapKind};
use stepwise::guide::synthetic::synthetic_pack;
use stepwise::guide::{self, NodeRef, Pack, PackSource, Rule};

#[test]
fn a_500_node_guide_lays_out_without_overlaps() {
    let pack = Pack::load(PackSource::Memory(Arc::new(synthetic_pack(1, 500)))).0;
    // How fast is for the bench (`cargo bench --bench engine`), not a test.
    let map = GuideMap::build(&pack, "g0", &stepwise::ui::screens::map::CARDS).expect("a map");
    assert_eq!(map.nodes.len(), 500);
    let layout = &map.layout;
    let mut by_layer: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &layer) in layout.layers.iter().enumerate() {
        by_layer.entry(layer).or_default().push(i);
    }
    for nodes in by_layer.values() {
        for (k, &a) in nodes.iter().enumerate() {
            for &b in &nodes[k + 1..] {
                let apart = (layout.centres[a].0 - layout.centres[b].0).abs();
                assert!(
                    apart >= (layout.sizes[a].0 + layout.sizes[b].0) / 2.0,
                    "{a} and {b} overlap"
                );
            }
        }
    }
    assert_eq!(layout.layers[map.start.expect("a start")], 0);
    assert!(layout.routes.iter().all(|r| r.points.len() >= 2));
}

/// One guide with one of each mistake the map shows.
fn broken_pack() -> (Pack, Vec<guide::Problem>) {
    let mut files: BTreeMap<String, Arc<[u8]>> = BTreeMap::new();
    files.insert(
        "data/pack.ron".to_owned(),
        Arc::from(
            &br#"Pack(id: "bad", title: "Bad", scenarios: [(id: "main", title: "Main", start: "main")], fallback: "main#done")"#[..],
        ),
    );
    files.insert(
        "data/main.ron".to_owned(),
        Arc::from(common::BROKEN_GUIDE.as_bytes()),
    );
    guide::check(PackSource::Memory(Arc::new(files)))
}

#[test]
fn problems_land_on_their_nodes() {
    let (pack, problems) = broken_pack();
    let map = GuideMap::build(&pack, "main", &stepwise::ui::screens::map::CARDS).expect("a map");
    let found = map.problems(&pack, &problems);
    let rules_of = |node: &str| -> Vec<Rule> {
        let i = map
            .index_of(&NodeRef::new("main", node))
            .unwrap_or_else(|| panic!("{node} is on the map"));
        found[i].iter().map(|&p| problems[p].rule).collect()
    };
    assert_eq!(rules_of("picture"), vec![Rule::MissingImage]);
    assert_eq!(rules_of("stuck"), vec![Rule::DeadEnd]);
    assert_eq!(rules_of("left"), vec![Rule::NoWayOut]);
    assert_eq!(rules_of("lonely"), vec![Rule::Unreachable]);
    assert!(rules_of("first").is_empty());
    assert!(rules_of("done").is_empty());
    // Every problem of the file found a node.
    let placed: usize = found.iter().map(Vec::len).sum();
    assert_eq!(placed, problems.len(), "{problems:#?}");
    assert!(map.nodes.iter().all(|n| n.kind != MapKind::Elsewhere));
}
