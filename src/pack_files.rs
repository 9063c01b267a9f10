//! What every way of holding a pack shares (a folder, the built-in pack,
//! a `.stepwise` file): the size limits, the reasons a file cannot be read
//! and the check that a path written in a pack stays inside it. Below both
//! `guide/` and `bundle/`, so neither has to reach up into the other.

use std::path::{Component, Path};

/// Largest guide or manifest file we read, in bytes. A guide is a few
/// kilobytes; anything near this is a mistake or an attack.
pub const MAX_RON_BYTES: u64 = 1024 * 1024;
/// Largest image file we open, in bytes.
pub const MAX_IMAGE_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Largest image side, in pixels, that the app will decode.
pub const MAX_IMAGE_SIDE: u32 = 8192;
/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// No such file.
    #[error("file not found")]
    Missing,
    /// Larger than the limit for its kind.
    #[error("file is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit it broke.
        limit: u64,
    },
    /// The path is absolute, climbs out with `..`, or links outside the pack.
    #[error("{0}")]
    Unsafe(String),
    /// Anything else the operating system said.
    #[error("cannot read it: {0}")]
    Io(String),
}

/// Checks a path written in a pack: relative, `/`-separated, staying inside.
/// Returns a sentence saying what is wrong otherwise.
pub fn safe_relative(path: &str) -> Result<(), String> {
    if path.trim().is_empty() {
        return Err("the path is empty".to_owned());
    }
    if path.contains('\\') {
        return Err(format!("\"{path}\" uses \\; write paths with /"));
    }
    if path.contains('\0') {
        return Err(format!("\"{path}\" contains a NUL character"));
    }
    let as_path = Path::new(path);
    let looks_absolute = path.starts_with('/') || path.as_bytes().get(1) == Some(&b':');
    if looks_absolute || as_path.is_absolute() {
        return Err(format!(
            "\"{path}\" is absolute; paths must be relative to the pack's assets/ folder"
        ));
    }
    for component in as_path.components() {
        match component {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => {
                return Err(format!(
                    "\"{path}\" uses \"..\"; paths must stay inside the pack"
                ));
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!(
                    "\"{path}\" is absolute; paths must be relative to the pack's assets/ folder"
                ));
            }
        }
    }
    Ok(())
}
