//! The data model of a guide pack, exactly as authors write it in RON.
//!
//! Every struct denies unknown fields and every enum is externally tagged, so
//! a typo in a guide is reported with its line and column instead of being
//! silently ignored. Nothing here knows about egui or about any particular
//! guide.

use std::fmt;

use foldhash::{HashMap, HashMapExt};

use serde::de::{MapAccess, Visitor};

/// The marks drawn over a screenshot: each kind, with all it does, lives
/// in `src/marks/`.
pub use crate::marks::Mark;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `data/pack.ron`: what a pack is called and what the home screen offers.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Pack")]
pub struct Manifest {
    /// Stable identifier of the pack, used to key saved walks.
    pub id: String,
    /// Shown in the window title and on the home screen.
    pub title: String,
    /// One or two sentences about what the pack covers.
    #[serde(default)]
    pub description: String,
    /// What the home screen's empty search box suggests typing, in this
    /// pack's words ("for example \"log out on my TV\""); a neutral
    /// sentence when empty.
    #[serde(default)]
    pub search_hint: String,
    /// The entry points offered on the home screen, in display order.
    pub scenarios: Vec<Scenario>,
    /// Everyday words that mean the same thing, used to widen searches.
    #[serde(default)]
    pub synonyms: Vec<Synonym>,
    /// How many days a guide's `verified` date stays fresh: older guides
    /// get a calm "menus may look different" note in the window and a
    /// warning from `stepwise check`. No limit when absent.
    #[serde(default)]
    pub recheck_after_days: Option<u32>,
    /// Words people type around what they mean ("how", "my", "please"):
    /// search gives them no weight of their own, only inside a phrase.
    #[serde(default)]
    pub filler_words: Vec<String>,
    /// Where to send someone whose problem an outcome did not solve, unless
    /// the outcome names its own `not_solved` target.
    #[serde(default)]
    pub fallback: Option<String>,
    /// The languages the pack's words are in, its own first (`["en",
    /// "es", "de"]`): each other one has its overlays in `data/<lang>/`.
    /// Empty: one language, unnamed.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Said once to a reader who sees the pack in one of its translations
    /// ("the buttons are named in English, as in the pictures"); written in
    /// the source language and translated like any text.
    #[serde(default)]
    pub language_note: String,
}

/// The languages of a pack other than its source (the first declared):
/// each has its translations in `data/<lang>/` (see `guide/translate/`).
pub fn translated_languages(manifest: &Manifest) -> &[String] {
    manifest.languages.get(1..).unwrap_or_default()
}

/// Whether a `data/` file is a translation in one of these languages
/// (`data/es/x.ron`), not a guide.
pub fn is_overlay_file(file: &str, languages: &[String]) -> bool {
    file.strip_prefix("data/")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(lang, _)| languages.iter().any(|l| l == lang))
}

/// One entry point on the home screen ("Sign out on my TV").
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Unique within the pack.
    pub id: String,
    /// The tile's title, phrased the way a user would say it.
    pub title: String,
    /// One line under the title.
    #[serde(default)]
    pub description: String,
    /// The glyph drawn on the tile.
    #[serde(default)]
    pub icon: Icon,
    /// Where the walk starts: `"guide-id"` (its start node) or `"guide-id#node-id"`.
    pub start: String,
    /// Extra words that should find this scenario in search.
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// A device or topic glyph for a scenario tile. Deliberately generic.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum Icon {
    #[default]
    Guide,
    Phone,
    Tv,
    Browser,
    Devices,
    Travel,
    Key,
    Lock,
    SignIn,
    SignOut,
}

/// A group of words that mean the same thing to a searcher.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Synonym {
    /// The words or phrases people type ("log off", "logout").
    pub words: Vec<String>,
    /// What they mean in the pack's own wording ("sign out").
    pub means: String,
}

