//! `stepwise new DIR`: a starter pack that checks clean and opens, with a
//! comment on each field so a person who has never seen RON can change it.
//! It holds one scenario, a guide with a step (and a placeholder picture to
//! replace with a real screenshot), a question with two answers, and two
//! outcomes.

use std::path::{Path, PathBuf};

use crate::guide::date::Date;

/// Why a starter pack was not made.
#[derive(Debug, thiserror::Error)]
pub enum NewPackError {
    /// The folder exists and has something in it.
    #[error(
        "{0} already has files in it; choose a new or empty folder, so nothing of yours is overwritten"
    )]
    NotEmpty(PathBuf),
    /// A file is in the way.
    #[error("{0} is a file, not a folder")]
    NotAFolder(PathBuf),
    /// Writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// The starter guide's file, relative to the pack.
pub const GUIDE_FILE: &str = "data/first-guide.ron";
/// The placeholder picture, relative to the pack.
pub const PICTURE_FILE: &str = "assets/first-step.png";
/// The manifest, relative to the pack.
pub const MANIFEST_FILE: &str = "data/pack.ron";

/// The placeholder picture's size, and the button the step points at.
const PICTURE: (u32, u32) = (1280, 720);
const BUTTON: (u32, u32, u32, u32) = (480, 420, 320, 72);

