//! The walker: branching, back, stuck, cross-guide jumps, progress, resume.

mod common;

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
