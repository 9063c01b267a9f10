//! Every route of the built-in pack, walked by the engine's own sweep from
//! each home-screen scenario: every answer, every "I don't see this",
//! every way on from an ending. No route breaks, none ends on a solved
//! outcome before its scenario's goal is reached, and no way on from an
//! ending leads back into the route that just ended.

use stepwise::guide::model::OutcomeKind;
use stepwise::guide::sweep::{End, Route, sweep};
use stepwise::guide::walk::{Command, Walk};
use stepwise::guide::{Pack, PackSource};

/// Plenty for the built-in pack (it needs about a million moves); a sweep
/// that is cut short fails the tests instead of passing on half of it.
const MOVES: usize = 20_000_000;

fn builtin() -> Pack {
    let (pack, problems) = Pack::load(PackSource::Builtin);
    assert!(problems.is_empty(), "{problems:#?}");
    pack
}

/// Lends every route of a scenario to `visit`; returns how many there were.
fn each_route(pack: &Pack, id: &str, visit: &mut dyn FnMut(Route<'_>)) -> usize {
    let mut walk = Walk::begin_scenario(pack, id).expect("the scenario starts");
    let seen = sweep(pack, &mut walk, MOVES, visit);
    assert!(!seen.cut_short, "{id}: the sweep was cut short");
    seen.routes
}

fn solved(route: &Route<'_>) -> bool {
    matches!(
        route.end,
        End::Outcome {
            kind: OutcomeKind::Solved,
            ..
        }
    )
}

#[test]
fn no_route_of_any_scenario_breaks_or_loops_back_after_an_ending() {
    let pack = builtin();
    let mut routes = 0;
    let mut problems = Vec::new();
    for scenario in &pack.manifest.scenarios {
        routes += each_route(&pack, &scenario.id, &mut |route| {
            if problems.len() >= 3 {
                return;
            }
            if matches!(route.end, End::Broken(_)) {
                problems.push(format!(
                    "{}: a route breaks:\n  {}",
                    scenario.id,
                    route.describe()
                ));
            } else if let Some((outcome, again)) = route.loops_back_after_outcome(&pack) {
                problems.push(format!(
                    "{}: a way on from {outcome} leads back to {again}, already on the route:\n  {}",
                    scenario.id,
                    route.describe()
                ));
            }
        });
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    assert!(
        routes > 100,
        "only {routes} routes: the sweep missed branches"
    );
}

/// The hotel scenario's goal: the TV signed out (on the TV itself, from the
/// device list, or by signing out every device) and then the password
/// changed or reset, or the person said plainly that they would not.
#[test]
fn every_solved_ending_of_the_hotel_scenario_comes_after_its_goal() {
    let pack = builtin();
    let signed_out = [
        "tv-menu#confirm",
        "sign-out-device-web#sign-out",
        "sign-out-all#confirm",
    ];
    let password = ["change-password#save", "reset-password#new-password"];
    // Answers that decline the new password, in the person's own words.
    let declined = [
        "No, I'm done",
        "Not now",
        "I set a new one while signing in",
    ];
    let mut solved_routes = 0;
    let mut problems = Vec::new();
    each_route(&pack, "left-behind", &mut |route| {
        if !solved(&route) || problems.len() >= 3 {
            return;
        }
        solved_routes += 1;
        if !signed_out.iter().any(|n| route.passes(n)) {
            problems.push(format!(
                "a solved ending before the TV is signed out:\n  {}",
                route.describe()
            ));
            return;
        }
        let changed = password.iter().any(|n| route.passes(n));
        let said_no = route.moves.iter().any(|m| {
            matches!(m.command, Command::Choose(_)) && declined.contains(&m.label.as_str())
        });
        if !changed && !said_no {
            problems.push(format!(
                "a solved ending without a new password, and the person never said no to one:\n  {}",
                route.describe()
            ));
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    assert!(solved_routes > 20, "only {solved_routes} solved routes");
}

/// "I don't know my password" at the first sign-in of the website route
/// sets a new password and comes back to signing devices out: it does not
/// end on "Your password is reset".
#[test]
fn a_forgotten_password_on_the_hotel_route_comes_back_to_signing_out() {
    let pack = builtin();
    let mut walk = Walk::begin_scenario(&pack, "left-behind").expect("starts");
    let choose = |walk: &mut Walk, label: &str| {
        let node = walk.node(&pack).expect("on a node");
        let options = match node {
            stepwise::guide::model::Node::Question(q) => &q.options,
            other => panic!("not a question: {other:?}"),
        };
        let i = options
            .iter()
            .position(|o| o.label == label)
            .unwrap_or_else(|| panic!("no answer {label:?} at {}", walk.current));
        walk.apply(&pack, Command::Choose(i)).expect("answer");
    };
    choose(&mut walk, "No, I've left it behind");
    choose(&mut walk, "Every device (safest)");
    choose(&mut walk, "In a web browser, on a computer or phone");
    assert_eq!(walk.current.to_string(), "account-page#sign-in");
    walk.apply(&pack, Command::Stuck)
        .expect("I don't know my password");
    assert_eq!(walk.current.to_string(), "reset-password#from-sign-in");
    for _ in 0..3 {
        walk.apply(&pack, Command::Next).expect("through the reset");
    }
    assert_eq!(walk.current.to_string(), "account-page#sign-in-new");
    walk.apply(&pack, Command::Next).expect("signed in");
    walk.apply(&pack, Command::Next).expect("account page");
    // Back where the person was going: signing every device out.
    assert_eq!(walk.current.to_string(), "sign-out-all#sign-out-all");
}

/// The device list has no line the person can tell is the TV: "I don't see
/// this" leads to signing out every device, and says why.
#[test]
fn a_device_missing_from_the_list_leads_to_signing_out_every_device() {
    let pack = builtin();
    let mut walk = Walk::begin(&pack, None, "sign-out-device-web#find-device").expect("starts");
    walk.apply(&pack, Command::Stuck).expect("I can't find it");
    let node = walk.node(&pack).expect("a node");
    let stepwise::guide::model::Node::Step(step) = node else {
        panic!("{node:?}");
    };
    assert!(step.text.contains("all devices"), "{}", step.text);
    walk.apply(&pack, Command::Next).expect("on");
    // Back to the account page, then straight to "Sign out of all devices".
    assert_eq!(walk.current.to_string(), "account-page#overview");
    walk.apply(&pack, Command::Next).expect("account page");
    assert_eq!(walk.current.to_string(), "sign-out-all#sign-out-all");
}

/// Solved outcomes offer more as ways on of their own: nobody is asked to
/// answer "No, it didn't solve it" to reach a next step that follows a
/// success.
#[test]
fn no_solved_outcome_asks_to_be_called_unsolved_to_go_on() {
    let pack = builtin();
    for loaded in &pack.guides {
        for (id, node) in loaded.guide.nodes.iter() {
            if let stepwise::guide::model::Node::Outcome(outcome) = node
                && outcome.kind == OutcomeKind::Solved
            {
                let words = outcome.text.to_lowercase();
                assert!(
                    !(words.contains("answer **no**") && words.contains("password")),
                    "{}#{id}: {}",
                    loaded.guide.id,
                    outcome.text
                );
            }
        }
    }
    let (walk_pack, at) = (&pack, "sign-out-tv#done");
    let mut walk = Walk::begin(walk_pack, None, at).expect("starts");
    walk.apply(walk_pack, Command::Choose(0))
        .expect("Change my password too");
    assert!(
        walk.current.to_string().starts_with("account-page#"),
        "{}",
        walk.current
    );
}
