//! Ranked search over a pack: scenario titles and keywords, guide titles,
//! keywords and quick answers, and the text of every step.
//!
//! A document is a starting point: a scenario and the guide it opens are
//! one document, so they are one result. Text is read in the pack's own
//! words: every phrase a pack synonym lists is replaced by what it means,
//! in the pack's text as in the query ("logout" and "log off" are both
//! "sign out", a brand is the kind of device it makes).
//!
//! Each query word is looked up among the pack's words as written, as the
//! start of a longer word (a word still being typed), as a longer form of a
//! pack word ("pcs" for "pc", "rebooted" for "reboot") or, in words of four
//! letters or more, with a typo ("pasword"). What a word is worth is how rare
//! it is across documents (words every guide uses count for little, words
//! that tell documents apart for much), times where it was found (titles
//! and keywords count five times step text), times how exact the match was.
//! Two query words side by side in a field ("too many", "sign in") add the
//! rarity of that pair, and a title or keyword the query covers adds what
//! it covers. The pack's filler words ("how", "my") are worth nothing by
//! themselves and are skipped when pairs are made ("forgot my password"
//! has the pair "forgot password").
//!
//! How words are read and compared is in `words.rs`; how the index is
//! built from a pack is in `index.rs`; this file scores a query.

mod index;
mod words;

use words::{
    Scratch, Synonyms, edit_distance_within, letters, normalise, normalise_into, same_start,
    typos_allowed,
};

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::guide::model::{Guide, Node};
use crate::guide::pack::{NodeRef, Pack};

/// What part of a document matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A scenario's or guide's title.
    Title,
    /// A keyword.
    Keyword,
    /// A scenario description or a guide's quick answer.
    Summary,
    /// The title or instruction of a step, or a question.
    Step,
}

impl Field {
    /// How much a word found here says about its document, out of
    /// [`FULL_WEIGHT`].
    fn weight(self) -> u8 {
        match self {
            Field::Title | Field::Keyword => 5,
            Field::Summary => 2,
            Field::Step => 1,
        }
    }
}

/// The weight of a title or keyword: a word there is fully in the document.
const FULL_WEIGHT: f32 = 5.0;

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// The scenario this result opens, when a home-screen scenario starts there.
    pub scenario: Option<String>,
    /// What to show as the result's title.
    pub title: String,
    /// Where the walk starts.
    pub starts_at: NodeRef,
    /// The text of the field that matched best, for context.
    pub matched: String,
    /// Which kind of field that was.
    pub field: Field,
    /// Higher is better.
    pub score: u32,
}

/// How a query word matched a pack word, from 0 to 1.
type Quality = f32;

/// A query word that is the pack word exactly.
const EXACT: Quality = 1.0;
/// The pack word is the query word less one or two final letters ("pcs",
/// "devices", "rebooted" for "pc", "device", "reboot").
const STEM: Quality = 0.85;
/// The query word starts a longer pack word: this plus `PREFIX_SPAN` times
/// the share of the pack word typed.
const PREFIX_BASE: Quality = 0.5;
const PREFIX_SPAN: Quality = 0.4;
/// One typo (a letter missing, extra or wrong, or two letters swapped), and
/// two; the typo must keep the word's start (see [`same_start`]).
const ONE_TYPO: Quality = 0.7;
const TWO_TYPOS: Quality = 0.45;
/// The shortest word that may be read as a synonym it is a typo away from.
const MIN_SYNONYM_TYPO: usize = 5;
/// The most words of a query that are read.
const MAX_QUERY_WORDS: usize = 32;
/// The most pack words a short prefix may stand for.
const MAX_PREFIX_WORDS: usize = 24;
/// Side-by-side pairs count this many times a word of the same rarity.
const PAIR_WEIGHT: f32 = 1.0;
/// How much covering a title or keyword counts: this times the rarity of
/// its words the query has, times the share of the whole they are.
const COVER_WEIGHT: f32 = 1.0;
/// A title or keyword counts as covered when the query has at least this
/// share of its rarity: less is a word in passing ("sign out" in "forgot to
/// sign out").
const MIN_COVER: f32 = 0.5;

/// Everything that starts at one node: the first scenario there names it.
struct Doc {
    scenario: Option<String>,
    title: String,
    starts_at: NodeRef,
    fields: Vec<DocField>,
    /// Its titles and keywords, each as its words other than filler, in
    /// order, with the sum of their rarities.
    heads: Vec<(Vec<u32>, f32)>,
}

