//! The walker: where the user is in a guide, how they got there, and what
//! they ticked. The UI turns clicks and keys into [`Command`]s; everything
//! here works (and is tested) without egui. A walk is plain data, so it can
//! be saved and resumed; [`Walk::verify`] tells when the pack has changed
//! under a saved walk.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use crate::guide::model::Node;
use crate::guide::pack::{NodeRef, Pack, Unresolved};

/// Longest expected path we follow ahead of the user, to bound the work on
/// pathological packs.
const MAX_AHEAD: usize = 500;

/// Everything the user can do while walking a guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// "Done, next step".
    Next,
    /// Go back to the previous node.
    Back,
    /// Pick answer number `n` (0-based) of a question.
    Choose(usize),
    /// "I don't see this".
    Stuck,
    /// Start the guide again from its first node.
    Restart,
    /// Tick or untick confirmation item `n` (0-based) of the current step.
    ToggleCheck(usize),
    /// At an outcome, "No, it didn't solve it": go on to the outcome's
    /// `not_solved`, or else to the pack's `fallback`.
    NotSolved,
}

/// Why a command did nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WalkError {
    /// The command makes no sense here (Next on a question, Back at the start).
    #[error("{0}")]
    NotHere(&'static str),
    /// The pack points somewhere that does not exist.
    #[error("this guide has a broken link: {0}")]
    Broken(#[from] Unresolved),
    /// The node the walk stands on is gone.
    #[error(transparent)]
    Stale(#[from] StaleWalk),
}

/// A saved walk that no longer fits the pack.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StaleWalk {
    /// The walk belongs to another pack.
    #[error("it was saved for another pack (\"{0}\")")]
    OtherPack(String),
    /// A node of the walk was removed or renamed.
    #[error("the step \"{0}\" is no longer in the guide")]
    MissingNode(NodeRef),
}

/// A user's way through a pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Walk {
    /// The pack the walk belongs to.
    pub pack: String,
    /// The home-screen scenario it began from, if any.
    pub scenario: Option<String>,
    /// Where Restart goes.
    pub start: NodeRef,
    /// Where the user is now.
    pub current: NodeRef,
    /// Every node before this one, oldest first; Back pops it.
    pub history: Vec<NodeRef>,
    /// Ticked confirmation items, by node.
    pub checked: BTreeMap<NodeRef, BTreeSet<usize>>,
}

/// How far along the expected path the user is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Nodes behind the user.
    pub done: usize,
    /// Nodes still to do on the expected path, the current one included;
    /// outcomes are not counted.
    pub remaining: usize,
}

impl Progress {
    /// All nodes of the expected path.
    pub fn total(&self) -> usize {
        self.done + self.remaining
    }

    /// Share of the path done, from 0 to 1.
    pub fn fraction(&self) -> f32 {
        if self.total() == 0 {
            1.0
        } else {
            self.done as f32 / self.total() as f32
        }
    }
}

/// One line of the visual checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    /// The node.
    pub at: NodeRef,
    /// Done, current, or expected ahead.
    pub state: ItemState,
}

/// Where a checklist line stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemState {
    /// Behind the user.
    Done,
    /// Where the user is.
    Current,
    /// On the expected path ahead.
    Ahead,
}

impl Walk {
    /// Starts a walk at a reference written in pack.ron style
    /// (`"guide"` or `"guide#node"`).
    pub fn begin(pack: &Pack, scenario: Option<&str>, target: &str) -> Result<Walk, Unresolved> {
        let start = pack.resolve(None, target)?;
        Ok(Walk {
            pack: pack.manifest.id.clone(),
            scenario: scenario.map(str::to_owned),
            current: start.clone(),
            start,
            history: Vec::new(),
            checked: BTreeMap::new(),
        })
    }

