//! The rules for the manifest, the guides and their nodes: ids, texts,
//! references and links. Screenshots are checked in `shots.rs`.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use rayon::prelude::*;

use super::{Place, Validator, is_safe_link, key};
use crate::guide::load::{MANIFEST_FILE, file_stem};
use crate::guide::locate::Seg;
use crate::guide::model::{Link, Node};
use crate::guide::pack::LoadedGuide;
use crate::guide::problem::{Problem, Rule};

impl Validator<'_> {
    pub(super) fn manifest(&mut self) {
        profiling::function_scope!();
        let pack = self.pack;
        if !pack.manifest_loaded {
            return;
        }
        let m = &pack.manifest;
        let place = Place {
            file: MANIFEST_FILE,
            locations: &pack.manifest_locations,
            node: None,
        };
        self.non_empty(place, &[key("id")], &m.id, "the pack id");
        self.non_empty(place, &[key("title")], &m.title, "the pack title");
        if m.scenarios.is_empty() {
            self.error(
                Rule::ScenarioTarget,
                place,
                &[key("scenarios")],
                "the pack has no scenarios, so the home screen would be empty".to_owned(),
            );
        }
        let mut seen = HashSet::new();
        for (i, scenario) in m.scenarios.iter().enumerate() {
            let at = |field: &'static str| vec![key("scenarios"), Seg::Index(i), key(field)];
            self.non_empty(place, &at("id"), &scenario.id, "the scenario id");
            self.non_empty(place, &at("title"), &scenario.title, "the scenario title");
            if !seen.insert(scenario.id.as_str()) {
                self.error(
                    Rule::DuplicateId,
                    place,
                    &at("id"),
                    format!("another scenario already has the id \"{}\"", scenario.id),
                );
            }
            for (k, word) in scenario.keywords.iter().enumerate() {
                let mut path = at("keywords");
                path.push(Seg::Index(k));
                self.non_empty(place, &path, word, "a keyword");
            }
            self.reference(
                place,
                &at("start"),
                None,
                None,
                &scenario.start,
                Rule::ScenarioTarget,
                "the scenario's start",
            );
        }
        if let Some(fallback) = &m.fallback {
            self.reference(
                place,
                &[key("fallback")],
                None,
                None,
                fallback,
                Rule::ScenarioTarget,
                "the fallback",
            );
        }
        for (i, synonym) in m.synonyms.iter().enumerate() {
            let base = vec![key("synonyms"), Seg::Index(i)];
            let mut means = base.clone();
            means.push(key("means"));
            self.non_empty(place, &means, &synonym.means, "the synonym's meaning");
            if synonym.words.is_empty() {
                self.error(
                    Rule::EmptyText,
                    place,
                    &base,
                    "the synonym lists no words".to_owned(),
                );
            }
            for (k, word) in synonym.words.iter().enumerate() {
                let mut path = base.clone();
                path.extend([key("words"), Seg::Index(k)]);
                self.non_empty(place, &path, word, "a synonym word");
            }
        }
        for (k, word) in m.filler_words.iter().enumerate() {
            let path = [key("filler_words"), Seg::Index(k)];
            self.non_empty(place, &path, word, "a filler word");
        }
    }

    pub(super) fn guides(&mut self) {
        profiling::function_scope!();
        let pack = self.pack;
        let mut first_file: HashMap<&str, &str> = HashMap::new();
        for loaded in &pack.guides {
            let guide = &loaded.guide;
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: None,
            };
            self.non_empty(place, &[key("id")], &guide.id, "the guide id");
            self.non_empty(place, &[key("title")], &guide.title, "the guide title");
            self.non_empty_list(place, "summary", &guide.summary, "summary line");
            self.non_empty_list(place, "keywords", &guide.keywords, "keyword");
            for (i, source) in guide.sources.iter().enumerate() {
                let at = |field: &'static str| [key("sources"), Seg::Index(i), key(field)];
                self.non_empty(place, &at("title"), &source.title, "the source's title");
                if let Some(url) = &source.url
                    && !is_safe_link(url)
                {
                    self.error(
                        Rule::UnsafeLink,
                        place,
                        &at("url"),
                        format!(
                            "the source's address \"{url}\" is not an https:// address; only https links are allowed"
                        ),
                    );
                }
            }
            if let Some(other) = first_file.get(guide.id.as_str()) {
                self.error(
                    Rule::DuplicateId,
                    place,
                    &[key("id")],
                    format!("the guide id \"{}\" is already used by {other}", guide.id),
                );
            } else {
                first_file.insert(&guide.id, &loaded.file);
            }
            if !guide.id.is_empty() && guide.id != file_stem(&loaded.file) {
                self.warning(
                    Rule::FileName,
                    place,
                    &[key("id")],
                    format!(
                        "the guide id \"{}\" differs from its file name; name the file {}.ron so authors can find it",
                        guide.id, guide.id
                    ),
                );
            }
            if guide.nodes.is_empty() {
                self.error(
                    Rule::DeadEnd,
                    place,
                    &[key("nodes")],
                    "the guide has no nodes".to_owned(),
                );
            } else if guide.nodes.get(&guide.start).is_none() {
                let intended = self.intended(Some(&guide.id), &guide.start);
                let suggested = intended.as_ref().map(|(c, _)| c.as_str());
                self.detour(None, Some(&guide.id), &guide.start, suggested);
                let hint = intended.map(|(_, hint)| hint).unwrap_or_default();
                self.error(
                    Rule::DanglingReference,
                    place,
                    &[key("start")],
                    format!(
                        "the start node \"{}\" is not in this guide{hint}",
                        guide.start
                    ),
                );
            }
        }
        // The nodes: by far the most work, and each guide's on its own, so
        // big packs share them out over the cores.
        let (node_problems, detours) = if pack.guides.len() < self.parallel_from {
            let mut v = Validator::new(pack);
            for (index, loaded) in pack.guides.iter().enumerate() {
                v.guide_nodes(index, loaded);
            }
            (v.problems, v.detours)
        } else {
            pack.guides
                .par_iter()
                .enumerate()
                .fold(
                    || Validator::new(pack),
                    |mut v, (index, loaded)| {
                        v.guide_nodes(index, loaded);
                        v
                    },
                )
                .map(|v| (v.problems, v.detours))
                .reduce(
                    || (Vec::new(), Vec::new()),
                    |mut all, (problems, detours)| {
                        all.0.extend(problems);
                        all.1.extend(detours);
                        all
                    },
                )
        };
        self.problems.extend(node_problems);
        self.detours.extend(detours);
    }

    /// Every node of one guide, the way on from each included.
    fn guide_nodes(&mut self, index: usize, loaded: &LoadedGuide) {
        profiling::function_scope!();
        let guide = &loaded.guide;
        let place = Place {
            file: &loaded.file,
            locations: &loaded.locations,
            node: None,
        };
        // How often each repeated id has come back so far (only repeats are
        // counted, so a guide without them never fills this).
        let mut repeats: HashMap<&str, usize> = HashMap::new();
        for (position, (id, node)) in guide.nodes.iter().enumerate() {
            // How many nodes before this one have its id (0 but for repeats).
            let nth = if guide.nodes.is_first(position) {
                0
            } else {
                let seen = repeats.entry(id).or_insert(0);
                *seen += 1;
                *seen
            };
            let place = Place {
                node: Some((id, nth)),
                ..place
            };
            if nth > 0 {
                self.problems.push(Problem::error(
                    Rule::DuplicateId,
                    place.file,
                    place.key_pos(&[]),
                    format!(
                        "the node id \"{id}\" is used twice in this guide; the second is ignored"
                    ),
                ));
                continue;
            }
            if id.trim().is_empty() || id.contains('#') {
                self.problems.push(Problem::error(
                    Rule::EmptyText,
                    place.file,
                    place.key_pos(&[]),
                    format!("\"{id}\" is not a usable node id: it must be non-empty and must not contain #"),
                ));
            }
            self.node(place, &guide.id, (index, position), node);
        }
    }

    /// One node's rules; `at` is its (guide, node) position in the pack.
    fn node(&mut self, place: Place<'_>, guide_id: &str, at: (usize, usize), node: &Node) {
        match node {
            Node::Step(step) => {
                self.non_empty(place, &[key("title")], &step.title, "the step title");
                self.non_empty(place, &[key("text")], &step.text, "the step instruction");
                self.non_empty_list(place, "checks", &step.checks, "check");
                if let Some(stuck) = &step.stuck {
                    self.non_empty(
                        place,
                        &[key("stuck"), key("label")],
                        &stuck.label,
                        "the stuck button's label",
                    );
                }
                if step.next.is_none() && step.stuck.is_none() {
                    self.problems.push(Problem::error(
                        Rule::DeadEnd,
                        place.file,
                        place.key_pos(&[]),
                        "this step has no `next` (and no `stuck`): the user cannot go on; add `next`, or make it an Outcome".to_owned(),
                    ));
                }
                self.links(place, &step.links);
            }
            Node::Question(question) => {
                self.non_empty(place, &[key("prompt")], &question.prompt, "the question");
                if question.options.is_empty() {
                    self.problems.push(Problem::error(
                        Rule::DeadEnd,
                        place.file,
                        place.key_pos(&[]),
                        "this question has no options: the user cannot answer it".to_owned(),
                    ));
                }
                for (i, option) in question.options.iter().enumerate() {
                    let at = [key("options"), Seg::Index(i), key("label")];
                    self.non_empty(
                        place,
                        &at,
                        &option.label,
                        &format!("the label of option {}", i + 1),
                    );
                }
            }
            Node::Outcome(outcome) => {
                self.non_empty(place, &[key("title")], &outcome.title, "the outcome title");
                let pack = self.pack;
                if outcome.not_solved.is_none()
                    && pack.manifest_loaded
                    && pack.manifest.fallback.is_none()
                {
                    self.problems.push(Problem::warning(
                        Rule::NoNextMove,
                        place.file,
                        place.key_pos(&[]),
                        "if this does not solve the problem, the user has nowhere to go: add `not_solved: \"...\"` (the node to try next) to this Outcome, or a `fallback` to data/pack.ron for every Outcome".to_owned(),
                    ));
                }
                self.non_empty_list(place, "tips", &outcome.tips, "tip");
                for (i, option) in outcome.options.iter().enumerate() {
                    let at = [key("options"), Seg::Index(i), key("label")];
                    let what = format!("the label of way on {}", i + 1);
                    self.non_empty(place, &at, &option.label, &what);
                }
                self.links(place, &outcome.links);
            }
            // Their references are checked below; the flow rules are in graph.rs.
            Node::Call(_) | Node::Return => {}
        }
        if let Some(shot) = node.shot() {
            self.shot(place, shot);
        }
        for (exit, target) in node.exits() {
            // Most references resolve: build the message parts only when one does not.
            let from = exit.context(guide_id);
            if self.pack.resolve_ids(from, target).is_ok() {
                continue;
            }
            let what = format!("`{}`", exit.field_name());
            self.reference(
                place,
                &exit.path(),
                from,
                Some(at),
                target,
                Rule::DanglingReference,
                &what,
            );
        }
    }

    fn links(&mut self, place: Place<'_>, links: &[Link]) {
        for (i, link) in links.iter().enumerate() {
            let at = |field: &'static str| [key("links"), Seg::Index(i), key(field)];
            self.non_empty(place, &at("label"), &link.label, "the link's label");
            if !is_safe_link(&link.url) {
                self.error(
                    Rule::UnsafeLink,
                    place,
                    &at("url"),
                    format!(
                        "the link \"{}\" is not an https:// address; only https links are allowed",
                        link.url
                    ),
                );
            }
        }
    }
}
