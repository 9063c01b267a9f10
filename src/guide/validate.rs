//! The pack linter. Every rule looks at the whole pack and returns every
//! problem it finds, never just the first.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use rayon::prelude::*;

use crate::guide::load::{LoadedGuide, MANIFEST_FILE, Pack, SHARE_OUT_FROM, Unresolved, file_stem};
use crate::guide::locate::{Locations, Pos, Seg};
use crate::guide::model::{Link, Mark, Node, Shot};
use crate::guide::problem::{Problem, Rule};
use crate::guide::source::{ImageError, MAX_IMAGE_SIDE, safe_relative};

/// Runs every rule over a loaded pack.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    profiling::function_scope!();
    validate_sharing_from(pack, SHARE_OUT_FROM)
}

/// [`validate`], sharing the nodes out over the cores when the pack has at
/// least `parallel_from` guides (tests compare both ways).
fn validate_sharing_from(pack: &Pack, parallel_from: usize) -> Vec<Problem> {
    let mut v = Validator::new(pack);
    v.parallel_from = parallel_from;
    v.manifest();
    v.guides();
    v.graph();
    v.problems
}

struct Validator<'p> {
    pack: &'p Pack,
    problems: Vec<Problem>,
    image_sizes: HashMap<String, Result<(u32, u32), ImageError>>,
    parallel_from: usize,
}

/// Where a value lives: a file, its positions, and the path prefix of the
/// node it belongs to (with the occurrence number for repeated ids).
#[derive(Clone, Copy)]
struct Place<'a> {
    file: &'a str,
    locations: &'a Locations,
    node: Option<(&'a str, usize)>,
}

impl Place<'_> {
    fn path(&self, rest: &[Seg]) -> Vec<Seg> {
        let mut path = Vec::new();
        if let Some((id, _)) = self.node {
            path.push(Seg::key("nodes"));
            path.push(Seg::owned(id));
        }
        path.extend_from_slice(rest);
        path
    }

    fn pos(&self, rest: &[Seg]) -> Pos {
        let nth = self.node.map_or(0, |(_, nth)| nth);
        self.locations.value(&self.path(rest), nth)
    }

    fn key_pos(&self, rest: &[Seg]) -> Pos {
        let nth = self.node.map_or(0, |(_, nth)| nth);
        self.locations.key(&self.path(rest), nth)
    }
}

fn key(name: &'static str) -> Seg {
    Seg::key(name)
}

