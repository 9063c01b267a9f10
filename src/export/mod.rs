//! Taking a guide out of the app: `stepwise export` and the window's
//! "Save as web page", "Print" and "Save my steps".
//!
//! - `plan.rs`: what a document holds, in which order, and where each way
//!   on leads: the same for every format.
//! - `pictures.rs` and `paint.rs`: the screenshots with their marks painted
//!   in, laid out by `marks/layout.rs` as in the window.
//! - `html.rs` (one self-contained page), `markdown.rs` (a folder),
//!   `dot.rs` (a Graphviz graph); marks are said in words by
//!   `marks/words.rs`.
//! - `output.rs`: writing atomically, `--force`, free names, Downloads.
//! - `render.rs`: `stepwise render`, every picture of a pack marked.

pub mod dot;
pub mod html;
pub mod markdown;
pub mod output;
pub mod paint;
pub mod pictures;
pub mod plan;
pub mod render;

use std::path::{Path, PathBuf};

use crate::export::output::WriteError;
use crate::export::plan::{Document, PlanError, Target};
use crate::guide::Pack;

/// The formats a guide can be exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One self-contained web page.
    Html,
    /// A folder with README.md and its pictures.
    Markdown,
    /// A Graphviz graph.
    Dot,
}

impl Format {
    /// The usual file extension (a Markdown export is a folder: none).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "",
            Format::Dot => "dot",
        }
    }
}

/// A document written in a format, still in memory.
#[derive(Clone, Debug)]
pub struct Rendered {
    /// The files: one with an empty name for a single-file format, or
    /// `(path inside the folder, bytes)` for Markdown.
    pub files: Vec<(String, Vec<u8>)>,
    /// How many entries (steps, questions, outcomes) it holds.
    pub entries: usize,
    /// How many guides they come from.
    pub guides: usize,
    /// How many pictures were included.
    pub pictures: usize,
    /// The pictures that could not be included: `(image path, why)`.
    pub missing: Vec<(String, String)>,
}

impl Rendered {
    /// The total size of the files, in bytes.
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|(_, b)| b.len()).sum()
    }
}

/// Writes `doc` in `format`, in memory: the pictures are painted on every
/// core. Takes about a tenth of a second for the TV guide (see
/// docs/PERFORMANCE.md), so the window calls it off the UI thread.
pub fn render(doc: &Document, format: Format) -> Rendered {
    profiling::function_scope!();
    let pictures = match format {
        Format::Dot => Vec::new(),
        Format::Html | Format::Markdown => pictures::render_all(doc),
    };
    let mut missing = Vec::new();
    let mut included = 0;
    for (entry, picture) in doc.entries.iter().zip(&pictures) {
        match (entry.node.shot(), picture) {
            (Some(shot), Some(Err(why))) => missing.push((shot.image.clone(), why.clone())),
            (Some(_), Some(Ok(_))) => included += 1,
            _ => {}
        }
    }
    let files = match format {
        Format::Html => vec![(String::new(), html::render(doc, &pictures).into_bytes())],
        Format::Markdown => markdown::render(doc, &pictures),
        Format::Dot => vec![(String::new(), dot::render(doc).into_bytes())],
    };
    Rendered {
        files,
        entries: doc.entries.len(),
        guides: doc
            .parts
            .iter()
            .map(|p| p.guide.as_str())
            .collect::<std::collections::HashSet<_>>()
            .len(),
        pictures: included,
        missing,
    }
}

/// Why `stepwise export` did not write anything.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No scenario and no guide has the id.
    #[error("there is no scenario or guide \"{id}\" in {pack}; the scenarios are {scenarios}")]
    UnknownTarget {
        /// What was asked for.
        id: String,
        /// Which pack, in words.
        pack: String,
        /// The ids that exist, listed.
        scenarios: String,
    },
    /// The target is there but cannot start.
    #[error("\"{id}\" cannot be exported: {why}")]
    Plan {
        /// What was asked for.
        id: String,
        /// Why not.
        why: PlanError,
    },
    /// The files could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// What an export wrote, for the person who asked.
