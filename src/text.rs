//! Small pieces of wording shared by the window, the command line and the
//! exporters: counted nouns, the `**emphasis**` guides use for the labels
//! of controls, and numbers and strings written as RON the way authors
//! write them.

/// "1 error", "2 errors": `word` with an "s" unless there is exactly one.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The note on a step whose screen the guide's sources do not describe
/// exactly (`may_differ`), in the window and in exports alike.
pub fn may_differ() -> String {
    crate::tr!(text_may_differ)
}

/// "Checked 4 Dec 2026 against: A; B." (or just "Checked 4 Dec 2026."):
/// when a guide was compared with its sources, and which they were.
pub fn checked_against(date: &str, sources: &[&str]) -> String {
    if sources.is_empty() {
        crate::tr!(text_checked, date = date)
    } else {
        crate::tr!(
            text_checked_against,
            date = date,
            sources = sources.join("; ")
        )
    }
}

/// A number as an author would write it: whole numbers without a point.
pub fn ron_number(v: f32) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e9 {
        format!("{}", v as i64)
    } else if v.is_finite() {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        "0".to_owned()
    }
}

/// A string literal for RON, escaped.
pub fn ron_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Splits guide text at its `**` markers: `(true, "Sign Out")` for the
/// emphasised parts, `(false, ..)` for the rest; empty parts are skipped.
/// An unpaired `**` emphasises to the end, as it reads.
pub fn emphasis(text: &str) -> impl Iterator<Item = (bool, &str)> {
    text.split("**")
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| (i % 2 == 1, part))
}

/// Guide text without its `**` markers, for screen readers and search.
pub fn plain(text: &str) -> String {
    emphasis(text).map(|(_, part)| part).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefixes of the messages of the reader's window
    /// (`i18n/*/commands.ftl` and `i18n/*/reader.ftl`).
    const READER_PREFIXES: [&str; 11] = [
        "cmd-",
        "chrome-",
        "saved-",
        "picture-",
        "zoom-view-",
        "walk-",
        "help-",
        "about-",
        "problems-",
        "text-",
        "mark-",
    ];

    #[test]
    fn every_message_of_the_window_reads_in_every_language() {
        use crate::i18n::{Lang, all_ids, has_message};
        let mut broken = Vec::new();
        for id in all_ids()
            .iter()
            .filter(|id| READER_PREFIXES.iter().any(|p| id.starts_with(p)))
        {
            for lang in [Lang::En, Lang::Es, Lang::De] {
                if !has_message(lang, id) {
                    broken.push(format!("{}: {id}", lang.code()));
                }
            }
        }
        assert!(
            broken.is_empty(),
            "messages that do not parse:\n{}",
            broken.join("\n")
        );
    }

    #[test]
    fn plurals_count_right() {
        assert_eq!(plural(0, "error"), "0 errors");
        assert_eq!(plural(1, "step"), "1 step");
        assert_eq!(plural(12, "guide"), "12 guides");
    }

    #[test]
    fn checked_lines_name_their_sources() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        assert_eq!(checked_against("4 Dec 2026", &[]), "Checked 4 Dec 2026.");
        assert_eq!(
            checked_against("4 Dec 2026", &["An article", "A forum"]),
            "Checked 4 Dec 2026 against: An article; A forum."
        );
    }

    #[test]
    fn emphasis_splits_at_markers() {
        let parts: Vec<_> = emphasis("Press **OK**, then **Yes**").collect();
        assert_eq!(
            parts,
            [
                (false, "Press "),
                (true, "OK"),
                (false, ", then "),
                (true, "Yes")
            ]
        );
        assert_eq!(plain("Choose **Sign Out**."), "Choose Sign Out.");
        assert_eq!(plain("**bold to the end"), "bold to the end");
        assert_eq!(plain(""), "");
    }
}
