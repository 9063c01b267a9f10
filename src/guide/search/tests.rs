//! Ranking on small packs written for each rule: rarity, phrases, typos, synonyms.

use super::*;
use crate::guide::model::Synonym;

fn distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edit_distance_within(&a, &b, limit, &mut Scratch::new(0))
}

#[test]
fn edit_distance_counts_one_per_typo_and_stops_at_the_limit() {
    assert_eq!(distance("router", "router", 1), Some(0));
    assert_eq!(distance("rotuer", "router", 1), Some(1), "swapped");
    assert_eq!(distance("ruter", "router", 1), Some(1), "missing");
    assert_eq!(distance("rouuter", "router", 1), Some(1), "doubled");
    assert_eq!(distance("rauter", "router", 1), Some(1), "wrong");
    assert_eq!(distance("telivison", "television", 2), Some(2));
    assert_eq!(distance("telivison", "television", 1), None);
    assert_eq!(distance("screen", "router", 2), None);
    assert_eq!(distance("", "ab", 2), Some(2));
}

#[test]
fn normalise_drops_apostrophes_and_case() {
    assert_eq!(
        normalise("  My Mum's  Router, please! "),
        "my mums router please"
    );
    assert_eq!(normalise("sign-in"), "sign in");
    // Accents fold away: people type "ecran" and "sesion" in a hurry.
    assert_eq!(normalise("--Écran d’ACCUEIL!--"), "ecran daccueil");
    assert_eq!(
        normalise("Cerrar sesión, Straße, Ärger"),
        "cerrar sesion strasse arger"
    );
    assert_eq!(normalise(" ... "), "");
}

fn synonyms(groups: &[(&[&str], &str)]) -> Synonyms {
    let groups: Vec<Synonym> = groups
        .iter()
        .map(|(words, means)| Synonym {
            words: words.iter().map(|w| (*w).to_owned()).collect(),
            means: (*means).to_owned(),
        })
        .collect();
    Synonyms::new(&groups)
}

#[test]
fn synonyms_replace_the_longest_phrase_first_and_once() {
    let s = synonyms(&[
        (&["log", "Log-Out"], "sign out"),
        (&["log in", "sign-in"], "sign in"),
    ]);
    let apply = |text: &str| {
        let normal = normalise(text);
        let words: Vec<&str> = normal.split(' ').collect();
        s.apply(&words).join(" ")
    };
    assert_eq!(apply("log out of the log"), "sign out of the sign out");
    assert_eq!(apply("log in on my laptop"), "sign in on my laptop");
    assert_eq!(apply("sign in"), "sign in", "a phrase that is its meaning");
    assert_eq!(apply("blog out"), "blog out", "whole words only");
}

#[test]
fn short_words_get_no_typos() {
    assert_eq!(typos_allowed(2), 0);
    assert_eq!(typos_allowed(3), 0);
    assert_eq!(typos_allowed(4), 1);
    assert_eq!(typos_allowed(9), 2);
}
