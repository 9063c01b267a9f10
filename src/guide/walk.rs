//! The walker: where the user is in a guide, how they got there, and what
//! they ticked. The UI turns clicks and keys into [`Command`]s; everything
//! here works (and is tested) without egui. A walk is plain data, so it can
//! be saved and resumed; [`Walk::verify`] tells when the pack has changed
//! under a saved walk.
//!
//! Shared flows: a `Call` node runs a flow of another guide and comes back,
//! a `Return` node ends the flow. Neither is ever shown: every move
//! *settles* through them ([`settle`]), keeping a stack of the Calls the
//! user is inside ([`Walk::stack`]). There is one history across calls,
//! and each history entry keeps the stack as it was there, so Back from
//! the first step of a flow returns to the step before the Call, and Back
//! from the step after the flow returns to the flow's last step.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use crate::guide::date::Date;
use crate::guide::model::{Node, Outcome, Question};
use crate::guide::pack::{NodeRef, Pack, Unresolved};

/// Longest expected path we follow ahead of the user, to bound the work on
/// pathological packs.
const MAX_AHEAD: usize = 500;

/// Most Call and Return nodes one move passes through: more means they
/// lead only to each other.
pub const MAX_TRANSIT: usize = 64;

/// Most flows open inside each other: more means flows that call
/// themselves.
pub const MAX_DEPTH: usize = 32;

/// Everything the user can do while walking a guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// "Done, next step".
    Next,
    /// Go back to the previous node.
    Back,
    /// Pick answer number `n` (0-based) of a question, or way on `n` of
    /// an outcome.
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
    /// The pack's Call and Return nodes do not fit together.
    #[error("this guide has a broken shared flow: {0}")]
    Flow(#[from] FlowError),
}

/// Why passing through Call and Return nodes failed. A valid pack never
/// does this; `stepwise check` reports what causes it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    /// A Return was reached with no Call to go back to.
    #[error("\"{0}\" ends a flow that no Call started")]
    ReturnWithoutCall(NodeRef),
    /// Flows were started inside each other too deeply (a flow that calls
    /// itself).
    #[error("flows run inside each other more than {MAX_DEPTH} deep, at \"{0}\"")]
    TooDeep(NodeRef),
    /// Call and Return nodes that lead only to each other.
    #[error("Call and Return nodes lead only to each other, from \"{0}\"")]
    Endless(NodeRef),
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
    /// A node of the walk is now of another kind: a step became a Call or
    /// Return, or a Call the walk is inside is no longer a Call.
    #[error("the step \"{0}\" has changed")]
    ChangedNode(NodeRef),
}

/// A user's way through a pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Walk {
    /// The pack the walk belongs to.
    pub pack: String,
    /// The home-screen scenario it began from, if any.
    pub scenario: Option<String>,
    /// Where Restart goes (as written: it may be a Call).
    pub start: NodeRef,
    /// Where the user is now: never a Call or a Return.
    pub current: NodeRef,
    /// Every node before this one, oldest first; Back pops it.
    pub history: Vec<NodeRef>,
    /// Ticked confirmation items, by node.
    pub checked: BTreeMap<NodeRef, BTreeSet<usize>>,
    /// The flows the user is inside, outermost first: the Call node that
    /// started each. A Return goes on to the `then` of the last one.
    /// Missing in walks saved before flows existed: none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<NodeRef>,
    /// The stack as it was at each entry of `history`, in the same order.
    /// Entries that are missing (a walk saved before flows existed) are
    /// empty stacks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history_stacks: Vec<Vec<NodeRef>>,
}

/// Goes from `at` to the first node that can be shown, through any Call
/// (entering its flow, with the Call pushed on `stack`) and Return (going
/// on to the `then` of the Call popped from `stack`). Bounded, so Calls
/// and Returns that lead only to each other are an error, not a hang. On
/// error `stack` may be half changed: settle a copy.
pub fn settle(
    pack: &Pack,
    mut at: NodeRef,
    stack: &mut Vec<NodeRef>,
) -> Result<NodeRef, WalkError> {
    for _ in 0..MAX_TRANSIT {
        match pack.node(&at) {
            Some(Node::Call(call)) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(FlowError::TooDeep(at).into());
                }
                let entry = pack.resolve(None, &call.flow)?;
                stack.push(at);
                at = entry;
            }
            Some(Node::Return) => {
                let caller = stack
                    .pop()
                    .ok_or_else(|| FlowError::ReturnWithoutCall(at.clone()))?;
                let Some(Node::Call(call)) = pack.node(&caller) else {
                    return Err(StaleWalk::ChangedNode(caller).into());
                };
                at = pack.resolve(Some(&caller.guide), &call.then)?;
            }
            Some(_) => return Ok(at),
            None => return Err(StaleWalk::MissingNode(at).into()),
        }
    }
    Err(FlowError::Endless(at).into())
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

