//! What the window shows after a pack is read again while an author edits
//! it: [`adopt`] decides whether the reloaded pack replaces the one shown
//! (a broken save never replaces a good pack), and [`keep_place`] puts the
//! walk in progress back where it was, or as near as the changed guides
//! allow. Pure rules over loaded packs: no files, no threads, no window.

use std::collections::BTreeSet;

use crate::guide::loaded::Loaded;
use crate::guide::model::Node;
use crate::guide::walk::Walk;
use crate::guide::{NodeRef, Pack, Problem, Rule};

/// What the window does with a pack read again after a change.
pub enum Adoption {
    /// Show this pack from now on, with its problems.
    Replace(Box<Loaded>),
    /// Go on showing the pack shown now (the last one that worked): the
    /// reloaded one is worse. `problems` are the reloaded pack's, the ones
    /// the author sees now: they say what is wrong with the files as they
    /// are on disk, and go away when the files are mended.
    Keep {
        /// The reloaded pack's problems, sorted.
        problems: Vec<Problem>,
    },
}

/// How bad a loaded pack is, for [`adopt`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Health {
    /// Files that did not load at all (missing, unreadable, not RON).
    unread_files: usize,
    /// Errors of any kind, those included.
    errors: usize,
}

impl Health {
    fn of(loaded: &Loaded) -> Health {
        let errors: Vec<&Problem> = loaded.problems.iter().filter(|p| p.is_error()).collect();
        let unread: BTreeSet<&str> = errors
            .iter()
            .filter(|p| matches!(p.rule, Rule::File | Rule::Syntax | Rule::UnsafePath))
            .map(|p| p.file.as_str())
            .collect();
        Health {
            unread_files: unread.len(),
            errors: errors.len(),
        }
    }
}

/// Decides whether the window shows a reloaded pack:
///
/// - a reloaded pack without errors replaces the one shown;
/// - one with errors does not replace a pack without errors: the last good
///   pack stays usable, and the reloaded pack's problems are what the
///   author sees ([`Adoption::Keep`]); they update with every save and
///   vanish when the files are mended, which replaces the pack;
/// - when the pack shown has errors itself, a reloaded pack that is no
///   worse replaces it: no more files that failed to load and no more
///   errors. So mending one of two mistakes shows at once, and a file
///   half typed (a syntax error) never replaces a pack whose other guides
///   worked;
/// - the empty pack shown while the first load runs is always replaced.
pub fn adopt(current: &Loaded, reloaded: Loaded) -> Adoption {
    let new = Health::of(&reloaded);
    let old = Health::of(current);
    let shown_is_empty = !current.pack.manifest_loaded && current.pack.guides.is_empty();
    let no_worse = new.unread_files <= old.unread_files && new.errors <= old.errors;
    if new.errors == 0 || shown_is_empty || (old.errors > 0 && no_worse) {
        Adoption::Replace(Box::new(reloaded))
    } else {
        Adoption::Keep {
            problems: reloaded.problems,
        }
    }
}

/// Where a walk goes when the pack under it was read again. Returns the
/// walk (checked with [`Walk::verify`]) and, when it had to move, a short
/// note for the author:
///
/// - it stays where it was when that node is still there (nodes of its
///   history that are gone are left out of Back's way, ticks on them are
///   dropped);
/// - when the node it was on is gone (or is now a Call or a Return, or
///   the flow it was inside is no longer called from there), it goes back
///   to the nearest earlier node of its history that still fits: "The
///   step you were on is gone; you are back at "Unplug it"."
/// - when nothing of its way is left, it starts again from its scenario or
///   start; when that is gone too, there is no walk (`None`).
///
/// The walk takes the pack's id as it is now: an author renaming the pack
/// is still walking it.
pub fn keep_place(walk: &Walk, new_pack: &Pack) -> (Option<Walk>, Option<String>) {
    let mut walk = walk.clone();
    walk.pack = new_pack.manifest.id.clone();
    if walk.verify(new_pack).is_ok() {
        return (Some(walk), None);
    }
    // Every place of the walk, oldest first, with the flows it was inside.
    let mut places: Vec<(NodeRef, Vec<NodeRef>)> = walk
        .history
        .iter()
        .enumerate()
        .map(|(i, at)| (at.clone(), walk.stack_at(i).to_vec()))
        .collect();
    places.push((walk.current.clone(), walk.stack.clone()));
    let fits = |(at, stack): &(NodeRef, Vec<NodeRef>)| {
        new_pack.node(at).is_some_and(|node| !node.is_transit())
            && stack
                .iter()
                .all(|call| matches!(new_pack.node(call), Some(Node::Call(_))))
    };
    let last = places.len() - 1;
    let Some(here) = places.iter().rposition(fits) else {
        return start_again(&walk, new_pack);
    };
    let moved = here != last;
    let mut kept: Vec<(NodeRef, Vec<NodeRef>)> = places.drain(..=here).filter(fits).collect();
    let Some((current, stack)) = kept.pop() else {
        return start_again(&walk, new_pack);
    };
    let mut placed = walk.clone();
    placed.history = kept.iter().map(|(at, _)| at.clone()).collect();
    placed.history_stacks = kept.into_iter().map(|(_, stack)| stack).collect();
    if placed.history_stacks.iter().all(Vec::is_empty) {
        placed.history_stacks.clear();
    }
    placed.current = current;
    placed.stack = stack;
    placed.checked.retain(|at, _| new_pack.node(at).is_some());
    if new_pack.node(&placed.start).is_none() {
        // Restart goes to the first place that is left.
        placed.start = placed.history.first().unwrap_or(&placed.current).clone();
    }
    if placed.verify(new_pack).is_err() {
        return start_again(&walk, new_pack);
    }
    let note = moved.then(|| {
        format!(
            "The step you were on is gone; you are back at \"{}\".",
            node_title(new_pack, &placed.current)
        )
    });
    (Some(placed), note)
}

/// A walk none of whose places is left: from its scenario, else from its
/// start, else none.
fn start_again(walk: &Walk, pack: &Pack) -> (Option<Walk>, Option<String>) {
    let again = match &walk.scenario {
        Some(scenario) => Walk::begin_scenario(pack, scenario).ok(),
        None => None,
    }
    .or_else(|| Walk::begin(pack, None, &walk.start.to_string()).ok());
    match again {
        Some(again) => {
            let note = format!(
                "The steps you were on are gone; the guide starts again at \"{}\".",
                node_title(pack, &again.current)
            );
            (Some(again), Some(note))
        }
        None => (None, Some("The guide you were walking is gone.".to_owned())),
    }
}

/// A node's title, or its id when the title is empty.
fn node_title(pack: &Pack, at: &NodeRef) -> String {
    match pack.node(at).map(Node::title) {
        Some(title) if !title.trim().is_empty() => title.to_owned(),
        _ => at.node.clone(),
    }
}
