//! Ranked fuzzy search over a pack: scenario titles and keywords, guide
//! titles, keywords and quick answers, and the text of every step.
//!
//! Matching uses nucleo-matcher, one query word at a time: a document's score
//! is the sum, over the words of the query, of the best weighted score among
//! its fields. Pack synonyms widen a query ("logout" also searches "sign
//! out"). Results are grouped by where they start, so a scenario and the
//! guide it opens are one result.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

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
    fn weight(self) -> u32 {
        match self {
            Field::Title => 5,
            Field::Keyword => 5,
            Field::Summary => 2,
            Field::Step => 1,
        }
    }
}

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

struct Doc {
    scenario: Option<String>,
    title: String,
    starts_at: NodeRef,
    fields: Vec<IndexedField>,
    /// Every field's padded text, one after another: one search through it
    /// tells whether a phrase is anywhere in the document at all.
    all_text: String,
}

impl Doc {
    fn new(
        scenario: Option<String>,
        title: String,
        starts_at: NodeRef,
        fields: Vec<(Field, String)>,
    ) -> Doc {
        let fields: Vec<IndexedField> = fields.into_iter().map(IndexedField::new).collect();
        let all_text = fields.iter().map(|f| f.padded.as_str()).collect();
        Doc {
            scenario,
            title,
            starts_at,
            fields,
            all_text,
        }
    }
}

/// A field's text as written (for display) and normalised, padded with
/// spaces so whole words can be found with `contains(" word ")`.
struct IndexedField {
    field: Field,
    text: String,
    padded: String,
}

impl IndexedField {
    fn new((field, text): (Field, String)) -> IndexedField {
        let padded = format!(" {} ", normalise(&text));
        IndexedField {
            field,
            text,
            padded,
        }
    }
}

/// A search index over one pack. Build it once per pack; searching is cheap.
pub struct SearchIndex {
    docs: Vec<Doc>,
    /// For each group of two or three letters, the documents that contain
    /// it: the first, cheap pass that picks which documents to score.
    postings: HashMap<u64, Vec<u32>>,
    /// The first scenario that starts at each node: it names results there.
    scenario_at: HashMap<NodeRef, (String, String)>,
    synonyms: Vec<(Vec<String>, String)>,
}

impl SearchIndex {
    /// Indexes a loaded pack.
    pub fn new(pack: &Pack) -> SearchIndex {
        profiling::function_scope!();
        let mut docs = Vec::new();
        for scenario in &pack.manifest.scenarios {
            let Ok(starts_at) = pack.resolve(None, &scenario.start) else {
                continue;
            };
            let mut fields = vec![(Field::Title, scenario.title.clone())];
            fields.extend(
                scenario
                    .keywords
                    .iter()
                    .map(|k| (Field::Keyword, k.clone())),
            );
            fields.push((Field::Summary, scenario.description.clone()));
            docs.push(Doc::new(
                Some(scenario.id.clone()),
                scenario.title.clone(),
                starts_at,
                fields,
            ));
        }
        for loaded in &pack.guides {
            let guide = &loaded.guide;
            // A shared flow is found through the guides that run it: on its
            // own, its Return would have nowhere to go back to.
            if guide.is_flow() {
                continue;
            }
            let Ok(starts_at) = pack.resolve(Some(&guide.id), &guide.start) else {
                continue;
            };
            let mut fields = vec![(Field::Title, guide.title.clone())];
            fields.extend(guide.keywords.iter().map(|k| (Field::Keyword, k.clone())));
            fields.extend(guide.summary.iter().map(|s| (Field::Summary, s.clone())));
            step_fields(pack, guide, &mut fields, &mut HashSet::new());
            docs.push(Doc::new(None, guide.title.clone(), starts_at, fields));
        }
        let synonyms = pack
            .manifest
            .synonyms
            .iter()
            .map(|s| {
                (
                    s.words.iter().map(|w| normalise(w)).collect(),
                    normalise(&s.means),
                )
            })
            .collect();
        let mut scenario_at = HashMap::new();
        for doc in &docs {
            if let Some(id) = &doc.scenario {
                scenario_at
                    .entry(doc.starts_at.clone())
                    .or_insert_with(|| (id.clone(), doc.title.clone()));
            }
        }
        let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
        for (i, doc) in docs.iter().enumerate() {
            let mut grams = HashSet::new();
            for field in &doc.fields {
                for token in field.padded.split(' ') {
                    grams.extend(grams_of(token));
                }
            }
            for gram in grams {
                postings.entry(gram).or_default().push(i as u32);
            }
        }
        SearchIndex {
            docs,
            postings,
            scenario_at,
            synonyms,
        }
    }

