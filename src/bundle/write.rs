//! `stepwise pack`: a pack folder into one `.stepwise` file.
//!
//! The same folder always gives the same bytes: entries in name order,
//! every time stamp 1980-01-01, the same permissions and system on every
//! machine, guides compressed at one fixed level and pictures stored as
//! they are (PNG and JPEG are compressed already). A signature made twice
//! differs (Ed25519 signing here is randomised), so only unsigned packs
//! are byte-for-byte reproducible; a signed pack's listing is.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use super::contents::{self, Kind, Listed};
use super::seal::AuthorKey;
use super::{BundleError, limits};

/// What `pack` wrote.
#[derive(Clone, Debug)]
pub struct Packed {
    /// The file written.
    pub path: PathBuf,
    /// How many files of the folder went in.
    pub files: usize,
    /// Their size together.
    pub unpacked_bytes: u64,
    /// The pack file's size.
    pub packed_bytes: u64,
    /// The key it was signed with, if any.
    pub signed_by: Option<(String, String)>,
}

/// The files of `dir`'s `data/` and `assets/` that go into a pack, as
/// pack-relative names, sorted. Hidden files (`.DS_Store`, editors' swap
/// files) stay out; a link is refused, as packs hold plain files only.
pub fn files_to_pack(dir: &Path) -> Result<Vec<(String, PathBuf)>, BundleError> {
    let mut out = Vec::new();
    for top in ["assets", "data"] {
        let folder = dir.join(top);
        if folder.is_dir() {
            collect(&folder, top, 0, &mut out)?;
        }
    }
    out.sort();
    if !out.iter().any(|(name, _)| name == "data/pack.ron") {
        return Err(BundleError::Key(format!(
            "{} is not a pack folder: it has no data/pack.ron",
            dir.display()
        )));
    }
    if out.len() + 3 > limits::MAX_ENTRIES {
        return Err(BundleError::TooLarge(format!(
            "the folder holds {} files, more than the {} a guide file may hold",
            out.len(),
            limits::MAX_ENTRIES
        )));
    }
    Ok(out)
}

fn collect(
    folder: &Path,
    prefix: &str,
    depth: usize,
    out: &mut Vec<(String, PathBuf)>,
) -> Result<(), BundleError> {
    if depth >= limits::MAX_DEPTH {
        return Err(BundleError::BadEntry(format!(
            "folders nested more than {} deep ({})",
            limits::MAX_DEPTH,
            folder.display()
        )));
    }
    let entries = std::fs::read_dir(folder).map_err(|e| BundleError::io(folder, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| BundleError::io(folder, e))?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            return Err(BundleError::BadEntry(format!(
                "a file whose name is not UTF-8 text ({}); rename it",
                path.display()
            )));
        };
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(|e| BundleError::io(&path, e))?;
        let rel = format!("{prefix}/{name}");
        if kind.is_symlink() {
            return Err(BundleError::BadEntry(format!(
                "a link ({}); put the file itself in the folder",
                path.display()
            )));
        } else if kind.is_dir() {
            collect(&path, &rel, depth + 1, out)?;
        } else {
            out.push((rel, path));
        }
    }
    Ok(())
}

