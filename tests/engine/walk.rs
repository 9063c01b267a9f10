//! The walker: branching, back, stuck, cross-guide jumps, progress, resume.

use crate::common;
use stepwise::guide::walk::{Command, ItemState, StaleWalk, Walk, WalkError};
use stepwise::guide::{NodeRef, Pack, PackSource};

fn ok_pack() -> Pack {
    let (pack, problems) = common::check_fixture("ok");
    assert!(
        problems.is_empty(),
        "the ok fixture must be clean: {problems:#?}"
    );
    pack
}

fn at(guide: &str, node: &str) -> NodeRef {
    NodeRef::new(guide, node)
}

#[test]
fn next_follows_the_steps_and_back_returns() {
    let pack = ok_pack();
    let mut walk = Walk::begin_scenario(&pack, "restart").expect("scenario starts");
    assert_eq!(walk.current, at("restart-router", "find-router"));
    assert_eq!(
        walk.apply(&pack, Command::Back),
        Err(WalkError::NotHere("this is the first step"))
    );
    walk.apply(&pack, Command::Next).expect("next");
    assert_eq!(walk.current, at("restart-router", "unplug"));
    walk.apply(&pack, Command::Back).expect("back");
    assert_eq!(walk.current, at("restart-router", "find-router"));
    assert!(walk.history.is_empty());
}

#[test]
fn questions_branch_and_reject_next() {
    let pack = ok_pack();
    let mut walk = Walk::begin(&pack, None, "restart-router#lights").expect("start");
    assert!(matches!(
        walk.apply(&pack, Command::Next),
        Err(WalkError::NotHere(_))
    ));
    assert!(matches!(
        walk.apply(&pack, Command::Choose(7)),
        Err(WalkError::NotHere(_))
    ));
    let mut yes = walk.clone();
    yes.apply(&pack, Command::Choose(0)).expect("choose yes");
    assert_eq!(yes.current, at("restart-router", "fixed"));
    assert!(yes.is_finished(&pack));
    assert!(matches!(
        yes.apply(&pack, Command::Next),
        Err(WalkError::NotHere(_))
    ));
    walk.apply(&pack, Command::Choose(1)).expect("choose no");
    // The "No" answer jumps into another guide.
    assert_eq!(walk.current, at("change-password", "call-provider"));
    walk.apply(&pack, Command::Back)
        .expect("back across guides");
    assert_eq!(walk.current, at("restart-router", "lights"));
}

#[test]
fn stuck_takes_the_other_way_only_where_there_is_one() {
    let pack = ok_pack();
    let mut walk = Walk::begin(&pack, None, "restart-router#unplug").expect("start");
    walk.apply(&pack, Command::Stuck).expect("stuck");
    assert_eq!(walk.current, at("restart-router", "check-power"));
    assert!(matches!(
        walk.apply(&pack, Command::Stuck),
        Err(WalkError::NotHere(_))
    ));
    walk.apply(&pack, Command::Next).expect("next");
    assert_eq!(walk.current, at("restart-router", "lights"));
}

#[test]
fn checks_toggle_per_step_and_restart_clears_everything() {
    let pack = ok_pack();
    let mut walk = Walk::begin(&pack, None, "change-password#new-password").expect("start");
    walk.apply(&pack, Command::ToggleCheck(1)).expect("tick");
    assert!(walk.is_checked(1) && !walk.is_checked(0));
    assert!(matches!(
        walk.apply(&pack, Command::ToggleCheck(2)),
        Err(WalkError::NotHere(_))
    ));
    walk.apply(&pack, Command::Next).expect("next");
    assert!(!walk.is_checked(1), "ticks belong to their own step");
    walk.apply(&pack, Command::Back).expect("back");
    assert!(walk.is_checked(1), "ticks survive going back");
    walk.apply(&pack, Command::ToggleCheck(1)).expect("untick");
    assert!(!walk.is_checked(1));
    walk.apply(&pack, Command::ToggleCheck(0)).expect("tick");
    walk.apply(&pack, Command::Next).expect("next");
    walk.apply(&pack, Command::Restart).expect("restart");
    assert_eq!(walk.current, walk.start);
    assert!(walk.history.is_empty() && walk.checked.is_empty());
}