/// A field's text as written, for display, and its words as word ids.
struct DocField {
    field: Field,
    text: String,
    words: Vec<u32>,
}

/// Where a word (or a pair of words side by side) occurs: each document
/// containing it, once, with the best field weight there, by document.
type Postings = Vec<(u32, u8)>;

/// One distinct word of the pack.
struct Word {
    text: Box<str>,
    chars: Box<[char]>,
    /// Which letters it has (see [`letters`]), to rule out typo matches cheaply.
    letters: u64,
    postings: Postings,
    /// Its rarity across documents (see [`rarity`]).
    rarity: f32,
}

/// A search index over one pack. Build it once per pack; searching is cheap.
pub struct SearchIndex {
    docs: Vec<Doc>,
    words: Vec<Word>,
    ids: HashMap<Box<str>, u32>,
    /// Word ids in text order: the words a prefix starts are one range.
    sorted: Vec<u32>,
    /// Word ids by length in characters, for typo look-ups.
    by_length: Vec<Vec<u32>>,
    /// Pairs of words side by side in some field, filler words left out.
    pairs: HashMap<(u32, u32), Postings>,
    synonyms: Synonyms,
    filler: HashSet<String>,
}

impl SearchIndex {
    /// The best results for a query, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        profiling::function_scope!();
        let normal = normalise(query);
        if normal.is_empty() || limit == 0 || self.docs.is_empty() {
            return Vec::new();
        }
        // Nobody types more; a pasted page costs no more than a question.
        let normal = match normal.match_indices(' ').nth(MAX_QUERY_WORDS - 1) {
            Some((end, _)) => &normal[..end],
            None => &normal[..],
        };
        let mut scratch = Scratch::new(self.docs.len());
        let words = self.in_pack_words(normal, &mut scratch);
        let n = self.docs.len();
        let mut score = vec![0f32; n];
        // Each distinct word other than filler: what it matches, how rare
        // that is, and what it is worth in each document.
        let mut content: Vec<(&str, Found)> = Vec::new();
        let mut counted = HashSet::new();
        for &word in &words {
            if self.filler.contains(word) {
                continue;
            }
            let matches = self.matches(word, &mut scratch);
            let (rarity, values) = self.values(&matches, &mut scratch);
            if counted.insert(word) {
                for &(d, value) in &values {
                    score[d as usize] += value;
                }
            }
            content.push((word, Found { matches, rarity }));
        }
        for pair in content.windows(2) {
            let (a, b) = (&pair[0].1, &pair[1].1);
            let cap = a.rarity + b.rarity;
            for (d, value) in self.pair_values(&a.matches, &b.matches, cap, &mut scratch) {
                score[d as usize] += value;
            }
        }
        // What each pack word the query matches is worth.
        let mut worth: Vec<Worth> = vec![Worth::default(); self.words.len()];
        for (_, found) in &content {
            for &(id, quality) in &found.matches {
                let slot = &mut worth[id as usize];
                slot.own = slot.own.max(quality * self.words[id as usize].rarity);
                slot.query = slot.query.max(quality * found.rarity);
            }
        }
        // The pairs of pack words the query has side by side.
        let mut pairs: HashSet<(u32, u32)> = HashSet::new();
        for pair in content.windows(2) {
            for &(a, _) in &pair[0].1.matches {
                pairs.extend(pair[1].1.matches.iter().map(|&(b, _)| (a, b)));
            }
        }
        for (doc, s) in self.docs.iter().zip(score.iter_mut()) {
            if *s > 0.0 {
                *s += COVER_WEIGHT * cover(doc, &worth, &pairs);
            }
        }
        // Best first; equal scores in pack order (scenarios first).
        let mut ranked: Vec<(u32, usize)> = score
            .iter()
            .enumerate()
            .map(|(d, s)| ((s * 1000.0).round() as u32, d))
            .filter(|&(points, _)| points > 0)
            .collect();
        let order = |a: &(u32, usize), b: &(u32, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if ranked.len() > limit {
            ranked.select_nth_unstable_by(limit - 1, order);
            ranked.truncate(limit);
        }
        ranked.sort_unstable_by(order);
        ranked
            .into_iter()
            .map(|(points, d)| {
                let doc = &self.docs[d];
                let (field, matched) = best_field(doc, &worth);
                Hit {
                    scenario: doc.scenario.clone(),
                    title: doc.title.clone(),
                    starts_at: doc.starts_at.clone(),
                    matched: matched.to_owned(),
                    field,
                    score: points,
                }
            })
            .collect()
    }

