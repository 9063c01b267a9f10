//! A document as a folder of Markdown: `README.md` (which Git hosts and
//! most wikis show for a folder) and its pictures in `pictures/`, linked
//! relatively, so the folder can be copied anywhere, pushed to a wiki or
//! read in any Markdown viewer.
//!
//! A guide's text is escaped so it stays text: it cannot make a link, a
//! picture, a heading, a list or HTML of its own. The anchors of the
//! "go to" links are written as `<a id>` tags, which GitHub, GitLab and
//! most viewers keep; those and the picture paths are the only things not
//! taken from the guide.

use crate::export::pictures::PictureResult;
use crate::export::plan::{Document, Entry, Kind, WayKind, WayTo};
use crate::guide::model::{Link, Node};
use crate::guide::validate::is_safe_link;
use crate::marks::describe_marks;
use crate::text::emphasis;

/// The first line of every README.md the exporter writes: how
/// `stepwise export --force` knows a folder is one it may replace.
pub const MARKER: &str =
    "<!-- Written by stepwise export; `stepwise export --force` replaces this folder. -->";

/// The name of the page in the folder.
pub const PAGE: &str = "README.md";

/// Escapes guide text for Markdown: every character that could start
/// markup is backslash-escaped, line breaks become spaces, and addresses
/// are kept from turning into links.
pub fn escape(text: &str) -> String {
    // Runs of spaces and line breaks become one space: no line of a guide
    // can start a block of its own (a code block, a list, a heading).
    let mut collapsed = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() {
            if !collapsed.ends_with(' ') {
                collapsed.push(' ');
            }
        } else {
            collapsed.push(c);
        }
    }
    let mut out = String::with_capacity(collapsed.len() + 8);
    let chars: Vec<char> = collapsed.chars().collect();
    // A run of digits then `.` or `)` at the very start would make a list.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0;
        let after_www = i >= 3 && chars[i - 3..i].iter().all(|c| c.eq_ignore_ascii_case(&'w'));
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' => true,
            '#' | '-' | '+' | '=' => at_start,
            // "www." would become a link by itself.
            '.' => (digits > 0 && i == digits) || after_www,
            ')' => digits > 0 && i == digits,
            // So would "https://".
            ':' => chars.get(i + 1) == Some(&'/') && chars.get(i + 2) == Some(&'/'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Guide text with its `**emphasis**` kept as Markdown emphasis and the
/// rest escaped.
fn rich(text: &str) -> String {
    emphasis(text)
        .map(|(bold, part)| {
            let part = escape(part);
            if bold && !part.trim().is_empty() {
                format!("**{}**", part.trim())
            } else {
                part
            }
        })
        .collect()
}

/// An https address made safe inside `(...)`.
fn url(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    for c in address.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '"' => out.push_str("%22"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The path of an entry's picture inside the folder.
pub fn picture_path(entry: &Entry) -> String {
    format!("pictures/{}.png", entry.anchor)
}

/// The files of the folder: `README.md` and the pictures, as
/// `(path inside the folder, bytes)`.
pub fn render(doc: &Document, pictures: &[Option<PictureResult>]) -> Vec<(String, Vec<u8>)> {
    profiling::function_scope!();
    let mut files = Vec::new();
    let mut md = String::new();
    let path = doc.kind == Kind::Path;
    md.push_str(MARKER);
    md.push_str("\n\n");
    let heading = if path {
        crate::tr!(export_my_steps_heading, title = &doc.title)
    } else {
        doc.title.clone()
    };
    md.push_str(&format!("# {}\n\n", escape(&heading)));
    if !doc.pack_title.is_empty() {
        md.push_str(&format!(
            "*{}*\n\n",
            crate::tr!(export_from_guides, pack = escape(&doc.pack_title))
        ));
    }
    if !doc.description.is_empty() {
        md.push_str(&format!("{}\n\n", escape(&doc.description)));
    }
    let how = if path {
        crate::tr!(export_how_path_markdown)
    } else {
        crate::tr!(export_how_whole)
    };
    md.push_str(&format!("{how}\n\n"));
    if !doc.summary.is_empty() {
        md.push_str(&format!("## {}\n\n", crate::tr!(export_quick_answer)));
        for line in &doc.summary {
            md.push_str(&format!("- {}\n", rich(line)));
        }
        md.push('\n');
    }
    let contents = if path {
        crate::tr!(export_contents_my_steps)
    } else {
        crate::tr!(export_contents_all_steps)
    };
    md.push_str(&format!("## {contents}\n\n"));
    for (p, part) in doc.parts.iter().enumerate() {
        if doc.parts.len() > 1 {
            md.push_str(&format!("**{}**\n\n", part_title(p, &part.title)));
        }
        for entry in &doc.entries[part.entries.clone()] {
            md.push_str(&format!(
                "- [{}. {}](#{})\n",
                entry.number,
                rich(entry.node.title()),
                entry.anchor
            ));
        }
        md.push('\n');
    }
    for (p, part) in doc.parts.iter().enumerate() {
        if doc.parts.len() > 1 {
            md.push_str(&format!("## {}\n\n", part_title(p, &part.title)));
        } else {
            md.push_str(&format!("## {}\n\n", escape(&part.title)));
        }
        if let Some(checked) = &part.checked {
            md.push_str(&format!("_{}_\n\n", escape(checked)));
        }
        for i in part.entries.clone() {
            let Some(entry) = doc.entries.get(i) else {
                continue;
            };
            let picture = pictures.get(i).and_then(Option::as_ref);
            entry_md(doc, entry, picture, &mut md, &mut files);
        }
    }
    md.push_str(&format!("---\n\n{}\n", crate::tr!(export_footer)));
    files.insert(0, (PAGE.to_owned(), md.into_bytes()));
    files
}

/// "Part 2: Sign out on a TV" (`p` from 0), the title escaped.
fn part_title(p: usize, title: &str) -> String {
    crate::tr!(export_part, number = p + 1, title = escape(title))
}

fn entry_md(
    doc: &Document,
    entry: &Entry,
    picture: Option<&PictureResult>,
    md: &mut String,
    files: &mut Vec<(String, Vec<u8>)>,
) {
    md.push_str(&format!("<a id=\"{}\"></a>\n\n", entry.anchor));
    md.push_str(&format!(
        "### {}. {}\n\n*{}*\n\n",
        entry.number,
        rich(entry.node.title()),
        crate::export::html::kind_word(&entry.node)
    ));
    let here = entry.walked.as_ref().is_some_and(|w| w.current);
    if here {
        md.push_str(&format!(
            "> **{}** {}\n\n",
            crate::tr!(export_here_label),
            crate::tr!(export_here_text)
        ));
    }
    let ticked = |i: usize| entry.walked.as_ref().is_some_and(|w| w.ticked.contains(&i));
    let shot = entry.node.shot();
    let mut shot_md = |md: &mut String| {
        if let Some(shot) = shot {
            let size = match picture {
                Some(Ok(p)) => {
                    let name = picture_path(entry);
                    md.push_str(&format!("![{}]({name})\n\n", escape(&shot.alt)));
                    files.push((name, p.png.clone()));
                    Some((p.original.0 as f32, p.original.1 as f32))
                }
                Some(Err(why)) => {
                    md.push_str(&format!(
                        "> {}\n\n",
                        crate::tr!(
                            export_picture_missing_why,
                            image = escape(&shot.image),
                            why = escape(why)
                        )
                    ));
                    None
                }
                None => None,
            };
            let marks = describe_marks(&shot.marks, size);
            if !marks.is_empty() {
                md.push_str(&format!("{}\n\n", crate::tr!(export_marked_on_picture)));
                for line in marks {
                    md.push_str(&format!("- {}\n", escape(&line)));
                }
                md.push('\n');
            }
        }
    };
    match &entry.node {
        Node::Step(step) => {
            md.push_str(&format!("{}\n\n", rich(&step.text)));
            if step.may_differ {
                md.push_str(&format!("> {}\n\n", escape(&crate::text::may_differ())));
            }
            shot_md(md);
            if !step.checks.is_empty() {
                for (i, check) in step.checks.iter().enumerate() {
                    let mark = if ticked(i) { "x" } else { " " };
                    md.push_str(&format!("- [{mark}] {}\n", rich(check)));
                }
                md.push('\n');
            }
            links_md(&step.links, md);
        }
        Node::Question(question) => {
            if !question.text.is_empty() {
                md.push_str(&format!("{}\n\n", rich(&question.text)));
            }
            shot_md(md);
        }
        Node::Outcome(outcome) => {
            if !outcome.text.is_empty() {
                md.push_str(&format!("{}\n\n", rich(&outcome.text)));
            }
            if !outcome.tips.is_empty() {
                md.push_str(&format!("{}:\n\n", crate::tr!(export_tips)));
                for tip in &outcome.tips {
                    md.push_str(&format!("- {}\n", rich(tip)));
                }
                md.push('\n');
            }
            links_md(&outcome.links, md);
        }
        // Never an entry: the plan goes through them.
        Node::Call(_) | Node::Return => {}
    }
    ways_md(doc, entry, md);
}

fn links_md(links: &[Link], md: &mut String) {
    if links.is_empty() {
        return;
    }
    for link in links {
        if is_safe_link(&link.url) {
            md.push_str(&format!(
                "- [{}]({})\n",
                escape(&link.label),
                url(&link.url)
            ));
        } else {
            md.push_str(&format!(
                "- {}\n",
                crate::tr!(export_link_left_out, label = escape(&link.label))
            ));
        }
    }
    md.push('\n');
}

fn ways_md(doc: &Document, entry: &Entry, md: &mut String) {
    let target = |to: &WayTo| match to {
        WayTo::Entry(i) => doc
            .entries
            .get(*i)
            .map(|e| format!("[{}. {}](#{})", e.number, rich(e.node.title()), e.anchor))
            .unwrap_or_default(),
        WayTo::Outside(title) => crate::tr!(export_way_outside, title = rich(title)),
        WayTo::Broken(why) => crate::tr!(export_way_broken, why = escape(why)),
        WayTo::Back => String::new(),
    };
    let line = |way: &crate::export::plan::Way| {
        let then = way.then.as_ref().map(&target);
        way_words(way, &target(&way.to), then.as_deref())
    };
    if let Some(walked) = &entry.walked {
        if let Some(way) = walked.took.and_then(|i| entry.ways.get(i)) {
            let did = match way.kind {
                WayKind::Next => crate::tr!(export_did_next),
                WayKind::Stuck => {
                    crate::tr!(export_did_choose, answer = escape(&way.shown_label()))
                }
                _ => crate::tr!(export_did_answer, answer = escape(&way.shown_label())),
            };
            md.push_str(&format!("**{}** {did}\n\n", crate::tr!(export_what_i_did)));
        } else if walked.current && !entry.ways.is_empty() {
            md.push_str(&format!("{}:\n\n", crate::tr!(export_choices_here)));
            for way in &entry.ways {
                md.push_str(&format!("- {}\n", line(way)));
            }
            md.push('\n');
        }
        return;
    }
    if entry.ways.is_empty() {
        return;
    }
    for way in &entry.ways {
        md.push_str(&format!("- {}\n", line(way)));
    }
    md.push('\n');
}

fn way_words(way: &crate::export::plan::Way, target: &str, then: Option<&str>) -> String {
    way.sentence(&escape(&way.shown_label()), target, then)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_guide_text_from_becoming_markup() {
        assert_eq!(
            escape("[click](https://evil.example)"),
            "\\[click\\](https\\://evil.example)"
        );
        assert_eq!(
            escape("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert(1)\\>"
        );
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1984. A year"), "1984\\. A year");
        assert_eq!(escape("see www.example.com"), "see www\\.example.com");
        assert_eq!(escape("a\n\n    code?"), "a code?");
        assert_eq!(escape(" spaced "), " spaced ");
        assert_eq!(
            escape("**x** _y_ `z` ![i]"),
            "\\*\\*x\\*\\* \\_y\\_ \\`z\\` \\!\\[i\\]"
        );
        assert_eq!(escape("sign-out, 5 - 3"), "sign-out, 5 - 3");
    }

    #[test]
    fn emphasis_stays_emphasis() {
        assert_eq!(rich("Press **OK** now"), "Press **OK** now");
        assert_eq!(rich("**[x](y)**"), "**\\[x\\](y)**");
    }
}
