//! Property test: any sequence of commands on any starting node never panics,
//! a failed command leaves the walk as it was, and Back always returns to the
//! node the user came from, with the call stack it had there. Besides the
//! fixture and built-in packs, random packs are generated whose guides run
//! each other with Call and end flows with Return (valid or not).

use crate::common;
use std::sync::LazyLock;

use proptest::prelude::*;
use stepwise::guide::walk::{Command, MAX_DEPTH, Walk};
use stepwise::guide::{NodeRef, Pack, PackSource};

static FIXTURE: LazyLock<Pack> =
    LazyLock::new(|| Pack::load(PackSource::Folder(common::fixture("ok"))).0);
static BUILTIN: LazyLock<Pack> = LazyLock::new(|| Pack::load(PackSource::Builtin).0);

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        4 => Just(Command::Next),
        3 => Just(Command::Back),
        3 => (0usize..4).prop_map(Command::Choose),
        2 => Just(Command::Stuck),
        1 => Just(Command::Restart),
        2 => (0usize..3).prop_map(Command::ToggleCheck),
        1 => Just(Command::NotSolved),
    ]
}

fn every_node(pack: &Pack) -> Vec<NodeRef> {
    pack.guides
        .iter()
        .flat_map(|g| {
            g.guide
                .nodes
                .iter()
                .map(|(id, _)| NodeRef::new(&g.guide.id, id))
        })
        .collect()
}

fn run_commands(pack: &Pack, start: usize, commands: &[Command]) -> Result<(), TestCaseError> {
    let nodes = every_node(pack);
    let start = &nodes[start % nodes.len()];
    let is_transit = |at: &NodeRef| pack.node(at).is_some_and(|n| n.is_transit());
    let Ok(mut walk) = Walk::begin(pack, None, &start.to_string()) else {
        // Only a Call or Return can fail to start (a Return with no Call,
        // Calls that go round): every other node is a place to stand.
        prop_assert!(is_transit(start), "{} did not start", start);
        return Ok(());
    };
    let first = (walk.current.clone(), walk.stack.clone());
    // The model: where the user came through, with the stack they had
    // there, as Back should replay them.
    let mut came_from: Vec<(NodeRef, Vec<NodeRef>)> = Vec::new();
    for &command in commands {
        let before = walk.clone();
        let result = walk.apply(pack, command);
        if result.is_err() {
            prop_assert_eq!(&walk, &before, "a failed {:?} changed the walk", command);
            continue;
        }
        match command {
            Command::Back => {
                let expected = came_from.pop();
                prop_assert_eq!(
                    Some((walk.current.clone(), walk.stack.clone())),
                    expected,
                    "Back went somewhere else"
                );
            }
            Command::Restart => {
                came_from.clear();
                prop_assert_eq!(
                    (walk.current.clone(), walk.stack.clone()),
                    first.clone(),
                    "Restart went somewhere else"
                );
            }
            Command::ToggleCheck(_) => {
                prop_assert_eq!(&walk.current, &before.current);
                prop_assert_eq!(&walk.stack, &before.stack);
            }
            Command::Next | Command::Choose(_) | Command::Stuck | Command::NotSolved => {
                came_from.push((before.current.clone(), before.stack.clone()))
            }
        }
        let history: Vec<NodeRef> = came_from.iter().map(|(at, _)| at.clone()).collect();
        prop_assert_eq!(&walk.history, &history);
        for (i, (_, stack)) in came_from.iter().enumerate() {
            prop_assert_eq!(walk.stack_at(i), stack.as_slice());
        }
        prop_assert!(walk.stack.len() <= MAX_DEPTH);
        prop_assert!(!is_transit(&walk.current), "standing on {}", walk.current);
        let checklist = walk.checklist(pack);
        prop_assert!(
            checklist.iter().all(|item| !is_transit(&item.at)),
            "a Call or Return in the checklist: {:?}",
            checklist
        );
        let progress = walk.progress(pack);
        prop_assert_eq!(progress.total(), progress.done + progress.remaining);
        prop_assert!(walk.verify(pack).is_ok());
    }
    Ok(())
}

/// One node of a generated guide.
#[derive(Clone, Debug)]
enum GenNode {
    Step { next: usize, stuck: Option<usize> },
    Question(Vec<usize>),
    Outcome(Option<usize>),
    Call { flow: usize, then: usize },
    Return,
}

/// A reference to node `target` (a number into the whole pack) written in
/// guide `from`: a bare id in the same guide, `g#n` across guides, the
/// start of a guide when `n` is 0, and now and then one that dangles.
fn reference(target: usize, from: usize, per_guide: usize, whole_guide: bool) -> String {
    let (guide, node) = (target / per_guide, target % per_guide);
    match () {
        _ if target % 23 == 22 => "nowhere#n0".to_owned(),
        _ if whole_guide && node == 0 => format!("g{guide}"),
        _ if node == 0 && target.is_multiple_of(3) => format!("g{guide}#start"),
        _ if guide == from && !whole_guide => format!("n{node}"),
        _ => format!("g{guide}#n{node}"),
    }
}

