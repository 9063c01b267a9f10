//! A guide file open in the editor. Saving is surgical (only the edited
//! value changes, see `guide::edit`), atomic (a temporary file, then a
//! rename), and careful: if the file changed on disk since it was read,
//! nothing is written until the author chooses to reload it or to put their
//! marks into the new text. Undoing every change and saving gives back the
//! file exactly as it was first read, byte for byte.

use std::path::{Path, PathBuf};

use crate::guide::edit::{self, EditError, NewStep};
use crate::guide::model::{Guide, Mark};

/// Why a save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Someone (another editor, git) changed the file since it was read.
    #[error("{} changed on disk since it was opened", .path.display())]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
        /// Its text on disk now.
        disk: String,
    },
    /// The edit could not be made in the text.
    #[error(transparent)]
    Edit(#[from] EditError),
    /// Reading or writing failed (a read-only folder, a full disk).
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// What a save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The file was written.
    Written,
    /// The file already said this: nothing was written.
    Unchanged,
}

/// A guide file as the editor last read or wrote it.
#[derive(Clone, Debug)]
pub struct GuideFile {
    path: PathBuf,
    /// The text as last read from or written to disk.
    text: String,
    /// The text as first read: undoing everything gives this back.
    pristine: String,
}

impl GuideFile {
    /// Reads a guide file.
    pub fn open(path: &Path) -> Result<GuideFile, SaveError> {
        let text = read(path)?;
        Ok(GuideFile {
            path: path.to_owned(),
            pristine: text.clone(),
            text,
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The text as last read or written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Writes `marks` as node `node`'s marks. Refuses, with the text on disk,
    /// if the file changed since it was read.
    pub fn save_marks(&mut self, node: &str, marks: &[Mark]) -> Result<Saved, SaveError> {
        let disk = read(&self.path)?;
        if disk != self.text {
            return Err(SaveError::ChangedOnDisk {
                path: self.path.clone(),
                disk,
            });
        }
        let new = self.with_marks(&self.text, node, marks)?;
        self.write(new)
    }

    /// The author chose to keep their marks although the file changed on
    /// disk: they go into the text on disk now (so the other changes stay).
    pub fn save_marks_over_disk(&mut self, node: &str, marks: &[Mark]) -> Result<Saved, SaveError> {
        let disk = read(&self.path)?;
        self.text = disk;
        let new = self.with_marks(&self.text, node, marks)?;
        self.write(new)
    }

    /// Forgets the editor's changes: reads the file as it is on disk.
    pub fn reload(&mut self) -> Result<(), SaveError> {
        self.text = read(&self.path)?;
        Ok(())
    }

    /// Adds `step` after node `after` (see [`edit::insert_step_after`]).
    pub fn insert_step_after(&mut self, after: &str, step: &NewStep) -> Result<Saved, SaveError> {
        let disk = read(&self.path)?;
        if disk != self.text {
            return Err(SaveError::ChangedOnDisk {
                path: self.path.clone(),
                disk,
            });
        }
        let new = edit::insert_step_after(&self.text, after, step)?;
        self.write(new)
    }

    /// `text` with `marks` for `node`. When they are the marks the file
    /// first had, the node's picture is written exactly as it first was.
    fn with_marks(&self, text: &str, node: &str, marks: &[Mark]) -> Result<String, SaveError> {
        if pristine_marks(&self.pristine, node).as_deref() == Some(marks) {
            let pristine_span = edit::shot_span(&self.pristine, node)?;
            let current_span = edit::shot_span(text, node)?;
            let original = &self.pristine[pristine_span.start..pristine_span.end];
            return Ok(edit::replace_span(text, current_span, original));
        }
        Ok(edit::replace_marks(text, node, marks)?)
    }

    fn write(&mut self, new: String) -> Result<Saved, SaveError> {
        if new == self.text {
            return Ok(Saved::Unchanged);
        }
        crate::files::write_atomically(&self.path, new.as_bytes()).map_err(|source| {
            SaveError::Io {
                path: self.path.clone(),
                source,
            }
        })?;
        self.text = new;
        Ok(Saved::Written)
    }
}

/// The marks node `node` had in `text`, if it parses and has a picture.
fn pristine_marks(text: &str, node: &str) -> Option<Vec<Mark>> {
    let (guide, _) = crate::guide::load::parse_text::<Guide>("guide.ron", text).ok()?;
    guide.nodes.get(node)?.shot().map(|s| s.marks.clone())
}

fn read(path: &Path) -> Result<String, SaveError> {
    std::fs::read_to_string(path).map_err(|source| SaveError::Io {
        path: path.to_owned(),
        source,
    })
}
