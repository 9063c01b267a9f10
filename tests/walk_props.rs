//! Property test: any sequence of commands on any starting node never panics,
//! a failed command leaves the walk as it was, and Back always returns to the
//! node the user came from.

mod common;

use std::sync::LazyLock;

use proptest::prelude::*;
use stepwise::guide::walk::{Command, Walk};
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
    let mut walk =
        Walk::begin(pack, None, &start.to_string()).expect("every node can start a walk");
    // The model: the nodes the user came through, as Back should replay them.
    let mut came_from: Vec<NodeRef> = Vec::new();
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
                    Some(&walk.current),
                    expected.as_ref(),
                    "Back went somewhere else"
                );
            }
            Command::Restart => {
                came_from.clear();
                prop_assert_eq!(&walk.current, &walk.start);
            }
            Command::ToggleCheck(_) => prop_assert_eq!(&walk.current, &before.current),
            Command::Next | Command::Choose(_) | Command::Stuck | Command::NotSolved => {
                came_from.push(before.current.clone())
            }
        }
        prop_assert_eq!(&walk.history, &came_from);
        let progress = walk.progress(pack);
        prop_assert_eq!(progress.total(), progress.done + progress.remaining);
        prop_assert!(walk.verify(pack).is_ok());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn walks_on_the_fixture_pack_never_panic(start in 0usize..64, commands in prop::collection::vec(command(), 0..60)) {
        run_commands(&FIXTURE, start, &commands)?;
    }

    #[test]
    fn walks_on_the_built_in_pack_never_panic(start in 0usize..512, commands in prop::collection::vec(command(), 0..60)) {
        prop_assume!(!BUILTIN.guides.is_empty());
        run_commands(&BUILTIN, start, &commands)?;
    }
}
