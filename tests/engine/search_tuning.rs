//! Search ranking on small made-up packs: the rules hold for any pack, and
//! a pack author tunes them with data (keywords, synonyms, filler words),
//! never code.

use std::collections::BTreeMap;
use std::sync::Arc;

use stepwise::guide::search::SearchIndex;
use stepwise::guide::{Pack, PackSource, check};

/// A pack whose `pack.ron` has these scenarios (id, title, keywords) and
/// these extra top-level fields, each scenario starting a one-node guide
/// of the same id.
fn pack(scenarios: &[(&str, &str, &[&str])], extra: &str) -> PackSource {
    let mut files: BTreeMap<String, Arc<[u8]>> = BTreeMap::new();
    let mut list = String::new();
    for (id, title, keywords) in scenarios {
        let keywords: Vec<String> = keywords.iter().map(|k| format!("{k:?}")).collect();
        list.push_str(&format!(
            "(id: {id:?}, title: {title:?}, start: {id:?}, keywords: [{}]),\n",
            keywords.join(", ")
        ));
        let guide = format!(
            "Guide(id: {id:?}, title: {title:?}, start: \"done\", \
             nodes: {{ \"done\": Outcome(kind: Solved, title: \"Done\") }})"
        );
        files.insert(format!("data/{id}.ron"), Arc::from(guide.into_bytes()));
    }
    // Every ending needs a way on: the first guide's ending is the fallback.
    let fallback = scenarios.first().map_or("", |s| s.0);
    let manifest = format!(
        "Pack(id: \"test\", title: \"Test\", scenarios: [\n{list}],\nfallback: {fallback:?},\n{extra})"
    );
    files.insert("data/pack.ron".to_owned(), Arc::from(manifest.into_bytes()));
    PackSource::Memory(Arc::new(files))
}

fn index(source: PackSource) -> SearchIndex {
    let (pack, problems) = check(source);
    assert!(problems.is_empty(), "{problems:#?}");
    SearchIndex::new(&pack)
}

/// The scenario ids found for a query, best first.
fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query, 10)
        .into_iter()
        .filter_map(|hit| hit.scenario)
        .collect()
}

fn first(index: &SearchIndex, query: &str) -> String {
    found(index, query).into_iter().next().unwrap_or_default()
}

/// Three scenarios that share most of their words, as real ones do.
const DEVICES: &[(&str, &str, &[&str])] = &[
    ("phone", "Sign out of the app on a phone", &["tablet"]),
    ("tv", "Sign out of the app on a TV", &["remote"]),
    ("computer", "Sign out of the app on a computer", &["laptop"]),
];

#[test]
fn the_word_that_tells_documents_apart_outweighs_the_words_they_share() {
    let index = index(pack(DEVICES, ""));
    // Every title has "sign out of the app on a": the device decides.
    assert_eq!(first(&index, "how do i sign out of the app on my tv"), "tv");
    assert_eq!(
        first(&index, "sign out of the app on a laptop please"),
        "computer"
    );
    assert_eq!(first(&index, "tablet sign out of app"), "phone");
}

#[test]
fn typos_are_forgiven_in_long_words_but_not_short_ones() {
    let index = index(pack(DEVICES, ""));
    assert_eq!(
        first(&index, "sign out on my compuetr"),
        "computer",
        "two letters swapped"
    );
    assert_eq!(
        first(&index, "sign out on my tablt"),
        "phone",
        "a letter missing"
    );
    assert_eq!(first(&index, "remoet"), "tv");
    // "tc" is one letter from "tv", but two-letter words must be exact.
    assert!(found(&index, "tc").is_empty());
    assert!(found(&index, "qwzx").is_empty());
}

#[test]
fn everyday_words_a_letter_away_from_pack_words_find_nothing() {
    let scenarios: &[(&str, &str, &[&str])] = &[
        ("stick", "Sign out on a streaming stick", &[]),
        ("kick", "Kick someone off", &[]),
        ("take", "Take a new photo", &[]),
    ];
    let index = index(pack(scenarios, ""));
    // A typo keeps the start of the word, the first two letters of a short one.
    assert!(found(&index, "my cat is sick").is_empty());
    assert!(found(&index, "bake bread").is_empty());
    assert_eq!(first(&index, "stik"), "stick");
    assert_eq!(first(&index, "kikc"), "kick");
    assert_eq!(first(&index, "taek"), "take");
    assert!(
        found(&index, "kcik").is_empty(),
        "the second letter is wrong"
    );
    assert_eq!(first(&index, "streamign"), "stick");
}