#[test]
fn progress_counts_the_expected_path() {
    let pack = ok_pack();
    let mut walk = Walk::begin_scenario(&pack, "restart").expect("start");
    // find-router, unplug, lights, then the outcome (not counted).
    let progress = walk.progress(&pack);
    assert_eq!(
        (progress.done, progress.remaining, progress.total()),
        (0, 3, 3)
    );
    walk.apply(&pack, Command::Stuck).ok();
    walk.apply(&pack, Command::Next).expect("next");
    walk.apply(&pack, Command::Stuck).expect("stuck");
    // find-router -> unplug -> (stuck) check-power: the path grew by one.
    let progress = walk.progress(&pack);
    assert_eq!((progress.done, progress.remaining), (2, 2));
    let states: Vec<ItemState> = walk.checklist(&pack).iter().map(|i| i.state).collect();
    use ItemState::*;
    assert_eq!(states, [Done, Done, Current, Ahead, Ahead]);
    walk.apply(&pack, Command::Next).expect("next");
    walk.apply(&pack, Command::Choose(0)).expect("yes");
    let progress = walk.progress(&pack);
    assert_eq!((progress.done, progress.remaining), (4, 0));
    assert!((progress.fraction() - 1.0).abs() < f32::EPSILON);
}

#[test]
fn a_saved_walk_resumes_at_the_same_node() {
    let pack = ok_pack();
    let mut walk = Walk::begin_scenario(&pack, "restart").expect("start");
    walk.apply(&pack, Command::Next).expect("next");
    walk.apply(&pack, Command::ToggleCheck(0)).ok();
    let saved = ron::to_string(&walk).expect("serialise");
    let resumed: Walk = ron::from_str(&saved).expect("deserialise");
    assert_eq!(resumed, walk);
    resumed.verify(&pack).expect("still fits the pack");
    let mut resumed = resumed;
    resumed
        .apply(&pack, Command::Back)
        .expect("history survived");
    assert_eq!(resumed.current, at("restart-router", "find-router"));
}

#[test]
fn a_saved_walk_on_a_removed_node_is_reported_not_followed() {
    let pack = ok_pack();
    let mut walk = Walk::begin_scenario(&pack, "restart").expect("start");
    walk.apply(&pack, Command::Next).expect("next");
    let saved = ron::to_string(&walk).expect("serialise");

    // The author renames the node the user stood on.
    let dir = common::copy_fixture("ok");
    let file = dir.path().join("data/restart-router.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replace("\"unplug\"", "\"pull-the-plug\"")).expect("write");
    let (changed, _) = Pack::load(PackSource::Folder(dir.path().to_owned()));

    let mut resumed: Walk = ron::from_str(&saved).expect("deserialise");
    assert_eq!(
        resumed.verify(&changed),
        Err(StaleWalk::MissingNode(at("restart-router", "unplug")))
    );
    assert!(matches!(
        resumed.apply(&changed, Command::Next),
        Err(WalkError::Stale(_))
    ));
    assert_eq!(
        resumed.current,
        at("restart-router", "unplug"),
        "a failed command changes nothing"
    );
}

#[test]
fn a_walk_from_another_pack_is_reported() {
    let pack = ok_pack();
    let mut walk = Walk::begin_scenario(&pack, "restart").expect("start");
    walk.pack = "someone-elses-pack".to_owned();
    assert_eq!(
        walk.verify(&pack),
        Err(StaleWalk::OtherPack("someone-elses-pack".to_owned()))
    );
}

#[test]
fn unknown_scenarios_and_targets_do_not_start() {
    let pack = ok_pack();
    assert!(Walk::begin_scenario(&pack, "no-such-scenario").is_err());
    assert!(Walk::begin(&pack, None, "restart-router#nope").is_err());
    assert!(Walk::begin(&pack, None, "").is_err());
}

