//! The examples in docs/pack-format.md are checked as written: every code
//! block marked `ron` is a complete file, and together they make a pack that
//! `stepwise check` passes without a single problem. The pictures they name
//! are made up here (640 x 480, a common screenshot size), since the docs
//! cannot hold them. A block that is not a complete file must be marked
//! `ron skip: <why>`, so nobody adds an unchecked example by accident.

use std::path::Path;

use stepwise::guide::load::parse_text;
use stepwise::guide::model::{Guide, Manifest};
use stepwise::guide::{self, PackSource};

/// One fenced code block: its info string, the line it starts on, its text.
struct Block {
    info: String,
    line: usize,
    text: String,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in markdown.lines().enumerate() {
        let fence = line.trim_start().strip_prefix("```");
        match (fence, open.take()) {
            (Some(_), Some(block)) => found.push(block),
            (Some(info), None) => {
                open = Some(Block {
                    info: info.trim().to_owned(),
                    line: i + 1,
                    text: String::new(),
                })
            }
            (None, Some(mut block)) => {
                block.text.push_str(line);
                block.text.push('\n');
                open = Some(block);
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "a code block is never closed");
    found
}

/// A blank PNG at `path`, with its folders.
fn picture(path: &Path) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("create the folder");
    image::RgbImage::new(640, 480)
        .save(path)
        .expect("write the picture");
}

#[test]
fn every_ron_example_in_the_pack_format_checks_clean() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/pack-format.md");
    let markdown = std::fs::read_to_string(&docs).expect("docs/pack-format.md");
    let pack = tempfile::tempdir().expect("temp dir");
    let (mut manifests, mut guides) = (0, 0);
    for block in blocks(&markdown) {
        if !block.info.starts_with("ron") {
            continue;
        }
        if let Some(why) = block.info.strip_prefix("ron skip:") {
            assert!(
                !why.trim().is_empty(),
                "line {}: say why the block is skipped",
                block.line
            );
            continue;
        }
        assert_eq!(
            block.info, "ron",
            "line {}: mark a block `ron` (a complete file) or `ron skip: <why>`",
            block.line
        );
        let at = |what: &str| {
            format!(
                "the block on line {} of docs/pack-format.md: {what}",
                block.line
            )
        };
        let first_line = block
            .text
            .lines()
            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
            .unwrap_or_default();
        if first_line.trim_start().starts_with("Translation(") {
            parse_text::<stepwise::guide::translate::Overlay>("data/es/guide.ron", &block.text)
                .map_err(|p| at(&p.to_string()))
                .expect("parses");
            continue;
        }
        let file = if block.text.trim_start().starts_with("Pack(") {
            let parsed = parse_text::<Manifest>("data/pack.ron", &block.text);
            parsed
                .map_err(|p| p.to_string())
                .map_err(|e| at(&e))
                .expect("parses");
            manifests += 1;
            "data/pack.ron".to_owned()
        } else {
            let (guide, _) = parse_text::<Guide>("data/guide.ron", &block.text)
                .map_err(|p| at(&p.to_string()))
                .expect("parses");
            for (_, node) in guide.nodes.iter() {
                if let Some(shot) = node.shot() {
                    picture(&pack.path().join("assets").join(&shot.image));
                }
            }
            guides += 1;
            format!("data/{}.ron", guide.id)
        };
        let path = pack.path().join(&file);
        assert!(
            !path.exists(),
            "{}",
            at(&format!("{file} is written twice"))
        );
        std::fs::create_dir_all(path.parent().expect("data/")).expect("create data/");
        std::fs::write(&path, &block.text).expect("write the example");
    }
    assert_eq!(manifests, 1, "the docs show one pack.ron");
    assert!(guides >= 2, "the docs show at least two guides");
    let (_, problems) = guide::check(PackSource::Folder(pack.path().to_owned()));
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", listing.join("\n"));
}

#[test]
fn code_blocks_are_found_with_their_info_strings() {
    let found =
        blocks("text\n```ron\nPack()\n```\n\n```ron skip: a fragment\n(\n```\n```\ntree\n```\n");
    let infos: Vec<(&str, usize, &str)> = found
        .iter()
        .map(|b| (b.info.as_str(), b.line, b.text.as_str()))
        .collect();
    assert_eq!(
        infos,
        [
            ("ron", 2, "Pack()\n"),
            ("ron skip: a fragment", 6, "(\n"),
            ("", 9, "tree\n")
        ]
    );
}