    /// A normalised query in the pack's words: a word of five letters or
    /// more that the pack does not have and that is a typo away from a
    /// one-word synonym is read as that synonym ("wirless"), then every
    /// synonym phrase is replaced. (A synonym replaces the word, so shorter
    /// words are left alone: "tell" is not "cell".)
    fn in_pack_words<'a>(&'a self, normal: &'a str, scratch: &mut Scratch) -> Vec<&'a str> {
        let words: Vec<&str> = normal
            .split(' ')
            .map(|word| {
                let known = self.ids.contains_key(word)
                    || self.synonyms.contains(word)
                    || self.filler.contains(word);
                let chars: Vec<char> = word.chars().collect();
                let edits = typos_allowed(chars.len());
                if known || edits == 0 || chars.len() < MIN_SYNONYM_TYPO {
                    return word;
                }
                self.synonyms
                    .single
                    .iter()
                    .find(|(_, other)| {
                        same_start(&chars, other)
                            && edit_distance_within(&chars, other, edits, scratch).is_some()
                    })
                    .map_or(word, |(other, _)| other.as_str())
            })
            .collect();
        self.synonyms.apply(&words)
    }

    /// The pack words a query word stands for, each with how well it matches.
    fn matches(&self, word: &str, scratch: &mut Scratch) -> Vec<(u32, Quality)> {
        let chars: Vec<char> = word.chars().collect();
        let length = chars.len();
        let mut out: Vec<(u32, Quality)> = Vec::new();
        // One letter says nothing ("i", "a").
        if length < 2 {
            return out;
        }
        let exact = self.ids.get(word).copied();
        out.extend(exact.map(|id| (id, EXACT)));
        // A word still being typed, or a root with an ending ("reboot", "rebooted").
        if length >= 3 {
            let start = self
                .sorted
                .partition_point(|&id| &*self.words[id as usize].text < word);
            let longer = self.sorted[start..]
                .iter()
                .take_while(|&&id| self.words[id as usize].text.starts_with(word))
                .filter(|&&id| Some(id) != exact)
                .take(MAX_PREFIX_WORDS);
            for &id in longer {
                let share = length as f32 / self.words[id as usize].chars.len() as f32;
                out.push((id, PREFIX_BASE + PREFIX_SPAN * share));
            }
        }
        // An ending on a pack word: two letters on a word of four or more
        // ("rebooted"), one letter on a shorter one ("pcs") when the query
        // word is not a pack word itself ("off" is not "of").
        for cut in 1..=2usize {
            let Some(stem_length) = length.checked_sub(cut) else {
                break;
            };
            let short = if exact.is_some() { 4 } else { 2 };
            if stem_length < short || (cut == 2 && stem_length < 4) {
                break;
            }
            let stem: String = chars[..stem_length].iter().collect();
            if let Some(&id) = self.ids.get(stem.as_str()) {
                out.push((id, STEM));
            }
        }
        // Typos, only for words the pack does not have as written.
        let edits = typos_allowed(length);
        if exact.is_none() && edits > 0 {
            let mask = letters(word);
            for other in length - edits..=length + edits {
                for &id in self.by_length.get(other).map_or(&[][..], Vec::as_slice) {
                    let candidate = &self.words[id as usize];
                    // Each edit adds or removes at most two letters.
                    if (candidate.letters ^ mask).count_ones() as usize > 2 * edits
                        || !same_start(&chars, &candidate.chars)
                    {
                        continue;
                    }
                    match edit_distance_within(&chars, &candidate.chars, edits, scratch) {
                        Some(1) => out.push((id, ONE_TYPO)),
                        Some(2) => out.push((id, TWO_TYPOS)),
                        _ => {}
                    }
                }
            }
        }
        // One entry per pack word, its best match.
        out.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        out.dedup_by_key(|m| m.0);
        out
    }

    /// How rare a query word is (over every pack word it matches, so
    /// "sign" is as common as "sign", "signed" and "signs" together), and
    /// what it is worth in each document it matches: that rarity times its
    /// best match there, weighted by the field.
    fn values(&self, matches: &[(u32, Quality)], scratch: &mut Scratch) -> (f32, Vec<(u32, f32)>) {
        for &(id, quality) in matches {
            scratch.add_best(&self.words[id as usize].postings, quality);
        }
        self.weigh(scratch.drain(), 1.0, f32::INFINITY)
    }

