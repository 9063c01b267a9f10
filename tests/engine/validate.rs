//! The validator, rule by rule: each folder under tests/fixtures/bad holds a
//! pack with one kind of mistake, and the table names exactly what `check`
//! must print for it: file, line, column, severity, message and rule.

use crate::common;
use std::collections::BTreeSet;

use stepwise::guide::{PackSource, Problem};

/// Every bad fixture and exactly what `stepwise check` prints for it, one
/// line per problem: file, line, column, severity, message and rule.
const CASES: &[(&str, &[&str])] = &[
    (
        "missing-translation",
        &[
            "data/main.ron:7:56: warning: \"switch.text\" has no Spanish (es) translation yet: add it to data/es/main.ron [missing-translation]",
        ],
    ),
    (
        "stale-translation",
        &[
            "data/es/main.ron:5:9: warning: the source text of \"switch.title\" changed after it was translated: check the translation, then write its new fingerprint \"60e18bc7\" [stale-translation]",
            "data/es/main.ron:8:9: warning: data/main.ron has no text \"switch.checks.0\" any more: remove this entry [stale-translation]",
        ],
    ),
    (
        "dangling-no-cascade",
        &[
            "data/main.ron:9:74: error: `next` points to \"secnod\", but guide \"main\" has no node \"secnod\"; did you mean \"second\"? [dangling-reference]",
            "data/main.ron:15:36: error: `options[1].to` points to \"finshed\", but guide \"main\" has no node \"finshed\"; did you mean \"finished\"? [dangling-reference]",
            "data/other.ron:9:52: error: `next` points to \"somewhere-else\", but guide \"other\" has no node \"somewhere-else\" [dangling-reference]",
        ],
    ),
    (
        "dangling-reference",
        &[
            "data/broken-start.ron:4:12: error: the start node \"frist\" is not in this guide; did you mean \"first\"? [dangling-reference]",
            "data/main.ron:9:39: error: `options[0].to` points to \"secnod\", but guide \"main\" has no node \"secnod\"; did you mean \"second\"? [dangling-reference]",
            "data/main.ron:11:46: error: `options[2].to` points to \"other#missing\", but there is no guide \"other\" [dangling-reference]",
            "data/main.ron:18:45: error: `stuck.to` points to \"nowhere#start\", but there is no guide \"nowhere\" [dangling-reference]",
        ],
    ),
    (
        "bad-date",
        &[
            "data/future.ron:4:15: warning: 1 Jun 2027 is in the future: write the day the guide was checked [bad-date]",
            "data/garbled.ron:4:15: error: \"21/11/2026\" is not a date: write it as year-month-day, like \"2026-12-04\" [bad-date]",
        ],
    ),
    (
        "dead-end",
        &[
            "data/main.ron:10:9: error: this step has no `next` (and no `stuck`): the user cannot go on; add `next`, or make it an Outcome [dead-end]",
            "data/main.ron:14:9: error: this question has no options: the user cannot answer it [dead-end]",
        ],
    ),
    (
        "duplicate-id",
        &[
            "data/copy.ron:2:9: warning: the guide id \"main\" differs from its file name; name the file main.ron so authors can find it [file-name]",
            "data/main.ron:2:9: error: the guide id \"main\" is already used by data/copy.ron [duplicate-id]",
            "data/main.ron:12:9: error: the node id \"first\" is used twice in this guide; the second is ignored [duplicate-id]",
        ],
    ),
    (
        "empty-text",
        &[
            "data/main.ron:4:15: error: summary line 1 is empty [empty-text]",
            "data/main.ron:8:20: error: the step title is empty [empty-text]",
            "data/main.ron:9:19: error: the step instruction is empty [empty-text]",
            "data/main.ron:10:30: error: check 2 is empty [empty-text]",
            "data/main.ron:13:61: error: tip 1 is empty [empty-text]",
        ],
    ),
    (
        "file",
        &["data/latin1.ron:3:16: error: the file is not UTF-8 text; save it as UTF-8 [file]"],
    ),
    (
        "file-name",
        &[
            "data/extra.ron:2:9: warning: the guide id \"other\" differs from its file name; name the file other.ron so authors can find it [file-name]",
        ],
    ),
    (
        "image-too-large",
        &[
            "data/main.ron:9:31: error: the image \"assets/wide.png\" is 9000x4 pixels; the limit is 8192 on a side [image-too-large]",
        ],
    ),
    (
        "label-covers-highlight",
        &[
            "data/main.ron:16:21: warning: the label of callout 1 (\"Settings\") covers the highlighted box marks[0] when the picture is shown at 400 x 300 (as in an exported page): move the callout's `at` so its label sits beside it, not on it [label-covers-highlight]",
        ],
    ),
    (
        "mark-outside-image",
        &[
            "data/main.ron:14:21: error: this highlight reaches outside its 64x40 picture \"small.png\": x + w = 70, picture 64 wide (6 past the right edge) [mark-outside-image]",
            "data/main.ron:15:21: error: this arrow reaches outside its 64x40 picture \"small.png\": `to` y = 41, picture 40 high (1 below the bottom edge) [mark-outside-image]",
            "data/main.ron:16:21: error: this callout reaches outside its 64x40 picture \"small.png\": x = -1 is left of the left edge [mark-outside-image]",
            "data/main.ron:17:21: error: this highlight has no area: its width and height must be positive [mark-outside-image]",
            "data/main.ron:18:21: error: this highlight reaches outside its 64x40 picture \"small.png\": y = -4 is above the top edge [mark-outside-image]",
            "data/main.ron:19:21: error: this arrow reaches outside its 64x40 picture \"small.png\": `from` x = 70, picture 64 wide (6 past the right edge) [mark-outside-image]",
        ],
    ),
    (
        "missing-image",
        &[
            "data/main.ron:9:31: error: the image \"assets/nowhere.png\" does not exist [missing-image]",
            "data/main.ron:15:31: error: the image \"assets/home.png\" does not exist; did you mean \"assets/Home.png\"? Capital letters matter [missing-image]",
            "data/main.ron:21:31: error: the image \"assets/assets/tv/menu.png\" does not exist: the path is already inside assets/, so write \"tv/menu.png\" [missing-image]",
            "data/main.ron:27:31: error: the image \"assets/tv/mnu.png\" does not exist; did you mean \"assets/tv/menu.png\"? [missing-image]",
        ],
    ),
    (
        "missing-manifest",
        &[
            "data/pack.ron:1:1: error: the pack has no data/pack.ron; a pack folder holds data/pack.ron, the guides in data/ and the images in assets/ [file]",
        ],
    ),
    (
        "no-next-move",
        &[
            "data/main.ron:16:9: warning: if this does not solve the problem, the user has nowhere to go: add `not_solved: \"...\"` (the node to try next) to this Outcome, or a `fallback` to data/pack.ron for every Outcome [no-next-move]",
        ],
    ),
    (
        "stale-guide",
        &[
            "data/future.ron:4:15: warning: 1 Jun 2027 is in the future: write the day the guide was checked [bad-date]",
            "data/garbled.ron:4:15: error: \"21/11/2026\" is not a date: write it as year-month-day, like \"2026-12-04\" [bad-date]",
            "data/old.ron:4:15: warning: this guide was last checked on 1 Jun 2026, 186 days ago; the pack asks for a check every 30 days: check it against the real screens, then update `verified` [stale-guide]",
            "data/undated.ron:2:9: warning: this guide has no `verified` date; the pack asks for a check every 30 days: check it against the real screens and add `verified: \"2026-12-04\"` [stale-guide]",
        ],
    ),
    (
        "no-way-out",
        &[
            "data/main.ron:10:9: error: these nodes lead only to each other and never to an Outcome: main#left -> main#right [no-way-out]",
            "data/main.ron:21:9: error: these nodes lead only to each other and never to an Outcome: main#spin [no-way-out]",
        ],
    ),
    (
        "outcome-loops-back",
        &[
            "data/main.ron:14:54: warning: this way on from the outcome \"done\" leads back into the route that ends here (main#unplug -> main#wait -> main#done): a person who takes it goes round the same steps again; lead it somewhere new [outcome-loops-back]",
        ],
    ),
    (
        "scenario-target",
        &[
            "data/pack.ron:6:44: error: the scenario's start points to \"mian\", but there is no guide \"mian\"; did you mean \"main\"? [scenario-target]",
            "data/pack.ron:7:44: error: the scenario's start points to \"main#nope\", but guide \"main\" has no node \"nope\"; did you mean \"main#done\"? [scenario-target]",
            "data/pack.ron:9:15: error: the fallback points to \"elsewhere\", but there is no guide \"elsewhere\" [scenario-target]",
        ],
    ),
    (
        "stray-file",
        &[
            "data/notes.txt:1:1: warning: data/notes.txt is not a .ron file, so it is not read as a guide; rename it to notes.ron if it is one [stray-file]",
            "data/screenshot.png:1:1: warning: data/screenshot.png is a picture, and pictures are not read from data/; move it into assets/ [stray-file]",
            "data/second.ron.txt:1:1: warning: data/second.ron.txt ends in .txt (some editors add it when saving), so it is not read as a guide; rename it to second.ron [stray-file]",
            "data/third.RON:1:1: warning: data/third.RON is not read as a guide: only names ending in lowercase .ron are; rename it to third.ron [stray-file]",
        ],
    ),
    (
        "syntax",
        &["data/main.ron:3:24: error: add a comma at the end of line 3 [syntax]"],
    ),
    (
        "unknown-field",
        &[
            "data/main.ron:8:13: error: `txt` is not a field of `Step`: did you mean `text`? (`Step` has `title`, `text`, `shot`, `checks`, `links`, `next`, `stuck` and `may_differ`) [syntax]",
        ],
    ),
    (
        "unreachable",
        &[
            "data/main.ron:11:9: warning: the node \"orphan\" is never reached: no scenario, guide start or other node leads to it [unreachable]",
        ],
    ),
    (
        "unreadable-image",
        &[
            "data/main.ron:9:31: error: the image \"assets/broken.png\" cannot be used: not a readable PNG or JPEG image (The image format could not be determined) [unreadable-image]",
        ],
    ),
    (
        "unsafe-link",
        &[
            "data/main.ron:11:39: error: the link \"http://example.com/help\" is not an https:// address; only https links are allowed [unsafe-link]",
            "data/main.ron:12:40: error: the link \"javascript:alert(1)\" is not an https:// address; only https links are allowed [unsafe-link]",
        ],
    ),
    (
        "unsafe-path",
        &[
            "data/main.ron:9:31: error: the image path is unsafe: \"../data/main.ron\" uses \"..\"; paths must stay inside the pack [unsafe-path]",
            "data/main.ron:15:31: error: the image path is unsafe: \"/etc/passwd\" is absolute; paths must be relative to the pack's assets/ folder [unsafe-path]",
            "data/main.ron:21:31: error: the image path is unsafe: \"assets/escape.png\" is a link that points outside the pack [unsafe-path]",
        ],
    ),
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

#[test]
fn each_bad_fixture_reports_exactly_its_problems() {
    let mut failures = Vec::new();
    for (name, expected) in CASES {
        let (_, problems) = common::check_fixture(&format!("bad/{name}"));
        let reported: Vec<String> = problems.iter().map(ToString::to_string).collect();
        if reported != *expected {
            failures.push(format!(
                "{name}:\n  expected\n    {}\n  got\n    {}",
                expected.join("\n    "),
                reported.join("\n    ")
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

/// Every rule the checker has, checked both ways: the fixture folder named
/// after it (`tests/fixtures/bad/<code>`) breaks it, and the ok fixture and
/// the built-in pack never do.
#[test]
fn every_rule_has_a_fixture_that_breaks_it() {
    use strum::IntoEnumIterator;
    let (_, clean) = common::check_fixture("ok");
    let (_, shipped) = stepwise::guide::check_on(PackSource::Builtin, common::pinned_today());
    let mut missing = Vec::new();
    for rule in stepwise::guide::Rule::iter() {
        let folder = format!("bad/{}", rule.code());
        if !common::fixture(&folder).is_dir() {
            missing.push(format!(
                "{}: no fixture folder tests/fixtures/{folder}",
                rule.code()
            ));
            continue;
        }
        let (_, problems) = common::check_fixture(&folder);
        if !problems.iter().any(|p| p.rule == rule) {
            missing.push(format!(
                "{}: its fixture does not break it: {problems:#?}",
                rule.code()
            ));
        }
        assert!(
            !clean.iter().chain(&shipped).any(|p| p.rule == rule),
            "{rule:?} on a good pack"
        );
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_ok_fixture_has_no_problems_at_all() {
    let (pack, problems) = common::check_fixture("ok");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(pack.guides.len(), 2);
}

#[test]
fn the_built_in_pack_has_no_problems_at_all() {
    let (pack, problems) = stepwise::guide::check_on(PackSource::Builtin, common::pinned_today());
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
fn while_a_guide_does_not_parse_nothing_is_called_unreachable() {
    // What the broken file leads to is unknown, so "orphan" may well be
    // reached from it: the rule waits until the file parses again.
    let dir = common::copy_fixture("bad/unreachable");
    std::fs::write(
        dir.path().join("data/broken.ron"),
        "Guide(id: \"broken\", title: \"Broken\" start: \"a\", nodes: {})",
    )
    .expect("write");
    let (_, problems) = stepwise::guide::check(PackSource::Folder(dir.path().to_owned()));
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        listing,
        ["data/broken.ron:1:36: error: add a comma between `\"Broken\"` and `start` [syntax]"]
    );
}

#[test]
fn while_pack_ron_does_not_parse_nothing_is_called_unreachable() {
    let dir = common::copy_fixture("bad/unreachable");
    let manifest = dir.path().join("data/pack.ron");
    let text = std::fs::read_to_string(&manifest).expect("read");
    std::fs::write(&manifest, text.replace("scenarios:", "senarios:")).expect("write");
    let (_, problems) = stepwise::guide::check(PackSource::Folder(dir.path().to_owned()));
    let rules: Vec<&str> = problems.iter().map(|p| p.rule.code()).collect();
    assert_eq!(rules, ["syntax"], "{problems:#?}");
    assert!(
        problems[0].message.contains("did you mean `scenarios`?"),
        "{}",
        problems[0]
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