/// When a guide was last checked, and whether that is too long ago.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Freshness {
    /// The guide's `verified` date.
    pub checked: Date,
    /// Older than the pack's `recheck_after_days`.
    pub stale: bool,
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

/// The node a walk that starts at `at` shows first: `at` itself, or for a
/// Call, the first step of its flow (`None` when that goes nowhere).
pub fn first_shown(pack: &Pack, at: &NodeRef) -> Option<NodeRef> {
    settle(pack, at.clone(), &mut Vec::new()).ok()
}

impl Walk {
    /// Starts a walk at a reference written in pack.ron style
    /// (`"guide"` or `"guide#node"`). A start that is a Call enters its
    /// flow at once.
    pub fn begin(pack: &Pack, scenario: Option<&str>, target: &str) -> Result<Walk, WalkError> {
        let start = pack.resolve(None, target)?;
        let mut stack = Vec::new();
        let current = settle(pack, start.clone(), &mut stack)?;
        Ok(Walk {
            pack: pack.manifest.id.clone(),
            scenario: scenario.map(str::to_owned),
            current,
            start,
            history: Vec::new(),
            checked: BTreeMap::new(),
            stack,
            history_stacks: Vec::new(),
        })
    }

    /// Starts the walk of a home-screen scenario by its id.
    pub fn begin_scenario(pack: &Pack, scenario_id: &str) -> Result<Walk, WalkError> {
        let scenario = pack
            .manifest
            .scenarios
            .iter()
            .find(|s| s.id == scenario_id)
            .ok_or_else(|| Unresolved::Malformed(scenario_id.to_owned()))?;
        Walk::begin(pack, Some(&scenario.id), &scenario.start)
    }

    /// The stack as it was at entry `i` of the history (empty where a walk
    /// saved before flows existed has none).
    pub fn stack_at(&self, i: usize) -> &[NodeRef] {
        self.history_stacks.get(i).map_or(&[], Vec::as_slice)
    }

    /// Moves to `to` with `stack`, remembering where the user was.
    fn go(&mut self, to: NodeRef, stack: Vec<NodeRef>) {
        self.history_stacks.resize(self.history.len(), Vec::new());
        let from = std::mem::replace(&mut self.current, to);
        let from_stack = std::mem::replace(&mut self.stack, stack);
        self.history.push(from);
        self.history_stacks.push(from_stack);
    }