    /// What two query words side by side are worth in each document that
    /// has two of their matches side by side: the pair's rarity, but no
    /// more than `cap`, the two words' rarities together (two everyday
    /// words that happen to stand side by side somewhere say little).
    fn pair_values(
        &self,
        first: &[(u32, Quality)],
        second: &[(u32, Quality)],
        cap: f32,
        scratch: &mut Scratch,
    ) -> Vec<(u32, f32)> {
        for &(a, qa) in first {
            for &(b, qb) in second {
                if let Some(pair) = self.pairs.get(&(a, b)) {
                    scratch.add_best(pair, qa.min(qb));
                }
            }
        }
        self.weigh(scratch.drain(), PAIR_WEIGHT, cap).1
    }

    /// Documents' shares of a word or pair made values: each times the
    /// rarity the shares add up to (at most `cap`), times `weight`.
    fn weigh(&self, mut shares: Vec<(u32, f32)>, weight: f32, cap: f32) -> (f32, Vec<(u32, f32)>) {
        let df = shares.iter().map(|s| s.1).sum();
        let rarity = rarity(df, self.docs.len() as f32).min(cap);
        for share in &mut shares {
            share.1 *= rarity * weight;
        }
        (rarity, shares)
    }
}

/// A query word's matches and how rare they are together.
struct Found {
    matches: Vec<(u32, Quality)>,
    rarity: f32,
}

/// What a pack word the query matched is worth: by its own rarity, and by
/// the rarity of the query word that matched it (with that word's other
/// matches: "signed" in a query also finds "sign", so it is common). Both
/// are zero for a word the query did not match.
#[derive(Clone, Copy, Default)]
struct Worth {
    own: f32,
    query: f32,
}

/// A phrase's words and the words of what it means.
type Rewrite = (Vec<String>, Vec<String>);

/// How well the query covers the best of a document's titles and
/// keywords: what the query's words found there are worth, times the share
/// of the title's or keyword's rarity they are. In a title or keyword of
/// several words, a word counts only with a neighbour that is beside it in
/// the query too (`pairs`), so "sign in" covers the title "Sign in again"
/// but "sign out ... in the kitchen" does not.
fn cover(doc: &Doc, worth: &[Worth], pairs: &HashSet<(u32, u32)>) -> f32 {
    let mut best = 0f32;
    for (words, total) in &doc.heads {
        let (mut own, mut query) = (0.0, 0.0);
        for (i, w) in words.iter().enumerate() {
            let found = worth[*w as usize];
            if found.own == 0.0 {
                continue;
            }
            let before = i > 0 && pairs.contains(&(words[i - 1], *w));
            let after = words
                .get(i + 1)
                .is_some_and(|next| pairs.contains(&(*w, *next)));
            if words.len() == 1 || before || after {
                own += found.own;
                query += found.query;
            }
        }
        let share = if *total > 0.0 { own / total } else { 0.0 };
        if share >= MIN_COVER {
            best = best.max(query * share);
        }
    }
    best
}

/// The field of a document whose words are worth most (weighted by the
/// field's kind), and its text; the first field when nothing matched.
fn best_field<'d>(doc: &'d Doc, worth: &[Worth]) -> (Field, &'d str) {
    let mut best: Option<(f32, &DocField)> = None;
    let mut seen: Vec<u32> = Vec::new();
    for field in &doc.fields {
        seen.clear();
        let mut total = 0.0;
        for &w in &field.words {
            let value = worth[w as usize].query;
            if value > 0.0 && !seen.contains(&w) {
                seen.push(w);
                total += value;
            }
        }
        let total = total * f32::from(field.field.weight());
        if total > 0.0 && best.is_none_or(|(b, _)| total > b) {
            best = Some((total, field));
        }
    }
    match best.or_else(|| doc.fields.first().map(|f| (0.0, f))) {
        Some((_, field)) => (field.field, &field.text),
        None => (Field::Title, &doc.title),
    }
}

/// How many documents hold a word: one whose best field there is a title
/// or keyword counts one, a summary two fifths, step text one fifth.
fn presence(postings: &[(u32, u8)]) -> f32 {
    postings
        .iter()
        .map(|&(_, weight)| f32::from(weight) / FULL_WEIGHT)
        .sum()
}

/// Inverse document frequency of a word that `df` of `n` documents hold:
/// words in few documents' titles and keywords are rare, a word every
/// document has is worth almost nothing. Never below zero.
fn rarity(df: f32, n: f32) -> f32 {
    // ln(1 + (n - df + 0.5) / (df + 0.5)), as in BM25.
    ((n + 1.0) / (df.min(n) + 0.5)).ln()
}

#[cfg(test)]
mod tests;
