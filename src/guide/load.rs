//! Reads a pack: the manifest and every guide file, each parsed on its own so
//! that one broken file never hides the others.

use std::sync::Arc;

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::guide::locate::{Locations, Pos};
use crate::guide::model::{Guide, Manifest};
use crate::guide::pack::{LoadedGuide, Pack};
use crate::guide::problem::{Problem, Rule};
use crate::guide::source::{FileError, MAX_RON_BYTES, PackSource};

mod brackets;
mod syntax;

/// The manifest's path inside a pack.
pub const MANIFEST_FILE: &str = "data/pack.ron";

impl Pack {
    /// Loads every file of a pack. Returns the pack with whatever parsed and
    /// the problems met on the way (file and syntax problems only; the
    /// validator adds the rest).
    pub fn load(source: PackSource) -> (Pack, Vec<Problem>) {
        profiling::function_scope!();
        let mut problems = Vec::new();
        let (manifest, manifest_locations) = match parse_file::<Manifest>(&source, MANIFEST_FILE) {
            Ok(parsed) => (Some(parsed.0), parsed.1),
            Err(problem) => {
                problems.push(problem);
                (None, Locations::default())
            }
        };
        let manifest_loaded = manifest.is_some();
        let listing = source.list_data();
        for (file, error) in listing.errors {
            problems.push(file_problem(&file, &error));
        }
        problems.extend(listing.others.iter().filter_map(|file| stray_file(file)));
        // `data/<lang>/` of a declared language holds translations, not guides.
        let languages = manifest
            .as_ref()
            .map(|m| crate::guide::model::translated_languages(m).to_vec())
            .unwrap_or_default();
        let files: Vec<String> = listing
            .guides
            .into_iter()
            .filter(|f| !crate::guide::model::is_overlay_file(f, &languages))
            .collect();
        let mut guides = Vec::new();
        let mut failed_stems = Vec::new();
        for (file, parsed) in parse_all(&source, files) {
            match parsed {
                Ok((guide, locations)) => guides.push(LoadedGuide {
                    file,
                    guide,
                    locations,
                }),
                Err(problem) => {
                    failed_stems.push(file_stem(&file).to_owned());
                    problems.push(problem);
                }
            }
        }
        let pack = Pack::new(
            source,
            manifest.unwrap_or_default(),
            manifest_locations,
            manifest_loaded,
            guides,
            failed_stems,
        );
        (pack, problems)
    }
}

/// Below this many guides, parsing or checking them on one thread is
/// quicker than sharing the work out over the cores.
pub(crate) const SHARE_OUT_FROM: usize = 16;

/// One guide file's outcome: the guide and its positions, or its problem.
type ParsedGuide = Result<(Guide, Locations), Problem>;

/// Parses guide files on all cores (a pack of a thousand guides is
/// megabytes of RON), keeping their order. A small pack is parsed on this
/// thread: sharing out eight files costs more than it saves.
fn parse_all(source: &PackSource, files: Vec<String>) -> Vec<(String, ParsedGuide)> {
    let parse = |file: String| {
        // A parser panic would be a bug in ron; report it, don't spread it.
        let parsed = std::panic::catch_unwind(|| parse_file::<Guide>(source, &file))
            .unwrap_or_else(|_| {
                Err(Problem::error(
                    Rule::File,
                    &file,
                    Pos::START,
                    "this file could not be parsed (the RON parser failed)",
                ))
            });
        (file, parsed)
    };
    if files.len() < SHARE_OUT_FROM {
        files.into_iter().map(parse).collect()
    } else {
        files.into_par_iter().map(parse).collect()
    }
}

/// `data/sub/x.ron` -> `x`.
pub fn file_stem(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".ron").unwrap_or(name)
}

/// The options every pack file is parsed with: `Option` fields may be
/// written without `Some(..)`, and a node is written `Step(title: ..)`
/// rather than `Step(Step(title: ..))`.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Reads and parses one RON file, turning every failure into a problem
/// with the file's name and the position where it went wrong.
pub fn parse_file<T: DeserializeOwned>(
    source: &PackSource,
    file: &str,
) -> Result<(T, Locations), Problem> {
    profiling::function_scope!();
    let bytes = source
        .read(file, MAX_RON_BYTES)
        .map_err(|e| file_problem(file, &e))?;
    let text = decode_text(file, &bytes)?;
    let value = parse_value(file, text)?;
    // The positions keep the very bytes just read (no copy); `text` is
    // their tail after any byte-order mark.
    let start = bytes.len() - text.len();
    Ok((value, Locations::shared(Arc::clone(&bytes), start)))
}