#[test]
fn not_solved_goes_to_the_outcome_target_or_the_pack_fallback() {
    let pack = ok_pack();
    // An outcome with its own not_solved target.
    let mut walk = Walk::begin(&pack, None, "change-password#done").expect("start");
    walk.apply(&pack, Command::NotSolved).expect("not solved");
    assert_eq!(walk.current, at("change-password", "call-provider"));
    // An outcome without one falls back to the pack's fallback, which is
    // this very node: nowhere else to go.
    assert!(matches!(
        walk.apply(&pack, Command::NotSolved),
        Err(WalkError::NotHere(_))
    ));
    let mut fixed = Walk::begin(&pack, None, "restart-router#fixed").expect("start");
    fixed.apply(&pack, Command::NotSolved).expect("fallback");
    assert_eq!(fixed.current, at("change-password", "call-provider"));
    fixed.apply(&pack, Command::Back).expect("back");
    assert_eq!(fixed.current, at("restart-router", "fixed"));
    // Only outcomes answer "did this solve it?".
    let mut step = Walk::begin_scenario(&pack, "restart").expect("start");
    assert!(matches!(
        step.apply(&pack, Command::NotSolved),
        Err(WalkError::NotHere(_))
    ));
}

// Shared flows: Call and Return (tests/fixtures/flows).

use stepwise::guide::walk::{FlowError, MAX_DEPTH};

fn flows_pack() -> Pack {
    let (pack, problems) = common::check_fixture("flows");
    assert!(
        problems.is_empty(),
        "the flows fixture must be clean: {problems:#?}"
    );
    pack
}

/// The checklist as `(guide#node, state)`.
fn checklist(walk: &Walk, pack: &Pack) -> Vec<(String, ItemState)> {
    walk.checklist(pack)
        .into_iter()
        .map(|item| (item.at.to_string(), item.state))
        .collect()
}

#[test]
fn a_start_that_calls_a_flow_begins_inside_it() {
    let pack = flows_pack();
    let walk = Walk::begin_scenario(&pack, "wifi").expect("starts");
    assert_eq!(
        walk.start,
        at("wifi-name", "admin"),
        "Restart runs the Call again"
    );
    assert_eq!(walk.current, at("open-admin", "where"));
    assert_eq!(walk.stack, [at("wifi-name", "admin")]);
    // The flow's steps are ahead in place, then the caller's own.
    use ItemState::*;
    assert_eq!(
        checklist(&walk, &pack),
        [
            ("open-admin#where".to_owned(), Current),
            ("open-admin#browser".to_owned(), Ahead),
            ("open-admin#log-in".to_owned(), Ahead),
            ("wifi-name#wireless".to_owned(), Ahead),
            ("wifi-name#name".to_owned(), Ahead),
            ("wifi-name#done".to_owned(), Ahead),
        ]
    );
    let progress = walk.progress(&pack);
    assert_eq!((progress.done, progress.remaining), (0, 5));
}

