//! The built-in pack's search: each everyday word people use leads to the
//! right entry point first.

use stepwise::guide::search::SearchIndex;
use stepwise::guide::{Pack, PackSource};

/// (what people type, the scenario that must come first)
const EVERYDAY_WORDS: &[(&str, &str)] = &[
    ("sign out", "phone"),
    ("log out", "phone"),
    ("logout", "phone"),
    ("log off", "phone"),
    ("sign off", "phone"),
    ("remove device", "one-device"),
    ("kick someone off", "one-device"),
    ("hotel", "left-behind"),
    ("Airbnb", "left-behind"),
    ("friend's TV", "left-behind"),
    ("console", "tv"),
    ("Roku", "tv"),
    ("Fire TV", "tv"),
    ("PlayStation", "tv"),
    ("Xbox", "tv"),
    ("iPhone", "phone"),
    ("Android", "phone"),
    ("browser", "browser"),
    ("password", "password"),
    ("all devices", "everywhere"),
    ("sign out of all devices", "everywhere"),
    ("log out of netflix on my tv", "tv"),
    ("I left netflix on a hotel tv", "left-behind"),
    ("manage access and devices", "one-device"),
    ("qr code", "sign-in"),
    ("log in on tv", "sign-in"),
];

#[test]
fn everyday_words_find_the_right_entry_point_first() {
    let (pack, _) = Pack::load(PackSource::Builtin);
    let index = SearchIndex::new(&pack);
    let mut wrong = Vec::new();
    for (query, expected) in EVERYDAY_WORDS {
        let hits = index.search(query, 3);
        let first = hits
            .first()
            .and_then(|h| h.scenario.clone())
            .unwrap_or_default();
        if first != *expected {
            let got: Vec<String> = hits
                .iter()
                .map(|h| format!("{} ({})", h.title, h.score))
                .collect();
            wrong.push(format!("{query:?}: expected {expected}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_scenario_is_found_by_its_own_title() {
    let (pack, _) = Pack::load(PackSource::Builtin);
    let index = SearchIndex::new(&pack);
    for scenario in &pack.manifest.scenarios {
        let hits = index.search(&scenario.title, 1);
        assert_eq!(
            hits.first().and_then(|h| h.scenario.as_deref()),
            Some(scenario.id.as_str())
        );
    }
}
