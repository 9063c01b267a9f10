//! The pack linter. Every rule looks at the whole pack and returns every
//! problem it finds, never just the first. The rules live in four rooms:
//! `rules.rs` (the manifest, guides and nodes: ids, texts, references,
//! links), `shots.rs` (screenshots and their marks), `graph.rs`
//! (reachability and loops, on the pack's [`Graph`](crate::guide::graph::Graph))
//! and `flows.rs` (shared flows: Call and Return, on the same graph).
//! This file holds what they share: where a problem is, and how a
//! reference is checked.

mod flows;
mod freshness;
mod graph;
mod rules;
mod shots;

use foldhash::{HashMap, HashMapExt};

use crate::guide::date::Date;
use crate::guide::load::SHARE_OUT_FROM;
use crate::guide::locate::{Locations, Pos, Seg};
use crate::guide::pack::{Pack, Unresolved, split_reference};
use crate::guide::problem::{Problem, Rule};
use crate::guide::source::ImageError;

/// Runs every rule over a loaded pack.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    validate_on(pack, Date::today())
}

/// [`validate`] as of `today` (how old a guide's `verified` date is
/// depends on the day it is checked).
pub fn validate_on(pack: &Pack, today: Date) -> Vec<Problem> {
    profiling::function_scope!();
    let mut v = Validator::new(pack);
    v.today = today;
    v.manifest();
    v.guides();
    v.graph();
    v.freshness();
    v.problems
}

/// [`validate`], sharing the nodes out over the cores when the pack has at
/// least `parallel_from` guides (tests compare both ways).
#[cfg(test)]
fn validate_sharing_from(pack: &Pack, parallel_from: usize) -> Vec<Problem> {
    let mut v = Validator::new(pack);
    v.parallel_from = parallel_from;
    v.manifest();
    v.guides();
    v.graph();
    v.freshness();
    v.problems
}

struct Validator<'p> {
    pack: &'p Pack,
    problems: Vec<Problem>,
    image_sizes: HashMap<String, Result<(u32, u32), ImageError>>,
    /// The files under `assets/`, listed when the first missing image
    /// wants a suggestion (never on a pack without problems).
    asset_files: Option<Vec<String>>,
    /// Where the dangling references found so far were probably meant to
    /// lead, for the reachability rule.
    detours: Vec<Detour>,
    parallel_from: usize,
    /// The day the pack is checked on, for how old `verified` dates are.
    today: Date,
}

/// Where a dangling reference was probably meant to lead, so that one typo
/// does not also make the nodes behind it "unreachable".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Detour {
    /// The node it is written in, as (guide, node) positions in the pack;
    /// `None` for a scenario, the fallback or a guide's `start`.
    from: Option<(usize, usize)>,
    /// Where it was meant to lead.
    to: Intended,
}

/// What a dangling reference was meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Intended {
    /// The node of the "did you mean" suggestion, as positions.
    Node((usize, usize)),
    /// Some node of this guide (by position in the pack), but which one
    /// cannot be told.
    SomewhereIn(usize),
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
            asset_files: None,
            detours: Vec::new(),
            parallel_from: SHARE_OUT_FROM,
            today: Date::today(),
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

    /// Checks that a reference resolves; `from` is the guide it is written
    /// in, `node` the node (as positions) when it is written in one.
    #[allow(clippy::too_many_arguments)]
    fn reference(
        &mut self,
        place: Place<'_>,
        at: &[Seg],
        from: Option<&str>,
        node: Option<(usize, usize)>,
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
                let intended = self.intended(from, target);
                self.detour(
                    node,
                    from,
                    target,
                    intended.as_ref().map(|(c, _)| c.as_str()),
                );
                let hint = intended.map(|(_, hint)| hint).unwrap_or_default();
                self.error(
                    rule,
                    place,
                    at,
                    format!("{what} points to \"{target}\", but {e}{hint}"),
                );
            }
        }
    }

    /// Notes where a dangling reference was probably meant to lead: the
    /// suggested reference if there is one, or else the guide it names (or
    /// is written in).
    fn detour(
        &mut self,
        node: Option<(usize, usize)>,
        from: Option<&str>,
        target: &str,
        suggested: Option<&str>,
    ) {
        let pack = self.pack;
        let to = match suggested.map(|s| pack.resolve_position(from, s)) {
            Some(Ok(at)) => Intended::Node(at),
            _ => {
                let guide = match (split_reference(target), from) {
                    ((Some(guide), _), _) => Some(guide),
                    ((None, _), Some(current)) => Some(current),
                    ((None, _), None) => None,
                };
                match guide.and_then(|g| pack.guide_position(g)) {
                    Some(g) => Intended::SomewhereIn(g),
                    None => return,
                }
            }
        };
        self.detours.push(Detour { from: node, to });
    }

    /// The reference the author probably meant by a dangling one, and the
    /// hint that says so ("; did you mean ...?").
    fn intended(&self, from: Option<&str>, target: &str) -> Option<(String, String)> {
        let (guide_part, node_part) = split_reference(target);
        if guide_part.is_none() && from.is_some() && self.pack.guide(target).is_some() {
            let start = format!("{target}#start");
            let hint = format!("; to start guide \"{target}\", write \"{start}\"");
            return Some((start, hint));
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
            .map(|(_, c)| {
                let hint = format!("; did you mean \"{c}\"?");
                (c, hint)
            })
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{is_safe_link, validate_sharing_from};
    use crate::guide::pack::Pack;
    use crate::guide::problem::{Rule, sort_problems};
    use crate::guide::source::PackSource;
    use crate::guide::synthetic::synthetic_pack;

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
            "rect: (40, 40, 200, 100)",
            "rect: (40, 40, 2000, 100)",
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