#[derive(Clone, Debug)]
pub struct Report {
    /// The file or folder written.
    pub path: PathBuf,
    /// The format.
    pub format: Format,
    /// The counts.
    pub rendered: Rendered,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = &self.rendered;
        let size = format_size(r.bytes());
        let what = format!(
            "{} from {}",
            if r.entries == 1 {
                "1 node".to_owned()
            } else {
                format!("{} steps, questions and outcomes", r.entries)
            },
            crate::text::plural(r.guides, "guide")
        );
        match self.format {
            Format::Markdown => writeln!(
                f,
                "wrote {}/ ({size}): {} and {} in pictures/; {what}",
                self.path.display(),
                markdown::PAGE,
                crate::text::plural(r.files.len().saturating_sub(1), "picture"),
            )?,
            Format::Html => writeln!(
                f,
                "wrote {} ({size}): {what}, {}",
                self.path.display(),
                crate::text::plural(r.pictures, "picture")
            )?,
            Format::Dot => writeln!(f, "wrote {} ({size}): {what}", self.path.display())?,
        }
        for (image, why) in &r.missing {
            writeln!(
                f,
                "note: the picture {image} could not be included ({why}); the page says so where it belongs"
            )?;
        }
        Ok(())
    }
}

/// "1.9 MB", "640 KB", "812 bytes".
pub fn format_size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else if bytes >= 1_000 {
        format!("{} KB", bytes / 1_000)
    } else {
        crate::text::plural(bytes, "byte")
    }
}

/// Exports the scenario or guide `id` of `pack` to `out`: a file for HTML
/// and DOT, a folder for Markdown. Existing files are replaced only with
/// `force`.
pub fn export(
    pack: &Pack,
    id: &str,
    format: Format,
    out: &Path,
    force: bool,
) -> Result<Report, ExportError> {
    let target = Target::find(pack, id).ok_or_else(|| ExportError::UnknownTarget {
        id: id.to_owned(),
        pack: pack.source.describe(),
        scenarios: {
            let ids: Vec<String> = pack
                .manifest
                .scenarios
                .iter()
                .map(|s| s.id.clone())
                .collect();
            if ids.is_empty() {
                "none".to_owned()
            } else {
                ids.join(", ")
            }
        },
    })?;
    let doc = plan::whole(pack, &target).map_err(|why| ExportError::Plan {
        id: id.to_owned(),
        why,
    })?;
    // Refuse before the work, not after it.
    if out.exists() && !force {
        return Err(WriteError::Exists(out.to_owned()).into());
    }
    let rendered = render(&doc, format);
    match format {
        Format::Markdown => output::write_folder(out, &rendered.files, force)?,
        Format::Html | Format::Dot => {
            let bytes = rendered
                .files
                .first()
                .map(|(_, b)| b.as_slice())
                .unwrap_or_default();
            output::write_file(out, bytes, force)?
        }
    }
    Ok(Report {
        path: out.to_owned(),
        format,
        rendered,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::PackSource;
    use crate::i18n::{Lang, set_thread_language};

    /// Sets this thread's language back to English however the test ends.
    struct English;
    impl Drop for English {
        fn drop(&mut self) {
            set_thread_language(Lang::En);
        }
    }

    #[test]
    fn a_page_saved_in_spanish_says_its_own_words_in_spanish() {
        set_thread_language(Lang::Es);
        let _english = English;
        let mut pack = Pack::load(PackSource::Builtin).0;
        crate::guide::translate::localize(&mut pack, "es");
        let doc = plan::whole(&pack, &Target::Scenario("tv".into())).expect("plans");
        // The words only, without painting the pictures.
        let html = html::render(&doc, &vec![None; doc.entries.len()]);
        assert!(html.contains("<html lang=\"es\">"));
        assert!(html.contains("Todos los pasos"), "the contents' heading");
        assert!(html.contains("Cuando lo hayas hecho, ve a <a href="));
        assert!(!html.contains("All steps"));
        assert!(!html.contains("When this is done"));
        assert!(!html.contains("Made with Stepwise"));
        let markdown = markdown::render(&doc, &vec![None; doc.entries.len()]);
        let page = String::from_utf8(markdown[0].1.clone()).expect("text");
        assert!(page.contains("## Todos los pasos"));
        assert!(page.contains("*Paso*"));
        assert!(!page.contains("*Step*"));
        assert!(!page.contains("When this is done"));
    }
}
