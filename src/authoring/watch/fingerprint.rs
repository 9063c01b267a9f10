//! The polling side of the watcher: a fingerprint of the names, sizes,
//! modification and change times and file ids of everything under a
//! pack's `data/` and `assets/` (metadata only, never the files), and what
//! changed between two fingerprints.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use super::*;

/// What the metadata of `data/` and `assets/` says, by pack-relative path.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Fingerprint {
    stamps: BTreeMap<String, Stamp>,
    /// More entries than [`MAX_FINGERPRINT_ENTRIES`]: the rest are not seen.
    truncated: bool,
}

/// One entry's metadata. Folders record only that they are there (and
/// which folder they are): their times change when a scratch file comes
/// and goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    folder: bool,
    len: u64,
    modified: Option<SystemTime>,
    /// Inode and change time: a file replaced by a rename is another
    /// file even with the same size and time.
    #[cfg(unix)]
    id: (u64, u64, i64, i64),
}

impl Stamp {
    pub(super) fn of(meta: &std::fs::Metadata) -> Stamp {
        let folder = meta.is_dir();
        #[cfg(unix)]
        let id = {
            use std::os::unix::fs::MetadataExt;
            if folder {
                (meta.dev(), meta.ino(), 0, 0)
            } else {
                (meta.dev(), meta.ino(), meta.ctime(), meta.ctime_nsec())
            }
        };
        Stamp {
            folder,
            len: if folder { 0 } else { meta.len() },
            modified: if folder { None } else { meta.modified().ok() },
            #[cfg(unix)]
            id,
        }
    }
}

impl Fingerprint {
    /// Looks at everything under `data/` and `assets/` (metadata only).
    pub(super) fn take(root: &Path) -> Fingerprint {
        let mut fingerprint = Fingerprint::default();
        for top in WATCHED {
            let path = root.join(top);
            if let Ok(meta) = std::fs::metadata(&path) {
                fingerprint.record(top.to_owned(), &meta);
                if meta.is_dir() {
                    fingerprint.walk(&path, top, 0);
                }
            }
        }
        fingerprint
    }

    pub(super) fn record(&mut self, rel: String, meta: &std::fs::Metadata) -> bool {
        if self.stamps.len() >= MAX_FINGERPRINT_ENTRIES {
            self.truncated = true;
            return false;
        }
        self.stamps.insert(rel, Stamp::of(meta));
        true
    }

    pub(super) fn walk(&mut self, dir: &Path, rel: &str, depth: usize) {
        if depth > MAX_FINGERPRINT_DEPTH {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if is_scratch(&name) {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            let child = format!("{rel}/{name}");
            // Links are looked through (the pack reads what they point
            // to) but not walked into, so a loop cannot trap the walk.
            let meta = if kind.is_symlink() {
                std::fs::metadata(&path).or_else(|_| std::fs::symlink_metadata(&path))
            } else {
                entry.metadata()
            };
            let Ok(meta) = meta else {
                continue;
            };
            if !self.record(child.clone(), &meta) {
                return;
            }
            if kind.is_dir() {
                self.walk(&path, &child, depth + 1);
            }
        }
    }

    /// What differs from `self` in `now`.
    pub(super) fn changes_to(&self, now: &Fingerprint) -> Change {
        let mut change = Change {
            files: BTreeSet::new(),
            unnamed: self.truncated != now.truncated,
        };
        for (rel, stamp) in &self.stamps {
            if now.stamps.get(rel) != Some(stamp) {
                change.name(rel.clone());
            }
        }
        for rel in now.stamps.keys() {
            if !self.stamps.contains_key(rel) {
                change.name(rel.clone());
            }
        }
        change
    }
}
