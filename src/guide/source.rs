//! Where a pack's files come from: the pack built into the binary, or a
//! folder on disk. Every path a pack names goes through [`safe_relative`]
//! first, so a pack can never make us open a file outside itself.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};

/// The built-in pack's guides, embedded at compile time.
static BUILTIN_DATA: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");
/// The built-in pack's images, embedded at compile time.
static BUILTIN_ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

pub use crate::pack_files::{
    FileError, MAX_IMAGE_FILE_BYTES, MAX_IMAGE_SIDE, MAX_RON_BYTES, safe_relative,
};
/// How deep the folder walk of `data/` goes.
const MAX_FOLDER_DEPTH: usize = 8;

/// A pack's files.
#[derive(Clone, Debug)]
pub enum PackSource {
    /// The pack compiled into the binary.
    Builtin,
    /// A pack folder with `data/` and `assets/` inside.
    Folder(PathBuf),
    /// A pack held in memory, by pack-relative path (`data/pack.ron`):
    /// used by tests and the fuzzer to try many variants of a pack quickly.
    Memory(Arc<BTreeMap<String, Arc<[u8]>>>),
    /// A `.stepwise` file, opened and checked: its entries are read from
    /// the file as they are needed.
    Bundle(Arc<crate::bundle::Bundle>),
}

/// The files of a pack's `data/` folder, each list sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataListing {
    /// The guide files (`data/x.ron`), without `data/pack.ron`.
    pub guides: Vec<String>,
    /// The other files (`data/notes.txt`): not read.
    pub others: Vec<String>,
    /// Folders that could not be listed, and guide files that are unsafe.
    pub errors: Vec<(String, FileError)>,
}

/// Why an image's size could not be known.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Reading the file failed.
    #[error(transparent)]
    File(#[from] FileError),
    /// The bytes are not an image we can read.
    #[error("not a readable PNG or JPEG image ({0})")]
    Unreadable(String),
}

impl PackSource {
    /// A short name for messages: "built-in pack" or the folder.
    pub fn describe(&self) -> String {
        match self {
            PackSource::Builtin => "the built-in pack".to_owned(),
            PackSource::Folder(dir) => dir.display().to_string(),
            PackSource::Memory(_) => "a pack in memory".to_owned(),
            PackSource::Bundle(bundle) => bundle.path().display().to_string(),
        }
    }

    /// A short name for the screen: "the built-in pack" or the folder's name.
    pub fn name(&self) -> String {
        match self {
            PackSource::Folder(dir) => match dir.file_name() {
                Some(name) => crate::tr!(app_source_folder, name = name.to_string_lossy()),
                None => self.describe(),
            },
            PackSource::Bundle(bundle) => match bundle.path().file_name() {
                Some(name) => crate::tr!(app_source_file, name = name.to_string_lossy()),
                None => self.describe(),
            },
            PackSource::Builtin => crate::tr!(app_source_builtin),
            PackSource::Memory(_) => crate::tr!(app_source_memory),
        }
    }

    /// The guide files, as pack-relative paths (`data/x.ron`), sorted, without
    /// `data/pack.ron`. Folders that cannot be listed are reported as problems.
    pub fn guide_files(&self) -> (Vec<String>, Vec<(String, FileError)>) {
        let listing = self.list_data();
        (listing.guides, listing.errors)
    }

    /// Every file of `data/`, sorted: the guide files, the files that are
    /// not read because they do not end in `.ron`, and what could not be listed.
    pub fn list_data(&self) -> DataListing {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        match self {
            PackSource::Builtin => collect_embedded("data", &BUILTIN_DATA, &mut files),
            PackSource::Folder(root) => {
                collect_folder(root, &root.join("data"), 0, &mut files, &mut errors)
            }
            PackSource::Memory(in_memory) => files.extend(
                in_memory
                    .keys()
                    .filter(|path| path.starts_with("data/"))
                    .cloned(),
            ),
            PackSource::Bundle(bundle) => files.extend(
                bundle
                    .names()
                    .filter(|path| path.starts_with("data/"))
                    .map(str::to_owned),
            ),
        }
        files.retain(|f| f != "data/pack.ron");
        files.sort();
        let (guides, others) = files.into_iter().partition(|f| f.ends_with(".ron"));
        DataListing {
            guides,
            others,
            errors,
        }
    }

