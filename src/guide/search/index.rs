//! Building the search index from a pack: every scenario and guide start
//! as a document, with its fields (titles, keywords, descriptions, quick
//! answers, step text) read into words once.

use super::*;

impl SearchIndex {
    /// Indexes a loaded pack.
    pub fn new(pack: &Pack) -> SearchIndex {
        profiling::function_scope!();
        // Documents by where they start, each with the fields to index.
        let mut docs: Vec<(Doc, Vec<(Field, String)>)> = Vec::new();
        let mut doc_at: HashMap<NodeRef, usize> = HashMap::new();
        let mut add = |scenario: Option<&str>, title: &str, starts_at: NodeRef, fields| match doc_at
            .get(&starts_at)
        {
            Some(&i) => docs[i].1.extend(fields),
            None => {
                doc_at.insert(starts_at.clone(), docs.len());
                let doc = Doc {
                    scenario: scenario.map(str::to_owned),
                    title: title.to_owned(),
                    starts_at,
                    fields: Vec::new(),
                    heads: Vec::new(),
                };
                docs.push((doc, fields));
            }
        };
        for scenario in &pack.manifest.scenarios {
            let Ok(starts_at) = pack.resolve(None, &scenario.start) else {
                continue;
            };
            let mut fields = vec![field(Field::Title, &scenario.title)];
            fields.extend(scenario.keywords.iter().map(|k| field(Field::Keyword, k)));
            fields.push(field(Field::Summary, &scenario.description));
            add(Some(&scenario.id), &scenario.title, starts_at, fields);
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
            let mut fields = vec![field(Field::Title, &guide.title)];
            fields.extend(guide.keywords.iter().map(|k| field(Field::Keyword, k)));
            fields.extend(guide.summary.iter().map(|s| field(Field::Summary, s)));
            // A guide's own steps, and those of the flows it runs, in place.
            step_fields(pack, guide, &mut fields, &mut HashSet::new());
            add(None, &guide.title, starts_at, fields);
        }
        let mut index = SearchIndex {
            docs: Vec::new(),
            words: Vec::new(),
            ids: HashMap::new(),
            sorted: Vec::new(),
            by_length: Vec::new(),
            pairs: HashMap::new(),
            synonyms: Synonyms::new(&pack.manifest.synonyms),
            filler: pack
                .manifest
                .filler_words
                .iter()
                .flat_map(|w| {
                    normalise(w)
                        .split(' ')
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .filter(|w| !w.is_empty())
                .collect(),
        };
        index.index_docs(docs);
        index
    }

    /// Splits every field into word ids and builds the postings.
    pub(super) fn index_docs(&mut self, docs: Vec<(Doc, Vec<(Field, String)>)>) {
        let SearchIndex {
            words: vocabulary,
            ids,
            pairs,
            synonyms,
            filler,
            ..
        } = self;
        // The best field weight of each word in the current document.
        let mut in_doc: Vec<u8> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        let mut pairs_in_doc: HashMap<(u32, u32), u8> = HashMap::new();
        // Whether each word is a filler word, by word id.
        let mut is_filler: Vec<bool> = Vec::new();
        let mut normal = String::new();
        for (d, (mut doc, fields)) in docs.into_iter().enumerate() {
            let d = d as u32;
            for (kind, text) in fields {
                normalise_into(&text, &mut normal);
                if normal.is_empty() {
                    continue;
                }
                let weight = kind.weight();
                let intern = |w: &str| {
                    let id = intern(ids, vocabulary, w);
                    if is_filler.len() <= id as usize {
                        is_filler.push(filler.contains(w));
                    }
                    id
                };
                let words: Vec<u32> = if synonyms.is_empty() {
                    normal.split(' ').map(intern).collect()
                } else {
                    let split: Vec<&str> = normal.split(' ').collect();
                    synonyms.apply(&split).into_iter().map(intern).collect()
                };
                in_doc.resize(vocabulary.len(), 0);
                for &w in &words {
                    let slot = &mut in_doc[w as usize];
                    if *slot == 0 {
                        touched.push(w);
                    }
                    *slot = (*slot).max(weight);
                }
                let content = words.iter().copied().filter(|&w| !is_filler[w as usize]);
                let mut previous = None;
                for w in content.clone() {
                    if let Some(before) = previous.replace(w) {
                        let slot = pairs_in_doc.entry((before, w)).or_insert(0);
                        *slot = (*slot).max(weight);
                    }
                }
                if matches!(kind, Field::Title | Field::Keyword) && previous.is_some() {
                    doc.heads.push((content.collect(), 0.0));
                }
                doc.fields.push(DocField {
                    field: kind,
                    text,
                    words,
                });
            }
            for w in touched.drain(..) {
                let weight = std::mem::take(&mut in_doc[w as usize]);
                vocabulary[w as usize].postings.push((d, weight));
            }
            for (pair, weight) in pairs_in_doc.drain() {
                pairs.entry(pair).or_default().push((d, weight));
            }
            self.docs.push(doc);
        }
        let n = self.docs.len() as f32;
        for word in &mut self.words {
            word.rarity = rarity(presence(&word.postings), n);
        }
        for doc in &mut self.docs {
            for (words, total) in &mut doc.heads {
                *total = words.iter().map(|&w| self.words[w as usize].rarity).sum();
            }
        }
        self.sorted = (0..self.words.len() as u32).collect();
        self.sorted.sort_by(|&a, &b| {
            self.words[a as usize]
                .text
                .cmp(&self.words[b as usize].text)
        });
        for (id, word) in self.words.iter().enumerate() {
            let length = word.chars.len();
            if self.by_length.len() <= length {
                self.by_length.resize_with(length + 1, Vec::new);
            }
            self.by_length[length].push(id as u32);
        }
    }
}

/// The id of a word, added to the vocabulary if new.
pub(super) fn intern(ids: &mut HashMap<Box<str>, u32>, words: &mut Vec<Word>, word: &str) -> u32 {
    if let Some(&id) = ids.get(word) {
        return id;
    }
    let id = words.len() as u32;
    words.push(Word {
        text: word.into(),
        chars: word.chars().collect(),
        letters: letters(word),
        postings: Vec::new(),
        rarity: 0.0,
    });
    ids.insert(word.into(), id);
    id
}

/// A field kind and its text.
pub(super) fn field(kind: Field, text: &str) -> (Field, String) {
    (kind, text.to_owned())
}

/// Step text without the `**` emphasis markers.
/// The step titles, instructions and questions of a guide, and of every
/// flow it runs with a Call (each flow once, listed in `flows`).
pub(super) fn step_fields(
    pack: &Pack,
    guide: &Guide,
    fields: &mut Vec<(Field, String)>,
    flows: &mut HashSet<usize>,
) {
    for (_, node) in guide.nodes.iter() {
        match node {
            Node::Step(step) => {
                fields.push((Field::Step, step.title.clone()));
                fields.push((Field::Step, crate::text::plain(&step.text)));
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