/// Parses RON text that is already in memory (used by `parse_file` and tests).
pub fn parse_text<T: DeserializeOwned>(file: &str, text: &str) -> Result<(T, Locations), Problem> {
    parse_value(file, text).map(|value| (value, Locations::new(text)))
}

/// Parses RON text into `T`, or says where and why it is not valid.
fn parse_value<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    match ron_options().from_str::<T>(text) {
        Ok(value) => Ok(value),
        Err(e) => {
            let (pos, message) = syntax::explain(text, &e);
            Err(Problem::error(Rule::Syntax, file, pos, message))
        }
    }
}

/// Checks that bytes are UTF-8 (a BOM is allowed) and points at the first bad byte otherwise.
fn decode_text<'b>(file: &str, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let line = 1 + valid.matches('\n').count();
        let col = 1 + valid
            .rsplit('\n')
            .next()
            .map_or(0, |tail| tail.chars().count());
        Problem::error(
            Rule::File,
            file,
            Pos { line, col },
            "the file is not UTF-8 text; save it as UTF-8",
        )
    })
}

/// The warning for a file in `data/` that is not read because it does not
/// end in `.ron`, unless it is plainly not meant as a guide: hidden files
/// (`.gitkeep`, `.DS_Store`), editor backups (`x.ron~`, `x.bak`, `x.orig`,
/// `x.swp`), notes for people (`README`, `LICENSE`, `*.md`) and the files
/// Windows leaves behind (`Thumbs.db`, `desktop.ini`).
pub fn stray_file(file: &str) -> Option<Problem> {
    let name = file.rsplit('/').next().unwrap_or(file);
    let lower = name.to_lowercase();
    let not_a_guide = name.starts_with('.')
        || [
            "~",
            ".bak",
            ".orig",
            ".swp",
            ".md",
            ".markdown",
            "thumbs.db",
            "desktop.ini",
        ]
        .iter()
        .any(|end| lower.ends_with(end))
        || lower.starts_with("readme")
        || lower.starts_with("license")
        || lower.starts_with("licence");
    if not_a_guide {
        return None;
    }
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let message = if lower.ends_with(".ron") {
        format!(
            "{file} is not read as a guide: only names ending in lowercase .ron are; rename it to {stem}.ron"
        )
    } else if lower.ends_with(".ron.txt") {
        format!(
            "{file} ends in .txt (some editors add it when saving), so it is not read as a guide; rename it to {stem}"
        )
    } else if [".png", ".jpg", ".jpeg"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        format!("{file} is a picture, and pictures are not read from data/; move it into assets/")
    } else {
        format!(
            "{file} is not a .ron file, so it is not read as a guide; rename it to {stem}.ron if it is one"
        )
    };
    Some(Problem::warning(Rule::StrayFile, file, Pos::START, message))
}

/// A file-level problem (missing, too large, unsafe path).
pub fn file_problem(file: &str, error: &FileError) -> Problem {
    let message = match error {
        FileError::Missing if file == MANIFEST_FILE => {
            "the pack has no data/pack.ron; a pack folder holds data/pack.ron, the guides in data/ and the images in assets/".to_owned()
        }
        FileError::Missing => "file not found".to_owned(),
        other => other.to_string(),
    };
    let rule = match error {
        FileError::Unsafe(_) => Rule::UnsafePath,
        _ => Rule::File,
    };
    Problem::error(rule, file, Pos::START, message)
}

#[cfg(test)]
mod tests {
    use super::stray_file;

    #[test]
    fn files_that_are_plainly_not_guides_are_skipped_quietly() {
        for quiet in [
            "data/.gitkeep",
            "data/.DS_Store",
            "data/.main.ron.swp",
            "data/main.ron~",
            "data/old/main.ron.bak",
            "data/main.ron.orig",
            "data/README.md",
            "data/ReadMe.txt",
            "data/LICENSE",
            "data/notes.md",
            "data/Thumbs.db",
            "data/desktop.ini",
        ] {
            assert_eq!(stray_file(quiet), None, "{quiet}");
        }
        for warned in [
            "data/notes.txt",
            "data/tv.ron.txt",
            "data/tv.RON",
            "data/home.png",
            "data/sub/guide",
        ] {
            assert!(stray_file(warned).is_some(), "{warned}");
        }
    }
}
