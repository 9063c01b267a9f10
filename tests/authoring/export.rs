//! `stepwise export`: the files it writes, read back. The TV scenario as a
//! web page and as a Markdown folder holds every node a reader can reach
//! (counted here independently of the exporter), every picture decodes,
//! every "go to" has its anchor and every relative link its file; a hostile
//! pack's text stays text in every format; the command line's files,
//! `--force` and messages.

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::path::Path;
use std::process::{Command, Output};

use stepwise::export::{self, Format};
use stepwise::guide::model::{Exit, Node};
use stepwise::guide::{NodeRef, Pack, PackSource};

/// Every node reachable from a scenario's start, by the pack's own
/// references (and the fallback for outcomes without `not_solved`).
fn reachable(pack: &Pack, scenario: &str) -> BTreeSet<NodeRef> {
    let start = pack
        .manifest
        .scenarios
        .iter()
        .find(|s| s.id == scenario)
        .map(|s| s.start.clone())
        .expect("the scenario");
    let start = pack.resolve(None, &start).expect("starts");
    let mut seen = BTreeSet::from([start.clone()]);
    let mut queue = VecDeque::from([start]);
    while let Some(at) = queue.pop_front() {
        let node = pack.node(&at).expect("a node");
        // A Call's flow is named from the pack, its `then` in its guide.
        let mut next: Vec<NodeRef> = node
            .exits()
            .into_iter()
            .filter_map(|(exit, to)| {
                let from = (exit != Exit::Flow).then_some(at.guide.as_str());
                pack.resolve(from, to).ok()
            })
            .collect();
        if let Node::Outcome(o) = node
            && o.not_solved.is_none()
            && let Some(fallback) = &pack.manifest.fallback
            && let Ok(to) = pack.resolve(None, fallback)
        {
            next.push(to);
        }
        for to in next {
            if seen.insert(to.clone()) {
                queue.push_back(to);
            }
        }
    }
    // Calls and Returns are passed through, never shown.
    seen.retain(|at| pack.node(at).is_some_and(|n| !n.is_transit()));
    seen
}

/// HTML's escaping of text, as a browser would need it.
fn html_text(text: &str) -> String {
    stepwise::text::plain(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every value of `attr="..."` in `html`.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c) << (18 - 6 * i);
        }
        let take = chunk.len() - 1;
        out.extend_from_slice(&n.to_be_bytes()[1..=take]);
    }
    out
}

fn builtin() -> Pack {
    Pack::load(PackSource::Builtin).0
}