    /// Starts the walk of a home-screen scenario by its id.
    pub fn begin_scenario(pack: &Pack, scenario_id: &str) -> Result<Walk, Unresolved> {
        let scenario = pack
            .manifest
            .scenarios
            .iter()
            .find(|s| s.id == scenario_id)
            .ok_or_else(|| Unresolved::Malformed(scenario_id.to_owned()))?;
        Walk::begin(pack, Some(&scenario.id), &scenario.start)
    }

    /// The node the user is on.
    pub fn node<'p>(&self, pack: &'p Pack) -> Option<&'p Node> {
        pack.node(&self.current)
    }

    /// Checks that every node this walk mentions still exists in the pack.
    pub fn verify(&self, pack: &Pack) -> Result<(), StaleWalk> {
        if self.pack != pack.manifest.id {
            return Err(StaleWalk::OtherPack(self.pack.clone()));
        }
        let all = std::iter::once(&self.start)
            .chain(std::iter::once(&self.current))
            .chain(self.history.iter())
            .chain(self.checked.keys());
        for at in all {
            if pack.node(at).is_none() {
                return Err(StaleWalk::MissingNode(at.clone()));
            }
        }
        Ok(())
    }

    /// Applies a command. On error the walk is unchanged.
    pub fn apply(&mut self, pack: &Pack, command: Command) -> Result<(), WalkError> {
        let node = self
            .node(pack)
            .ok_or_else(|| StaleWalk::MissingNode(self.current.clone()))?;
        let target = match (command, node) {
            (Command::Back, _) => {
                let previous = self
                    .history
                    .pop()
                    .ok_or(WalkError::NotHere("this is the first step"))?;
                self.current = previous;
                return Ok(());
            }
            (Command::Restart, _) => {
                self.history.clear();
                self.checked.clear();
                self.current = self.start.clone();
                return Ok(());
            }
            (Command::ToggleCheck(n), Node::Step(step)) if n < step.checks.len() => {
                let ticks = self.checked.entry(self.current.clone()).or_default();
                if !ticks.remove(&n) {
                    ticks.insert(n);
                }
                if ticks.is_empty() {
                    self.checked.remove(&self.current);
                }
                return Ok(());
            }
            (Command::ToggleCheck(_), _) => {
                return Err(WalkError::NotHere("there is no such check here"));
            }
            (Command::Next, Node::Step(step)) => step
                .next
                .as_deref()
                .ok_or(WalkError::NotHere("this step has no next step"))?,
            (Command::Next, Node::Question(_)) => {
                return Err(WalkError::NotHere("choose an answer first"));
            }
            (Command::Next, Node::Outcome(_)) => {
                return Err(WalkError::NotHere("this is the end of the guide"));
            }
            (Command::Choose(n), Node::Question(question)) => question
                .options
                .get(n)
                .map(|o| o.to.as_str())
                .ok_or(WalkError::NotHere("there is no such answer"))?,
            (Command::Choose(_), _) => return Err(WalkError::NotHere("there is no question here")),
            (Command::Stuck, Node::Step(step)) => step
                .stuck
                .as_ref()
                .map(|s| s.to.as_str())
                .ok_or(WalkError::NotHere("this step has no other way"))?,
            (Command::Stuck, _) => return Err(WalkError::NotHere("this step has no other way")),
            (Command::NotSolved, Node::Outcome(outcome)) => {
                let to = match (&outcome.not_solved, &pack.manifest.fallback) {
                    (Some(target), _) => pack.resolve(Some(&self.current.guide), target)?,
                    (None, Some(fallback)) => pack.resolve(None, fallback)?,
                    (None, None) => return Err(WalkError::NotHere("there is no other suggestion")),
                };
                if to == self.current {
                    return Err(WalkError::NotHere("there is no other suggestion"));
                }
                let from = std::mem::replace(&mut self.current, to);
                self.history.push(from);
                return Ok(());
            }
            (Command::NotSolved, _) => {
                return Err(WalkError::NotHere("this is not the end of a guide"));
            }
        };
        let to = pack.resolve(Some(&self.current.guide), target)?;
        let from = std::mem::replace(&mut self.current, to);
        self.history.push(from);
        Ok(())
    }

    /// Moves straight to node `to` (the map's "Go here"): a new position
    /// like any other, so Back returns to where the person was. Ticks stay.
    pub fn jump(&mut self, pack: &Pack, to: &NodeRef) -> Result<(), WalkError> {
        if pack.node(to).is_none() {
            return Err(StaleWalk::MissingNode(to.clone()).into());
        }
        if *to != self.current {
            let from = std::mem::replace(&mut self.current, to.clone());
            self.history.push(from);
        }
        Ok(())
    }

    /// Whether a command would do something now.
    pub fn can(&self, pack: &Pack, command: Command) -> bool {
        self.clone().apply(pack, command).is_ok()
    }

    /// The nodes ahead on the expected path: `next` for steps, the first
    /// answer for questions, up to and including the first Outcome.
    pub fn ahead(&self, pack: &Pack) -> Vec<NodeRef> {
        let mut ahead = Vec::new();
        let mut seen: HashSet<NodeRef> = self.history.iter().cloned().collect();
        seen.insert(self.current.clone());
        let mut at = self.current.clone();
        while ahead.len() < MAX_AHEAD {
            let Some(node) = pack.node(&at) else { break };
            let Some((_, target)) = node.exits().into_iter().next() else {
                break;
            };
            if matches!(node, Node::Outcome(_)) {
                break;
            }
            let Ok(next) = pack.resolve(Some(&at.guide), target) else {
                break;
            };
            if !seen.insert(next.clone()) {
                break;
            }
            ahead.push(next.clone());
            at = next;
        }
        ahead
    }

    /// Done and remaining counts along the expected path.
    pub fn progress(&self, pack: &Pack) -> Progress {
        let counts = |at: &NodeRef| !matches!(pack.node(at), Some(Node::Outcome(_)) | None);
        let here = usize::from(counts(&self.current));
        Progress {
            done: self.history.iter().filter(|at| counts(at)).count(),
            remaining: here + self.ahead(pack).iter().filter(|at| counts(at)).count(),
        }
    }

    /// The visual checklist: the way so far, where the user is, and the
    /// expected way ahead.
    pub fn checklist(&self, pack: &Pack) -> Vec<ChecklistItem> {
        let item = |at: &NodeRef, state| ChecklistItem {
            at: at.clone(),
            state,
        };
        self.history
            .iter()
            .map(|at| item(at, ItemState::Done))
            .chain(std::iter::once(item(&self.current, ItemState::Current)))
            .chain(self.ahead(pack).iter().map(|at| item(at, ItemState::Ahead)))
            .collect()
    }

    /// The walk's title: its scenario's (as on the home screen), else the
    /// title of the guide it began in.
    pub fn title(&self, pack: &Pack) -> String {
        let scenario = self
            .scenario
            .as_ref()
            .and_then(|id| pack.manifest.scenarios.iter().find(|s| &s.id == id));
        match scenario {
            Some(s) => s.title.clone(),
            None => pack
                .guide(&self.start.guide)
                .map(|g| g.guide.title.clone())
                .unwrap_or_default(),
        }
    }

    /// Where the user stands, in words: "Step 3 of 6", or "All 5 steps
    /// done" at an outcome.
    pub fn step_label(&self, pack: &Pack) -> String {
        let progress = self.progress(pack);
        if self.is_finished(pack) {
            format!("All {} done", crate::text::plural(progress.done, "step"))
        } else {
            format!("Step {} of {}", progress.done + 1, progress.total().max(1))
        }
    }

    /// Whether confirmation item `n` of the current step is ticked.
    pub fn is_checked(&self, n: usize) -> bool {
        self.checked
            .get(&self.current)
            .is_some_and(|ticks| ticks.contains(&n))
    }

    /// True when the user stands on an Outcome.
    pub fn is_finished(&self, pack: &Pack) -> bool {
        matches!(self.node(pack), Some(Node::Outcome(_)))
    }
}