/// Writes the pack folder `dir` as the pack file `out`, signed with `key`
/// if given. `out` is replaced only once the whole file is written.
pub fn pack(dir: &Path, out: &Path, key: Option<&AuthorKey>) -> Result<Packed, BundleError> {
    let files = files_to_pack(dir)?;
    let out_abs = std::path::absolute(out).unwrap_or_else(|_| out.to_owned());
    for top in ["assets", "data"] {
        let inside = std::path::absolute(dir.join(top)).unwrap_or_else(|_| dir.join(top));
        if out_abs.starts_with(&inside) {
            return Err(BundleError::Key(format!(
                "{} is inside the pack's {top}/ folder; write the pack file somewhere else",
                out.display()
            )));
        }
    }
    let mut listed = Vec::new();
    let mut signed_by = None;
    let written = crate::files::write_atomically_with(out, |file| {
        let mut zip = ZipWriter::new(std::io::BufWriter::new(file));
        let marker = contents::marker_text();
        start(&mut zip, contents::MARKER, CompressionMethod::Stored)?;
        zip.write_all(marker.as_bytes())?;
        listed.push(Listed {
            name: contents::MARKER.to_owned(),
            size: marker.len() as u64,
            sha256: contents::hash(marker.as_bytes()),
        });
        for (name, path) in &files {
            listed.push(add_file(&mut zip, name, path)?);
        }
        if let Some(key) = key {
            let (public, signature) = key
                .sign(&contents::listing(&listed))
                .map_err(std::io::Error::other)?;
            for (name, text) in [
                (contents::PUBLIC_KEY, public),
                (contents::SIGNATURE, signature),
            ] {
                start(&mut zip, name, CompressionMethod::Stored)?;
                zip.write_all(text.as_bytes())?;
            }
            signed_by = Some((key.name.clone(), key.key_id()));
        }
        let mut buffered = zip.finish().map_err(std::io::Error::other)?;
        buffered.flush()
    });
    written.map_err(|e| match e.downcast::<BundleError>() {
        Ok(bundle) => bundle,
        Err(io) => BundleError::io(out, io),
    })?;
    let packed_bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(Packed {
        path: out.to_owned(),
        files: files.len(),
        unpacked_bytes: listed.iter().skip(1).map(|l| l.size).sum(),
        packed_bytes,
        signed_by,
    })
}

/// Starts an entry with the options that make the output reproducible.
fn start<W: Write + std::io::Seek>(
    zip: &mut ZipWriter<W>,
    name: &str,
    method: CompressionMethod,
) -> std::io::Result<()> {
    let level = (method == CompressionMethod::Deflated).then_some(6);
    let options = SimpleFileOptions::default()
        .compression_method(method)
        .compression_level(level)
        .last_modified_time(DateTime::default())
        .system(System::Unix)
        .unix_permissions(0o644);
    zip.start_file(name, options).map_err(std::io::Error::other)
}

/// Adds one file, hashing it on the way in.
fn add_file<W: Write + std::io::Seek>(
    zip: &mut ZipWriter<W>,
    name: &str,
    path: &Path,
) -> std::io::Result<Listed> {
    let kind = Kind::of(name).map_err(std::io::Error::other)?;
    // Pictures are compressed already: storing them costs nothing and
    // lets a reader's step open without inflating them.
    let method = if kind == Kind::Asset && is_compressed_picture(name) {
        CompressionMethod::Stored
    } else {
        CompressionMethod::Deflated
    };
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > kind.limit() {
        return Err(std::io::Error::other(BundleError::TooLarge(format!(
            "{} is {}, more than the {} a pack may hold",
            path.display(),
            super::read::megabytes(size),
            super::read::megabytes(kind.limit())
        ))));
    }
    start(zip, name, method)?;
    let mut hashing = Tee {
        out: zip,
        hasher: <sha2::Sha256 as sha2::Digest>::new(),
        written: 0,
    };
    std::io::copy(&mut file.take(kind.limit() + 1), &mut hashing)?;
    let written = hashing.written;
    let sha256 = sha2::Digest::finalize(hashing.hasher).into();
    Ok(Listed {
        name: name.to_owned(),
        size: written,
        sha256,
    })
}

fn is_compressed_picture(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".webp", ".gif"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// Writes into the zip entry and hashes what it wrote.
struct Tee<'a, W: Write + std::io::Seek> {
    out: &'a mut ZipWriter<W>,
    hasher: sha2::Sha256,
    written: u64,
}

impl<W: Write + std::io::Seek> Write for Tee<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        sha2::Digest::update(&mut self.hasher, &buf[..n]);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