    /// Every file under `assets/`, as paths relative to it (`tv/home.png`),
    /// sorted. Only for suggestions when an image is missing, so it is never
    /// read on a pack without problems.
    pub fn asset_files(&self) -> Vec<String> {
        let mut files = Vec::new();
        match self {
            PackSource::Builtin => collect_embedded("", &BUILTIN_ASSETS, &mut files),
            PackSource::Folder(root) => collect_names(&root.join("assets"), "", 0, &mut files),
            PackSource::Memory(in_memory) => files.extend(
                in_memory
                    .keys()
                    .filter_map(|path| path.strip_prefix("assets/"))
                    .map(str::to_owned),
            ),
            PackSource::Bundle(bundle) => files.extend(
                bundle
                    .names()
                    .filter_map(|path| path.strip_prefix("assets/"))
                    .map(str::to_owned),
            ),
        }
        files.sort();
        files
    }

    /// Reads a pack file (`data/...` or `assets/...`) up to `limit` bytes.
    /// The bytes are shared, not copied, when the pack is in memory already.
    pub fn read(&self, rel: &str, limit: u64) -> Result<Arc<[u8]>, FileError> {
        safe_relative(rel).map_err(FileError::Unsafe)?;
        let too_large = |size: usize| FileError::TooLarge {
            size: size as u64,
            limit,
        };
        match self {
            PackSource::Builtin | PackSource::Memory(_) => {
                let bytes = self.in_memory(rel).ok_or(FileError::Missing)?;
                if bytes.len() as u64 > limit {
                    return Err(too_large(bytes.len()));
                }
                Ok(match self {
                    // Shared with the in-memory pack, not copied.
                    PackSource::Memory(files) => files
                        .get(memory_key(rel))
                        .map_or_else(|| Arc::from(bytes), Arc::clone),
                    _ => Arc::from(bytes),
                })
            }
            PackSource::Folder(root) => {
                let path = contained_path(root, rel)?;
                let file = std::fs::File::open(&path).map_err(io_error)?;
                let size = file.metadata().map_err(io_error)?.len();
                if size > limit {
                    return Err(FileError::TooLarge { size, limit });
                }
                let mut bytes = Vec::with_capacity(size as usize);
                // `take` guards against a file that grows while we read it.
                file.take(limit + 1)
                    .read_to_end(&mut bytes)
                    .map_err(io_error)?;
                if bytes.len() as u64 > limit {
                    return Err(too_large(bytes.len()));
                }
                Ok(Arc::from(bytes))
            }
            PackSource::Bundle(bundle) => bundle.read(rel, limit),
        }
    }

    /// The pixel size of an image under `assets/`, read from its header only.
    pub fn image_size(&self, image: &str) -> Result<(u32, u32), ImageError> {
        let rel = format!("assets/{image}");
        safe_relative(image).map_err(FileError::Unsafe)?;
        let reader = match self {
            PackSource::Builtin | PackSource::Memory(_) => {
                let bytes = self.in_memory(&rel).ok_or(FileError::Missing)?;
                image_size_of(Cursor::new(bytes))
            }
            PackSource::Folder(root) => {
                let path = contained_path(root, &rel)?;
                let file = std::fs::File::open(&path).map_err(io_error)?;
                let size = file.metadata().map_err(io_error)?.len();
                if size > MAX_IMAGE_FILE_BYTES {
                    return Err(FileError::TooLarge {
                        size,
                        limit: MAX_IMAGE_FILE_BYTES,
                    }
                    .into());
                }
                image_size_of(std::io::BufReader::new(file))
            }
            PackSource::Bundle(bundle) => {
                let bytes = bundle.read(&rel, MAX_IMAGE_FILE_BYTES)?;
                image_size_of(Cursor::new(&bytes[..]))
            }
        };
        reader.map_err(ImageError::Unreadable)
    }
}

/// The key of a pack-relative path in an in-memory pack.
fn memory_key(rel: &str) -> &str {
    rel.trim_start_matches("./")
}

impl PackSource {
    /// The bytes of a file of the built-in or an in-memory pack.
    fn in_memory(&self, rel: &str) -> Option<&[u8]> {
        match self {
            PackSource::Builtin => embedded_file(rel),
            PackSource::Memory(files) => files.get(memory_key(rel)).map(|b| &b[..]),
            PackSource::Folder(_) | PackSource::Bundle(_) => None,
        }
    }

    /// Every file of the built-in pack by pack-relative path: the seed for
    /// in-memory variants in tests and fuzzing.
    pub fn builtin_files() -> BTreeMap<String, Arc<[u8]>> {
        let mut out = BTreeMap::new();
        for (prefix, dir) in [("data", &BUILTIN_DATA), ("assets", &BUILTIN_ASSETS)] {
            collect_embedded_bytes(prefix, dir, &mut out);
        }
        out
    }
}

