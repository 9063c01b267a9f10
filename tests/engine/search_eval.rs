//! The built-in pack's search measured on everyday queries, in each of its
//! languages (tests/search_eval.ron, search_eval_es.ron, search_eval_de.ron):
//! how often the first result is what the person meant, and how often it is
//! among the first three. Prints both numbers and every query that missed:
//!
//!   cargo test --test engine search_eval -- --nocapture

use stepwise::guide::search::SearchIndex;
use stepwise::guide::{Pack, PackSource};

/// The first result must be one of these scenarios for `top1`.
const TOP1_AT_LEAST: f64 = 0.95;

/// One everyday query and the scenario ids that answer it.
type Case = (String, Vec<String>);

/// The translations' first results must be right this often (issue 22).
const TOP1_TRANSLATED_AT_LEAST: f64 = 0.90;

fn cases(file: &str) -> Vec<Case> {
    let path = format!("{}/tests/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    ron::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn everyday_queries_open_the_guide_people_mean() {
    evaluate("search_eval.ron", None, TOP1_AT_LEAST);
}

#[test]
fn everyday_spanish_queries_open_the_guide_people_mean() {
    evaluate("search_eval_es.ron", Some("es"), TOP1_TRANSLATED_AT_LEAST);
}

#[test]
fn everyday_german_queries_open_the_guide_people_mean() {
    evaluate("search_eval_de.ron", Some("de"), TOP1_TRANSLATED_AT_LEAST);
}

/// Searches the built-in pack, shown in `lang`, for every query of `file`.
fn evaluate(file: &str, lang: Option<&str>, top1_at_least: f64) {
    let (mut pack, problems) = Pack::load(PackSource::Builtin);
    assert!(problems.is_empty(), "{problems:#?}");
    if let Some(lang) = lang {
        let localized = stepwise::guide::translate::localize(&mut pack, lang);
        assert_eq!(localized.untranslated, 0, "{lang}: {localized:?}");
    }
    let index = SearchIndex::new(&pack);
    let cases = cases(file);
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
        "{file}: {} queries: top-1 {top1} ({:.1} %), top-3 {top3} ({:.1} %)",
        cases.len(),
        p1 * 100.0,
        p3 * 100.0
    );
    for miss in &misses {
        println!("{miss}");
    }
    assert!(
        // English also needs every query in the first three; the
        // translations' sets are younger: their top-3 is reported.
        p1 >= top1_at_least && (lang.is_some() || top3 == cases.len()),
        "top-1 {:.1} % (needs {:.0} %), top-3 {:.1} %:\n{}",
        p1 * 100.0,
        top1_at_least * 100.0,
        p3 * 100.0,
        misses.join("\n")
    );
}