    /// The node the user is on.
    pub fn node<'p>(&self, pack: &'p Pack) -> Option<&'p Node> {
        pack.node(&self.current)
    }

    /// Checks that every node this walk mentions still exists in the pack,
    /// that the nodes it shows are not Calls or Returns, and that every
    /// node of its stacks is still a Call.
    pub fn verify(&self, pack: &Pack) -> Result<(), StaleWalk> {
        if self.pack != pack.manifest.id {
            return Err(StaleWalk::OtherPack(self.pack.clone()));
        }
        let all = std::iter::once(&self.start).chain(self.checked.keys());
        for at in all {
            if pack.node(at).is_none() {
                return Err(StaleWalk::MissingNode(at.clone()));
            }
        }
        for at in std::iter::once(&self.current).chain(self.history.iter()) {
            match pack.node(at) {
                None => return Err(StaleWalk::MissingNode(at.clone())),
                Some(node) if node.is_transit() => {
                    return Err(StaleWalk::ChangedNode(at.clone()));
                }
                Some(_) => {}
            }
        }
        let calls = self
            .stack
            .iter()
            .chain(self.history_stacks.iter().flatten());
        for at in calls {
            match pack.node(at) {
                None => return Err(StaleWalk::MissingNode(at.clone())),
                Some(Node::Call(_)) => {}
                Some(_) => return Err(StaleWalk::ChangedNode(at.clone())),
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
                // The stack that went with it, if the walk kept one.
                let stack = if self.history_stacks.len() > self.history.len() {
                    self.history_stacks.truncate(self.history.len() + 1);
                    self.history_stacks.pop().unwrap_or_default()
                } else {
                    Vec::new()
                };
                self.current = previous;
                self.stack = stack;
                return Ok(());
            }
            (Command::Restart, _) => {
                let mut stack = Vec::new();
                let current = settle(pack, self.start.clone(), &mut stack)?;
                self.history.clear();
                self.history_stacks.clear();
                self.checked.clear();
                self.current = current;
                self.stack = stack;
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
            (Command::Choose(n), Node::Question(Question { options, .. }))
            | (Command::Choose(n), Node::Outcome(Outcome { options, .. })) => options
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
                // The pack's fallback starts afresh, outside any flow.
                let (to, mut stack) = match (&outcome.not_solved, &pack.manifest.fallback) {
                    (Some(target), _) => (
                        pack.resolve(Some(&self.current.guide), target)?,
                        self.stack.clone(),
                    ),
                    (None, Some(fallback)) => (pack.resolve(None, fallback)?, Vec::new()),
                    (None, None) => return Err(WalkError::NotHere("there is no other suggestion")),
                };
                let to = settle(pack, to, &mut stack)?;
                // The same ending again (the pack's fallback from the
                // fallback itself, whatever flows were open) is no suggestion.
                if to == self.current {
                    return Err(WalkError::NotHere("there is no other suggestion"));
                }
                self.go(to, stack);
                return Ok(());
            }
            (Command::NotSolved, _) => {
                return Err(WalkError::NotHere("this is not the end of a guide"));
            }
            (_, Node::Call(_) | Node::Return) => {
                return Err(StaleWalk::ChangedNode(self.current.clone()).into());
            }
        };
        let to = pack.resolve(Some(&self.current.guide), target)?;
        let mut stack = self.stack.clone();
        let to = settle(pack, to, &mut stack)?;
        self.go(to, stack);
        Ok(())
    }

    /// Moves straight to node `to` (the map's "Go here"): a new position
    /// like any other, so Back returns to where the person was. Ticks stay.
    pub fn jump(&mut self, pack: &Pack, to: &NodeRef) -> Result<(), WalkError> {
        if pack.node(to).is_none() {
            return Err(StaleWalk::MissingNode(to.clone()).into());
        }
        // The flows the walk is inside stay as they are: a node of the same
        // guide is in the same flow. A Call jumped to is entered, a Return
        // goes back to its caller, as when walked.
        let mut stack = self.stack.clone();
        let target = settle(pack, to.clone(), &mut stack)?;
        if target != self.current || stack != self.stack {
            self.go(target, stack);
        }
        Ok(())
    }

    /// Whether a command would do something now.
    pub fn can(&self, pack: &Pack, command: Command) -> bool {
        self.clone().apply(pack, command).is_ok()
    }

    /// The nodes ahead on the expected path: `next` for steps, the first
    /// answer for questions, up to and including the first Outcome. It
    /// follows Calls into their flows and Returns back out, so the steps
    /// of a flow are listed in place; Call and Return themselves never are.
    pub fn ahead(&self, pack: &Pack) -> Vec<NodeRef> {
        let mut ahead = Vec::new();
        // A node counts as seen with the stack it was seen with: a flow run
        // twice on one path is listed twice.
        let mut seen: HashSet<(NodeRef, Vec<NodeRef>)> = self
            .history
            .iter()
            .enumerate()
            .map(|(i, at)| (at.clone(), self.stack_at(i).to_vec()))
            .collect();
        seen.insert((self.current.clone(), self.stack.clone()));
        let mut at = self.current.clone();
        let mut stack = self.stack.clone();
        while ahead.len() < MAX_AHEAD {
            let Some(node) = pack.node(&at) else { break };
            if matches!(node, Node::Outcome(_)) {
                break;
            }
            let Some((exit, target)) = node.exits().into_iter().next() else {
                break;
            };
            let Ok(next) = pack.resolve(exit.context(&at.guide), target) else {
                break;
            };
            let Ok(next) = settle(pack, next, &mut stack) else {
                break;
            };
            if !seen.insert((next.clone(), stack.clone())) {
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
        if self.is_finished(pack) && progress.done == 0 {
            // Opened straight at an ending (`--open`, the map's Go here).
            crate::tr!(walk_the_end)
        } else if self.is_finished(pack) {
            crate::tr!(walk_all_done, count = progress.done)
        } else {
            crate::tr!(
                walk_step_of,
                step = progress.done + 1,
                total = progress.total().max(1)
            )
        }
    }

    /// When the guide of the current node was last checked against the
    /// real screens, and whether that is longer ago than the pack allows
    /// (as of `today`). `None` when the guide has no valid `verified` date.
    pub fn freshness(&self, pack: &Pack, today: Date) -> Option<Freshness> {
        let guide = &pack.guide(&self.current.guide)?.guide;
        let checked = Date::parse(guide.verified.as_deref()?)?;
        let stale = pack
            .manifest
            .recheck_after_days
            .is_some_and(|days| checked.days_until(today) > i64::from(days));
        Some(Freshness { checked, stale })
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