#[test]
fn a_word_still_being_typed_finds_what_it_starts() {
    let index = index(pack(DEVICES, ""));
    assert_eq!(first(&index, "comp"), "computer");
    assert_eq!(first(&index, "sign out on the tabl"), "phone");
}

#[test]
fn synonyms_are_read_as_what_they_mean_in_queries_and_pack_text() {
    let synonyms = r#"synonyms: [
        (words: ["log out", "logout"], means: "sign out"),
        (words: ["macbook", "chromebook"], means: "computer"),
        (words: ["vizio", "roku"], means: "tv"),
    ],"#;
    let scenarios: &[(&str, &str, &[&str])] = &[
        ("phone", "Sign out on a phone", &[]),
        ("tv", "Sign out on a TV", &["roku"]),
        ("computer", "Log out on a computer", &[]),
        ("tv-in", "Sign in on a TV", &[]),
    ];
    let index = index(pack(scenarios, synonyms));
    assert_eq!(first(&index, "logout of my macbook"), "computer");
    // A brand is the device, for every scenario about that device: the
    // other words choose between signing in and out.
    assert_eq!(first(&index, "log out on my vizio"), "tv");
    assert_eq!(first(&index, "sign in on my vizio"), "tv-in");
    // A one-word synonym is recognised with a typo too, in words long
    // enough: "vizo" is not read as "vizio", nor "tell" as "cell".
    assert_eq!(first(&index, "chromebok"), "computer");
    assert!(found(&index, "vizo").is_empty());
}

#[test]
fn filler_words_count_only_inside_phrases() {
    // "my" is rare in this pack, so without filler words it would decide.
    let scenarios: &[(&str, &str, &[&str])] = &[
        ("account", "Close my account", &[]),
        ("password", "Forgot password", &[]),
    ];
    let without = index(pack(scenarios, ""));
    assert_eq!(
        first(&without, "i forgot my password for my account my"),
        "account"
    );
    let with = index(pack(scenarios, r#"filler_words: ["i", "my", "for"],"#));
    assert_eq!(
        first(&with, "i forgot my password for my account my"),
        "password"
    );
    // Filler words are skipped when pairs are made: "forgot my password"
    // has the pair "forgot password", as the title does.
    assert_eq!(first(&with, "forgot my password account"), "password");
    assert!(found(&with, "my").is_empty(), "filler alone finds nothing");
}

#[test]
fn words_side_by_side_as_in_the_query_beat_the_same_words_apart() {
    // Both titles have the same three words; only their order differs.
    let scenarios: &[(&str, &str, &[&str])] = &[
        ("crowd", "Too many people", &[]),
        ("scattered", "Many of the people, too", &[]),
    ];
    let index = index(pack(scenarios, ""));
    assert_eq!(
        first(&index, "netflix says too many people are watching"),
        "crowd"
    );
    assert_eq!(first(&index, "many of the people too"), "scattered");
}

#[test]
fn a_pasted_page_is_read_as_its_first_words() {
    let index = index(pack(DEVICES, ""));
    let question = "sign out of the app on my laptop ".repeat(4);
    let page = question.clone() + &"tablet remote ".repeat(5_000);
    assert_eq!(index.search(&page, 3), index.search(&question, 3));
    assert_eq!(first(&index, &page), "computer");
}

#[test]
fn an_empty_filler_word_is_reported() {
    let (_, problems) = check(pack(DEVICES, r#"filler_words: ["my", " "],"#));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("filler word"), "{problems:#?}");
    let (pack, _) = Pack::load(pack(DEVICES, r#"filler_words: ["my"],"#));
    assert_eq!(pack.manifest.filler_words, vec!["my".to_owned()]);
}
