//! What `stepwise check` says about the syntax mistakes people make when
//! they write a guide by hand: one broken copy of a small guide per
//! mistake, and the exact position and sentence expected for it.

use stepwise::guide::Problem;
use stepwise::guide::load::parse_text;
use stepwise::guide::model::{Guide, Manifest};

/// A small, valid guide; every case breaks one thing in it.
const GUIDE: &str = r#"Guide(
    id: "main",
    title: "Main guide",
    start: "first",
    nodes: {
        "first": Step(
            title: "A step",
            text: "Do the thing.",
            shot: Shot(
                image: "a.png",
                alt: "The menu",
                marks: [Highlight(rect: (1, 2, 3, 4))],
            ),
            next: "done",
        ),
        "done": Outcome(kind: Solved, title: "Done"),
    },
)
"#;

/// The problem a text makes, as `line:col: message`.
fn report(problem: Problem) -> String {
    format!("{}:{}: {}", problem.line, problem.column, problem.message)
}

fn guide_problem(text: &str) -> String {
    match parse_text::<Guide>("data/main.ron", text) {
        Ok(_) => "no problem".to_owned(),
        Err(problem) => report(problem),
    }
}

/// `GUIDE` with `from` replaced by `to` (which must be there).
fn broken(from: &str, to: &str) -> String {
    assert!(GUIDE.contains(from), "{from:?} is not in the guide");
    GUIDE.replacen(from, to, 1)
}