/// One guide file in `data/`: a small graph of steps, questions and outcomes.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// Unique within the pack; by convention the file name without `.ron`.
    pub id: String,
    /// What the guide achieves.
    pub title: String,
    /// The quick answer: two or three short lines for people who only need
    /// the basics, shown before the first step.
    #[serde(default)]
    pub summary: Vec<String>,
    /// Extra words that should find this guide in search.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Where the guide's facts come from: the articles, help pages or
    /// manuals its text was compared with. Shown under "Checked ...".
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The day an author last compared the guide's text with its sources
    /// (and the real screens, where they could).
    #[serde(default)]
    pub verified: Option<String>,
    /// The id of the first node.
    pub start: String,
    /// The nodes by id, in the order they were written.
    pub nodes: NodeMap,
}

/// A source a guide's facts were checked against.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What it is called ("Help Center: Sign out of all devices").
    pub title: String,
    /// Where to read it (https only), if it is on the web.
    #[serde(default)]
    pub url: Option<String>,
}

impl Guide {
    /// True for a flow guide: one with a `Return` node, which other guides
    /// run with `Call` instead of jumping into it.
    pub fn is_flow(&self) -> bool {
        self.nodes
            .iter()
            .any(|(_, node)| matches!(node, Node::Return))
    }
}

/// The nodes of a guide in file order. Unlike a `HashMap`, it keeps
/// duplicate keys so the validator can report them; lookups go through an
/// index of first occurrences, so large guides stay fast.
#[derive(Clone, Debug, Default)]
pub struct NodeMap {
    entries: Vec<(String, Node)>,
    index: HashMap<String, usize>,
}

impl NodeMap {
    /// Builds a map from `(id, node)` pairs in file order.
    pub fn new(entries: Vec<(String, Node)>) -> NodeMap {
        let mut index = HashMap::with_capacity(entries.len());
        for (i, (id, _)) in entries.iter().enumerate() {
            index.entry(id.clone()).or_insert(i);
        }
        NodeMap { entries, index }
    }

    /// The first node with this id.
    pub fn get(&self, id: &str) -> Option<&Node> {
        self.index
            .get(id)
            .and_then(|&i| self.entries.get(i))
            .map(|(_, node)| node)
    }

    /// Where the first node with this id sits in file order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// True when some id is written more than once.
    pub fn has_repeats(&self) -> bool {
        self.index.len() < self.entries.len()
    }

    /// True when the node at `position` is the first with its id (only
    /// repeats are not; they are reported and otherwise ignored).
    pub fn is_first(&self, position: usize) -> bool {
        !self.has_repeats()
            || self
                .entries
                .get(position)
                .is_some_and(|(id, _)| self.index.get(id) == Some(&position))
    }

    /// The `(id, node)` at a position in file order.
    pub fn at(&self, position: usize) -> Option<(&str, &Node)> {
        self.entries
            .get(position)
            .map(|(id, node)| (id.as_str(), node))
    }

    /// Iterates over `(id, node)` in file order, duplicates included.
    /// The node of an id, to change (its first entry when repeated).
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Node> {
        let i = *self.index.get(id)?;
        self.entries.get_mut(i).map(|(_, node)| node)
    }

    /// Every node in file order, to change.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&str, &mut Node)> {
        self.entries
            .iter_mut()
            .map(|(key, node)| (key.as_str(), node))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Node)> {
        self.entries.iter().map(|(key, node)| (key.as_str(), node))
    }

    /// The number of nodes, duplicates included.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the guide has no nodes at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'de> Deserialize<'de> for NodeMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeMapVisitor;
        impl<'de> Visitor<'de> for NodeMapVisitor {
            type Value = NodeMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of node ids to nodes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NodeMap, A::Error> {
                let mut nodes = Vec::new();
                while let Some(entry) = map.next_entry::<String, Node>()? {
                    nodes.push(entry);
                }
                Ok(NodeMap::new(nodes))
            }
        }
        deserializer.deserialize_map(NodeMapVisitor)
    }
}

impl Serialize for NodeMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.entries.iter().map(|(k, v)| (k, v)))
    }
}