#[test]
fn the_tv_page_holds_every_node_every_picture_and_every_anchor() {
    let pack = builtin();
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("tv.html");
    let report = export::export(&pack, "tv", Format::Html, &out, false).expect("exports");
    assert!(report.rendered.missing.is_empty(), "{report}");
    let html = std::fs::read_to_string(&out).expect("read the page");

    // Every node a reader can reach, by its title.
    let nodes = reachable(&pack, "tv");
    assert!(nodes.len() > 30, "{}", nodes.len());
    for at in &nodes {
        let title = pack.node(at).expect("node").title();
        assert!(html.contains(&html_text(title)), "{at}: {title:?} missing");
    }
    // As many articles as nodes: nothing twice.
    assert_eq!(html.matches("<article ").count(), nodes.len());
    // Each guide says when it was checked and against what, and a step
    // whose screen the sources do not show exactly says so.
    let tv_menu = &pack.guide("tv-menu").expect("the TV menu").guide;
    let date = stepwise::guide::date::Date::parse(tv_menu.verified.as_deref().expect("dated"))
        .expect("a date");
    let titles: Vec<&str> = tv_menu.sources.iter().map(|s| s.title.as_str()).collect();
    let checked = stepwise::text::checked_against(&date.readable(), &titles);
    assert!(html.contains(&html_text(&checked)), "{checked}");
    assert!(
        html.contains(
            "Your screen may look a little different here. Look for the same words nearby."
        )
    );

    // Every picture is there and decodes, at the screenshot's own size.
    let shots = nodes
        .iter()
        .filter(|at| pack.node(at).and_then(Node::shot).is_some())
        .count();
    let images = attributes(&html, "src");
    assert_eq!(images.len(), shots);
    for src in &images {
        let data = src
            .strip_prefix("data:image/png;base64,")
            .expect("a PNG data URI: nothing is fetched");
        let picture = image::load_from_memory(&base64_decode(data)).expect("decodes");
        assert!(picture.width() >= 390, "{}", picture.width());
    }
    // Each with its alt text and the marks in words.
    for alt in attributes(&html, "alt") {
        assert!(!alt.is_empty());
    }
    assert!(html.contains("Marked on the picture:"));
    assert!(html.contains("Number 1: Get Help"));

    // Every "go to" has its anchor; every anchor is unique.
    let ids: Vec<&str> = attributes(&html, "id");
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "ids repeat");
    let links: Vec<&str> = attributes(&html, "href");
    let internal: Vec<&str> = links.iter().filter_map(|h| h.strip_prefix('#')).collect();
    assert!(internal.len() > nodes.len(), "{}", internal.len());
    for anchor in &internal {
        assert!(unique.contains(anchor), "#{anchor} goes nowhere");
    }
    // Questions are "If ..., go to" links.
    assert!(html.contains("If “<span class=\"way-label\">A menu bar across the top</span>”, go to <a href=\"#s7-open-top-bar\">"));

    // Self-contained: no script, no fetch, nothing outside the file.
    for banned in [
        "<script",
        "<link",
        "url(",
        "@import",
        "src=\"http",
        "<iframe",
    ] {
        assert!(!html.contains(banned), "{banned}");
    }
    for link in &links {
        assert!(
            link.starts_with('#') || link.starts_with("https://"),
            "{link}"
        );
    }
    // Print rules: paper sizes, no step split, addresses printed.
    for rule in [
        "@page",
        "@media print",
        "break-inside: avoid",
        "a[href^=\"http\"]::after",
    ] {
        assert!(html.contains(rule), "{rule}");
    }
    // Emphasis is strong.
    assert!(html.contains("Press <strong>Left</strong> on the remote"));
}

#[test]
fn the_tv_markdown_folder_renders_with_its_pictures_beside_it() {
    let pack = builtin();
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("tv");
    export::export(&pack, "tv", Format::Markdown, &out, false).expect("exports");
    let md = std::fs::read_to_string(out.join("README.md")).expect("README.md");
    let unescaped = {
        let mut text = String::new();
        let mut chars = md.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
                continue;
            }
            text.push(c);
        }
        text
    };
    let nodes = reachable(&pack, "tv");
    for at in &nodes {
        let title = stepwise::text::plain(pack.node(at).expect("node").title());
        assert!(unescaped.contains(&title), "{at}: {title:?} missing");
    }
    // Relative links resolve to pictures that decode.
    let mut pictures = 0;
    for (at, _) in md.match_indices("](pictures/") {
        let rest = &md[at + 2..];
        let path = &rest[..rest.find(')').expect("closed link")];
        let picture = image::open(out.join(path)).expect("the picture decodes");
        assert!(picture.width() > 0);
        pictures += 1;
    }
    let shots = nodes
        .iter()
        .filter(|at| pack.node(at).and_then(Node::shot).is_some())
        .count();
    assert_eq!(pictures, shots);
    let files = std::fs::read_dir(out.join("pictures"))
        .expect("pictures/")
        .count();
    assert_eq!(files, shots, "no picture left unlinked");
    // Every "go to" has its anchor.
    let anchors: HashSet<&str> = md
        .match_indices("<a id=\"")
        .map(|(at, _)| {
            let rest = &md[at + 7..];
            &rest[..rest.find('"').expect("closed")]
        })
        .collect();
    assert_eq!(anchors.len(), nodes.len());
    let mut gotos = 0;
    for (at, _) in md.match_indices("](#") {
        let rest = &md[at + 3..];
        let anchor = &rest[..rest.find(')').expect("closed link")];
        assert!(anchors.contains(anchor), "#{anchor} goes nowhere");
        gotos += 1;
    }
    assert!(gotos > nodes.len());
    assert!(md.contains("Press **Left** on the remote"));
}

