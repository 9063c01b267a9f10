//! The built-in pack's search measured on everyday queries
//! (tests/search_eval.ron): how often the first result is what the person
//! meant, and how often it is among the first three. Prints both numbers
//! and every query that missed:
//!
//!   cargo test --test search_eval -- --nocapture

use stepwise::guide::search::SearchIndex;
use stepwise::guide::{Pack, PackSource};

/// The first result must be one of these scenarios for `top1`.
const TOP1_AT_LEAST: f64 = 0.95;

/// One everyday query and the scenario ids that answer it.
type Case = (String, Vec<String>);

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/search_eval.ron");
    let text = std::fs::read_to_string(path).expect("tests/search_eval.ron is readable");
    ron::from_str(&text).expect("tests/search_eval.ron parses")
}

#[test]
fn everyday_queries_open_the_guide_people_mean() {
    let (pack, problems) = Pack::load(PackSource::Builtin);
    assert!(problems.is_empty(), "{problems:#?}");
    let index = SearchIndex::new(&pack);
    let cases = cases();
    assert!(cases.len() >= 60, "only {} queries", cases.len());
    let ids: Vec<&str> = pack
        .manifest
        .scenarios
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let (mut top1, mut top3) = (0usize, 0usize);
    let mut misses = Vec::new();
    for (query, wanted) in &cases {
        assert!(
            !wanted.is_empty() && wanted.len() <= 2,
            "{query:?}: one or two ids"
        );
        for id in wanted {
            assert!(ids.contains(&id.as_str()), "{query:?}: no scenario {id:?}");
        }
        let got: Vec<String> = index
            .search(query, 3)
            .into_iter()
            .map(|hit| hit.scenario.unwrap_or(hit.title))
            .collect();
        let rank = got.iter().position(|id| wanted.contains(id));
        match rank {
            Some(0) => top1 += 1,
            _ => misses.push(format!(
                "  {query:?}: wanted {wanted:?}, got {got:?}{}",
                if rank.is_some() {
                    ""
                } else {
                    "  (not in top 3)"
                }
            )),
        }
        if rank.is_some() {
            top3 += 1;
        }
    }
    let n = cases.len() as f64;
    let (p1, p3) = (top1 as f64 / n, top3 as f64 / n);
    println!(
        "{} queries: top-1 {top1} ({:.1} %), top-3 {top3} ({:.1} %)",
        cases.len(),
        p1 * 100.0,
        p3 * 100.0
    );
    for miss in &misses {
        println!("{miss}");
    }
    assert!(
        p1 >= TOP1_AT_LEAST && top3 == cases.len(),
        "top-1 {:.1} % (needs {:.0} %), top-3 {:.1} % (needs 100 %):\n{}",
        p1 * 100.0,
        TOP1_AT_LEAST * 100.0,
        p3 * 100.0,
        misses.join("\n")
    );
}