impl<'p> Validator<'p> {
    fn new(pack: &'p Pack) -> Validator<'p> {
        Validator {
            pack,
            problems: Vec::new(),
            image_sizes: HashMap::new(),
            parallel_from: SHARE_OUT_FROM,
        }
    }

    fn error(&mut self, rule: Rule, place: Place<'_>, at: &[Seg], message: String) {
        self.problems
            .push(Problem::error(rule, place.file, place.pos(at), message));
    }

    fn warning(&mut self, rule: Rule, place: Place<'_>, at: &[Seg], message: String) {
        self.problems
            .push(Problem::warning(rule, place.file, place.pos(at), message));
    }

    /// Reports an empty (or all-blank) text.
    fn non_empty(&mut self, place: Place<'_>, at: &[Seg], text: &str, what: &str) {
        if text.trim().is_empty() {
            self.error(Rule::EmptyText, place, at, format!("{what} is empty"));
        }
    }

    fn non_empty_list(
        &mut self,
        place: Place<'_>,
        field: &'static str,
        items: &[String],
        what: &str,
    ) {
        for (i, item) in items.iter().enumerate() {
            // Format the message only for the rare empty item.
            if item.trim().is_empty() {
                self.non_empty(
                    place,
                    &[key(field), Seg::Index(i)],
                    item,
                    &format!("{what} {}", i + 1),
                );
            }
        }
    }

    fn manifest(&mut self) {
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

    /// Checks that a reference resolves; `from` is the guide it is written in.
    fn reference(
        &mut self,
        place: Place<'_>,
        at: &[Seg],
        from: Option<&str>,
        target: &str,
        rule: Rule,
        what: &str,
    ) {
        match self.pack.resolve(from, target) {
            Ok(_) => {}
            Err(Unresolved::NoGuide(guide)) if self.pack.failed_stems.contains(&guide) => {
                // The guide's own file failed to parse; that is already reported.
            }
            Err(Unresolved::NoStart(_)) => {
                // The guide's broken `start` is reported where it is written.
            }
            Err(e) => {
                let hint = self.suggestion(from, target);
                self.error(
                    rule,
                    place,
                    at,
                    format!("{what} points to \"{target}\", but {e}{hint}"),
                );
            }
        }
    }

    /// "; did you mean ...?" for a near miss among the known ids.
    fn suggestion(&self, from: Option<&str>, target: &str) -> String {
        let (guide_part, node_part) = crate::guide::load::split_reference(target);
        if guide_part.is_none() && from.is_some() && self.pack.guide(target).is_some() {
            return format!("; to start guide \"{target}\", write \"{target}#start\"");
        }
        let candidates: Vec<String> = match (guide_part, from) {
            (Some(guide), _) => match self.pack.guide(guide) {
                Some(g) => g
                    .guide
                    .nodes
                    .iter()
                    .map(|(id, _)| format!("{guide}#{id}"))
                    .collect(),
                None => self
                    .pack
                    .guides
                    .iter()
                    .map(|g| format!("{}#{node_part}", g.guide.id))
                    .collect(),
            },
            (None, Some(current)) => match self.pack.guide(current) {
                Some(g) => g.guide.nodes.iter().map(|(id, _)| id.to_owned()).collect(),
                None => Vec::new(),
            },
            (None, None) => self
                .pack
                .guides
                .iter()
                .map(|g| g.guide.id.clone())
                .collect(),
        };
        candidates
            .into_iter()
            .map(|c| (strsim::levenshtein(&c, target), c))
            .filter(|(distance, c)| *distance <= 2.max(c.len() / 4))
            .min()
            .map(|(_, c)| format!("; did you mean \"{c}\"?"))
            .unwrap_or_default()
    }

    fn guides(&mut self) {
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
                let hint = self.suggestion(Some(&guide.id), &guide.start);
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
        let node_problems: Vec<Problem> = if pack.guides.len() < self.parallel_from {
            let mut v = Validator::new(pack);
            pack.guides.iter().for_each(|loaded| v.guide_nodes(loaded));
            v.problems
        } else {
            pack.guides
                .par_iter()
                .fold(
                    || Validator::new(pack),
                    |mut v, loaded| {
                        v.guide_nodes(loaded);
                        v
                    },
                )
                .flat_map_iter(|v| v.problems)
                .collect()
        };
        self.problems.extend(node_problems);
    }

    /// Every node of one guide, the way on from each included.
    fn guide_nodes(&mut self, loaded: &LoadedGuide) {
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
            self.node(place, &guide.id, node);
        }
    }

    fn node(&mut self, place: Place<'_>, guide_id: &str, node: &Node) {
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
                self.non_empty_list(place, "tips", &outcome.tips, "tip");
                self.links(place, &outcome.links);
            }
        }
        if let Some(shot) = node.shot() {
            self.shot(place, shot);
        }
        for (exit, target) in node.exits() {
            // Most references resolve: build the message parts only when one does not.
            if self.pack.resolve_ids(Some(guide_id), target).is_ok() {
                continue;
            }
            let what = format!("`{}`", exit.field_name());
            self.reference(
                place,
                &exit.path(),
                Some(guide_id),
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

    fn shot(&mut self, place: Place<'_>, shot: &Shot) {
        let image_at = [key("shot"), key("image")];
        if let Err(why) = safe_relative(&shot.image) {
            self.error(
                Rule::UnsafePath,
                place,
                &image_at,
                format!("the image path is unsafe: {why}"),
            );
            return;
        }
        if shot.alt.trim().is_empty() {
            self.warning(
                Rule::EmptyText,
                place,
                &[key("shot")],
                "the screenshot has no `alt` text; screen readers have nothing to say about it"
                    .to_owned(),
            );
        }
        for (i, mark) in shot.marks.iter().enumerate() {
            if let Mark::Callout { text, .. } = mark {
                let at = [key("shot"), key("marks"), Seg::Index(i), key("text")];
                self.non_empty(place, &at, text, "the callout text");
            }
        }
        let pack = self.pack;
        let size = self
            .image_sizes
            .entry(shot.image.clone())
            .or_insert_with(|| pack.source.image_size(&shot.image))
            .clone();
        let (width, height) = match size {
            Ok(size) => size,
            Err(ImageError::File(crate::guide::source::FileError::Missing)) => {
                let message = format!("the image \"assets/{}\" does not exist", shot.image);
                self.error(Rule::MissingImage, place, &image_at, message);
                return;
            }
            Err(ImageError::File(crate::guide::source::FileError::TooLarge { size, limit })) => {
                let message = format!(
                    "the image \"assets/{}\" is {size} bytes; the limit is {limit} bytes",
                    shot.image
                );
                self.error(Rule::ImageTooLarge, place, &image_at, message);
                return;
            }
            Err(ImageError::File(crate::guide::source::FileError::Unsafe(why))) => {
                self.error(
                    Rule::UnsafePath,
                    place,
                    &image_at,
                    format!("the image path is unsafe: {why}"),
                );
                return;
            }
            Err(e) => {
                let message = format!("the image \"assets/{}\" cannot be used: {e}", shot.image);
                self.error(Rule::UnreadableImage, place, &image_at, message);
                return;
            }
        };
        if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
            let message = format!(
                "the image \"assets/{}\" is {width}x{height} pixels; the limit is {MAX_IMAGE_SIDE} on a side",
                shot.image
            );
            self.error(Rule::ImageTooLarge, place, &image_at, message);
        }
        let (w, h) = (width as f32, height as f32);
        for (i, mark) in shot.marks.iter().enumerate() {
            let at = [key("shot"), key("marks"), Seg::Index(i)];
            let outside = mark.points().into_iter().any(|(x, y)| {
                !(x.is_finite()
                    && y.is_finite()
                    && (0.0..=w).contains(&x)
                    && (0.0..=h).contains(&y))
            });
            let empty_box = matches!(mark, Mark::Highlight { rect: (_, _, rw, rh) } if *rw <= 0.0 || *rh <= 0.0);
            if outside {
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    format!(
                        "this {} reaches outside its {width}x{height} image \"{}\"",
                        mark_name(mark),
                        shot.image
                    ),
                );
            } else if empty_box {
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    "this highlight has no area: its width and height must be positive".to_owned(),
                );
            }
        }
    }

    /// Reachability, dead ends through cycles, and unreachable nodes.
    fn graph(&mut self) {
        profiling::function_scope!();
        let pack = self.pack;
        let graph = Graph::build(pack, pack.guides.len() >= self.parallel_from);
        let mut entries: Vec<usize> = Vec::new();
        if pack.manifest_loaded {
            let targets = pack
                .manifest
                .scenarios
                .iter()
                .map(|s| &s.start)
                .chain(pack.manifest.fallback.iter());
            for target in targets {
                if let Ok(at) = pack.resolve_position(None, target) {
                    entries.extend(graph.id(at));
                }
            }
        }
        for loaded in &pack.guides {
            let guide = &loaded.guide;
            // A guide with a broken start is entered at its first node, so
            // one typo does not also make the whole guide "unreachable".
            let first = guide
                .nodes
                .iter()
                .next()
                .map(|(id, _)| id)
                .unwrap_or_default();
            let start = pack
                .resolve_position(Some(&guide.id), &guide.start)
                .or_else(|_| pack.resolve_position(Some(&guide.id), first));
            if let Ok(at) = start {
                entries.extend(graph.id(at));
            }
        }
        profiling::scope!("reachability");
        let reached = graph.reachable(&entries, false);
        let exits = graph.reachable(&graph.outcomes(), true);
        for (i, node) in graph.nodes.iter().enumerate() {
            let Some((_, node_id, loaded_index)) = *node else {
                continue; // A repeated id, reported as such.
            };
            if reached[i] {
                continue;
            }
            let loaded = &pack.guides[loaded_index];
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: Some((node_id, 0)),
            };
            self.problems.push(Problem::warning(
                Rule::Unreachable,
                place.file,
                place.key_pos(&[]),
                format!("the node \"{node_id}\" is never reached: no scenario, guide start or other node leads to it"),
            ));
        }
        for cycle in graph.trapped_cycles(&exits) {
            // Repeated ids have no edges, so they never form a cycle.
            let Some((_, node_id, loaded_index)) = graph.nodes[cycle[0]] else {
                continue;
            };
            let loaded = &pack.guides[loaded_index];
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: Some((node_id, 0)),
            };
            let names: Vec<String> = cycle
                .iter()
                .filter_map(|&n| graph.nodes[n])
                .map(|(guide, node, _)| format!("{guide}#{node}"))
                .collect();
            self.problems.push(Problem::error(
                Rule::NoWayOut,
                place.file,
                place.key_pos(&[]),
                format!(
                    "these nodes lead only to each other and never to an Outcome: {}",
                    names.join(" -> ")
                ),
            ));
        }
    }
}

