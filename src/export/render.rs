//! `stepwise render [DIR] OUT`: every picture of a pack with its marks
//! painted in, one PNG per node, so an author can check at a glance that
//! each mark sits on the right control, without building anything.
//!
//! The folder holds `GUIDE/NODE.png` for every step and question with a
//! picture, and a README.md listing them by guide in file order (it opens
//! in any Markdown viewer as one long contact sheet). The pictures are the
//! export's: the same mark layout as the window, painted on the CPU.

use std::path::Path;

use rayon::prelude::*;

use crate::export::markdown::{MARKER, PAGE, escape};
use crate::export::output::{WriteError, write_folder};
use crate::export::pictures::render;
use crate::guide::Pack;
use crate::guide::model::{Guide, Node, Shot};

/// What `render` wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderReport {
    /// Pictures written.
    pub written: usize,
    /// `guide#node: why` for each picture that could not be painted.
    pub failed: Vec<String>,
}

impl std::fmt::Display for RenderReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} with the marks painted in",
            crate::text::plural(self.written, "picture")
        )?;
        for failed in &self.failed {
            writeln!(f, "  not drawn: {failed}")?;
        }
        Ok(())
    }
}

/// A name safe as one path component on every system: letters, digits,
/// `-` and `_`; anything else becomes `-`. Never empty, never hidden.
fn safe_name(id: &str) -> String {
    let name: String = id
        .chars()
        .take(80)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = name.trim_start_matches('-').to_owned();
    if name.is_empty() {
        "node".to_owned()
    } else {
        name
    }
}

/// Paints every picture of `pack` and writes them as a folder at `out`
/// (replaced only with `force`, and only if an earlier render or export
/// wrote it). Pictures that cannot be read or painted are listed in the
/// report and the README, never a stop.
pub fn render_pack(pack: &Pack, out: &Path, force: bool) -> Result<RenderReport, WriteError> {
    // (guide, node id, node), for every node with a picture, in file order.
    let mut jobs: Vec<(&Guide, &str, &Node, &Shot)> = Vec::new();
    for loaded in &pack.guides {
        for (id, node) in loaded.guide.nodes.iter() {
            if let Some(shot) = node.shot() {
                jobs.push((&loaded.guide, id, node, shot));
            }
        }
    }
    let painted: Vec<Result<Vec<u8>, String>> = jobs
        .par_iter()
        .map(|(_, _, _, shot)| render(&pack.source, shot).map(|p| p.png))
        .collect();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut report = RenderReport::default();
    let mut page = format!(
        "{MARKER}\n\n# {}: every picture with its marks\n",
        escape(&pack.manifest.title)
    );
    let mut last_guide = None;
    let mut taken = std::collections::HashSet::new();
    for ((guide, id, node, shot), result) in jobs.iter().zip(painted) {
        let folder = safe_name(&guide.id);
        if last_guide != Some(guide.id.as_str()) {
            page.push_str(&format!("\n## {}\n\n", escape(&guide.title)));
            last_guide = Some(guide.id.as_str());
        }
        let title = node.title();
        // Two ids that differ only in characters a file name cannot hold
        // get numbered names.
        let mut name = format!("{folder}/{}.png", safe_name(id));
        let mut n = 2;
        while !taken.insert(name.clone()) {
            name = format!("{folder}/{}-{n}.png", safe_name(id));
            n += 1;
        }
        match result {
            Ok(png) => {
                page.push_str(&format!(
                    "### {}\n\n`{}#{}` ({})\n\n![{}]({name})\n\n",
                    escape(title),
                    escape(&guide.id),
                    escape(id),
                    escape(&shot.image),
                    escape(&shot.alt),
                ));
                files.push((name, png));
                report.written += 1;
            }
            Err(why) => {
                let place = format!("{}#{id}", guide.id);
                page.push_str(&format!(
                    "### {}\n\nNot drawn: {}\n\n",
                    escape(title),
                    escape(&why)
                ));
                report.failed.push(format!("{place}: {why}"));
            }
        }
    }
    files.push((PAGE.to_owned(), page.into_bytes()));
    write_folder(out, &files, force)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_their_folder() {
        assert_eq!(safe_name("sign-out-tv"), "sign-out-tv");
        assert_eq!(safe_name("../../etc"), "etc");
        assert_eq!(safe_name(".hidden"), "hidden");
        assert_eq!(safe_name("a b/c"), "a-b-c");
        assert_eq!(safe_name(""), "node");
        assert_eq!(safe_name("é"), "node");
    }
}
