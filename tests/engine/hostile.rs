//! Hostile and broken packs: what a shared pack could do to us. Each test
//! names the bad input; docs/RELIABILITY.md lists them with what the user sees.

use crate::common;
use std::path::Path;

use stepwise::guide::{self, PackSource, Problem};
use stepwise::shots::{ShotError, decode_bytes, decode_shot};

/// A pack folder made from the small fixture pack, to be spoiled by a test.
fn pack_with(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, Vec<Problem>) {
    let dir = common::copy_fixture("ok");
    edit(dir.path());
    let (_, problems) = guide::check(PackSource::Folder(dir.path().to_owned()));
    (dir, problems)
}

fn only_error(problems: &[Problem]) -> &Problem {
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    assert_eq!(errors.len(), 1, "{problems:#?}");
    errors[0]
}

/// A PNG header (signature + IHDR with a correct CRC) declaring any size.
fn png_header(width: u32, height: u32, bit_depth: u8, color_type: u8) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(b"IHDR");
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[bit_depth, color_type, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(&ihdr);
    png.extend_from_slice(&crc32fast::hash(&ihdr).to_be_bytes());
    // An empty IDAT and IEND, so the file is a complete, tiny PNG.
    for chunk in [&b"IDAT"[..], &b"IEND"[..]] {
        png.extend_from_slice(&0u32.to_be_bytes());
        png.extend_from_slice(chunk);
        png.extend_from_slice(&crc32fast::hash(chunk).to_be_bytes());
    }
    png
}

#[test]
fn a_tiny_png_declaring_100000_by_100000_pixels_is_refused_everywhere() {
    let bomb = png_header(100_000, 100_000, 8, 6);
    assert!(bomb.len() < 80, "the bomb is {} bytes", bomb.len());
    assert!(matches!(
        decode_bytes(&bomb, 4096),
        Err(ShotError::TooLarge {
            width: 100_000,
            height: 100_000
        })
    ));
    let (dir, problems) =
        pack_with(|dir| std::fs::write(dir.join("assets/settings.png"), &bomb).expect("write"));
    let problem = only_error(&problems);
    assert_eq!(problem.rule.code(), "image-too-large");
    assert_eq!(
        (problem.file.as_str(), problem.line),
        ("data/change-password.ron", 11)
    );
    let refused = decode_shot(
        &PackSource::Folder(dir.path().to_owned()),
        "settings.png",
        4096,
    );
    assert!(
        matches!(refused, Err(ShotError::TooLarge { .. })),
        "{refused:?}"
    );
}

#[test]
fn an_image_within_the_side_limit_but_over_the_memory_limit_is_refused() {
    // 8192 x 8192 pixels of 16-bit RGBA would need 512 MiB to decode.
    let heavy = png_header(8192, 8192, 16, 6);
    let refused = decode_bytes(&heavy, 4096);
    assert!(
        matches!(refused, Err(ShotError::Unreadable(_))),
        "{refused:?}"
    );
}

#[test]
fn a_truncated_png_shows_a_message_instead_of_a_picture() {
    let mut cut = std::fs::read(common::fixture("ok/assets/router/front.png")).expect("read");
    cut.truncate(cut.len() / 2);
    assert!(decode_bytes(&cut, 4096).is_err());
    let garbage = b"\x89PNG\r\n\x1a\nnot really";
    assert!(decode_bytes(garbage, 4096).is_err());
    assert!(decode_bytes(&[], 4096).is_err());
}

#[test]
fn deeply_nested_ron_is_a_syntax_error_with_a_position() {
    let (_, problems) = pack_with(|dir| {
        let deep = format!(
            "Guide(id: \"x\", title: \"x\", keywords: {}",
            "[".repeat(100_000)
        );
        std::fs::write(dir.join("data/deep.ron"), deep).expect("write");
    });
    let problem = only_error(&problems);
    assert_eq!(
        (problem.file.as_str(), problem.rule.code()),
        ("data/deep.ron", "syntax")
    );
    assert!(problem.line == 1 && problem.column > 30, "{problem}");
}

#[test]
fn a_huge_guide_file_is_refused_unread() {
    let (_, problems) = pack_with(|dir| {
        let file = std::fs::File::create(dir.join("data/huge.ron")).expect("create");
        file.set_len(2 * 1024 * 1024).expect("grow");
    });
    let problem = only_error(&problems);
    assert_eq!(
        (problem.file.as_str(), problem.rule.code()),
        ("data/huge.ron", "file")
    );
    assert!(problem.message.contains("limit"), "{problem}");
}

