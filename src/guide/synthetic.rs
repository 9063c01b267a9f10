//! A generated pack of any size, for benchmarks and scale tests: `guides`
//! guides of `nodes_per_guide` nodes each. Every guide is a chain of steps
//! with screenshots and marks, a question every ten nodes that branches and
//! jumps into the next guide, and outcomes at the end, so loading,
//! validation, search and walking all do real work. It is valid: `check`
//! finds no problems in it.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

const WORDS: [&str; 24] = [
    "menu",
    "remote",
    "settings",
    "account",
    "profile",
    "device",
    "screen",
    "button",
    "network",
    "password",
    "television",
    "browser",
    "phone",
    "tablet",
    "console",
    "privacy",
    "security",
    "sign",
    "help",
    "home",
    "select",
    "confirm",
    "choose",
    "open",
];

/// The files of a generated pack, by pack-relative path.
pub fn synthetic_pack(guides: usize, nodes_per_guide: usize) -> BTreeMap<String, Arc<[u8]>> {
    let guides = guides.max(1);
    let nodes = nodes_per_guide.max(3);
    let mut files = BTreeMap::new();
    let mut scenarios = String::new();
    for g in 0..guides.min(200) {
        let _ = write!(
            scenarios,
            "(id: \"s{g}\", title: \"Scenario {g} {}\", start: \"g{g}\", keywords: [\"{}\"]),",
            WORDS[g % WORDS.len()],
            WORDS[(g * 7) % WORDS.len()]
        );
    }
    let pack = format!(
        "Pack(id: \"synthetic\", title: \"Generated\", scenarios: [{scenarios}], \
         synonyms: [(words: [\"log out\"], means: \"sign out\")], fallback: \"g0\")"
    );
    files.insert("data/pack.ron".to_owned(), Arc::from(pack.into_bytes()));
    for g in 0..guides {
        files.insert(
            format!("data/g{g}.ron"),
            Arc::from(guide(g, guides, nodes).into_bytes()),
        );
    }
    files.insert("assets/shot.png".to_owned(), Arc::from(tiny_png()));
    files
}

fn guide(g: usize, guides: usize, nodes: usize) -> String {
    let mut text = format!(
        "Guide(id: \"g{g}\", title: \"Guide {g} about the {}\", summary: [\"A generated guide.\"], start: \"n0\", nodes: {{",
        WORDS[g % WORDS.len()]
    );
    let last_step = nodes - 2;
    for n in 0..nodes {
        let word = |k: usize| WORDS[(g * 31 + n * 7 + k) % WORDS.len()];
        if n == nodes - 1 {
            let _ = write!(
                text,
                "\"n{n}\": Outcome(kind: Solved, title: \"Done with guide {g}\", tips: [\"Keep the {} safe.\"]),",
                word(1)
            );
        } else if n == last_step {
            let _ = write!(
                text,
                "\"n{n}\": Outcome(kind: Unsolved, title: \"Try the {} instead\"),",
                word(2)
            );
        } else if n % 10 == 9 {
            let next = (g + 1) % guides;
            let _ = write!(
                text,
                "\"n{n}\": Question(prompt: \"Do you see the {}?\", options: [(label: \"Yes\", to: \"n{}\"), (label: \"No\", to: \"g{next}#start\"), (label: \"Not sure\", to: \"n{last_step}\")]),",
                word(0),
                n + 1
            );
        } else {
            let next = if n + 1 == last_step { nodes - 1 } else { n + 1 };
            let _ = write!(
                text,
                "\"n{n}\": Step(title: \"Open the {0}\", text: \"Press **{1}** on the {2}, then {3} the {0}.\", \
                 shot: (image: \"shot.png\", alt: \"A {2}\", marks: [Highlight(rect: (40, 40, 200, 100)), Arrow(from: (600, 300), to: (260, 100)), Callout(at: (300, 200), n: 1, text: \"{1}\")]), \
                 checks: [\"I see the {0}\"], next: \"n{next}\", stuck: (label: \"I don't see it\", to: \"n{last_step}\")),",
                word(0),
                word(1),
                word(2),
                word(3)
            );
        }
    }
    text.push_str("})");
    text
}

/// A valid 640x400 PNG of one colour (a few hundred bytes), encoded once.
fn tiny_png() -> Vec<u8> {
    let mut out = Vec::new();
    let image = image::RgbaImage::from_pixel(640, 400, image::Rgba([40, 60, 90, 255]));
    // Encoding into memory cannot fail for a valid image.
    let _ = image.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{PackSource, check};

    #[test]
    fn a_generated_pack_is_valid_and_the_size_asked_for() {
        let (pack, problems) = check(PackSource::Memory(Arc::new(synthetic_pack(12, 25))));
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(pack.guides.len(), 12);
        assert_eq!(
            pack.guides
                .iter()
                .map(|g| g.guide.nodes.len())
                .sum::<usize>(),
            300
        );
    }
}