/// Each case: what it is, the broken text, and what must be reported.
fn cases() -> Vec<(&'static str, String, &'static str)> {
    vec![
        (
            "a missing comma at the end of a line",
            broken("\"Main guide\",", "\"Main guide\""),
            "3:24: add a comma at the end of line 3",
        ),
        (
            "a missing comma before a comment and blank lines",
            broken(
                "\"Main guide\",",
                "\"Main guide\" // the title\n\n    // more\n",
            ),
            "3:24: add a comma at the end of line 3, before the comment",
        ),
        (
            "a missing comma after a closing bracket",
            broken(
                "            ),\n            next",
                "            )\n            next",
            ),
            "13:14: add a comma at the end of line 13",
        ),
        (
            "a missing comma between two things on one line",
            broken("kind: Solved, title", "kind: Solved title"),
            "16:37: add a comma between `Solved` and `title`",
        ),
        (
            "a semicolon for a comma",
            broken("\"Main guide\",", "\"Main guide\";"),
            "3:24: write a comma here instead of `;`",
        ),
        (
            "two commas in a row",
            broken("\"Main guide\",", "\"Main guide\",,"),
            "3:25: there are two commas in a row here: remove one",
        ),
        (
            "words after a text",
            broken("\"Main guide\",", "\"Main\" guide,"),
            "3:19: `guide` follows the text without a comma: move it inside the quotes, or add a comma before it",
        ),
        (
            "Shot( never closed",
            broken("            ),\n            next", "\n            next"),
            "12:56: `Shot(` opened on line 9 is never closed: add `),` at the end of line 12",
        ),
        (
            "Step( never closed",
            broken(
                "            next: \"done\",\n        ),",
                "            next: \"done\",\n",
            ),
            "14:26: `Step(` opened on line 6 is never closed: add `),` at the end of line 14",
        ),
        (
            "a choice never closed",
            broken(
                "next: \"done\",",
                "next: \"done\", stuck: (label: \"Lost\", to: \"done\",",
            ),
            "14:61: `stuck: (` opened on line 14 is never closed: add `)` at the end of line 14",
        ),
        (
            "a list never closed",
            broken("(1, 2, 3, 4))],", "(1, 2, 3, 4)),"),
            "12:55: `marks: [` opened on line 12 is never closed: add `]` at the end of line 12",
        ),
        (
            "a record never closed on its own line",
            broken("(1, 2, 3, 4))]", "(1, 2, 3, 4)]"),
            "12:53: `Highlight(` opened on line 12 is never closed: add `)` before `]` on line 12",
        ),
        (
            "the nodes never closed",
            broken("    },\n)", "\n)"),
            "16:54: `nodes: {` opened on line 5 is never closed: add `}` at the end of line 16",
        ),
        (
            "the file ends before its last bracket",
            broken("    },\n)\n", "    },\n"),
            "17:7: `Guide(` opened on line 1 is never closed: add `)` at the end of the file",
        ),
        (
            "one closing bracket too many",
            broken(
                "            next: \"done\",\n        ),",
                "            next: \"done\",\n        )),",
            ),
            "15:10: this `)` has no opening bracket to close: remove it",
        ),
        (
            "a closing bracket too many at the end",
            format!("{GUIDE}}}"),
            "19:1: this `}` has no opening bracket to close: remove it",
        ),
        (
            "the wrong closing bracket",
            broken("(1, 2, 3, 4))]", "(1, 2, 3, 4)]]"),
            "12:53: this `]` should be `)`, to close `Highlight(` opened on line 12",
        ),
        (
            "curly double quotes",
            broken("\"Main guide\"", "\u{201c}Main guide\u{201d}"),
            "3:12: curly quotes are not allowed here: use straight quotes, \"like this\" (your editor may be replacing them; turn off \"smart quotes\")",
        ),
        (
            "curly single quotes around a node id",
            broken("\"first\": Step", "\u{2018}first\u{2019}: Step"),
            "6:9: curly quotes are not allowed here: use straight quotes, \"like this\" (your editor may be replacing them; turn off \"smart quotes\")",
        ),
        (
            "a text that ends with a curly quote",
            broken("\"Main guide\",", "\"Main guide\u{201d},"),
            "3:12: the text that starts on line 3 ends with a curly quote `\u{201d}`: end it with a straight quote `\"`",
        ),
        (
            "a text without its closing quote",
            broken("\"Main guide\",", "\"Main guide,"),
            "3:12: the text that starts on line 3 has no closing quote: end it with a straight quote `\"` on line 3",
        ),
        (
            "single quotes around a text",
            broken("\"Main guide\"", "'Main guide'"),
            "3:12: use straight double quotes `\"` around a text here, not single quotes `'`",
        ),
        (
            "a text without quotes",
            broken("\"Main guide\"", "Main guide"),
            "3:12: put the text in straight double quotes: \"Main guide\"",
        ),
        (
            "a node id without quotes",
            broken("\"done\": Outcome", "done: Outcome"),
            "16:9: put the text in straight double quotes: \"done\"",
        ),
        (
            "a number in quotes",
            broken("(1, 2, 3, 4)", "(\"12\", 2, 3, 4)"),
            "12:42: a number is needed here: write it without quotes, `12`",
        ),
        (
            "a callout number in quotes",
            broken(
                "marks: [",
                "marks: [Callout(at: (1, 2), n: \"1\", text: \"Menu\"), ",
            ),
            "12:48: a whole number is needed here: write it without quotes, `1`",
        ),
        (
            "a callout number with a decimal point",
            broken(
                "marks: [",
                "marks: [Callout(at: (1, 2), n: 1.5, text: \"Menu\"), ",
            ),
            "12:48: a whole number is needed here, without a decimal point",
        ),
        (
            "a negative callout number",
            broken(
                "marks: [",
                "marks: [Callout(at: (1, 2), n: -1, text: \"Menu\"), ",
            ),
            "12:48: this number is out of range: write a whole number from 0 to 4294967295",
        ),
        (
            "a misspelt field",
            broken("text:", "txt:"),
            "8:13: `txt` is not a field of `Step`: did you mean `text`? (`Step` has `title`, `text`, `shot`, `checks`, `links`, `next`, `stuck` and `may_differ`)",
        ),
        (
            "a field that is nothing like any",
            broken("alt:", "description:"),
            "11:17: `description` is not a field of `Shot` (`Shot` has `image`, `alt` and `marks`)",
        ),
        (
            "a misspelt field of a choice",
            broken(
                "next: \"done\",",
                "next: \"done\", stuck: (label: \"Lost\", too: \"done\"),",
            ),
            "14:50: `too` is not a field of a choice `(label: ..., to: ...)`: did you mean `to`? (a choice `(label: ..., to: ...)` has `label` and `to`)",
        ),
        (
            "a missing field",
            broken("            text: \"Do the thing.\",\n", ""),
            "6:18: `Step(` on line 6 needs a `text: \"...\"`",
        ),
        (
            "a missing outcome kind",
            broken("kind: Solved, ", ""),
            "16:17: `Outcome(` on line 16 needs a `kind: Solved`",
        ),
        (
            "a missing field of a choice",
            broken(
                "next: \"done\",",
                "next: \"done\", stuck: (label: \"Lost\"),",
            ),
            "14:27: the choice `stuck: (` on line 14 needs a `to: \"...\"`",
        ),
        (
            "a field written twice",
            broken("title: \"A step\",", "title: \"A step\", title: \"Again\","),
            "7:30: `title` is written twice in `Step`: keep only one",
        ),
        (
            "a misspelt kind of node",
            broken("Step(", "Stpe("),
            "6:18: `Stpe` is not a kind of node: did you mean `Step`? (write one of `Step`, `Question`, `Outcome`, `Call` and `Return`)",
        ),
        (
            "a misspelt outcome kind",
            broken("Solved", "solved"),
            "16:31: `solved` is not an outcome kind: did you mean `Solved`? (write one of `Solved` and `Unsolved`)",
        ),
        (
            "a misspelt mark",
            broken("Highlight(", "Highlite("),
            format!(
                "12:25: `Highlite` is not a kind of mark: did you mean `Highlight`? (write one of {})",
                every_kind_of_mark()
            )
            .leak(),
        ),
        (
            "an outcome kind in quotes",
            broken("kind: Solved", "kind: \"Solved\""),
            "16:31: write `Solved` without quotes here",
        ),
        (
            "a field name in quotes",
            broken("title: \"A step\"", "\"title\": \"A step\""),
            "7:13: write the field name without quotes: `title:`",
        ),
        (
            "a node without its kind",
            broken("\"done\": Outcome(", "\"done\": ("),
            "16:17: a name is missing before `(`: for a node, write `Step(`, `Question(` or `Outcome(`",
        ),
        (
            "a missing colon",
            broken("title: \"Main guide\"", "title \"Main guide\""),
            "3:10: add a `:` after `title` on line 3",
        ),
        (
            "an equals sign for a colon",
            broken("title: \"Main guide\"", "title = \"Main guide\""),
            "3:11: write `:` here instead of `=`",
        ),
        (
            "a comment with #",
            broken(
                "    title: \"Main guide\",",
                "    # the title\n    title: \"Main guide\",",
            ),
            "3:5: `#` does not start a comment here: write `//` instead",
        ),
        (
            "a comment never closed",
            broken("    nodes: {", "    /* the nodes\n    nodes: {"),
            "5:5: the comment that starts with `/*` on line 5 is never closed: end it with `*/`",
        ),
        (
            "three numbers for a box",
            broken("(1, 2, 3, 4)", "(1, 2, 3)"),
            "12:49: write 4 values here, not 3",
        ),
        (
            "five numbers for a box",
            broken("(1, 2, 3, 4)", "(1, 2, 3, 4, 5)"),
            "12:54: a closing `)` is expected here, not `5`: remove the extra value or text, or add the `)`",
        ),
        (
            "square brackets for a box",
            broken("(1, 2, 3, 4)", "[1, 2, 3, 4]"),
            "12:41: use round brackets `( )` here, not square ones",
        ),
        (
            "square brackets for the nodes",
            broken("nodes: {", "nodes: ["),
            "5:12: use curly brackets `{ }` here, not square ones: `nodes: { \"id\": Step(...), }`",
        ),
        (
            "a text where a list goes",
            broken("next: \"done\",", "next: \"done\", checks: \"I see it\","),
            "14:35: a list in square brackets is needed here, like `[\"first\", \"second\"]`",
        ),
        (
            "a picture path without Shot(",
            broken(
                "shot: Shot(\n                image: \"a.png\",\n                alt: \"The menu\",\n                marks: [Highlight(rect: (1, 2, 3, 4))],\n            ),",
                "shot: \"a.png\",",
            ),
            "9:19: write `Shot(...)` here, with its fields inside the round brackets",
        ),
        (
            "a backslash in a text",
            broken("\"Main guide\"", "\"Main \\ guide\""),
            "3:12: a backslash `\\` in a text starts a special character such as `\\n` (a new line) or `\\\"` (a quote); to write a backslash itself, write `\\\\`",
        ),
        (
            "a guide written as a pack",
            broken("Guide(", "Pack("),
            "1:1: this file must start with `Guide(`, not `Pack(` (only data/pack.ron starts with `Pack(`)",
        ),
        (
            "an empty file",
            String::new(),
            "1:1: the file is empty: this file must start with `Guide(`",
        ),
        (
            "a field without its value",
            broken("title: \"Main guide\",", "title:,"),
            "3:11: the value after `title:` is missing: write `title: \"...\"`",
        ),
        (
            "a field whose value is on no line",
            broken("title: \"Main guide\",", "title:"),
            "3:11: the value after `title:` is missing: write `title: \"...\"`",
        ),
        (
            "values without their field names",
            broken(
                "next: \"done\",",
                "next: \"done\", stuck: (\"Lost\", \"done\"),",
            ),
            "14:35: the field name is missing before `\"Lost\"`: write it as `name: \"Lost\"`",
        ),
        (
            "a box without its field name",
            broken("Highlight(rect: (1, 2, 3, 4))", "Highlight((1, 2, 3, 4))"),
            "12:35: the field name is missing before `(`: write it as `name: (...)`",
        ),
        (
            "a list where one text goes",
            broken("title: \"A step\"", "title: [\"A step\"]"),
            "7:20: one text in straight double quotes is needed here, not a list",
        ),
        (
            "a number for a node",
            broken(
                "\"done\": Outcome(kind: Solved, title: \"Done\")",
                "\"done\": 1",
            ),
            "16:17: `1` cannot be written here: a node is `Step(...)`, `Question(...)` or `Outcome(...)`",
        ),
        (
            "an unknown switch",
            format!("#![enable(something)]\n{GUIDE}"),
            "1:11: `something` cannot be turned on in a pack: remove the `#![enable(...)]` line",
        ),
        (
            "a text never closed at the end of the file",
            "Guide(id: \"main".to_owned(),
            "1:11: the text that starts on line 1 has no closing quote: end it with a straight quote `\"` on line 1",
        ),
        (
            "a file of comments only",
            "// nothing yet\n".to_owned(),
            "1:15: the file holds nothing but comments: this file must start with `Guide(`",
        ),
        (
            "text after the end",
            format!("{GUIDE}and more"),
            "19:1: there is more after the file's last closing bracket: remove it, or move it inside",
        ),
    ]
}

