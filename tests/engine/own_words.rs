//! Own words: no user-facing string of the built-in pack repeats 8 words in a
//! row from the seed articles its facts come from.
//!
//! The seeds are not in the repository. tools/seed-shingles.py reads them and
//! writes tests/fixtures/seed-shingles.txt: the first 16 hex digits of the
//! SHA-256 of every 8-word window, nothing else. This test normalises every
//! string the user can see in the same way (lowercase, anything that is not a
//! letter or digit becomes a space, split on whitespace), hashes each 8-word
//! window and fails on any window in that list.
//!
//! The one exception is wording quoted from the device's own screen: a
//! window is allowed when all 8 of its words lie inside ONE quoted passage,
//! that is between a pair of `**` (the pack's bold, which marks on-screen
//! labels) or between double quotes (`"..."` or `“...”`). Such a passage must
//! be the screen's words exactly, such as the TV's question
//! **Are you sure you want to sign out?**. A window that starts inside a
//! quote and runs on into the sentence around it is not exempt.

use std::collections::HashSet;

use stepwise::guide::model::{Mark, Node, Shot};
use stepwise::guide::{Pack, PackSource};
use stepwise::marks::Callout;

const WINDOW: usize = 8;

/// The fingerprints written by tools/seed-shingles.py.
fn seed_fingerprints() -> HashSet<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed-shingles.txt"
    );
    let text = std::fs::read_to_string(path).expect("tests/fixtures/seed-shingles.txt");
    let set: HashSet<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    assert!(set.len() > 500, "only {} fingerprints", set.len());
    set
}

/// A normalised word and the quoted passage it sits in, if any.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    text: String,
    passage: Option<usize>,
}

/// Splits a pack string into normalised words, noting for each the quoted
/// passage (`**...**`, `"..."`, `“...”`) it belongs to.
fn words_of(text: &str) -> Vec<Word> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    let (mut bold, mut straight, mut curly) = (false, false, false);
    let mut passages = 0;
    let mut passage = None;
    let flush = |current: &mut String, words: &mut Vec<Word>, passage: Option<usize>| {
        if !current.is_empty() {
            words.push(Word {
                text: std::mem::take(current),
                passage,
            });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let marker = if c == '*' && chars.get(i + 1) == Some(&'*') {
            i += 1;
            bold = !bold;
            true
        } else if c == '"' {
            straight = !straight;
            true
        } else if c == '“' || c == '”' {
            curly = c == '“';
            true
        } else {
            false
        };
        if marker {
            flush(&mut current, &mut words, passage);
            passage = if bold || straight || curly {
                passages += 1;
                Some(passages)
            } else {
                None
            };
        } else if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else {
            flush(&mut current, &mut words, passage);
        }
        i += 1;
    }
    flush(&mut current, &mut words, passage);
    words
}

/// Every string of the pack a user can read, with where it comes from.
fn user_strings(pack: &Pack) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let manifest = &pack.manifest;
    out.push(("pack title".to_owned(), manifest.title.clone()));
    out.push(("pack description".to_owned(), manifest.description.clone()));
    for s in &manifest.scenarios {
        out.push((format!("scenario {} title", s.id), s.title.clone()));
        out.push((
            format!("scenario {} description", s.id),
            s.description.clone(),
        ));
    }
    for loaded in &pack.guides {
        let guide = &loaded.guide;
        out.push((format!("{} title", guide.id), guide.title.clone()));
        for (i, line) in guide.summary.iter().enumerate() {
            out.push((format!("{} summary {}", guide.id, i + 1), line.clone()));
        }
        for (id, node) in guide.nodes.iter() {
            let at = format!("{}#{id}", guide.id);
            let mut push =
                |what: &str, text: &str| out.push((format!("{at} {what}"), text.to_owned()));
            let shot: Option<&Shot> = node.shot();
            match node {
                Node::Step(step) => {
                    push("title", &step.title);
                    push("text", &step.text);
                    step.checks.iter().for_each(|c| push("check", c));
                    step.links.iter().for_each(|l| push("link", &l.label));
                    step.stuck
                        .iter()
                        .for_each(|s| push("stuck label", &s.label));
                }
                Node::Question(question) => {
                    push("prompt", &question.prompt);
                    push("text", &question.text);
                    question
                        .options
                        .iter()
                        .for_each(|o| push("answer", &o.label));
                }
                Node::Outcome(outcome) => {
                    push("title", &outcome.title);
                    push("text", &outcome.text);
                    outcome.tips.iter().for_each(|t| push("tip", t));
                    outcome.links.iter().for_each(|l| push("link", &l.label));
                }
                // Never shown: nothing to read.
                Node::Call(_) | Node::Return => {}
            }
            if let Some(shot) = shot {
                push("alt", &shot.alt);
                for mark in &shot.marks {
                    if let Mark::Callout(Callout { text, .. }) = mark {
                        push("callout", text);
                    }
                }
            }
        }
    }
    out
}

