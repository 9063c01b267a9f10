//! The validator, rule by rule: each folder under tests/fixtures/bad holds a
//! pack with one kind of mistake, and each test names exactly what `check`
//! must report for it: severity, rule, file, line and column.

mod common;

use std::collections::BTreeSet;

use stepwise::guide::{PackSource, Problem, Severity};

/// `(severity, rule, file, line, column)` as `check` reports it.
type Expected = (Severity, &'static str, &'static str, usize, usize);

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

/// Every bad fixture and exactly what it must produce.
const CASES: &[(&str, &[Expected])] = &[
    ("syntax", &[(E, "syntax", "data/main.ron", 4, 5)]),
    ("unknown-field", &[(E, "syntax", "data/main.ron", 8, 13)]),
    (
        "duplicate-id",
        &[
            (W, "file-name", "data/copy.ron", 2, 9),
            (E, "duplicate-id", "data/main.ron", 2, 9),
            (E, "duplicate-id", "data/main.ron", 12, 9),
        ],
    ),
    (
        "dangling-reference",
        &[
            (E, "dangling-reference", "data/broken-start.ron", 4, 12),
            (E, "dangling-reference", "data/main.ron", 9, 39),
            (E, "dangling-reference", "data/main.ron", 11, 46),
            (E, "dangling-reference", "data/main.ron", 18, 45),
        ],
    ),
    (
        "scenario-target",
        &[
            (E, "scenario-target", "data/pack.ron", 6, 44),
            (E, "scenario-target", "data/pack.ron", 7, 44),
            (E, "scenario-target", "data/pack.ron", 9, 15),
        ],
    ),
    ("unreachable", &[(W, "unreachable", "data/main.ron", 11, 9)]),
    (
        "dead-end",
        &[
            (E, "dead-end", "data/main.ron", 10, 9),
            (E, "dead-end", "data/main.ron", 14, 9),
        ],
    ),
    (
        "no-way-out",
        &[
            (E, "no-way-out", "data/main.ron", 10, 9),
            (E, "no-way-out", "data/main.ron", 21, 9),
        ],
    ),
    (
        "missing-image",
        &[(E, "missing-image", "data/main.ron", 9, 31)],
    ),
    (
        "unreadable-image",
        &[(E, "unreadable-image", "data/main.ron", 9, 31)],
    ),
    (
        "image-too-large",
        &[(E, "image-too-large", "data/main.ron", 9, 31)],
    ),
    (
        "mark-outside-image",
        &[
            (E, "mark-outside-image", "data/main.ron", 14, 21),
            (E, "mark-outside-image", "data/main.ron", 15, 21),
            (E, "mark-outside-image", "data/main.ron", 16, 21),
            (E, "mark-outside-image", "data/main.ron", 17, 21),
        ],
    ),
    (
        "empty-text",
        &[
            (E, "empty-text", "data/main.ron", 4, 15),
            (E, "empty-text", "data/main.ron", 8, 20),
            (E, "empty-text", "data/main.ron", 9, 19),
            (E, "empty-text", "data/main.ron", 10, 30),
            (E, "empty-text", "data/main.ron", 13, 61),
        ],
    ),
    (
        "unsafe-link",
        &[
            (E, "unsafe-link", "data/main.ron", 11, 39),
            (E, "unsafe-link", "data/main.ron", 12, 40),
        ],
    ),
    (
        "unsafe-path",
        &[
            (E, "unsafe-path", "data/main.ron", 9, 31),
            (E, "unsafe-path", "data/main.ron", 15, 31),
            (E, "unsafe-path", "data/main.ron", 21, 31),
        ],
    ),
    ("file", &[(E, "file", "data/latin1.ron", 3, 16)]),
    ("missing-manifest", &[(E, "file", "data/pack.ron", 1, 1)]),
    ("file-name", &[(W, "file-name", "data/extra.ron", 2, 9)]),
];

