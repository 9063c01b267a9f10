//! The reader's own guides: pack files added from "Add to my guides", kept
//! as the very files they were (signature and all) in one folder, one file
//! per pack id. Adding a pack again replaces the older copy of it.

use std::path::{Path, PathBuf};

use super::{Bundle, BundleError, EXTENSION};

/// The folder of added packs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    dir: PathBuf,
}

impl Library {
    /// The library kept in `dir` (made when the first pack is added).
    pub fn at(dir: PathBuf) -> Library {
        Library { dir }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every pack file in the library, sorted by file name.
    pub fn files(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                super::is_bundle_path(p)
                    && p.is_file()
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        files.sort();
        files
    }

    /// The file a pack with this id is kept in.
    pub fn file_for(&self, pack_id: &str) -> PathBuf {
        let mut name: String = pack_id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .take(64)
            .collect();
        name = name.trim_matches('-').to_owned();
        if name.is_empty() {
            name = "guide".to_owned();
        }
        self.dir.join(format!("{name}.{EXTENSION}"))
    }

    /// Whether `path` is a file of this library.
    pub fn holds(&self, path: &Path) -> bool {
        let canonical = |p: &Path| std::fs::canonicalize(p).ok();
        match (canonical(&self.dir), path.parent().and_then(canonical)) {
            (Some(dir), Some(parent)) => dir == parent,
            _ => false,
        }
    }

    /// Copies the opened pack `bundle` (whose id is `pack_id`) into the
    /// library. The copy is opened and checked again before it replaces
    /// any older copy: it must hold exactly what `bundle` held.
    pub fn add(&self, bundle: &Bundle, pack_id: &str) -> Result<PathBuf, BundleError> {
        let target = self.file_for(pack_id);
        if self.holds(bundle.path()) && bundle.path() == target {
            return Ok(target);
        }
        let source = bundle.path().to_owned();
        let copied = crate::files::write_atomically_with(&target, |file| {
            let mut from = std::fs::File::open(&source)?;
            std::io::copy(&mut from, file)?;
            file.sync_all()?;
            let again =
                Bundle::from_file(file.try_clone()?, &target).map_err(std::io::Error::other)?;
            if again.fingerprint() != bundle.fingerprint() {
                return Err(std::io::Error::other(BundleError::ChangedOnDisk));
            }
            Ok(())
        });
        copied.map_err(|e| match e.downcast::<BundleError>() {
            Ok(bundle_error) => bundle_error,
            Err(io) => BundleError::io(&target, io),
        })?;
        Ok(target)
    }

    /// Removes the pack file `path`, which must be in this library.
    pub fn remove(&self, path: &Path) -> Result<(), BundleError> {
        if !self.holds(path) || !super::is_bundle_path(path) {
            return Err(BundleError::Key(format!(
                "{} is not one of your added guides",
                path.display()
            )));
        }
        std::fs::remove_file(path).map_err(|e| BundleError::io(path, e))
    }
}