/// A point in a guide: something to do, a question, or an ending; or one
/// of the two transit nodes of shared flows, which are never shown: a
/// [`Call`] runs a flow of another guide, a `Return` ends one.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum Node {
    Step(Step),
    Question(Question),
    Outcome(Outcome),
    /// Runs a flow and, when it returns, goes on to `then`.
    Call(Call),
    /// Ends a flow: the walk goes on at the `then` of the Call that ran it.
    /// A guide with a Return node is a *flow guide*.
    Return,
}

/// Runs a shared flow (steps written once, in a guide of their own) and
/// comes back: the walk enters `flow`, and when that reaches a `Return`,
/// it goes on to `then`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// Where the flow starts, written as in pack.ron: `"guide-id"` (its
    /// start node) or `"guide-id#node-id"`.
    pub flow: String,
    /// Where the walk goes on when the flow returns, resolved in the
    /// calling guide: `"node"`, `"guide#node"` or `"guide#start"`.
    pub then: String,
}

/// One action for the user, shown with a screenshot.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// A few words for the checklist ("Open the menu").
    pub title: String,
    /// The instruction: one action, in plain words. `**bold**` marks a
    /// control's label.
    pub text: String,
    /// The screen the user should be looking at, with marks.
    #[serde(default)]
    pub shot: Option<Shot>,
    /// Things the user can tick to confirm they got there.
    #[serde(default)]
    pub checks: Vec<String>,
    /// Web pages that help with this step (https only).
    #[serde(default)]
    pub links: Vec<Link>,
    /// Where "Done, next step" leads.
    #[serde(default)]
    pub next: Option<String>,
    /// Where "I don't see this" leads, with the button's wording.
    #[serde(default)]
    pub stuck: Option<Choice>,
    /// True when the sources do not describe this screen exactly (the
    /// picture is a drawing of one way it can look): the window says the
    /// person's screen may look different.
    #[serde(default)]
    pub may_differ: bool,
}

/// A question that branches the path.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question itself ("Can you still use that TV?").
    pub prompt: String,
    /// Optional help under the question.
    #[serde(default)]
    pub text: String,
    /// An optional screenshot that helps answer the question.
    #[serde(default)]
    pub shot: Option<Shot>,
    /// The answers, most common first: the first is the expected path.
    pub options: Vec<Choice>,
}

/// An answer button or a stuck button: its label and where it leads.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The button's wording.
    pub label: String,
    /// A node reference: `"node"`, `"guide#node"` or `"guide#start"`.
    pub to: String,
}

/// The end of a path: what was achieved and what to do next.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Whether the path achieved what the user came for.
    pub kind: OutcomeKind,
    /// What was achieved ("This TV is signed out").
    pub title: String,
    /// A few sentences on what happened.
    #[serde(default)]
    pub text: String,
    /// Advice for afterwards.
    #[serde(default)]
    pub tips: Vec<String>,
    /// Web pages that help afterwards (https only).
    #[serde(default)]
    pub links: Vec<Link>,
    /// Ways on from here for someone whose problem is solved but who wants
    /// to do more ("Change my password too"), shown as buttons. Never a way
    /// back into the route that ended here (`stepwise check` warns).
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Where "No, it didn't solve it" leads; otherwise the pack's fallback.
    #[serde(default)]
    pub not_solved: Option<String>,
}

/// Whether an outcome is a success.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum OutcomeKind {
    /// The user got what they came for.
    Solved,
    /// The guide could not get them there; the text says what to do instead.
    Unsolved,
}

/// A link to a web page.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The link's text.
    pub label: String,
    /// The address; only `https://` is allowed.
    pub url: String,
}

/// A screenshot and the marks drawn over it.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Shot {
    /// A path relative to the pack's `assets/` folder.
    pub image: String,
    /// What the screenshot shows, for screen readers.
    #[serde(default)]
    pub alt: String,
    /// Marks in the image's own pixel space.
    #[serde(default)]
    pub marks: Vec<Mark>,
}