/// Makes a starter pack in `dir` (created if missing; it must be empty if
/// it exists). Returns the files written, in order. On failure, whatever
/// this call created is removed again, and nothing else is touched.
pub fn new_pack(dir: &Path) -> Result<Vec<PathBuf>, NewPackError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| NewPackError::Io { path, source }
    };
    let existed = match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(NewPackError::NotAFolder(dir.to_owned())),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir).map_err(io(dir))?;
            if entries.next().is_some() {
                return Err(NewPackError::NotEmpty(dir.to_owned()));
            }
            true
        }
        Err(_) => false,
    };
    let written = write_all(dir);
    if written.is_err() {
        // Leave the folder as it was found.
        if existed {
            for sub in ["data", "assets"] {
                let _ = std::fs::remove_dir_all(dir.join(sub));
            }
        } else {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    written
}

fn write_all(dir: &Path) -> Result<Vec<PathBuf>, NewPackError> {
    let id = pack_id(dir);
    let files = [
        (MANIFEST_FILE, manifest(&id).into_bytes()),
        (GUIDE_FILE, guide(Date::today()).into_bytes()),
        (PICTURE_FILE, placeholder_picture()?),
    ];
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path = dir.join(rel);
        crate::files::write_atomically(&path, &bytes).map_err(|source| NewPackError::Io {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// A pack id from the folder's name: lower case, words joined by dashes.
fn pack_id(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let slug: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if slug.is_empty() {
        "my-guides".to_owned()
    } else {
        slug.join("-")
    }
}

fn manifest(id: &str) -> String {
    format!(
        r#"// This file says what the pack is called and what the home screen offers.
// Lines that start with // are notes for you: Stepwise skips them.
// Text goes in straight double quotes; every field ends with a comma.
Pack(
    // A short name for the pack that never changes (saved places use it).
    id: "{id}",
    // The pack's name, shown at the top of the window.
    title: "My guides",
    // One sentence under "What do you need help with?".
    description: "Step-by-step help for the things people ask me about.",
    // What the empty search box suggests typing.
    search_hint: "Search, for example \"first thing\"",
    // The tiles on the home screen, in the order they appear.
    scenarios: [
        (
            // A short name for this tile that never changes.
            id: "first",
            // The tile's title, said the way a person would say it.
            title: "Do the first thing",
            // One line under the title.
            description: "A short example: one step, one question, two endings.",
            // The picture on the tile: Guide, Phone, Tv, Browser, Devices,
            // Travel, Key, Lock, SignIn or SignOut.
            icon: Guide,
            // Where the tile starts: a guide's id (the file name without .ron).
            start: "first-guide",
            // More words people might type to find this tile.
            keywords: ["example", "start"],
        ),
    ],
    // Where "No, it didn't solve it" goes when an ending does not say.
    fallback: "first-guide#not-yet",
)
"#
    )
}

fn guide(today: Date) -> String {
    let (x, y, w, h) = BUTTON;
    let callout_x = x + w + 24;
    let callout_y = y + h / 2;
    format!(
        r#"// A guide: one file per guide in data/. It is a small map of nodes:
// steps (one action each, with a picture), questions (answers branch the
// path) and outcomes (the end of a path). Nodes name each other by id.
Guide(
    // The guide's short name: the same as the file name, without .ron.
    id: "first-guide",
    // What the guide achieves.
    title: "Do the first thing",
    // The quick answer, shown before the steps: two or three short lines.
    summary: ["Open the app, then press Continue."],
    // More words that should find this guide in search.
    keywords: ["example"],
    // The day you last checked these steps against the real screens.
    verified: "{today}",
    // The node the guide starts at.
    start: "press-continue",
    nodes: {{
        // A step: its title, one instruction, and the screen to look at.
        "press-continue": Step(
            title: "Press Continue",
            // **Bold** words are the labels the person sees on the screen.
            text: "Press the **Continue** button in the middle of the screen.",
            shot: Shot(
                // A picture in assets/: replace it with your own screenshot.
                image: "first-step.png",
                // What the picture shows, for people who cannot see it.
                alt: "A window with a Continue button in the middle.",
                // Marks over the picture, in the picture's own pixels (x, y,
                // width, height). `stepwise edit` lets you draw them instead.
                marks: [
                    Highlight(rect: ({x}, {y}, {w}, {h})),
                    Callout(at: ({callout_x}, {callout_y}), n: 1, text: "Continue"),
                ],
            ),
            // Things the person can tick to be sure they are in the right place.
            checks: ["I can see the Continue button"],
            // Where "Done, next step" goes.
            next: "did-it-open",
            // Where "I don't see this" goes, and what its button says.
            stuck: (label: "I don't see Continue", to: "not-yet"),
        ),
        // A question: each answer leads somewhere.
        "did-it-open": Question(
            prompt: "Did the next screen open?",
            options: [
                (label: "Yes, it opened", to: "done"),
                (label: "No, nothing happened", to: "not-yet"),
            ],
        ),
        // An outcome that solved it: what was achieved, and tips for later.
        "done": Outcome(
            kind: Solved,
            title: "The next screen is open",
            tips: ["Next time, Continue is in the same place."],
        ),
        // An outcome that did not: what to try instead.
        "not-yet": Outcome(
            kind: Unsolved,
            title: "Let's try another way",
            text: "Close the app, open it again, and start this guide over.",
        ),
    }},
)
"#
    )
}

/// A plain drawing of a window with one button, to stand in for a real
/// screenshot until the author adds theirs.
fn placeholder_picture() -> Result<Vec<u8>, NewPackError> {
    let (width, height) = PICTURE;
    let (bx, by, bw, bh) = BUTTON;
    let background = image::Rgb([0xE9, 0xEC, 0xF1]);
    let mut picture = image::RgbImage::from_pixel(width, height, background);
    let mut fill = |x0: u32, y0: u32, w: u32, h: u32, colour: [u8; 3]| {
        for y in y0..(y0 + h).min(height) {
            for x in x0..(x0 + w).min(width) {
                picture.put_pixel(x, y, image::Rgb(colour));
            }
        }
    };
    // The window, its title bar, three lines of "text", and the button.
    fill(160, 80, 960, 560, [0xFF, 0xFF, 0xFF]);
    fill(160, 80, 960, 56, [0x33, 0x3A, 0x47]);
    for (i, width) in [520, 440, 600].into_iter().enumerate() {
        fill(240, 200 + 48 * i as u32, width, 18, [0xC9, 0xCF, 0xD8]);
    }
    fill(bx, by, bw, bh, [0x1F, 0x5F, 0xD1]);
    fill(bx + 100, by + 30, bw - 200, 12, [0xFF, 0xFF, 0xFF]);
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| NewPackError::Io {
            path: PathBuf::from(PICTURE_FILE),
            source: std::io::Error::other(e),
        })?;
    Ok(bytes)
}