#[test]
fn back_crosses_a_call_in_both_directions() {
    let pack = flows_pack();
    let mut walk = Walk::begin_scenario(&pack, "wifi").expect("starts");
    walk.apply(&pack, Command::Choose(0)).expect("browser");
    walk.apply(&pack, Command::Next).expect("log in");
    walk.apply(&pack, Command::Next).expect("the flow returns");
    assert_eq!(walk.current, at("wifi-name", "wireless"));
    assert!(walk.stack.is_empty(), "the flow has returned");
    // Back from the step after the Return: the flow's last step, inside it.
    walk.apply(&pack, Command::Back)
        .expect("back into the flow");
    assert_eq!(walk.current, at("open-admin", "log-in"));
    assert_eq!(walk.stack, [at("wifi-name", "admin")]);
    walk.apply(&pack, Command::Next).expect("out again");
    assert_eq!(walk.current, at("wifi-name", "wireless"));
    walk.apply(&pack, Command::Next).expect("name");
    use ItemState::*;
    assert_eq!(
        checklist(&walk, &pack),
        [
            ("open-admin#where".to_owned(), Done),
            ("open-admin#browser".to_owned(), Done),
            ("open-admin#log-in".to_owned(), Done),
            ("wifi-name#wireless".to_owned(), Done),
            ("wifi-name#name".to_owned(), Current),
            ("wifi-name#done".to_owned(), Ahead),
        ],
        "the flow's steps sit in place; the Call and the Return never show"
    );
    // Back from the first step of a flow: the step before the Call.
    walk.apply(&pack, Command::Next).expect("done");
    walk.apply(&pack, Command::NotSolved)
        .expect("the next suggestion");
    walk.apply(&pack, Command::Choose(1))
        .expect("the guest guide, which runs the flow again");
    assert_eq!(walk.current, at("open-admin", "where"));
    assert_eq!(walk.stack, [at("guest-network", "admin")]);
    let items = checklist(&walk, &pack);
    let wheres = items
        .iter()
        .filter(|(node, _)| node == "open-admin#where")
        .count();
    assert_eq!(wheres, 2, "a flow run twice is listed twice: {items:?}");
    walk.apply(&pack, Command::Back)
        .expect("back out of the flow");
    assert_eq!(walk.current, at("wifi-name", "guest"));
    assert!(walk.stack.is_empty());
    assert_eq!(walk.history.len(), walk.history_stacks.len());
}

#[test]
fn back_from_the_first_step_of_a_starting_flow_has_nowhere_to_go() {
    let pack = flows_pack();
    let mut walk = Walk::begin_scenario(&pack, "guest").expect("starts");
    assert_eq!(
        walk.apply(&pack, Command::Back),
        Err(WalkError::NotHere("this is the first step"))
    );
}

#[test]
fn flows_nest_and_each_return_goes_back_one_level() {
    let pack = flows_pack();
    let mut walk = Walk::begin_scenario(&pack, "wifi").expect("starts");
    walk.apply(&pack, Command::Choose(0)).expect("browser");
    walk.apply(&pack, Command::Next).expect("log in");
    walk.apply(&pack, Command::Stuck)
        .expect("reset, a flow in a flow");
    assert_eq!(walk.current, at("reset-admin", "press"));
    assert_eq!(
        walk.stack,
        [at("wifi-name", "admin"), at("open-admin", "reset")]
    );
    walk.apply(&pack, Command::ToggleCheck(0)).expect("tick");
    walk.apply(&pack, Command::Next)
        .expect("the inner flow returns");
    assert_eq!(walk.current, at("open-admin", "log-in"));
    assert_eq!(walk.stack, [at("wifi-name", "admin")]);
    walk.apply(&pack, Command::Next)
        .expect("the outer flow returns");
    assert_eq!(walk.current, at("wifi-name", "wireless"));
    assert!(walk.stack.is_empty());
    // Back all the way, each step with the stack it had.
    walk.apply(&pack, Command::Back).expect("back");
    assert_eq!(walk.current, at("open-admin", "log-in"));
    walk.apply(&pack, Command::Back).expect("back");
    assert_eq!(walk.current, at("reset-admin", "press"));
    assert_eq!(walk.stack.len(), 2);
    assert!(walk.is_checked(0), "ticks survive");
    // Restart empties the stack and runs the start's Call again.
    walk.apply(&pack, Command::Restart).expect("restart");
    assert_eq!(walk.current, at("open-admin", "where"));
    assert_eq!(walk.stack, [at("wifi-name", "admin")]);
    assert!(walk.history.is_empty() && walk.history_stacks.is_empty());
}