/// The fixtures of the shared-flow rules (Call and Return) and exactly
/// what `stepwise check` prints for each, one line per problem.
const FLOW_CASES: &[(&str, &[&str])] = &[
    (
        "dangling-call",
        &[
            "data/main.ron:10:27: error: `flow` points to \"nowhere\", but there is no guide \"nowhere\" [dangling-reference]",
            "data/main.ron:11:27: error: `flow` points to \"flow#stpe\", but guide \"flow\" has no node \"stpe\"; did you mean \"flow#step\"? [dangling-reference]",
            "data/main.ron:12:43: error: `then` points to \"don\", but guide \"main\" has no node \"don\"; did you mean \"done\"? [dangling-reference]",
        ],
    ),
    (
        "flow-never-returns",
        &[
            "data/main.ron:11:27: error: `flow` runs \"plain\", which never comes back: guide \"plain\" has no Return node, so the walk would never go on to `then`; end the flow with a Return node (`\"back\": Return`), or jump there with `next` if it is not meant to come back [flow-never-returns]",
            "data/main.ron:13:27: error: `flow` runs \"flow#branch\", which never comes back: no Return can be reached from where it starts, so the walk would never go on to `then`; end the flow with a Return node (`\"back\": Return`), or jump there with `next` if it is not meant to come back [flow-never-returns]",
        ],
    ),
    (
        "jump-into-flow",
        &[
            "data/main.ron:10:45: error: `options[1].to` jumps into \"flow#step\", a node of the shared flow \"flow\" (a guide that ends in a Return), whose Return would have no Call to go back to; use Call to run a flow: `Call(flow: \"flow#step\", then: \"...\")` [jump-into-flow]",
            "data/main.ron:15:47: error: `then` jumps into \"flow#back\", a node of the shared flow \"flow\" (a guide that ends in a Return), whose Return would have no Call to go back to; `then` is where the walk goes on after the flow: point it at a node of this guide, or of a guide that is not a flow [jump-into-flow]",
            "data/pack.ron:6:59: error: the scenario's start points into \"flow#step\", a node of the shared flow \"flow\" (a guide that ends in a Return), whose Return would have no Call to go back to; use Call to run a flow: point here at a guide that runs it with `Call(flow: \"flow#step\", then: \"...\")` [jump-into-flow]",
            "data/pack.ron:8:15: error: the fallback points into \"flow\", a node of the shared flow \"flow\" (a guide that ends in a Return), whose Return would have no Call to go back to; use Call to run a flow: point here at a guide that runs it with `Call(flow: \"flow\", then: \"...\")` [jump-into-flow]",
        ],
    ),
    (
        "recursive-call",
        &[
            "data/a.ron:7:9: error: these Calls run each other in a circle, so the flows would never end: a#call-b -> b#call-a -> a#call-b; a flow must not run itself, directly or through another flow [recursive-call]",
            "data/loop.ron:7:9: error: these Calls run each other in a circle, so the flows would never end: loop#again -> loop#again; a flow must not run itself, directly or through another flow [recursive-call]",
        ],
    ),
    (
        "return-without-call",
        &[
            "data/lonely.ron:7:9: warning: nothing runs this flow: no Call has a `flow` in guide \"lonely\", so this Return would have nowhere to go back to; run it from another guide with `Call(flow: \"lonely\", then: \"...\")`, or end here with an Outcome [return-without-call]",
        ],
    ),
];

fn reported(problems: &[Problem]) -> Vec<(Severity, String, String, usize, usize)> {
    problems
        .iter()
        .map(|p| {
            (
                p.severity,
                p.rule.code().to_owned(),
                p.file.clone(),
                p.line,
                p.column,
            )
        })
        .collect()
}