#[test]
fn the_dot_graph_has_every_node_and_labelled_ways() {
    let pack = builtin();
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("left-behind.dot");
    export::export(&pack, "left-behind", Format::Dot, &out, false).expect("exports");
    let dot = std::fs::read_to_string(&out).expect("read");
    assert!(dot.starts_with("// "));
    assert!(dot.contains("digraph \"left-behind\" {"));
    for at in reachable(&pack, "left-behind") {
        assert!(dot.contains(&format!("\"{at}\" [label=")), "{at}");
    }
    for edge in [
        "\"left-behind#still-there\" -> \"tv-menu#home\" [label=\"Yes, I'm in front of it\"]",
        "\"left-behind#still-there\" -> \"left-behind#password-too\" [label=\"after the shared steps\", style=dashed",
        "\"tv-menu#side-get-help\" -> \"tv-menu#side-settings\" [label=\"I don't see Get Help\", style=dashed]",
        "[label=\"Back to the guide that ran these shared steps\"",
        "[label=\"Done, next step\"]",
    ] {
        assert!(dot.contains(edge), "{edge}");
    }
    // Quotes balance on every line (escaped ones aside).
    for line in dot.lines() {
        let quotes = line
            .replace("\\\\", "")
            .replace("\\\"", "")
            .matches('"')
            .count();
        assert_eq!(quotes % 2, 0, "{line}");
    }
}