/// The 8-word windows of `text` found in the seeds, quoted passages excepted.
fn copied_windows(text: &str, seeds: &HashSet<String>) -> Vec<String> {
    let words = words_of(text);
    let mut copied = Vec::new();
    for window in words.windows(WINDOW) {
        let quoted =
            window[0].passage.is_some() && window.iter().all(|w| w.passage == window[0].passage);
        if quoted {
            continue;
        }
        let joined = window
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if seeds.contains(&fingerprint(&joined)) {
            copied.push(joined);
        }
    }
    copied
}

#[test]
fn no_pack_string_repeats_eight_words_of_a_seed() {
    let (pack, _) = Pack::load(PackSource::Builtin);
    let seeds = seed_fingerprints();
    let strings = user_strings(&pack);
    assert!(strings.len() > 200, "only {} strings", strings.len());
    let mut failures = Vec::new();
    for (place, text) in &strings {
        for window in copied_windows(text, &seeds) {
            failures.push(format!(
                "{place}: {text:?}\n    repeats the seed's words: \"{window}\""
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} string(s) repeat 8 words in a row from a seed; say it in other words:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_check_catches_a_seed_sentence_and_spares_only_whole_quotes() {
    let seeds = seed_fingerprints();
    // The on-screen question, quoted, passes; unquoted, it is caught.
    let quoted = "The TV asks **Are you sure you want to sign out?** Pick **Yes**.";
    assert!(copied_windows(quoted, &seeds).is_empty());
    assert!(copied_windows("It asks \"Are you sure you want to sign out?\"", &seeds).is_empty());
    assert_eq!(
        copied_windows("It asks: Are you sure you want to sign out?", &seeds),
        ["are you sure you want to sign out"]
    );
    // A window that runs on out of the quote is not exempt: here the words
    // after the question are the article's too.
    let runs_on = "The TV asks **Are you sure you want to sign out?** Choose **Yes**.";
    assert_eq!(copied_windows(runs_on, &seeds).len(), 2);
    // Bold and quote markers split words like any punctuation.
    let words: Vec<String> = words_of("Tap **Sign Out**, then “Yes”.")
        .into_iter()
        .map(|w| w.text)
        .collect();
    assert_eq!(words, ["tap", "sign", "out", "then", "yes"]);
    // Normalising: case, hyphens and apostrophes.
    let words: Vec<String> = words_of("Don't SIGN-out")
        .into_iter()
        .map(|w| w.text)
        .collect();
    assert_eq!(words, ["don", "t", "sign", "out"]);
}

/// SHA-256 (FIPS 180-4) of `text`, as the first 16 hex digits, the same as
/// tools/seed-shingles.py writes. Written out here to need no extra crate.
fn fingerprint(text: &str) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut data = text.as_bytes().to_vec();
    let bits = (data.len() as u64) * 8;
    data.push(0x80);
    while data.len() % 64 != 56 {
        data.push(0);
    }
    data.extend_from_slice(&bits.to_be_bytes());
    for block in data.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    h[..2].iter().map(|x| format!("{x:08x}")).collect()
}

#[test]
fn the_fingerprint_is_sha256() {
    // The first 16 hex digits of well-known digests.
    assert_eq!(fingerprint(""), "e3b0c44298fc1c14");
    assert_eq!(fingerprint("abc"), "ba7816bf8f01cfea");
    // More than one 64-byte block, and bytes beyond ASCII.
    let long = "the quick brown fox jumps over the lazy dog ".repeat(3);
    assert_eq!(fingerprint(&long), "5128d7a07be64536");
    assert_eq!(fingerprint("sign out · “yes”"), "92ef091e586eb1ef");
}