#[test]
fn the_fallback_leaves_every_flow() {
    let pack = flows_pack();
    let mut walk = Walk::begin_scenario(&pack, "wifi").expect("starts");
    walk.apply(&pack, Command::Choose(0)).expect("browser");
    walk.apply(&pack, Command::Next).expect("log in");
    walk.apply(&pack, Command::Stuck).expect("reset");
    walk.apply(&pack, Command::Stuck).expect("no reset button");
    assert_eq!(walk.current, at("reset-admin", "no-button"));
    assert_eq!(walk.stack.len(), 2, "an outcome inside a flow");
    walk.apply(&pack, Command::NotSolved)
        .expect("the pack's fallback");
    assert_eq!(walk.current, at("wifi-name", "ask-provider"));
    assert!(walk.stack.is_empty());
    walk.apply(&pack, Command::Back).expect("back");
    assert_eq!(walk.stack.len(), 2);
}

#[test]
fn a_return_with_no_call_is_an_error_not_a_panic() {
    let pack = flows_pack();
    // Started inside a flow (only a broken pack or a hand-made walk does this).
    let mut walk = Walk::begin(&pack, None, "open-admin#app").expect("starts");
    let before = walk.clone();
    assert_eq!(
        walk.apply(&pack, Command::Next),
        Err(WalkError::Flow(FlowError::ReturnWithoutCall(at(
            "open-admin",
            "back"
        ))))
    );
    assert_eq!(walk, before, "a failed command changes nothing");
    assert!(!walk.can(&pack, Command::Next));
    assert!(Walk::begin(&pack, None, "open-admin#back").is_err());
}

#[test]
fn a_walk_inside_a_flow_is_saved_and_resumed_with_its_stack() {
    let pack = flows_pack();
    let mut walk = Walk::begin_scenario(&pack, "wifi").expect("starts");
    walk.apply(&pack, Command::Choose(0)).expect("browser");
    walk.apply(&pack, Command::Next).expect("log in");
    walk.apply(&pack, Command::Stuck).expect("reset");
    let saved = ron::to_string(&walk).expect("serialise");
    let mut resumed: Walk = ron::from_str(&saved).expect("deserialise");
    assert_eq!(resumed, walk);
    resumed.verify(&pack).expect("still fits the pack");
    resumed
        .apply(&pack, Command::Next)
        .expect("returns to log in");
    assert_eq!(resumed.current, at("open-admin", "log-in"));
    resumed
        .apply(&pack, Command::Next)
        .expect("returns to the guide");
    assert_eq!(resumed.current, at("wifi-name", "wireless"));
}

#[test]
fn a_walk_saved_before_flows_existed_still_reads() {
    let pack = ok_pack();
    // Written by the version before Call and Return: no stack fields.
    let old = r#"(pack: "sample", scenario: Some("restart"), start: (guide: "restart-router", node: "find-router"), current: (guide: "restart-router", node: "lights"), history: [(guide: "restart-router", node: "find-router"), (guide: "restart-router", node: "unplug")], checked: {(guide: "restart-router", node: "find-router"): [0]})"#;
    let mut walk: Walk = ron::from_str(old).expect("an old walk reads");
    assert!(walk.stack.is_empty() && walk.history_stacks.is_empty());
    walk.verify(&pack).expect("fits");
    assert_eq!(walk.progress(&pack).done, 2);
    walk.apply(&pack, Command::Choose(0)).expect("on");
    walk.apply(&pack, Command::Back).expect("back");
    walk.apply(&pack, Command::Back)
        .expect("back into the old history");
    assert_eq!(walk.current, at("restart-router", "unplug"));
    walk.apply(&pack, Command::Back).expect("back");
    assert_eq!(walk.current, at("restart-router", "find-router"));
    assert!(walk.stack.is_empty());
    // A walk without flows is saved as before.
    let saved = ron::to_string(&Walk::begin_scenario(&pack, "restart").expect("starts"))
        .expect("serialise");
    assert!(!saved.contains("stack"), "{saved}");
}