#[test]
fn a_huge_image_file_is_refused_unread() {
    let (_, problems) = pack_with(|dir| {
        let file = std::fs::File::create(dir.join("assets/settings.png")).expect("create");
        file.set_len(65 * 1024 * 1024).expect("grow");
    });
    let problem = only_error(&problems);
    assert_eq!(problem.rule.code(), "image-too-large");
    assert!(problem.message.contains("limit"), "{problem}");
}

#[test]
fn empty_binary_and_nul_filled_guides_are_syntax_errors() {
    for (name, bytes) in [
        ("empty", &b""[..]),
        ("nul", &b"\0\0\0\0"[..]),
        ("binary", &b"\x89PNG\r\n"[..]),
    ] {
        let (_, problems) = pack_with(|dir| {
            std::fs::write(dir.join(format!("data/{name}.ron")), bytes).expect("write")
        });
        let problem = only_error(&problems);
        assert_eq!(problem.file, format!("data/{name}.ron"));
        assert!(
            matches!(problem.rule.code(), "syntax" | "file"),
            "{problem}"
        );
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let (_, problems) = pack_with(|dir| {
        let file = dir.join("data/change-password.ron");
        let mut text = b"\xEF\xBB\xBF".to_vec();
        text.extend(std::fs::read(&file).expect("read"));
        std::fs::write(file, text).expect("write");
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn marks_that_are_not_numbers_are_outside_the_image() {
    let (_, problems) = pack_with(|dir| {
        let file = dir.join("data/change-password.ron");
        let text = std::fs::read_to_string(&file).expect("read");
        std::fs::write(
            file,
            text.replace(
                "Highlight(rect: (50, 220, 300, 40))",
                "Highlight(rect: (NaN, 220, inf, 40))",
            ),
        )
        .expect("write");
    });
    assert_eq!(only_error(&problems).rule.code(), "mark-outside-image");
}

#[cfg(unix)]
#[test]
fn a_guide_file_linking_outside_the_pack_is_not_read() {
    let outside = tempfile::tempdir().expect("dir");
    std::fs::write(
        outside.path().join("secret.ron"),
        "Guide(id: \"secret\", title: \"s\", start: \"a\", nodes: {})",
    )
    .expect("write");
    let (_, problems) = pack_with(|dir| {
        std::os::unix::fs::symlink(
            outside.path().join("secret.ron"),
            dir.join("data/secret.ron"),
        )
        .expect("link");
    });
    let problem = only_error(&problems);
    assert_eq!(
        (problem.file.as_str(), problem.rule.code()),
        ("data/secret.ron", "unsafe-path")
    );
}

#[cfg(unix)]
#[test]
fn an_image_that_is_a_folder_or_a_link_loop_is_unreadable() {
    let (_, problems) = pack_with(|dir| {
        std::fs::remove_file(dir.join("assets/settings.png")).expect("remove");
        std::fs::create_dir(dir.join("assets/settings.png")).expect("folder");
    });
    assert_eq!(only_error(&problems).rule.code(), "unreadable-image");
    let (_, problems) = pack_with(|dir| {
        std::fs::remove_file(dir.join("assets/settings.png")).expect("remove");
        std::os::unix::fs::symlink("settings.png", dir.join("assets/settings.png")).expect("loop");
    });
    let problem = only_error(&problems);
    assert!(
        matches!(problem.rule.code(), "unreadable-image" | "missing-image"),
        "{problem}"
    );
}

#[test]
fn folders_nested_too_deeply_are_not_walked() {
    let (_, problems) = pack_with(|dir| {
        let mut deep = dir.join("data");
        for i in 0..12 {
            deep = deep.join(format!("d{i}"));
        }
        std::fs::create_dir_all(&deep).expect("dirs");
        std::fs::write(deep.join("lost.ron"), "not even RON").expect("write");
    });
    let problem = only_error(&problems);
    assert!(problem.message.contains("nest too deeply"), "{problem}");
}

#[test]
fn twenty_thousand_repeats_of_one_node_id_are_each_reported_where_they_are() {
    const REPEATS: usize = 20_000;
    let (_, problems) = pack_with(|dir| {
        let mut text =
            String::from("Guide(id: \"repeats\", title: \"R\", start: \"a\", nodes: {\n");
        for _ in 0..REPEATS {
            text.push_str("\"a\": Outcome(kind: Solved, title: \"x\"),\n");
        }
        text.push_str("})\n");
        assert!(text.len() < 1024 * 1024, "stays under the file size limit");
        std::fs::write(dir.join("data/repeats.ron"), text).expect("write");
    });
    let lines: Vec<usize> = problems
        .iter()
        .filter(|p| p.file == "data/repeats.ron" && p.rule.code() == "duplicate-id")
        .map(|p| p.line)
        .collect();
    // Every repeat but the first, each at its own line (line 3 onwards).
    assert_eq!(lines, (3..REPEATS + 2).collect::<Vec<_>>());
}
