//! Search: ranking, synonyms, step text, and where results start.

use crate::common;
use stepwise::guide::NodeRef;
use stepwise::guide::search::{Field, SearchIndex};

fn index() -> (stepwise::guide::Pack, SearchIndex) {
    let (pack, _) = common::check_fixture("ok");
    let index = SearchIndex::new(&pack);
    (pack, index)
}

/// The scenario id (or guide title) of the first result.
fn first(index: &SearchIndex, query: &str) -> String {
    let hits = index.search(query, 5);
    let hit = hits
        .first()
        .unwrap_or_else(|| panic!("nothing found for {query:?}"));
    hit.scenario.clone().unwrap_or_else(|| hit.title.clone())
}

#[test]
fn scenario_titles_and_keywords_rank_first() {
    let (_, index) = index();
    assert_eq!(first(&index, "restart"), "restart");
    assert_eq!(first(&index, "Restart my router"), "restart");
    assert_eq!(first(&index, "no internet"), "restart");
    assert_eq!(first(&index, "neighbour"), "password");
    assert_eq!(first(&index, "lights off"), "lights-off");
}

#[test]
fn synonyms_widen_the_query() {
    let (_, index) = index();
    // Neither word is in the pack's own text except through pack.ron synonyms.
    assert_eq!(first(&index, "power cycle"), "restart");
    assert_eq!(first(&index, "wireless password"), "password");
}

#[test]
fn fuzzy_matches_survive_typos_and_case() {
    let (_, index) = index();
    assert_eq!(first(&index, "RESTRT"), "restart");
    assert_eq!(first(&index, "pasword"), "password");
}

#[test]
fn step_text_finds_the_guide_and_says_where_it_starts() {
    let (_, index) = index();
    let hits = index.search("phone socket", 5);
    let hit = hits.first().expect("a hit");
    assert_eq!(hit.starts_at, NodeRef::new("restart-router", "find-router"));
    assert_eq!(
        hit.scenario.as_deref(),
        Some("restart"),
        "the scenario that starts there names the result"
    );
    assert_eq!(hit.field, Field::Step);
    assert!(hit.matched.contains("phone socket"), "{}", hit.matched);
}

#[test]
fn one_result_per_starting_point_best_first() {
    let (_, index) = index();
    let hits = index.search("router", 10);
    let mut starts: Vec<&NodeRef> = hits.iter().map(|h| &h.starts_at).collect();
    let count = starts.len();
    starts.sort();
    starts.dedup();
    assert_eq!(starts.len(), count, "duplicates in {hits:#?}");
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(index.search("router", 1).len() == 1);
}

#[test]
fn nonsense_and_empty_queries_find_nothing() {
    let (_, index) = index();
    assert!(index.search("", 5).is_empty());
    assert!(index.search("   ", 5).is_empty());
    assert!(index.search("zzqqxx", 5).is_empty());
    assert!(index.search("!!!", 5).is_empty());
}
