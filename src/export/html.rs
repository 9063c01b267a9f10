//! A document as one self-contained web page: the pictures are data URIs,
//! the styles are inline, there is no script and nothing is fetched from
//! anywhere. Every "go to" is a link to the entry's anchor, so the page
//! reads like the guide on screen and like a numbered booklet on paper.
//!
//! The page is written with maud, which escapes every value it inserts:
//! a guide's text is always shown as text, never read as HTML. The only
//! markup a guide has, `**emphasis**`, becomes `<strong>`. Links are kept
//! only when they are `https://`, as in the window.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::export::pictures::PictureResult;
use crate::export::plan::{Document, Entry, Kind, Way, WayKind, WayTo};
use crate::guide::model::{Node, OutcomeKind, Shot};
use crate::guide::validate::is_safe_link;
use crate::marks::describe_marks;
use crate::text::emphasis;

/// The page's styles: light colours, large type, and print rules (A4 and
/// Letter both fit: lengths are kept to A4's width and Letter's height).
const CSS: &str = r#"
:root { --text: #1b1f27; --weak: #515966; --accent: #1f5fd1; --border: #d9dde3;
  --surface: #fff; --bg: #f4f5f7; --warn: #8a5200; --ok: #17703d; }
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); }
body { margin: 0 auto; max-width: 54rem; padding: 1.5rem 1rem 3rem;
  font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 .5rem; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2.25rem 0 .75rem; }
