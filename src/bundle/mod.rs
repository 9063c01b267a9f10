//! `.stepwise` files: a whole pack (its `data/` and `assets/`) in one zip
//! file that can be sent to someone, double-clicked and followed, and
//! optionally signed by its author.
//!
//! - [`write`]: `stepwise pack`, a folder into one reproducible file.
//! - [`read`]: opening a file that came from anywhere: every limit checked
//!   before a byte is trusted, every entry hashed, reads served from the
//!   file afterwards (never the whole archive in memory).
//! - [`seal`]: author keys (minisign), signing and checking a signature.
//! - [`trust`]: the keys seen before, per pack (trust on first use).
//! - [`library`]: the reader's own guides, added from opened files.
//! - [`unpack`]: `stepwise unpack`, a file back into a folder to edit.
//!
//! The layout of the file and what exactly is signed are described in
//! docs/pack-format.md ("One file: .stepwise"). Nothing here knows egui.

pub mod contents;
pub mod library;
pub mod read;
pub mod seal;
pub mod trust;
pub mod unpack;
pub mod write;

pub use read::Bundle;
pub use seal::Seal;

/// The file name extension of a pack file, without its dot.
pub const EXTENSION: &str = "stepwise";

/// The media type desktops associate with pack files.
pub const MEDIA_TYPE: &str = "application/x-stepwise-pack";

/// Whether `path` names a pack file (by its extension, any case).
pub fn is_bundle_path(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// Limits for a file that came from anywhere. A pack that breaks one is
/// refused with a message that names the limit.
pub mod limits {
    /// The largest pack file.
    pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;
    /// The most entries in a pack file.
    pub const MAX_ENTRIES: usize = 4096;
    /// The most bytes all entries hold once unpacked.
    pub const MAX_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;
    /// How much smaller than its content an entry may be packed: more than
    /// this (for entries above [`RATIO_FLOOR`]) is a zip bomb, not a guide.
    pub const MAX_RATIO: u64 = 200;
    /// Entries smaller than this unpack to too little to matter.
    pub const RATIO_FLOOR: u64 = 64 * 1024;
    /// The longest entry name, in bytes.
    pub const MAX_NAME_BYTES: usize = 512;
    /// The deepest folder nesting inside a pack.
    pub const MAX_DEPTH: usize = 8;
    /// The largest signature or public key file.
    pub const MAX_SEAL_BYTES: u64 = 16 * 1024;
}

/// Why a pack file could not be made, opened, added or unpacked: each says
/// what is wrong in words for the person who has the file (in their
/// language: see [`BundleError`]'s `Display`).
#[derive(Debug)]
pub enum BundleError {
    /// Reading or writing a file failed.
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Not a zip file, or one with no Stepwise marker: the detail, with a
    /// leading space (" (it is not a zip file)").
    NotAPack(String),
    /// The zip structure is cut short or broken.
    Damaged(String),
    /// Made by a newer Stepwise.
    NewerFormat(String),
    /// A limit in [`limits`] was broken.
    TooLarge(String),
    /// An entry's name is unsafe or not allowed.
    BadEntry(String),
    /// The content does not match its signature.
    ChangedAfterSigning {
        /// Who signed it, as the signature says.
        signer: String,
        /// The key's short id.
        key: String,
    },
    /// The signature part of the file itself is broken.
    BadSignature(String),
    /// The file changed on disk after it was opened and checked.
    ChangedOnDisk,
    /// An author key problem (`keygen`, `pack --sign`).
    Key(String),
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let words = match self {
            BundleError::Io { path, source } => format!("{}: {source}", path.display()),
            BundleError::NotAPack(detail) => tr!(opened_error_not_a_pack, detail = detail),
            BundleError::Damaged(why) => tr!(opened_error_damaged, why = why),
            BundleError::NewerFormat(format) => tr!(opened_error_newer, format = format),
            BundleError::TooLarge(why) => tr!(opened_error_refused, why = why),
            BundleError::BadEntry(what) => tr!(opened_error_bad_entry, what = what),
            BundleError::ChangedAfterSigning { signer, key } => {
                tr!(
                    opened_error_changed_after_signing,
                    signer = signer,
                    key = key
                )
            }
            BundleError::BadSignature(why) => tr!(opened_error_bad_signature, why = why),
            BundleError::ChangedOnDisk => tr!(opened_error_changed_on_disk),
            BundleError::Key(why) => why.clone(),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for BundleError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BundleError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl BundleError {
    /// An I/O error on `path`.
    pub fn io(path: &std::path::Path, source: std::io::Error) -> BundleError {
        BundleError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Where a reader's own things are kept: the guides they added and the
/// authors' keys they have seen. Tests point it at a temporary folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderFiles {
    /// The added guides.
    pub library: library::Library,
    /// The keys remembered per pack (trust on first use).
    pub known_authors: std::path::PathBuf,
}

impl ReaderFiles {
    /// The reader's folders on this system ([`crate::places`]).
    pub fn from_places() -> Option<ReaderFiles> {
        Some(ReaderFiles {
            library: library::Library::at(crate::places::library_dir()?),
            known_authors: crate::places::known_authors_file()?,
        })
    }

    /// Everything under one folder.
    pub fn under(dir: &std::path::Path) -> ReaderFiles {
        ReaderFiles {
            library: library::Library::at(dir.join("library")),
            known_authors: dir.join("known-authors.ron"),
        }
    }
}