/// "`Highlight`, `Arrow` and `Callout`": every kind of mark, as the message
/// lists them.
fn every_kind_of_mark() -> String {
    let names: Vec<String> = (<stepwise::marks::Mark as strum::VariantNames>::VARIANTS.iter())
        .map(|n| format!("`{n}`"))
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

#[test]
fn each_hand_written_mistake_gets_its_sentence_and_place() {
    let mut failures = Vec::new();
    for (what, text, expected) in cases() {
        let got = guide_problem(&text);
        if got != expected {
            failures.push(format!("{what}:\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_message_uses_parser_words() {
    for (what, text, _) in cases() {
        let got = guide_problem(&text);
        for jargon in ["token", "Expected", "identifier", "struct", "tuple", "RON"] {
            assert!(!got.contains(jargon), "{what}: {got}");
        }
    }
}

#[test]
fn mistakes_in_pack_ron_name_the_record_in_plain_words() {
    let pack = |scenario: &str| {
        let text = format!(
            "Pack(\n    id: \"p\",\n    title: \"P\",\n    scenarios: [\n        ({scenario}),\n    ],\n)\n"
        );
        match parse_text::<Manifest>("data/pack.ron", &text) {
            Ok(_) => "no problem".to_owned(),
            Err(problem) => report(problem),
        }
    };
    assert_eq!(
        pack("id: \"a\", title: \"A\", strat: \"main\""),
        "5:31: `strat` is not a field of a scenario: did you mean `start`? (a scenario has `id`, `title`, `description`, `icon`, `start` and `keywords`)"
    );
    assert_eq!(
        pack("id: \"a\", title: \"A\""),
        "5:9: the scenario `(` on line 5 needs a `start: \"...\"`"
    );
    assert_eq!(
        pack("id: \"a\", title: \"A\", start: \"main\", icon: TV"),
        "5:52: `TV` is not an icon: did you mean `Tv`? (write one of `Guide`, `Phone`, `Tv`, `Browser`, `Devices`, `Travel`, `Key`, `Lock`, `SignIn` and `SignOut`)"
    );
}

#[test]
fn brackets_inside_texts_comments_and_raw_texts_are_not_counted() {
    // The only real mistake is the missing `)` of `Shot(`; the brackets in
    // the texts, the comment and the raw text must not confuse the count.
    let text = broken(
        "            ),\n            next",
        "            // a comment with ( and [ in it\n            next",
    )
    .replace("\"Do the thing.\"", "r#\"Do (the \"thing\"].\"#")
    .replace("\"The menu\"", "\"The {menu}\"");
    assert_eq!(
        guide_problem(&text),
        "12:56: `Shot(` opened on line 9 is never closed: add `),` at the end of line 12"
    );
}

#[test]
fn every_position_is_inside_the_text() {
    for (what, text, _) in cases() {
        let Err(problem) = parse_text::<Guide>("data/main.ron", &text) else {
            panic!("{what}: no problem");
        };
        let lines = text.split('\n').count().max(1);
        assert!(
            problem.line >= 1 && problem.line <= lines,
            "{what}: {problem}"
        );
        assert!(problem.column >= 1, "{what}: {problem}");
    }
}