#[test]
fn each_bad_fixture_reports_exactly_its_problems() {
    let mut failures = Vec::new();
    for (name, expected) in CASES {
        let (_, problems) = common::check_fixture(&format!("bad/{name}"));
        let expected: Vec<_> = expected
            .iter()
            .map(|(s, rule, file, line, col)| (*s, rule.to_string(), file.to_string(), *line, *col))
            .collect();
        if reported(&problems) != expected {
            let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
            failures.push(format!(
                "{name}:\n  expected {expected:?}\n  got\n    {}",
                listing.join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_bad_fixture_folder_is_in_the_table() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(common::fixture("bad"))
        .expect("fixtures/bad")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    let listed: BTreeSet<String> = CASES
        .iter()
        .map(|(name, _)| name.to_string())
        .chain(FLOW_CASES.iter().map(|(name, _)| name.to_string()))
        .collect();
    assert_eq!(on_disk, listed);
}

#[test]
fn the_ok_fixture_has_no_problems_at_all() {
    let (pack, problems) = common::check_fixture("ok");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(pack.guides.len(), 2);
}

#[test]
fn the_built_in_pack_has_no_problems_at_all() {
    let (pack, problems) = stepwise::guide::check(PackSource::Builtin);
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", listing.join("\n"));
    assert!(!pack.manifest.scenarios.is_empty());
}

#[test]
fn messages_read_as_sentences_without_debug_dumps() {
    for (name, _) in CASES {
        let (_, problems) = common::check_fixture(&format!("bad/{name}"));
        for problem in problems {
            let message = &problem.message;
            assert!(
                !message.contains("Error {") && !message.contains("Some(") && !message.is_empty(),
                "{problem}"
            );
        }
    }
}

#[test]
fn one_broken_guide_does_not_hide_the_others() {
    let dir = common::copy_fixture("ok");
    let file = dir.path().join("data/change-password.ron");
    std::fs::write(&file, "Guide(id: \"change-password\", title: ").expect("write");
    let (pack, problems) = stepwise::guide::check(PackSource::Folder(dir.path().to_owned()));
    assert_eq!(pack.guides.len(), 1, "restart-router still loads");
    assert_eq!(pack.guides[0].guide.id, "restart-router");
    // One syntax error for the broken file; references into it are not repeated.
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    assert_eq!(errors.len(), 1, "{problems:#?}");
    assert_eq!(errors[0].file, "data/change-password.ron");
    assert_eq!(errors[0].rule.code(), "syntax");
}

#[test]
fn many_mistakes_in_one_file_are_all_reported() {
    let dir = common::copy_fixture("ok");
    let file = dir.path().join("data/restart-router.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    let broken = text
        .replace("next: \"unplug\"", "next: \"unplgu\"")
        .replace("to: \"fixed\"", "to: \"fixd\"")
        .replace("router/back.png", "router/missing.png")
        .replace("(140, 80)", "(1400, 80)");
    std::fs::write(&file, broken).expect("write");
    let (_, problems) = stepwise::guide::check(PackSource::Folder(dir.path().to_owned()));
    let rules: BTreeSet<&str> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.rule.code())
        .collect();
    let expected: BTreeSet<&str> =
        ["dangling-reference", "missing-image", "mark-outside-image"].into();
    assert_eq!(rules, expected, "{problems:#?}");
    assert!(
        problems
            .iter()
            .filter(|p| p.rule.code() == "dangling-reference")
            .count()
            == 2
    );
}

#[test]
fn each_flow_fixture_prints_exactly_its_problems() {
    let mut failures = Vec::new();
    for (name, expected) in FLOW_CASES {
        let (_, problems) = common::check_fixture(&format!("bad/{name}"));
        let printed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        if printed != *expected {
            failures.push(format!(
                "{name}:\n  expected\n    {}\n  got\n    {}",
                expected.join("\n    "),
                printed.join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_flows_fixture_has_no_problems_at_all() {
    let (pack, problems) = common::check_fixture("flows");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(pack.guides.len(), 4);
}

#[test]
fn a_flow_run_twice_and_nested_flows_are_not_recursion() {
    // The flows fixture runs "open-admin" from two guides, and
    // "reset-admin" from inside it; none of that goes round.
    let (_, problems) = common::check_fixture("flows");
    assert!(
        problems.iter().all(|p| p.rule.code() != "recursive-call"),
        "{problems:#?}"
    );
    // Make the inner flow run the outer one: now it does.
    let dir = common::copy_fixture("flows");
    let file = dir.path().join("data/reset-admin.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(
        &file,
        text.replace(
            "\"done\": Return,",
            "\"done\": Call(flow: \"open-admin\", then: \"out\"), \"out\": Return,",
        ),
    )
    .expect("write");
    let (_, problems) = stepwise::guide::check(PackSource::Folder(dir.path().to_owned()));
    let printed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        printed,
        [
            "data/open-admin.ron:25:9: error: these Calls run each other in a circle, so the flows would never end: open-admin#reset -> reset-admin#done -> open-admin#reset; a flow must not run itself, directly or through another flow [recursive-call]"
        ]
    );
}