    /// The best results for a query, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        profiling::function_scope!();
        let query = normalise(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut buf = Vec::new();
        let variants = self.variants(&query);
        let mut best: HashMap<NodeRef, Hit> = HashMap::new();
        let mut order: Vec<NodeRef> = Vec::new();
        let (candidates, common) = self.candidates(&variants);
        let mut scored = Vec::new();
        for doc in candidates.into_iter().filter_map(|i| self.docs.get(i)) {
            scored.clear();
            let Some((score, field, matched)) = variants
                .iter()
                .filter_map(|q| score_doc(doc, q, &common, &mut scored, &mut matcher, &mut buf))
                .max_by_key(|(score, _, _)| *score)
            else {
                continue;
            };
            // A scenario that starts at the same node names the result.
            let (scenario, title) = match self.scenario_at.get(&doc.starts_at) {
                Some((id, title)) => (Some(id.clone()), title.clone()),
                None => (None, doc.title.clone()),
            };
            let hit = Hit {
                scenario,
                title,
                starts_at: doc.starts_at.clone(),
                matched,
                field,
                score,
            };
            match best.get_mut(&doc.starts_at) {
                Some(existing) => {
                    // One result per starting point, with its best match.
                    if hit.score > existing.score {
                        existing.score = hit.score;
                        existing.matched = hit.matched;
                        existing.field = hit.field;
                    }
                }
                None => {
                    order.push(doc.starts_at.clone());
                    best.insert(doc.starts_at.clone(), hit);
                }
            }
        }
        let mut hits: Vec<(usize, Hit)> = order
            .iter()
            .enumerate()
            .filter_map(|(i, at)| best.remove(at).map(|hit| (i, hit)))
            .collect();
        hits.sort_by(|(ia, a), (ib, b)| b.score.cmp(&a.score).then(ia.cmp(ib)));
        hits.into_iter().map(|(_, hit)| hit).take(limit).collect()
    }

    /// The documents worth scoring, in index order: those sharing at least
    /// half the letter groups of some query word. Every scenario among them
    /// is kept; of the rest, the `MAX_RERANK` that match the most words.
    fn candidates(&self, variants: &[String]) -> (Vec<usize>, HashSet<String>) {
        let mut common = HashSet::new();
        let mut words_matched = vec![0u32; self.docs.len()];
        let mut grams_matched = vec![0u32; self.docs.len()];
        let mut per_word = vec![0u32; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        // Variants share most of their words ("log out of the TV", "sign
        // out of the TV"): each distinct word is looked up once.
        let mut seen = HashSet::new();
        for word in variants.iter().flat_map(|v| v.split(' ')) {
            if !seen.insert(word) {
                continue;
            }
            let grams = grams_of(word);
            if grams.is_empty() {
                continue;
            }
            let needed = grams.len().div_ceil(2) as u32;
            for gram in grams {
                for &doc in self
                    .postings
                    .get(&gram)
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                {
                    if per_word[doc as usize] == 0 {
                        touched.push(doc);
                    }
                    per_word[doc as usize] += 1;
                }
            }
            let mut frequency = 0;
            for doc in touched.drain(..) {
                let n = std::mem::take(&mut per_word[doc as usize]);
                if n >= needed {
                    words_matched[doc as usize] += 1;
                    grams_matched[doc as usize] += n;
                    frequency += 1;
                }
            }
            // A word in most documents ("the", "out") says little about any step.
            if frequency * 2 > self.docs.len() {
                common.insert(word.to_owned());
            }
        }
        let mut ranked: Vec<usize> = (0..self.docs.len())
            .filter(|&d| words_matched[d] > 0)
            .collect();
        ranked.sort_by(|&a, &b| {
            (words_matched[b], grams_matched[b])
                .cmp(&(words_matched[a], grams_matched[a]))
                .then(a.cmp(&b))
        });
        let mut chosen: Vec<usize> = ranked
            .into_iter()
            .enumerate()
            .filter(|&(rank, d)| rank < MAX_RERANK || self.docs[d].scenario.is_some())
            .map(|(_, d)| d)
            .collect();
        chosen.sort_unstable();
        (chosen, common)
    }

    /// The query itself, plus one variant per synonym group it mentions, in
    /// which the synonym is replaced by what it means.
    fn variants(&self, query: &str) -> Vec<String> {
        let mut variants = vec![query.to_owned()];
        let padded = format!(" {query} ");
        for (words, means) in &self.synonyms {
            for word in words {
                if !word.is_empty() && padded.contains(&format!(" {word} ")) {
                    let replaced = padded.replacen(&format!(" {word} "), &format!(" {means} "), 1);
                    variants.push(replaced.trim().to_owned());
                }
            }
        }
        variants
    }
}

/// The best weighted field score of one query word in one document, with
/// the field and its text: `None` when the word matches nothing there.
type WordScore<'d> = Option<(u32, Field, &'d str)>;

