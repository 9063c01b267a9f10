//! The `stepwise` binary: `check` output, exit codes and JSON; `search`.

use crate::common;
use std::process::{Command, Output};

fn stepwise(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stepwise"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_passes_a_clean_pack_with_exit_0() {
    let dir = common::fixture("ok");
    let output = stepwise(&["check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("ok: no problems; 2 guides, 9 nodes in "),
        "{text}"
    );
}

#[test]
fn check_prints_every_problem_with_its_position_and_exits_1() {
    let dir = common::fixture("bad/dangling-reference");
    let output = stepwise(&["check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 4, "{text}");
    for line in &lines[..lines.len() - 1] {
        let mut parts = line.splitn(4, ':');
        let file = parts.next().unwrap_or_default();
        let line_no: usize = parts
            .next()
            .unwrap_or_default()
            .parse()
            .expect("a line number");
        let col: usize = parts.next().unwrap_or_default().parse().expect("a column");
        assert!(
            file == "data/main.ron" || file == "data/broken-start.ron",
            "{line}"
        );
        assert!(line_no >= 1 && col >= 1);
        assert!(
            parts.next().unwrap_or_default().starts_with(" error: "),
            "{line}"
        );
    }
    assert!(
        lines[lines.len() - 1].starts_with("4 errors, 0 warnings;"),
        "{text}"
    );
    assert!(
        !text.contains("Error {"),
        "no debug dumps for users: {text}"
    );
}

#[test]
fn check_json_lists_the_same_problems() {
    let dir = common::fixture("bad/dangling-reference");
    let dir = dir.to_str().expect("utf-8 path");
    let json = stepwise(&["check", dir, "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let problems: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let problems = problems.as_array().expect("an array");
    assert_eq!(problems.len(), 4);
    for problem in problems {
        assert_eq!(problem["severity"], "error");
        assert!(problem["file"] == "data/main.ron" || problem["file"] == "data/broken-start.ron");
        assert!(problem["line"].as_u64().is_some() && problem["column"].as_u64().is_some());
        assert!(problem["rule"].is_string() && problem["message"].is_string());
    }
    let text = stepwise(&["check", dir]);
    let first = format!(
        "{}:{}:{}:",
        problems[0]["file"].as_str().unwrap_or_default(),
        problems[0]["line"],
        problems[0]["column"]
    );
    assert!(
        stdout(&text).starts_with(&first),
        "text and JSON agree on the first problem"
    );
}

#[test]
fn check_warnings_alone_exit_0() {
    let dir = common::fixture("bad/unreachable");
    let output = stepwise(&["check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains(": warning: "));
}

#[test]
fn check_says_what_to_do_about_a_syntax_error_and_where() {
    let dir = common::fixture("bad/syntax");
    let output = stepwise(&["check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("data/main.ron:3:24: error: add a comma at the end of line 3 [syntax]\n"),
        "{text}"
    );
}

#[test]
fn check_warns_about_files_in_data_that_are_not_read_and_still_passes() {
    let dir = common::fixture("bad/stray-file");
    let output = stepwise(&["check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(0), "warnings alone pass");
    let text = stdout(&output);
    assert!(
        text.contains("data/notes.txt:1:1: warning: data/notes.txt is not a .ron file"),
        "{text}"
    );
    assert!(!text.contains("README.md"), "{text}");
}

#[test]
fn check_of_a_missing_folder_says_so() {
    let output = stepwise(&["check", "/no/such/pack/folder"]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("is not a folder"), "{err}");
}

#[test]
fn check_without_a_folder_checks_the_built_in_pack() {
    let output = stepwise(&["check"]);
    let text = stdout(&output);
    assert!(text.contains("the built-in pack"), "{text}");
    assert_eq!(
        output.status.code(),
        Some(0),
        "the shipped pack must be clean:\n{text}"
    );
}

#[test]
fn search_prints_where_results_start() {
    let dir = common::fixture("ok");
    let output = stepwise(&[
        "--pack",
        dir.to_str().expect("utf-8 path"),
        "search",
        "reboot",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("Restart my router  (starts at: Find the router;"),
        "{text}"
    );
    let none = stepwise(&[
        "--pack",
        dir.to_str().expect("utf-8 path"),
        "search",
        "qqqzzz",
    ]);
    assert_eq!(none.status.code(), Some(1));
}

#[test]
fn search_names_the_first_step_of_a_flow_a_result_starts_with() {
    // "Change the Wi-Fi name" starts with a Call: its first step is the
    // shared flow's question.
    let dir = common::fixture("flows");
    let output = stepwise(&[
        "--pack",
        dir.to_str().expect("utf-8 path"),
        "search",
        "wifi name",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("Change the Wi-Fi name  (starts at: Where will you do this?;"),
        "{text}"
    );
    // The flow is found through the guides that run it, never on its own.
    let flow = stepwise(&[
        "--pack",
        dir.to_str().expect("utf-8 path"),
        "search",
        "label",
    ]);
    let text = stdout(&flow);
    assert!(!text.contains("Open the router's admin page"), "{text}");
    assert!(text.contains("Change the Wi-Fi name"), "{text}");
}

/// Every `--open GUIDE#NODE` example in `stepwise --help` and in the README
/// opens something on the built-in pack (placeholders are written in
/// capitals and skipped).
#[test]
fn open_examples_in_help_and_readme_work_on_the_built_in_pack() {
    let help = stdout(&stepwise(&["--help"]));
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let (pack, _) = stepwise::guide::Pack::load(stepwise::guide::PackSource::Builtin);
    let mut seen = 0;
    for (place, text) in [("--help", &help), ("README.md", &readme)] {
        for example in text.split("--open ").skip(1) {
            let target: String = example
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '#' | '_'))
                .collect();
            if target.is_empty() || target.chars().any(|c| c.is_ascii_uppercase()) {
                continue;
            }
            seen += 1;
            assert!(
                pack.resolve(None, &target).is_ok(),
                "{place}: `--open {target}` opens nothing: {}",
                pack.explain_unresolved(&target)
            );
        }
    }
    assert!(seen >= 2, "no --open examples found to check");
}

/// A typo in `--open` is the request's fault, not the guide's: the message
/// names the guide that has no such step and the nearest step ids, and the
/// window does not open.
#[test]
fn a_typo_in_open_names_the_guide_and_the_nearest_steps() {
    let output = stepwise(&["--open", "tv-menu#sign-ot"]);
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(
        text.contains("the guide \"tv-menu\" has no step \"sign-ot\"")
            && text.contains("\"sign-out\""),
        "{text}"
    );
    assert!(!text.contains("broken link"), "{text}");
    let output = stepwise(&["--open", "tv-menus"]);
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(
        text.contains("no guide \"tv-menus\"") && text.contains("\"tv-menu\""),
        "{text}"
    );
}