fn mark_name(mark: &Mark) -> &'static str {
    match mark {
        Mark::Highlight { .. } => "highlight",
        Mark::Arrow { .. } => "arrow",
        Mark::Callout { .. } => "callout",
    }
}

/// True for `https://host...` addresses.
pub fn is_safe_link(url: &str) -> bool {
    let url = url.trim();
    let Some(rest) = url
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .map(|_| &url[8..])
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The node graph of a whole pack, with cross-guide edges resolved. Nodes
/// are numbered by position: a guide's nodes follow each other, in file
/// order, from where the guide begins, so no id is hashed twice.
struct Graph<'p> {
    /// Guide id, node id, and the index of the guide in the pack; `None`
    /// for a node whose id repeats an earlier one (only the first counts).
    nodes: Vec<Option<(&'p str, &'p str, usize)>>,
    /// Where each guide's nodes begin in `nodes`; `None` for a guide whose
    /// id repeats an earlier guide's (only the first counts).
    begins: Vec<Option<usize>>,
    edges: Vec<Vec<usize>>,
    is_outcome: Vec<bool>,
}

impl<'p> Graph<'p> {
    /// Builds the graph; with `share_out`, the guides' edges are resolved
    /// on every core.
    fn build(pack: &'p Pack, share_out: bool) -> Graph<'p> {
        profiling::function_scope!();
        let mut nodes = Vec::new();
        let mut begins = Vec::with_capacity(pack.guides.len());
        let mut is_outcome = Vec::new();
        for (loaded_index, loaded) in pack.guides.iter().enumerate() {
            let guide = &loaded.guide;
            if pack.guide_position(&guide.id) != Some(loaded_index) {
                begins.push(None);
                continue;
            }
            begins.push(Some(nodes.len()));
            for (position, (id, node)) in guide.nodes.iter().enumerate() {
                let first = guide.nodes.is_first(position);
                nodes.push(first.then_some((guide.id.as_str(), id, loaded_index)));
                is_outcome.push(first && matches!(node, Node::Outcome(_)));
            }
        }
        let mut graph = Graph {
            edges: Vec::new(),
            nodes,
            begins,
            is_outcome,
        };
        // Resolving every way on is most of the work; each guide's on its own.
        let guide_edges = |(loaded, begin): (&LoadedGuide, &Option<usize>)| {
            let guide = &loaded.guide;
            let Some(begin) = *begin else {
                return Vec::new();
            };
            let graph = &graph;
            guide
                .nodes
                .iter()
                .enumerate()
                .map(|(position, (_, node))| {
                    if graph.nodes[begin + position].is_none() {
                        return Vec::new();
                    }
                    node.exits()
                        .into_iter()
                        .filter_map(|(_, target)| {
                            pack.resolve_position(Some(&guide.id), target).ok()
                        })
                        .filter_map(|at| graph.id(at))
                        .collect()
                })
                .collect::<Vec<Vec<usize>>>()
        };
        let per_guide: Vec<Vec<Vec<usize>>> = if !share_out {
            pack.guides
                .iter()
                .zip(&graph.begins)
                .map(guide_edges)
                .collect()
        } else {
            pack.guides
                .par_iter()
                .zip(&graph.begins)
                .map(guide_edges)
                .collect()
        };
        graph.edges = per_guide.into_iter().flatten().collect();
        graph
    }

    /// The graph's number for a node given by [`Pack::resolve_position`].
    fn id(&self, (guide, node): (usize, usize)) -> Option<usize> {
        self.begins
            .get(guide)
            .copied()
            .flatten()
            .map(|begin| begin + node)
    }

    fn outcomes(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.is_outcome[i])
            .collect()
    }