fn collect_embedded_bytes(prefix: &str, dir: &Dir<'static>, out: &mut BTreeMap<String, Arc<[u8]>>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        out.insert(format!("{prefix}/{path}"), Arc::from(file.contents()));
    }
    for sub in dir.dirs() {
        collect_embedded_bytes(prefix, sub, out);
    }
}

fn image_size_of<R: std::io::BufRead + std::io::Seek>(reader: R) -> Result<(u32, u32), String> {
    image::ImageReader::new(reader)
        .with_guessed_format()
        .map_err(|e| e.to_string())?
        .into_dimensions()
        .map_err(|e| e.to_string())
}

/// A file of the built-in pack's `assets/` folder (the app's own icons live there too).
pub fn builtin_asset(path: &str) -> Option<&'static [u8]> {
    BUILTIN_ASSETS.get_file(path).map(|f| f.contents())
}

fn embedded_file(rel: &str) -> Option<&'static [u8]> {
    let rel = rel.trim_start_matches("./");
    if let Some(inner) = rel.strip_prefix("data/") {
        BUILTIN_DATA.get_file(inner).map(|f| f.contents())
    } else if let Some(inner) = rel.strip_prefix("assets/") {
        BUILTIN_ASSETS.get_file(inner).map(|f| f.contents())
    } else {
        None
    }
}

/// Every file of an embedded folder, as `prefix/path` (or `path` for an
/// empty prefix).
fn collect_embedded(prefix: &str, dir: &Dir<'static>, out: &mut Vec<String>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        if prefix.is_empty() {
            out.push(path);
        } else {
            out.push(format!("{prefix}/{path}"));
        }
    }
    for sub in dir.dirs() {
        collect_embedded(prefix, sub, out);
    }
}

/// Most file names [`PackSource::asset_files`] lists.
const MAX_LISTED_NAMES: usize = 100_000;

/// The names of the files under `dir`, as `prefix` + relative path. Links
/// are not followed into folders, so a link loop cannot trap the walk.
fn collect_names(dir: &Path, prefix: &str, depth: usize, out: &mut Vec<String>) {
    if depth > MAX_FOLDER_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if out.len() >= MAX_LISTED_NAMES {
            return;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => {
                collect_names(&entry.path(), &format!("{rel}/"), depth + 1, out)
            }
            Ok(_) => out.push(rel),
            Err(_) => {}
        }
    }
}

fn collect_folder(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<String>,
    errors: &mut Vec<(String, FileError)>,
) {
    let rel_dir = relative_name(root, dir);
    if depth > MAX_FOLDER_DEPTH {
        errors.push((
            rel_dir,
            FileError::Unsafe("folders nest too deeply; not read".to_owned()),
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push((rel_dir, io_error(e)));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = relative_name(root, &path);
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_symlink() {
            // A link is followed only if it stays inside the pack.
            if let Err(e) = contained_path(root, &rel) {
                if rel.ends_with(".ron") {
                    errors.push((rel, e));
                }
                continue;
            }
        }
        if path.is_dir() {
            collect_folder(root, &path, depth + 1, out, errors);
        } else {
            out.push(rel);
        }
    }
}

fn relative_name(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Joins a pack-relative path to the pack root and makes sure that the
/// real file, links resolved, is still inside the pack.
fn contained_path(root: &Path, rel: &str) -> Result<PathBuf, FileError> {
    let joined = root.join(rel);
    let real = match joined.canonicalize() {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(FileError::Missing),
        Err(e) => return Err(io_error(e)),
    };
    let real_root = root.canonicalize().map_err(io_error)?;
    if !real.starts_with(&real_root) {
        return Err(FileError::Unsafe(format!(
            "\"{rel}\" is a link that points outside the pack"
        )));
    }
    Ok(real)
}

fn io_error(e: std::io::Error) -> FileError {
    if e.kind() == std::io::ErrorKind::NotFound {
        FileError::Missing
    } else {
        FileError::Io(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_must_stay_inside() {
        assert!(safe_relative("tv/home.png").is_ok());
        assert!(safe_relative("./tv/home.png").is_ok());
        for bad in [
            "",
            "/etc/passwd",
            "../secret.png",
            "tv/../../x.png",
            "C:/x.png",
            "tv\\home.png",
        ] {
            assert!(safe_relative(bad).is_err(), "{bad} should be refused");
        }
    }
}