/// A pack written to hurt: markup, script, links and DOT syntax in every
/// text, a link that is not https, a missing and a broken picture.
fn hostile_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("data")).expect("data");
    std::fs::create_dir_all(root.join("assets")).expect("assets");
    let evil = r#"<script>alert(1)</script> \"><img src=x onerror=alert(2)> [click](https://evil.example) ![x](https://evil.example/x.png) \\N \" ]; evil -> x [label=\"pwned"#;
    std::fs::write(
        root.join("data/pack.ron"),
        format!(
            r#"Pack(id: "hostile", title: "{evil}", scenarios: [(id: "go", title: "{evil}", description: "{evil}", start: "evil")])"#
        ),
    )
    .expect("pack.ron");
    std::fs::write(
        root.join("data/evil.ron"),
        format!(
            r#"Guide(
    id: "evil",
    title: "{evil}",
    summary: ["{evil}"],
    start: "a",
    nodes: {{
        "a": Step(
            title: "{evil}",
            text: "**{evil}**",
            shot: Shot(image: "ok.png", alt: "{evil}", marks: [Callout(at: (10, 10), n: 1, text: "{evil}")]),
            checks: ["{evil}"],
            links: [(label: "{evil}", url: "javascript:alert(3)"), (label: "fine", url: "https://example.com/a?b=<c>")],
            next: "q",
            stuck: (label: "{evil}", to: "missing-picture"),
        ),
        "missing-picture": Step(title: "Gone", text: "x", shot: Shot(image: "nowhere.png", alt: "gone"), next: "broken-picture"),
        "broken-picture": Step(title: "Broken", text: "x", shot: Shot(image: "broken.png", alt: "broken"), next: "q"),
        "q": Question(prompt: "{evil}", options: [(label: "{evil}", to: "end"), (label: "dangling", to: "nope")]),
        "end": Outcome(kind: Solved, title: "{evil}", text: "{evil}", tips: ["{evil}"]),
    }},
)"#
        ),
    )
    .expect("evil.ron");
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(64, 48, image::Rgba([200, 200, 200, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encode");
    std::fs::write(root.join("assets/ok.png"), png).expect("ok.png");
    std::fs::write(
        root.join("assets/broken.png"),
        b"\x89PNG\r\n\x1a\nnot really",
    )
    .expect("broken");
    dir
}

#[test]
fn a_hostile_pack_stays_text_in_every_format() {
    let dir = hostile_pack();
    let (pack, problems) = stepwise::guide::Pack::load(PackSource::Folder(dir.path().to_owned()));
    assert!(problems.is_empty(), "{problems:?}");
    let out = tempfile::tempdir().expect("out");

    let page = out.path().join("evil.html");
    let report = export::export(&pack, "go", Format::Html, &page, false).expect("exports");
    assert_eq!(report.rendered.missing.len(), 2, "{report}");
    let html = std::fs::read_to_string(&page).expect("read");
    assert!(!html.contains("<script"), "a script got through");
    assert!(!html.contains("<img src=x"), "markup got through");
    assert!(
        !html.contains("javascript:"),
        "a javascript: link got through"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("<strong>&lt;script&gt;"),
        "emphasis kept, content escaped"
    );
    assert!(html.contains("This picture could not be included: nowhere.png"));
    assert!(html.contains("This picture could not be included: broken.png"));
    assert!(html.contains("only https:// addresses are kept"));
    assert!(html.contains("href=\"https://example.com/a?b=&lt;c&gt;\""));
    assert!(html.contains("nowhere: guide &quot;evil&quot; has no node &quot;nope&quot;"));
    for href in attributes(&html, "href") {
        assert!(
            href.starts_with('#') || href.starts_with("https://"),
            "{href}"
        );
    }

    let folder = out.path().join("evil-md");
    export::export(&pack, "go", Format::Markdown, &folder, false).expect("exports");
    let md = std::fs::read_to_string(folder.join("README.md")).expect("read");
    assert!(!md.contains("](https://evil"), "a link got through");
    assert!(!md.contains("javascript:"));
    assert!(md.contains("\\<script\\>"));
    assert!(md.contains("This picture could not be included: nowhere.png"));
    // The only raw HTML is the exporter's own anchors and marker: every
    // other `<` is escaped, so `<script>` shows as text.
    for (at, _) in md.match_indices('<') {
        if md[..at].ends_with('\\') {
            continue;
        }
        let rest = &md[at..];
        assert!(
            rest.starts_with("<a id=\"")
                || rest.starts_with("</a>")
                || rest.starts_with("<!-- Written by stepwise export"),
            "raw HTML: {}",
            &rest[..rest.len().min(40)]
        );
    }

    let graph = out.path().join("evil.dot");
    export::export(&pack, "go", Format::Dot, &graph, false).expect("exports");
    let dot = std::fs::read_to_string(&graph).expect("read");
    assert!(dot.contains("\\\"pwned"), "quotes escaped");
    assert!(dot.contains("\\\\N"), "backslashes escaped");
    assert!(
        !dot.contains("\n evil -> x"),
        "no statement of the pack's own"
    );
    for line in dot.lines() {
        let quotes = line
            .replace("\\\\", "")
            .replace("\\\"", "")
            .matches('"')
            .count();
        assert_eq!(quotes % 2, 0, "{line}");
    }
}

fn stepwise(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stepwise"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_command_line_writes_refuses_and_replaces() {
    let dir = tempfile::tempdir().expect("dir");
    let page = dir.path().join("tv.html");
    let page_arg = page.to_str().expect("utf-8");
    let first = stepwise(&["export", "tv", "-o", page_arg]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let said = text(&first.stdout);
    assert!(said.starts_with(&format!("wrote {page_arg} (")), "{said}");
    assert!(said.contains("pictures"), "{said}");

    let again = stepwise(&["export", "tv", "-o", page_arg]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        text(&again.stderr),
        format!(
            "stepwise export: {page_arg} already exists; add --force to replace it, or give another name\n"
        )
    );
    let forced = stepwise(&["export", "tv", "-o", page_arg, "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced.stderr));

    let unknown = stepwise(&["export", "teevee", "-o", page_arg, "--force"]);
    assert_eq!(unknown.status.code(), Some(1));
    let message = text(&unknown.stderr);
    assert!(
        message.starts_with("stepwise export: there is no scenario or guide \"teevee\" in the built-in pack; the scenarios are phone, tv,"),
        "{message}"
    );

    // A folder that is not an earlier export is never replaced.
    let theirs = dir.path().join("notes");
    std::fs::create_dir(&theirs).expect("mkdir");
    std::fs::write(theirs.join("mine.txt"), "keep me").expect("write");
    let refused = stepwise(&[
        "export",
        "tv",
        "--format",
        "md",
        "-o",
        theirs.to_str().expect("utf-8"),
        "--force",
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("did not write"),
        "{}",
        text(&refused.stderr)
    );
    assert!(theirs.join("mine.txt").is_file());

    let folder = dir.path().join("tv-md");
    let md = stepwise(&[
        "export",
        "tv",
        "--format",
        "md",
        "-o",
        folder.to_str().expect("utf-8"),
    ]);
    assert_eq!(md.status.code(), Some(0), "{}", text(&md.stderr));
    assert!(folder.join("README.md").is_file());
    let graph = dir.path().join("tv.dot");
    let dot = stepwise(&[
        "export",
        "tv",
        "--format",
        "dot",
        "-o",
        graph.to_str().expect("utf-8"),
    ]);
    assert_eq!(dot.status.code(), Some(0), "{}", text(&dot.stderr));
    // Nothing hidden is left behind.
    for entry in std::fs::read_dir(dir.path()).expect("list") {
        let name = entry.expect("entry").file_name();
        assert!(
            !name.to_string_lossy().starts_with('.'),
            "{name:?} left behind"
        );
    }
}

#[test]
fn a_guide_id_exports_too() {
    let pack = builtin();
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("g.html");
    let report =
        export::export(&pack, "sign-out-phone", Format::Html, &out, false).expect("exports");
    assert!(report.rendered.entries >= 5);
    assert!(Path::new(&out).is_file());
    let html = std::fs::read_to_string(&out).expect("read");
    assert!(html.contains("<h1>Sign out of the Netflix app on a phone or tablet</h1>"));
}

#[test]
fn render_writes_every_marked_picture_of_a_pack_and_names_the_broken_ones() {
    let dir = tempfile::tempdir().expect("dir");
    // The built-in pack: one PNG per node with a picture, each a real PNG
    // of the screenshot's size.
    let out = dir.path().join("pictures");
    let out_arg = out.to_str().expect("utf-8");
    let done = stepwise(&["render", out_arg]);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let (pack, _) = stepwise::guide::Pack::load(stepwise::guide::PackSource::Builtin);
    let mut expected = 0;
    for loaded in &pack.guides {
        for (id, node) in loaded.guide.nodes.iter() {
            if node.shot().is_some() {
                expected += 1;
                let file = out.join(&loaded.guide.id).join(format!("{id}.png"));
                let picture =
                    image::open(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                assert!(picture.width() >= 100, "{}", file.display());
            }
        }
    }
    assert!(expected > 20, "the built-in pack has many pictures");
    assert!(
        text(&done.stdout).contains(&format!("{expected} pictures with the marks painted in")),
        "{}",
        text(&done.stdout)
    );
    let page = std::fs::read_to_string(out.join("README.md")).expect("index");
    assert_eq!(page.matches("![").count(), expected, "{page}");
    // Again: refused, then replaced with --force.
    assert_eq!(stepwise(&["render", out_arg]).status.code(), Some(1));
    assert_eq!(
        stepwise(&["render", out_arg, "--force"]).status.code(),
        Some(0)
    );

    // A pack folder with a missing picture: the others are drawn, the
    // missing one is named, exit 1.
    let pack_dir = dir.path().join("pack");
    stepwise::scaffold::new_pack(&pack_dir).expect("starter pack");
    std::fs::remove_file(pack_dir.join(stepwise::scaffold::PICTURE_FILE)).expect("remove");
    let out2 = dir.path().join("pictures2");
    let broken = stepwise(&[
        "render",
        pack_dir.to_str().expect("utf-8"),
        out2.to_str().expect("utf-8"),
    ]);
    assert_eq!(broken.status.code(), Some(1));
    let said = text(&broken.stdout);
    assert!(
        said.contains("not drawn: first-guide#press-continue:"),
        "{said}"
    );
    assert!(out2.join("README.md").is_file());
}