impl Node {
    /// The word authors use for this kind of node.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Node::Step(_) => "Step",
            Node::Question(_) => "Question",
            Node::Outcome(_) => "Outcome",
            Node::Call(_) => "Call",
            Node::Return => "Return",
        }
    }

    /// A short title for lists: the step title, the question, the outcome
    /// title. Call and Return have none: they are never shown.
    pub fn title(&self) -> &str {
        match self {
            Node::Step(step) => &step.title,
            Node::Question(question) => &question.prompt,
            Node::Outcome(outcome) => &outcome.title,
            Node::Call(_) | Node::Return => "",
        }
    }

    /// The screenshot of this node, if it has one.
    pub fn shot(&self) -> Option<&Shot> {
        match self {
            Node::Step(step) => step.shot.as_ref(),
            Node::Question(question) => question.shot.as_ref(),
            Node::Outcome(_) | Node::Call(_) | Node::Return => None,
        }
    }

    /// True for Call and Return: the walker passes through them and never
    /// shows them.
    pub fn is_transit(&self) -> bool {
        matches!(self, Node::Call(_) | Node::Return)
    }

    /// Every way on from this node as `(which field, target)`, in the order
    /// the expected path prefers them (next first, then options, then
    /// stuck). A Call leads into its flow and, once that returns, to its
    /// `then`; a Return has no way on of its own (it goes back to the
    /// caller). Resolve a target with [`Exit::context`].
    pub fn exits(&self) -> Vec<(Exit, &str)> {
        let mut exits = Vec::new();
        match self {
            Node::Step(step) => {
                if let Some(next) = &step.next {
                    exits.push((Exit::Next, next.as_str()));
                }
                if let Some(stuck) = &step.stuck {
                    exits.push((Exit::Stuck, stuck.to.as_str()));
                }
            }
            Node::Question(question) => {
                for (i, option) in question.options.iter().enumerate() {
                    exits.push((Exit::Option(i), option.to.as_str()));
                }
            }
            Node::Outcome(outcome) => {
                for (i, option) in outcome.options.iter().enumerate() {
                    exits.push((Exit::Option(i), option.to.as_str()));
                }
                if let Some(to) = &outcome.not_solved {
                    exits.push((Exit::NotSolved, to.as_str()));
                }
            }
            Node::Call(call) => {
                exits.push((Exit::Flow, call.flow.as_str()));
                exits.push((Exit::Then, call.then.as_str()));
            }
            Node::Return => {}
        }
        exits
    }
}

/// Which field of a node a way on is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// A step's `next`.
    Next,
    /// A step's `stuck.to`.
    Stuck,
    /// A question's or an outcome's `options[i].to`.
    Option(usize),
    /// An outcome's `not_solved`.
    NotSolved,
    /// A call's `flow`: written as in pack.ron, a bare id names a guide.
    Flow,
    /// A call's `then`.
    Then,
}

impl Exit {
    /// The path of the field inside the node, for positions in messages.
    pub fn path(self) -> Vec<crate::guide::locate::Seg> {
        use crate::guide::locate::Seg;
        match self {
            Exit::Next => vec![Seg::key("next")],
            Exit::Stuck => vec![Seg::key("stuck"), Seg::key("to")],
            Exit::Option(i) => vec![Seg::key("options"), Seg::Index(i), Seg::key("to")],
            Exit::NotSolved => vec![Seg::key("not_solved")],
            Exit::Flow => vec![Seg::key("flow")],
            Exit::Then => vec![Seg::key("then")],
        }
    }

    /// The guide a target written in this field is resolved in, for
    /// [`Pack::resolve`](crate::guide::pack::Pack::resolve): the guide it
    /// is written in (`guide`), except for a call's `flow`, which is
    /// written as in pack.ron (`None`: a bare id names a guide).
    pub fn context(self, guide: &str) -> Option<&str> {
        match self {
            Exit::Flow => None,
            _ => Some(guide),
        }
    }

    /// The field as an author writes it (`options[1].to`).
    pub fn field_name(self) -> String {
        match self {
            Exit::Next => "next".to_owned(),
            Exit::Stuck => "stuck.to".to_owned(),
            Exit::Option(i) => format!("options[{i}].to"),
            Exit::NotSolved => "not_solved".to_owned(),
            Exit::Flow => "flow".to_owned(),
            Exit::Then => "then".to_owned(),
        }
    }
}