/// Scores one document for one query: the sum over query words of each
/// word's best weighted field score. Words that match nothing add nothing,
/// so a long question still finds the guide that matches its key words.
/// `scored` remembers each word's score in this document, so the variants
/// of a query, which share most words, score each word once.
fn score_doc<'d, 'q>(
    doc: &'d Doc,
    query: &'q str,
    common: &HashSet<String>,
    scored: &mut Vec<(&'q str, WordScore<'d>)>,
    matcher: &mut Matcher,
    buf: &mut Vec<char>,
) -> Option<(u32, Field, String)> {
    let mut total = 0u32;
    let mut best_field: WordScore<'d> = None;
    for word in query.split(' ').filter(|w| !w.is_empty()) {
        let found = match scored.iter().find(|(w, _)| *w == word) {
            Some(&(_, found)) => found,
            None => {
                let found = score_word(doc, word, common, matcher, buf);
                scored.push((word, found));
                found
            }
        };
        if let Some(found) = found {
            total += found.0;
            if best_field.is_none_or(|(s, _, _)| found.0 > s) {
                best_field = Some(found);
            }
        }
    }
    let (best, field, text) = best_field?;
    // Words that appear side by side as in the query ("sign in") count extra.
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    for pair in words.windows(2) {
        let phrase = format!(" {} {} ", pair[0], pair[1]);
        // Most pairs are nowhere in the document: one search says so.
        if !doc.all_text.contains(&phrase) {
            continue;
        }
        let weight = doc
            .fields
            .iter()
            .filter(|f| f.padded.contains(&phrase))
            .map(|f| f.field.weight())
            .max();
        if let Some(weight) = weight {
            total += 12 * (phrase.len() as u32 - 2) * weight;
        }
    }
    // A title or keyword that is exactly the query beats one that merely contains it.
    let padded_query = format!(" {query} ");
    let exact = doc
        .fields
        .iter()
        .any(|f| matches!(f.field, Field::Title | Field::Keyword) && f.padded == padded_query);
    if exact {
        total += best / 2;
    }
    Some((total, field, text.to_owned()))
}

/// Scores one query word against every field of a document.
fn score_word<'d>(
    doc: &'d Doc,
    word: &str,
    common: &HashSet<String>,
    matcher: &mut Matcher,
    buf: &mut Vec<char>,
) -> WordScore<'d> {
    let length = word.chars().count();
    if length < 2 {
        return None;
    }
    // Short words must appear as written; longer ones may have gaps.
    let kind = if length <= 3 {
        AtomKind::Substring
    } else {
        AtomKind::Fuzzy
    };
    let atom = Atom::new(
        word,
        CaseMatching::Ignore,
        Normalization::Smart,
        kind,
        false,
    );
    let threshold = 18 * length as u32;
    let whole_word = format!(" {word} ");
    // Step texts are many: only those containing the word's first
    // letters are scored (titles and keywords always are, typos and all).
    let prefix: String = word.chars().take(3).collect();
    let in_steps = !common.contains(word);
    let mut best: WordScore<'d> = None;
    for indexed in &doc.fields {
        if indexed.field == Field::Step && !(in_steps && indexed.padded.contains(&prefix)) {
            continue;
        }
        let Some(raw) = atom.score(Utf32Str::new(&indexed.padded, buf), matcher) else {
            continue;
        };
        let mut raw = u32::from(raw);
        if raw < threshold {
            continue;
        }
        // The word itself beats the word inside a longer one ("sign" in "signed").
        if indexed.padded.contains(&whole_word) {
            raw += raw / 4;
        }
        let weighted = raw * indexed.field.weight();
        if best.is_none_or(|(s, _, _)| weighted > s) {
            best = Some((weighted, indexed.field, &indexed.text));
        }
    }
    best
}

/// How many non-scenario documents the second, exact pass scores at most.
const MAX_RERANK: usize = 48;

/// The groups of letters a word is indexed and looked up by: its letter
/// triples, or the word itself when it has two letters.
fn grams_of(word: &str) -> Vec<u64> {
    let chars: Vec<char> = word.chars().collect();
    let key = |cs: &[char]| {
        cs.iter()
            .fold(cs.len() as u64, |acc, &c| (acc << 21) | u64::from(c))
    };
    match chars.len() {
        0 | 1 => Vec::new(),
        2 => vec![key(&chars)],
        _ => chars.windows(3).map(key).collect(),
    }
}

/// Lower case, punctuation to spaces (apostrophes dropped), single spaces.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\'' || c == '\u{2019}' {
            continue;
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Step text without the `**` emphasis markers.
/// The step titles, instructions and questions of a guide, and of every
/// flow it runs with a Call (each flow once, listed in `flows`).
fn step_fields(
    pack: &Pack,
    guide: &Guide,
    fields: &mut Vec<(Field, String)>,
    flows: &mut HashSet<usize>,
) {
    for (_, node) in guide.nodes.iter() {
        match node {
            Node::Step(step) => {
                fields.push((Field::Step, step.title.clone()));
                fields.push((Field::Step, plain(&step.text)));
            }
            Node::Question(question) => fields.push((Field::Step, question.prompt.clone())),
            Node::Call(call) => {
                if let Ok((flow, _)) = pack.resolve_position(None, &call.flow)
                    && flows.insert(flow)
                    && let Some(loaded) = pack.guides.get(flow)
                {
                    step_fields(pack, &loaded.guide, fields, flows);
                }
            }
            Node::Outcome(_) | Node::Return => {}
        }
    }
}

fn plain(text: &str) -> String {
    text.replace("**", "")
}