    /// Nodes reachable from `starts`, following edges forwards or backwards.
    fn reachable(&self, starts: &[usize], backwards: bool) -> Vec<bool> {
        let reverse;
        let edges = if backwards {
            let mut incoming = vec![Vec::new(); self.nodes.len()];
            for (from, tos) in self.edges.iter().enumerate() {
                for &to in tos {
                    incoming[to].push(from);
                }
            }
            reverse = incoming;
            &reverse
        } else {
            &self.edges
        };
        let mut seen = vec![false; self.nodes.len()];
        let mut stack: Vec<usize> = starts.to_vec();
        while let Some(n) = stack.pop() {
            if std::mem::replace(&mut seen[n], true) {
                continue;
            }
            stack.extend(edges[n].iter().copied().filter(|&m| !seen[m]));
        }
        seen
    }

    /// Strongly connected groups of nodes that cannot reach an Outcome and
    /// loop among themselves (Tarjan's algorithm, iterative).
    fn trapped_cycles(&self, can_exit: &[bool]) -> Vec<Vec<usize>> {
        profiling::function_scope!();
        let n = self.nodes.len();
        let trapped = |v: usize| !can_exit[v] && !self.is_outcome[v];
        let mut index = vec![usize::MAX; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut next_index = 0;
        let mut cycles = Vec::new();
        for root in 0..n {
            if !trapped(root) || index[root] != usize::MAX {
                continue;
            }
            // Each frame: the node and how many of its edges were visited.
            let mut frames = vec![(root, 0usize)];
            index[root] = next_index;
            low[root] = next_index;
            next_index += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&(v, edge)) = frames.last() {
                if let Some(&w) = self.edges[v].get(edge) {
                    if let Some(top) = frames.last_mut() {
                        top.1 += 1;
                    }
                    if !trapped(w) {
                        continue;
                    }
                    if index[w] == usize::MAX {
                        index[w] = next_index;
                        low[w] = next_index;
                        next_index += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        frames.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                frames.pop();
                if let Some(&(parent, _)) = frames.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut group = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        group.push(w);
                        if w == v {
                            break;
                        }
                    }
                    let loops = group.len() > 1 || self.edges[v].contains(&v);
                    if loops {
                        group.sort_unstable();
                        cycles.push(group);
                    }
                }
            }
        }
        cycles.sort();
        cycles
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{is_safe_link, validate_sharing_from};
    use crate::guide::problem::{Rule, sort_problems};
    use crate::guide::synthetic::synthetic_pack;
    use crate::guide::{Pack, PackSource};

    /// A 40-guide generated pack with mistakes planted in a few of its files.
    fn broken_big_pack() -> PackSource {
        let mut files = synthetic_pack(40, 20);
        let mut edit = |file: &str, from: &str, to: &str| {
            let text = String::from_utf8_lossy(&files[file]).replacen(from, to, 1);
            files.insert(file.to_owned(), Arc::from(text.into_bytes()));
        };
        edit("data/g3.ron", "next: \"n2\"", "next: \"n2x\"");
        edit("data/g17.ron", "\"n4\": Step", "\"n3\": Step");
        edit(
            "data/g25.ron",
            "rect: (4, 4, 20, 10)",
            "rect: (4, 4, 200, 10)",
        );
        edit("data/g31.ron", "to: \"g32#start\"", "to: \"g99#start\"");
        edit("data/g38.ron", "Guide(", "Guide(((");
        PackSource::Memory(Arc::new(files))
    }

    #[test]
    fn sharing_nodes_out_over_cores_finds_the_same_problems() {
        let (pack, load_problems) = Pack::load(broken_big_pack());
        // The broken file is reported and left out; the others stay, in order.
        assert_eq!(load_problems.len(), 1, "{load_problems:#?}");
        assert_eq!(load_problems[0].file, "data/g38.ron");
        let ids: Vec<&str> = pack.guides.iter().map(|g| g.guide.id.as_str()).collect();
        let mut expected: Vec<String> = (0..40)
            .filter(|g| *g != 38)
            .map(|g| format!("g{g}"))
            .collect();
        expected.sort();
        assert_eq!(ids, expected);

        let mut one_thread = validate_sharing_from(&pack, usize::MAX);
        let mut shared = validate_sharing_from(&pack, 0);
        sort_problems(&mut one_thread);
        sort_problems(&mut shared);
        assert_eq!(one_thread, shared);
        let found: Vec<(&str, Rule)> = shared.iter().map(|p| (p.file.as_str(), p.rule)).collect();
        for planted in [
            ("data/g3.ron", Rule::DanglingReference),
            ("data/g17.ron", Rule::DuplicateId),
            ("data/g25.ron", Rule::MarkOutsideImage),
            ("data/g31.ron", Rule::DanglingReference),
        ] {
            assert!(found.contains(&planted), "{planted:?} not in {found:#?}");
        }
    }

    #[test]
    fn only_https_links_are_safe() {
        assert!(is_safe_link("https://help.example.com/node/123"));
        assert!(is_safe_link("HTTPS://example.com"));
        for bad in [
            "http://example.com",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https://user@evil.example",
            "https://exa mple.com",
            "",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }
}