/// The files of a random pack of `guides` guides of `per_guide` nodes.
fn generated_pack(guides: usize, per_guide: usize, nodes: &[GenNode]) -> Pack {
    let mut files = std::collections::BTreeMap::new();
    files.insert(
        "data/pack.ron".to_owned(),
        std::sync::Arc::from(
            r#"Pack(id: "gen", title: "Generated", scenarios: [(id: "s", title: "S", start: "g0")], fallback: "g0#n1")"#
                .as_bytes(),
        ),
    );
    for g in 0..guides {
        let mut text = format!("Guide(id: \"g{g}\", title: \"G{g}\", start: \"n0\", nodes: {{");
        for n in 0..per_guide {
            let r = |target: usize| reference(target, g, per_guide, false);
            let node = match &nodes[g * per_guide + n] {
                GenNode::Step { next, stuck } => format!(
                    "Step(title: \"s\", text: \"t\", checks: [\"c\"], next: \"{}\"{})",
                    r(*next),
                    stuck.map_or(String::new(), |s| format!(
                        ", stuck: (label: \"l\", to: \"{}\")",
                        r(s)
                    ))
                ),
                GenNode::Question(options) => format!(
                    "Question(prompt: \"q\", options: [{}])",
                    options
                        .iter()
                        .map(|o| format!("(label: \"a\", to: \"{}\")", r(*o)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                GenNode::Outcome(not_solved) => format!(
                    "Outcome(kind: Solved, title: \"o\"{})",
                    not_solved.map_or(String::new(), |to| format!(", not_solved: \"{}\"", r(to)))
                ),
                GenNode::Call { flow, then } => format!(
                    "Call(flow: \"{}\", then: \"{}\")",
                    reference(*flow, g, per_guide, true),
                    r(*then)
                ),
                GenNode::Return => "Return".to_owned(),
            };
            text.push_str(&format!("\"n{n}\": {node},"));
        }
        text.push_str("})");
        files.insert(
            format!("data/g{g}.ron"),
            std::sync::Arc::from(text.into_bytes()),
        );
    }
    let (pack, problems) = Pack::load(PackSource::Memory(std::sync::Arc::new(files)));
    assert!(
        problems.is_empty(),
        "the generated files must parse: {problems:#?}"
    );
    pack
}

/// Random guides: every kind of node, with Calls and Returns common enough
/// that most packs have flows, nested flows and flows that run themselves.
fn random_pack() -> impl Strategy<Value = Pack> {
    (2usize..5, 3usize..7).prop_flat_map(|(guides, per_guide)| {
        let total = guides * per_guide;
        let target = 0..total;
        let node = prop_oneof![
            4 => (target.clone(), prop::option::of(target.clone()))
                .prop_map(|(next, stuck)| GenNode::Step { next, stuck }),
            2 => prop::collection::vec(target.clone(), 1..4).prop_map(GenNode::Question),
            2 => prop::option::of(target.clone()).prop_map(GenNode::Outcome),
            2 => (target.clone(), target.clone()).prop_map(|(flow, then)| GenNode::Call { flow, then }),
            2 => Just(GenNode::Return),
        ];
        prop::collection::vec(node, total)
            .prop_map(move |nodes| generated_pack(guides, per_guide, &nodes))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn walks_on_the_fixture_pack_never_panic(start in 0usize..64, commands in prop::collection::vec(command(), 0..60)) {
        run_commands(&FIXTURE, start, &commands)?;
    }

    #[test]
    fn walks_on_random_packs_with_flows_never_panic(pack in random_pack(), start in 0usize..64, commands in prop::collection::vec(command(), 0..60)) {
        run_commands(&pack, start, &commands)?;
    }

    #[test]
    fn walks_on_the_built_in_pack_never_panic(start in 0usize..512, commands in prop::collection::vec(command(), 0..60)) {
        prop_assume!(!BUILTIN.guides.is_empty());
        run_commands(&BUILTIN, start, &commands)?;
    }
}

/// The random packs really exercise flows: walks that enter a flow, nest
/// two, and come back out through a Return.
#[test]
fn random_packs_have_flows_that_walks_enter_nest_and_leave() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut entered, mut nested, mut returned) = (0, 0, 0);
    for _ in 0..100 {
        let pack = random_pack()
            .new_tree(&mut runner)
            .expect("a pack")
            .current();
        for start in every_node(&pack) {
            let Ok(mut walk) = Walk::begin(&pack, None, &start.to_string()) else {
                continue;
            };
            for _ in 0..12 {
                let depth = walk.stack.len();
                if walk.apply(&pack, Command::Next).is_err()
                    && walk.apply(&pack, Command::Choose(0)).is_err()
                {
                    break;
                }
                entered += usize::from(walk.stack.len() > depth);
                nested += usize::from(walk.stack.len() >= 2);
                returned += usize::from(walk.stack.len() < depth);
            }
        }
    }
    assert!(
        entered > 100 && nested > 100 && returned > 20,
        "entered {entered}, nested {nested}, returned {returned}"
    );
}
