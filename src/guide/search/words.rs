//! The words of search: text read in the pack's own words (lower case,
//! plain letters, synonyms replaced by what they mean), and how near a
//! typed word is to a pack word (typos, within a limit, cheaply).

use foldhash::{HashMap, HashMapExt};

use super::{FULL_WEIGHT, Rewrite};
use crate::guide::model::Synonym;

/// The pack's synonyms: phrases people type and what they mean.
pub(super) struct Synonyms {
    /// By first word: the phrases starting with it, longest first, each
    /// as its words and what it means, as words.
    pub(super) by_first: HashMap<String, Vec<Rewrite>>,
    /// The one-word phrases, for typo look-ups.
    pub(super) single: Vec<(String, Box<[char]>)>,
}

impl Synonyms {
    pub(super) fn new(groups: &[Synonym]) -> Synonyms {
        let mut by_first: HashMap<String, Vec<Rewrite>> = HashMap::new();
        let mut single = Vec::new();
        for group in groups {
            let means: Vec<String> = split(&normalise(&group.means));
            for phrase in group.words.iter().map(|w| split(&normalise(w))) {
                let Some(first) = phrase.first() else {
                    continue;
                };
                if means.is_empty() || phrase == means {
                    continue;
                }
                let list = by_first.entry(first.clone()).or_default();
                // The first group to list a phrase decides what it means.
                if list.iter().any(|(p, _)| *p == phrase) {
                    continue;
                }
                if phrase.len() == 1 {
                    single.push((first.clone(), first.chars().collect()));
                }
                list.push((phrase, means.clone()));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        }
        single.sort();
        Synonyms { by_first, single }
    }

    /// True when the pack has no synonyms.
    pub(super) fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// True when some phrase starts with this word.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// The words with every synonym phrase replaced by what it means,
    /// scanning left to right and trying the longest phrase first; a word
    /// that repeats the one before it is left out.
    pub(super) fn apply<'a>(&'a self, words: &[&'a str]) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::with_capacity(words.len());
        let mut push = |word: &'a str| {
            // Two brands of one device in a row are that device once, as is
            // a brand followed by the device's name.
            if out.last() != Some(&word) {
                out.push(word);
            }
        };
        let mut i = 0;
        while let Some(&word) = words.get(i) {
            let found = self.by_first.get(word).and_then(|list| {
                list.iter().find(|(phrase, _)| {
                    words.len() - i >= phrase.len()
                        && phrase.iter().zip(&words[i..]).all(|(p, w)| p == w)
                })
            });
            match found {
                Some((phrase, means)) => {
                    i += phrase.len();
                    means.iter().for_each(|m| push(m));
                }
                None => {
                    i += 1;
                    push(word);
                }
            }
        }
        out
    }
}

/// Buffers reused while one query is searched.
pub(super) struct Scratch {
    /// The best share so far per document, for the word being scored.
    pub(super) value: Vec<f32>,
    pub(super) touched: Vec<u32>,
    /// The row before last, the last and the current row of the
    /// edit-distance table.
    pub(super) rows: [Vec<usize>; 3],
}

impl Scratch {
    pub(super) fn new(docs: usize) -> Scratch {
        Scratch {
            value: vec![0.0; docs],
            touched: Vec::new(),
            rows: Default::default(),
        }
    }

    /// Raises each listed document's share to `quality` times the weight
    /// of the field it is found in there, out of [`FULL_WEIGHT`].
    pub(super) fn add_best(&mut self, docs: &[(u32, u8)], quality: f32) {
        for &(d, weight) in docs {
            let value = quality * f32::from(weight) / FULL_WEIGHT;
            let slot = &mut self.value[d as usize];
            if *slot == 0.0 {
                self.touched.push(d);
            }
            *slot = slot.max(value);
        }
    }

    /// The shares gathered since the last drain, which are reset.
    pub(super) fn drain(&mut self) -> Vec<(u32, f32)> {
        let value = &mut self.value;
        self.touched
            .drain(..)
            .map(|d| (d, std::mem::take(&mut value[d as usize])))
            .collect()
    }
}

/// The letters of a word as bits, each letter one of 64 bits by its code:
/// words one typo apart differ in at most two bits.
pub(super) fn letters(word: &str) -> u64 {
    word.chars()
        .fold(0, |mask, c| mask | 1 << (u32::from(c) % 64))
}

/// Whether a word may be a typo of another by how it starts: people get
/// the first letter right, and the first two of a short word. Without this,
/// "sick" would find "kick" and "stick", "bake" "take".
pub(super) fn same_start(typed: &[char], word: &[char]) -> bool {
    let keep = if typed.len() <= 4 { 2 } else { 1 };
    typed.len() >= keep && word.len() >= keep && typed[..keep] == word[..keep]
}

/// How many typos a word of `length` letters may have and still be
/// recognised: none below four letters (too many short words are one
/// letter apart), one up to seven, two from eight.
pub(super) fn typos_allowed(length: usize) -> usize {
    match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The edit distance between two words (a letter inserted, deleted or
/// changed, or two neighbours swapped, each counts one) when it is at most
/// `limit`, else `None`.
pub(super) fn edit_distance_within(
    a: &[char],
    b: &[char],
    limit: usize,
    scratch: &mut Scratch,
) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let [before, previous, current] = &mut scratch.rows;
    for row in [&mut *before, &mut *previous, &mut *current] {
        row.clear();
        row.resize(b.len() + 1, 0);
    }
    for (j, cell) in previous.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut lowest = i;
        for j in 1..=b.len() {
            let change = usize::from(a[i - 1] != b[j - 1]);
            let mut cell = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cell = cell.min(before[j - 2] + 1);
            }
            current[j] = cell;
            lowest = lowest.min(cell);
        }
        if lowest > limit {
            return None;
        }
        std::mem::swap(before, previous);
        std::mem::swap(previous, current);
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

/// A normalised text's words.
pub(super) fn split(normal: &str) -> Vec<String> {
    normal
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Lower case, punctuation to spaces (apostrophes dropped), single spaces.
pub(super) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalise_into(text, &mut out);
    out
}

/// [`normalise`] into a buffer, which is cleared first.
pub(super) fn normalise_into(text: &str, out: &mut String) {
    out.clear();
    let mut gap = false;
    for c in text.chars() {
        if c == '\'' || c == '\u{2019}' {
            continue;
        }
        if !c.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                fold_accent(lower, out);
            }
        }
    }
}

/// A Latin letter with an accent as people type it in a hurry, without
/// one ("sesión" and "sesion", "für" and "fur" meet); other letters as
/// they are.
fn fold_accent(c: char, out: &mut String) {
    let plain = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        'ß' => {
            out.push_str("ss");
            return;
        }
        other => other,
    };
    out.push(plain);
}