h3 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 .75rem; display: flex; gap: .75rem; align-items: flex-start; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: var(--accent); }
.pack { color: var(--weak); margin: 0; }
.lead { font-size: 1.2rem; margin: .25rem 0 .75rem; }
.how { color: var(--weak); margin: 0 0 1rem; }
.box { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; padding: .5rem 1.25rem .75rem; margin: 1rem 0; }
.box h2 { margin: .5rem 0; font-size: 1.15rem; }
.contents ol { list-style: none; margin: .25rem 0; padding-left: 0; }
.contents ol ol { margin: .15rem 0 .6rem; padding-left: 1rem; }
.contents li { margin: .15rem 0; break-inside: avoid; }
.part-title { font-weight: 600; }
@media screen and (min-width: 44rem) { .contents ol ol { columns: 2; column-gap: 2rem; } }
.entry { background: var(--surface); border: 1px solid var(--border); border-radius: 12px;
  padding: 1.1rem 1.25rem; margin: 0 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
.entry.solved { border-left: 6px solid #1e8a4c; }
.entry.unsolved { border-left: 6px solid #b26a00; }
.entry.here { border: 3px solid #b26a00; }
.num { flex: none; min-width: 2.1rem; height: 2.1rem; line-height: 2.1rem; padding: 0 .4rem; border-radius: 1.05rem;
  background: var(--accent); color: #fff; text-align: center; font-size: 1rem; font-weight: 700; }
.kind { display: block; color: var(--weak); font-size: .8rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; }
figure { margin: 0 0 .75rem; }
figure img { display: block; max-width: 100%; height: auto; border-radius: 8px; border: 1px solid var(--border); }
figcaption { color: var(--weak); font-size: .95rem; margin-top: .4rem; }
figcaption ul { margin: .15rem 0 0; padding-left: 1.25rem; }
.missing { margin: 0; padding: 1rem; border: 2px dashed #c9a56a; border-radius: 8px; background: #fff8e6; color: #5b3b00; }
.instruction { font-size: 1.15rem; margin: .25rem 0 .5rem; }
.may-differ { margin: 0 0 .5rem; color: #3d4450; font-style: italic; }
.checked { margin: -.25rem 0 .75rem; color: #3d4450; font-size: .9rem; }
.checks { list-style: none; padding-left: 0; margin: .5rem 0; }
.checks li { margin: .15rem 0; }
.ways { list-style: none; padding: 0; margin: .75rem 0 0; }
.ways li { padding: .4rem 0; border-top: 1px solid #eceff3; }
.way-label { font-weight: 600; }
.broken { color: #a82424; }
.result { font-weight: 700; margin: 0 0 .25rem; }
.solved .result { color: var(--ok); }
.unsolved .result { color: var(--warn); }
.did { margin: .75rem 0 0; padding: .5rem .75rem; background: #eef3fc; border-radius: 8px; }
.here-note { margin: 0 0 .75rem; padding: .5rem .75rem; background: #fff4dc; border-radius: 8px; font-weight: 600; color: #5b3b00; }
footer { color: var(--weak); font-size: .9rem; margin-top: 2rem; border-top: 1px solid var(--border); padding-top: .75rem; }
@page { margin: 14mm 14mm 16mm; }
@media print {
  html { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .entry { padding: 3mm 4mm; margin-bottom: 4mm; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .entry, .box { border-color: #9aa1ab; }
  .num { background: #fff; color: #000; border: 2px solid #000; }
  /* The picture and its marks in words side by side: two steps fit a page. */
  figure { display: flex; gap: 5mm; align-items: flex-start; }
  figure img { width: auto; height: auto; max-width: 58%; max-height: 62mm; }
  figcaption { font-size: .9em; }
  figcaption { flex: 1; margin-top: 0; }
  .missing { flex: 1; }
  .contents ol ol { columns: 2; column-gap: 8mm; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .9em; overflow-wrap: anywhere; }
}
"#;

/// Writes the page of `doc`. `pictures` holds one item per entry, as
/// [`crate::export::pictures::render_all`] returns them.
pub fn render(doc: &Document, pictures: &[Option<PictureResult>]) -> String {
    profiling::function_scope!();
    let path = doc.kind == Kind::Path;
    let heading = if path {
        crate::tr!(export_my_steps_heading, title = &doc.title)
    } else {
        doc.title.clone()
    };
    let page = html! {
        (DOCTYPE)
        html lang=(page_language()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light";
                meta name="generator" content=(concat!("Stepwise ", env!("CARGO_PKG_VERSION")));
                title { (crate::tr!(export_page_title, heading = &heading, pack = &doc.pack_title)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    @if !doc.pack_title.is_empty() {
                        p.pack { (doc.pack_title) }
                    }
                    h1 { (heading) }
                    @if !doc.description.is_empty() {
                        p.lead { (doc.description) }
                    }
                    @if path {
                        p.how { (crate::tr!(export_how_path)) }
                    } @else {
                        p.how { (crate::tr!(export_how_whole)) }
                    }
                }
                @if !doc.summary.is_empty() {
                    section.box.quick aria-labelledby="quick-answer" {
                        h2 #quick-answer { (crate::tr!(export_quick_answer)) }
                        ul {
                            @for line in &doc.summary {
                                li { (rich(line)) }
                            }
                        }
                    }
                }
                (contents(doc))
                main #steps {
                    @for (p, part) in doc.parts.iter().enumerate() {
                        section.part aria-labelledby=(format!("part-{}", p + 1)) {
                            h2 id=(format!("part-{}", p + 1)) {
                                @if doc.parts.len() > 1 {
                                    (crate::tr!(export_part, number = p + 1, title = &part.title))
                                } @else {
                                    (part.title)
                                }
                            }
                            @if let Some(checked) = &part.checked {
                                p.checked { (checked) }
                            }
                            @for i in part.entries.clone() {
                                @if let Some(entry) = doc.entries.get(i) {
                                    (entry_html(doc, entry, pictures.get(i).and_then(Option::as_ref)))
                                }
                            }
                        }
                    }
                }
                footer {
                    p {
                        @if doc.pack_title.is_empty() {
                            (crate::tr!(export_footer))
                        } @else {
                            (crate::tr!(export_footer_from, pack = &doc.pack_title))
                        }
                    }
                }
            }
        }
    };
    page.into_string()
}

/// The list of entries by part, each a link to its anchor.
fn contents(doc: &Document) -> Markup {
    let title = if doc.kind == Kind::Path {
        crate::tr!(export_contents_my_steps)
    } else {
        crate::tr!(export_contents_all_steps)
    };
    html! {
        nav.box.contents aria-labelledby="contents" {
            h2 #contents { (title) }
            ol.parts {
                @for (p, part) in doc.parts.iter().enumerate() {
                    li {
                        @if doc.parts.len() > 1 {
                            span.part-title { (crate::tr!(export_part, number = p + 1, title = &part.title)) }
                        }
                        ol {
                            @for i in part.entries.clone() {
                                @if let Some(entry) = doc.entries.get(i) {
                                    li {
                                        a href=(format!("#{}", entry.anchor)) {
                                            (entry.number) ". " (entry_title(entry))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The heading words of an entry.
pub(crate) fn entry_title(entry: &Entry) -> &str {
    entry.node.title()
}

/// The small word above an entry's title.
pub(crate) fn kind_word(node: &Node) -> String {
    match node {
        Node::Step(_) => crate::tr!(export_kind_step),
        Node::Question(_) => crate::tr!(export_kind_question),
        Node::Outcome(outcome) => match outcome.kind {
            OutcomeKind::Solved => crate::tr!(export_kind_solved),
            OutcomeKind::Unsolved => crate::tr!(export_kind_not_solved),
        },
        Node::Call(_) | Node::Return => crate::tr!(export_kind_shared),
    }
}

/// The `lang` of the page: the reader's language (`en-XA` for the
/// pseudo-locale, as Fluent's tag for it).
fn page_language() -> &'static str {
    match crate::i18n::current() {
        crate::i18n::Lang::Pseudo => "en-XA",
        lang => lang.code(),
    }
}

/// Stands for the `n`th argument of a message whose arguments are markup
/// (a link, a label in a `<span>`): see [`fill`].
fn slot(n: usize) -> String {
    char::from_u32(0xE000 + n as u32)
        .unwrap_or('\u{E000}')
        .to_string()
}

/// A message asked for with [`slot`]s as its arguments, escaped, with
/// each slot replaced by its markup.
fn fill(text: &str, slots: &[Markup]) -> Markup {
    let mut out = String::with_capacity(text.len());
    let mut words = String::new();
    for c in text.chars() {
        let n = (c as u32).wrapping_sub(0xE000) as usize;
        match slots.get(n) {
            Some(markup) => {
                out.push_str(&html! { (words) }.into_string());
                words.clear();
                out.push_str(&markup.0);
            }
            None => words.push(c),
        }
    }
    out.push_str(&html! { (words) }.into_string());
    PreEscaped(out)
}

/// Guide text with its `**emphasis**` as `<strong>`, everything escaped.
fn rich(text: &str) -> Markup {
    html! {
        @for (bold, part) in emphasis(text) {
            @if bold { strong { (part) } } @else { (part) }
        }
    }
}

fn entry_html(doc: &Document, entry: &Entry, picture: Option<&PictureResult>) -> Markup {
    let class = match &entry.node {
        Node::Outcome(o) if o.kind == OutcomeKind::Solved => "entry solved",
        Node::Outcome(_) => "entry unsolved",
        _ => "entry",
    };
    let here = entry.walked.as_ref().is_some_and(|w| w.current);
    let class = if here {
        format!("{class} here")
    } else {
        class.to_owned()
    };
    let heading_id = format!("{}-title", entry.anchor);
    html! {
        article class=(class) id=(entry.anchor) aria-labelledby=(heading_id) {
            h3 id=(heading_id) {
                span.num aria-hidden="true" { (entry.number) }
                span {
                    span.kind { (kind_word(&entry.node)) }
                    (rich(entry_title(entry)))
                }
            }
            @if here {
                p.here-note { (crate::tr!(export_here_label)) " " (crate::tr!(export_here_text)) }
            }
            (body_html(doc, entry, picture))
        }
    }
}

fn body_html(doc: &Document, entry: &Entry, picture: Option<&PictureResult>) -> Markup {
    let ticked = |i: usize| entry.walked.as_ref().is_some_and(|w| w.ticked.contains(&i));
    match &entry.node {
        Node::Step(step) => html! {
            p.instruction { (rich(&step.text)) }
            @if step.may_differ {
                p.may-differ role="note" { (crate::text::may_differ()) }
            }
            @if let Some(shot) = &step.shot {
                (figure(shot, picture))
            }
            @if !step.checks.is_empty() {
                ul.checks aria-label=(crate::tr!(export_checks_label)) {
                    @for (i, check) in step.checks.iter().enumerate() {
                        li { (if ticked(i) { "☑ " } else { "☐ " }) (rich(check)) }
                    }
                }
            }
            (links(&step.links))
            (ways(doc, entry))
        },
        Node::Question(question) => html! {
            @if !question.text.is_empty() {
                p { (rich(&question.text)) }
            }
            @if let Some(shot) = &question.shot {
                (figure(shot, picture))
            }
            (ways(doc, entry))
        },
        Node::Outcome(outcome) => html! {
            @if !outcome.text.is_empty() {
                p.instruction { (rich(&outcome.text)) }
            }
            @if !outcome.tips.is_empty() {
                h4 { (crate::tr!(export_tips)) }
                ul.tips {
                    @for tip in &outcome.tips {
                        li { (rich(tip)) }
                    }
                }
            }
            (links(&outcome.links))
            (ways(doc, entry))
        },
        // Never an entry: the plan goes through them.
        Node::Call(_) | Node::Return => html! { (ways(doc, entry)) },
    }
}

fn figure(shot: &Shot, picture: Option<&PictureResult>) -> Markup {
    let size = match picture {
        Some(Ok(p)) => Some((p.original.0 as f32, p.original.1 as f32)),
        _ => None,
    };
    let marks = describe_marks(&shot.marks, size);
    html! {
        figure {
            @match picture {
                Some(Ok(p)) => {
                    img src=(data_uri(&p.png)) alt=(shot.alt) width=(p.display.0) height=(p.display.1);
                }
                Some(Err(why)) => {
                    p.missing role="note" {
                        (crate::tr!(export_picture_missing_why, image = &shot.image, why = why))
                        @if !shot.alt.is_empty() {
                            br;
                            (crate::tr!(export_picture_shows, alt = &shot.alt))
                        }
                    }
                }
                None => {
                    p.missing role="note" {
                        (crate::tr!(export_picture_missing, image = &shot.image))
                    }
                }
            }
            @if !marks.is_empty() {
                figcaption {
                    (crate::tr!(export_marked_on_picture))
                    ul {
                        @for line in &marks {
                            li { (line) }
                        }
                    }
                }
            }
        }
    }
}

fn links(links: &[crate::guide::model::Link]) -> Markup {
    html! {
        @if !links.is_empty() {
            ul.links {
                @for link in links {
                    li {
                        @if is_safe_link(&link.url) {
                            a href=(link.url) { (link.label) }
                        } @else {
                            (crate::tr!(export_link_left_out, label = &link.label))
                        }
                    }
                }
            }
        }
    }
}

/// Where to go from an entry: every way on a whole document; on a path,
/// what the person did here, or every choice where they are now.
fn ways(doc: &Document, entry: &Entry) -> Markup {
    if let Some(walked) = &entry.walked {
        let took = walked.took.and_then(|i| entry.ways.get(i));
        return html! {
            @if let Some(way) = took {
                p.did { (crate::tr!(export_what_i_did)) " " (did_words(way)) }
            } @else if walked.current && !entry.ways.is_empty() {
                h4 { (crate::tr!(export_choices_here)) }
                ul.ways {
                    @for way in &entry.ways {
                        li { (way_html(doc, way)) }
                    }
                }
            }
        };
    }
    html! {
        @if !entry.ways.is_empty() {
            ul.ways {
                @for way in &entry.ways {
                    li { (way_html(doc, way)) }
                }
            }
        }
    }
}

/// "I answered “Yes”."
fn did_words(way: &Way) -> Markup {
    let label = html! { span.way-label { (way.shown_label()) } };
    match way.kind {
        WayKind::Next => html! { (crate::tr!(export_did_next)) },
        WayKind::Stuck => fill(&crate::tr!(export_did_choose, answer = slot(0)), &[label]),
        WayKind::Answer(_) | WayKind::NotSolved | WayKind::Fallback => {
            fill(&crate::tr!(export_did_answer, answer = slot(0)), &[label])
        }
    }
}

/// "If “I don't see Get Help”, go to 9. Look under Settings".
fn way_html(doc: &Document, way: &Way) -> Markup {
    let link = |to: &WayTo| {
        html! {
            @match to {
                WayTo::Entry(i) => @if let Some(to) = doc.entries.get(*i) {
                    a href=(format!("#{}", to.anchor)) { (to.number) ". " (rich(entry_title(to))) }
                },
                WayTo::Outside(title) => {
                    (fill(&crate::tr!(export_way_outside, title = slot(0)), &[rich(title)]))
                },
                WayTo::Broken(why) => span.broken { (crate::tr!(export_way_broken, why = why)) },
                WayTo::Back => {},
            }
        }
    };
    let label = html! { span.way-label { (way.shown_label()) } };
    let (answer, target, then) = (slot(0), slot(1), slot(2));
    let text = way.sentence(&answer, &target, way.then.as_ref().map(|_| then.as_str()));
    let then = way.then.as_ref().map(link).unwrap_or_default();
    fill(&text, &[label, link(&way.to), then])
}

/// A PNG as a `data:` URI.
fn data_uri(png: &[u8]) -> String {
    let mut out = String::with_capacity(22 + png.len().div_ceil(3) * 4);
    out.push_str("data:image/png;base64,");
    base64_into(png, &mut out);
    out
}

/// Standard base64 with padding (RFC 4648).
fn base64_into(bytes: &[u8], out: &mut String) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let digits = [18, 12, 6, 0].map(|shift| ALPHABET[((n >> shift) & 63) as usize] as char);
        let keep = chunk.len() + 1;
        for (i, digit) in digits.into_iter().enumerate() {
            out.push(if i < keep { digit } else { '=' });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        let encode = |s: &str| {
            let mut out = String::new();
            base64_into(s.as_bytes(), &mut out);
            out
        };
        assert_eq!(encode(""), "");
        assert_eq!(encode("f"), "Zg==");
        assert_eq!(encode("fo"), "Zm8=");
        assert_eq!(encode("foo"), "Zm9v");
        assert_eq!(encode("foob"), "Zm9vYg==");
        assert_eq!(encode("fooba"), "Zm9vYmE=");
        assert_eq!(encode("foobar"), "Zm9vYmFy");
    }

    #[test]
    fn emphasis_becomes_strong_and_markup_stays_text() {
        let html = rich("Press **OK** <b>now</b> & \"go\"").into_string();
        assert_eq!(
            html,
            "Press <strong>OK</strong> &lt;b&gt;now&lt;/b&gt; &amp; &quot;go&quot;"
        );
    }
}