#[test]
fn a_saved_walk_whose_call_is_gone_is_reported() {
    let pack = flows_pack();
    let mut walk = Walk::begin_scenario(&pack, "guest").expect("starts");
    walk.apply(&pack, Command::Choose(0)).expect("browser");
    let dir = common::copy_fixture("flows");
    let file = dir.path().join("data/guest-network.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replace("\"admin\"", "\"run-admin\"")).expect("write");
    let (changed, _) = Pack::load(PackSource::Folder(dir.path().to_owned()));
    assert_eq!(
        walk.verify(&changed),
        Err(StaleWalk::MissingNode(at("guest-network", "admin")))
    );
    // A node of the stack that is no longer a Call.
    std::fs::write(
        &file,
        text.replace(
            "\"admin\": Call(flow: \"open-admin#where\", then: \"guest-tab\")",
            "\"admin\": Step(title: \"Open\", text: \"Open it.\", next: \"guest-tab\")",
        ),
    )
    .expect("write");
    let (changed, _) = Pack::load(PackSource::Folder(dir.path().to_owned()));
    assert_eq!(
        walk.verify(&changed),
        Err(StaleWalk::ChangedNode(at("guest-network", "admin")))
    );
}

/// A pack in memory from `(file, text)` pairs.
fn memory_pack(files: &[(&str, &str)]) -> Pack {
    let files = files
        .iter()
        .map(|(name, text)| ((*name).to_owned(), std::sync::Arc::from(text.as_bytes())))
        .collect();
    Pack::load(PackSource::Memory(std::sync::Arc::new(files))).0
}

#[test]
fn calls_and_returns_that_never_reach_a_step_stop_with_an_error() {
    let manifest = r#"Pack(id: "p", title: "P", scenarios: [(id: "s", title: "S", start: "a")])"#;
    // The flow returns at once, to the Call itself: round and round.
    let pack = memory_pack(&[
        ("data/pack.ron", manifest),
        (
            "data/a.ron",
            r#"Guide(id: "a", title: "A", start: "c", nodes: {"c": Call(flow: "f", then: "c")})"#,
        ),
        (
            "data/f.ron",
            r#"Guide(id: "f", title: "F", start: "r", nodes: {"r": Return})"#,
        ),
    ]);
    assert!(matches!(
        Walk::begin(&pack, None, "a"),
        Err(WalkError::Flow(FlowError::Endless(_)))
    ));
    // A flow that runs itself before any step.
    let pack = memory_pack(&[
        ("data/pack.ron", manifest),
        (
            "data/a.ron",
            r#"Guide(id: "a", title: "A", start: "c", nodes: {"c": Call(flow: "a#c", then: "r"), "r": Return})"#,
        ),
    ]);
    let error = Walk::begin(&pack, None, "a").expect_err("too deep");
    assert!(matches!(error, WalkError::Flow(FlowError::TooDeep(_))));
    assert!(
        error.to_string().contains(&MAX_DEPTH.to_string()),
        "{error}"
    );
}

#[test]
fn jumping_from_the_map_is_a_new_position_that_back_undoes() {
    let pack = ok_pack();
    let mut walk = Walk::begin_scenario(&pack, "restart").expect("scenario starts");
    walk.apply(&pack, Command::Next).expect("next");
    walk.jump(&pack, &at("restart-router", "lights"))
        .expect("the node exists");
    assert_eq!(walk.current, at("restart-router", "lights"));
    assert_eq!(walk.history.len(), 2);
    walk.apply(&pack, Command::Back).expect("back");
    assert_eq!(walk.current, at("restart-router", "unplug"));
    // Jumping to where one stands changes nothing; a missing node is refused.
    walk.jump(&pack, &at("restart-router", "unplug"))
        .expect("same");
    assert_eq!(walk.history.len(), 1);
    let before = walk.clone();
    assert!(matches!(
        walk.jump(&pack, &at("restart-router", "nowhere")),
        Err(WalkError::Stale(StaleWalk::MissingNode(_)))
    ));
    assert_eq!(walk, before);
}
