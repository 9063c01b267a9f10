//! `stepwise unpack`: a pack file back into a folder, to read or to edit.
//!
//! Only into a new or empty folder, so nothing already there is
//! overwritten; every name was checked when the file was opened (relative,
//! inside the pack, no links, no two names that differ only in case), and
//! every file is created new, never opened through an existing path.

use std::path::{Path, PathBuf};

use super::{Bundle, BundleError};

/// Writes every `data/` and `assets/` entry of `bundle` under `dir`, which
/// must be missing or empty. Returns how many files were written.
pub fn unpack(bundle: &Bundle, dir: &Path) -> Result<usize, BundleError> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| BundleError::io(dir, e))?;
        if entries.next().is_some() {
            return Err(BundleError::Key(format!(
                "{} is not empty; unpack into a new folder so nothing there is overwritten",
                dir.display()
            )));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| BundleError::io(dir, e))?;
    let mut written = 0;
    for name in bundle.names() {
        let target = target_path(dir, name)?;
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| BundleError::io(parent, e))?;
        }
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .map_err(|e| BundleError::io(&target, e))?;
        bundle.copy_entry(name, &mut file)?;
        file.sync_all().map_err(|e| BundleError::io(&target, e))?;
        written += 1;
    }
    Ok(written)
}

/// `dir` joined with the entry name, one plain component at a time.
fn target_path(dir: &Path, name: &str) -> Result<PathBuf, BundleError> {
    let mut path = dir.to_owned();
    for part in name.split('/') {
        let plain =
            !part.is_empty() && part != "." && part != ".." && !part.contains(['\\', ':', '\0']);
        if !plain {
            return Err(BundleError::BadEntry(format!("an entry named \"{name}\"")));
        }
        path.push(part);
    }
    Ok(path)
}
