//! Opening a pack file that came from anywhere.
//!
//! [`Bundle::open`] trusts nothing: the file's size, the number of
//! entries, each name (UTF-8, inside the pack, no links, no duplicates in
//! any case), each size and how tightly it was packed are checked against
//! [`limits`] before anything is unpacked; then every entry is unpacked
//! once, in 64 KiB pieces, hashed and thrown away. Its signature, if it has
//! one, is checked against those hashes. What stays in memory is the list of
//! names with their hashes; pictures are read from the file again when a
//! step shows them, and each read is checked against its hash, so a file
//! changed on disk after it was opened is noticed, not believed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use zip::ZipArchive;
use zip::result::ZipError;

use super::contents::{self, Kind, Listed};
use super::{BundleError, Seal, limits};
use crate::pack_files::{FileError, safe_relative};
use crate::tr;

/// An opened, checked pack file.
pub struct Bundle {
    path: PathBuf,
    archive: Mutex<ZipArchive<File>>,
    /// `data/` and `assets/` entries by name.
    entries: BTreeMap<String, Entry>,
    seal: Seal,
    /// The hash of the listing: the same content gives the same value.
    fingerprint: String,
}

/// Where an entry is and what it must hash to.
#[derive(Clone, Debug)]
struct Entry {
    index: usize,
    size: u64,
    sha256: [u8; 32],
}

impl std::fmt::Debug for Bundle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bundle")
            .field("path", &self.path)
            .field("entries", &self.entries.len())
            .field("seal", &self.seal)
            .finish()
    }
}

impl Bundle {
    /// Opens and checks the pack file at `path`.
    pub fn open(path: &Path) -> Result<Bundle, BundleError> {
        let file = File::open(path).map_err(|e| BundleError::io(path, e))?;
        Bundle::from_file(file, path)
    }

    /// Checks the pack file open as `file`, known to the person as `path`.
    pub fn from_file(mut file: File, path: &Path) -> Result<Bundle, BundleError> {
        file.seek(SeekFrom::Start(0))
            .map_err(|e| BundleError::io(path, e))?;
        let meta = file.metadata().map_err(|e| BundleError::io(path, e))?;
        if !meta.is_file() {
            return Err(BundleError::NotAPack(tr!(opened_not_a_pack_folder)));
        }
        if meta.len() > limits::MAX_FILE_BYTES {
            return Err(BundleError::TooLarge(tr!(
                opened_too_large_file,
                size = megabytes(meta.len()),
                limit = megabytes(limits::MAX_FILE_BYTES)
            )));
        }
        let declared = end_of_directory(&mut file, meta.len(), path)?;
        if declared > limits::MAX_ENTRIES {
            return Err(BundleError::TooLarge(tr!(
                opened_too_many_entries,
                count = declared,
                limit = limits::MAX_ENTRIES
            )));
        }
        file.seek(SeekFrom::Start(0))
            .map_err(|e| BundleError::io(path, e))?;
        let mut archive = ZipArchive::new(file).map_err(|e| zip_error(e, path))?;
        if archive.has_duplicate_names() {
            return Err(BundleError::BadEntry(tr!(opened_entry_same_name)));
        }
        if archive
            .has_overlapping_entries()
            .map_err(|e| zip_error(e, path))?
        {
            return Err(BundleError::BadEntry(tr!(opened_entry_overlapping)));
        }
        let (listed, seal_files) = check_entries(&mut archive, path)?;
        let listing = contents::listing(listed.values().map(|(l, _)| l));
        let seal = super::seal::check(
            &listing,
            seal_files.get(contents::PUBLIC_KEY).map(Vec::as_slice),
            seal_files.get(contents::SIGNATURE).map(Vec::as_slice),
        )?;
        let entries = listed
            .into_iter()
            .filter(|(name, _)| matches!(Kind::of(name), Ok(Kind::Data | Kind::Asset)))
            .map(|(name, (l, index))| {
                let entry = Entry {
                    index,
                    size: l.size,
                    sha256: l.sha256,
                };
                (name, entry)
            })
            .collect();
        Ok(Bundle {
            path: path.to_owned(),
            archive: Mutex::new(archive),
            entries,
            seal,
            fingerprint: contents::hex(&contents::hash(listing.as_bytes())),
        })
    }

    /// The file this was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Who signed it, if anyone.
    pub fn seal(&self) -> &Seal {
        &self.seal
    }

    /// A hash of the whole content (names, sizes and bytes): two files
    /// with the same fingerprint hold the same pack.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Every `data/` and `assets/` entry, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The unpacked size of every entry together.
    pub fn unpacked_bytes(&self) -> u64 {
        self.entries.values().map(|e| e.size).sum()
    }

    /// Reads the entry `rel` (`data/pack.ron`, `assets/tv/home.png`) up to
    /// `limit` bytes, checked against the hash it had when the file was
    /// opened.
    pub fn read(&self, rel: &str, limit: u64) -> Result<Arc<[u8]>, FileError> {
        let rel = rel.trim_start_matches("./");
        let entry = self.entries.get(rel).ok_or(FileError::Missing)?;
        if entry.size > limit {
            return Err(FileError::TooLarge {
                size: entry.size,
                limit,
            });
        }
        let mut archive = self
            .archive
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let changed = || FileError::Io(BundleError::ChangedOnDisk.to_string());
        let mut reader = archive.by_index(entry.index).map_err(|_| changed())?;
        let size = usize::try_from(entry.size).map_err(|_| changed())?;
        // Read straight into the shared buffer (a Vec turned into an Arc
        // would be copied: twice the picture in memory for a moment).
        let mut bytes: Arc<[u8]> = std::iter::repeat_n(0u8, size).collect();
        let slot = Arc::get_mut(&mut bytes).ok_or_else(changed)?;
        reader.read_exact(slot).map_err(|_| changed())?;
        // Not a byte more than the listing says.
        let mut more = [0u8; 1];
        if reader.read(&mut more).map_err(|_| changed())? != 0
            || contents::hash(&bytes) != entry.sha256
        {
            return Err(changed());
        }
        Ok(bytes)
    }

    /// Streams the entry `rel` into `out` (for unpacking), checked against
    /// its hash; returns the number of bytes written.
    pub fn copy_entry(&self, rel: &str, out: &mut impl std::io::Write) -> Result<u64, BundleError> {
        let entry = self
            .entries
            .get(rel)
            .ok_or_else(|| BundleError::Damaged(tr!(opened_damaged_no_entry, name = rel)))?;
        let mut archive = self
            .archive
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let reader = archive
            .by_index(entry.index)
            .map_err(|_| BundleError::ChangedOnDisk)?;
        let mut hashing = HashingWriter::new(out);
        let copied = std::io::copy(&mut reader.take(entry.size + 1), &mut hashing)
            .map_err(|e| BundleError::io(&self.path, e))?;
        if copied != entry.size || hashing.finish() != entry.sha256 {
            return Err(BundleError::ChangedOnDisk);
        }
        Ok(copied)
    }
}

/// What one pass over the entries found: every checked entry with its
/// index (by name), and the signature files' bytes.
type Checked = (BTreeMap<String, (Listed, usize)>, BTreeMap<String, Vec<u8>>);

/// Checks every entry's name and sizes, then unpacks each once to hash it.
fn check_entries(archive: &mut ZipArchive<File>, path: &Path) -> Result<Checked, BundleError> {
    let mut listed = BTreeMap::new();
    let mut seal_files = BTreeMap::new();
    let mut folded = BTreeSet::new();
    let mut total = 0u64;
    let mut files = Vec::new();
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| zip_error(e, path))?;
        let name = std::str::from_utf8(entry.name_raw())
            .map_err(|_| {
                BundleError::BadEntry(tr!(
                    opened_entry_not_utf8,
                    name = String::from_utf8_lossy(entry.name_raw())
                ))
            })?
            .to_owned();
        if index == 0 && name != contents::MARKER {
            return Err(BundleError::NotAPack(tr!(opened_not_a_pack_first_entry)));
        }
        check_name(&name)?;
        if entry.is_symlink() {
            return Err(BundleError::BadEntry(tr!(
                opened_entry_link,
                name = name.as_str()
            )));
        }
        if entry.encrypted() {
            return Err(BundleError::BadEntry(tr!(
                opened_entry_encrypted,
                name = name.as_str()
            )));
        }
        if !folded.insert(name.to_lowercase()) {
            return Err(BundleError::BadEntry(tr!(
                opened_entry_twice,
                name = name.as_str()
            )));
        }
        if entry.is_dir() {
            continue;
        }
        let kind = Kind::of(&name).map_err(BundleError::BadEntry)?;
        let size = entry.size();
        if size > kind.limit() {
            return Err(BundleError::TooLarge(tr!(
                opened_too_large_entry,
                name = name.as_str(),
                size = megabytes(size),
                limit = megabytes(kind.limit())
            )));
        }
        if size > limits::RATIO_FLOOR && size / entry.compressed_size().max(1) > limits::MAX_RATIO {
            return Err(BundleError::TooLarge(tr!(
                opened_zip_bomb,
                name = name.as_str(),
                ratio = limits::MAX_RATIO
            )));
        }
        total = total.saturating_add(size);
        if total > limits::MAX_TOTAL_BYTES {
            return Err(BundleError::TooLarge(tr!(
                opened_too_large_total,
                limit = megabytes(limits::MAX_TOTAL_BYTES)
            )));
        }
        files.push((index, name, kind, size));
    }
    if files.first().map(|f| f.1.as_str()) != Some(contents::MARKER) {
        return Err(BundleError::NotAPack(tr!(opened_not_a_pack_no_marker)));
    }
    for (index, name, kind, size) in files {
        let entry = archive.by_index(index).map_err(|e| zip_error(e, path))?;
        let (sha256, read) = if matches!(kind, Kind::Marker | Kind::Seal) {
            let mut bytes = Vec::new();
            entry
                .take(kind.limit() + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| read_error(e, &name))?;
            let read = bytes.len() as u64;
            if kind == Kind::Marker {
                contents::read_marker(&bytes)?;
            }
            let sha = contents::hash(&bytes);
            if kind == Kind::Seal {
                seal_files.insert(name.clone(), bytes);
            }
            (sha, read)
        } else {
            contents::hash_reader(entry, kind.limit()).map_err(|e| read_error(e, &name))?
        };
        if read != size {
            return Err(BundleError::Damaged(tr!(
                opened_damaged_size,
                name = name.as_str(),
                size = size,
                read = read
            )));
        }
        let listed_entry = Listed {
            name: name.clone(),
            size,
            sha256,
        };
        listed.insert(name, (listed_entry, index));
    }
    Ok((listed, seal_files))
}

/// Refuses names that are not plain relative paths inside the pack.
fn check_name(name: &str) -> Result<(), BundleError> {
    if name.len() > limits::MAX_NAME_BYTES {
        return Err(BundleError::BadEntry(tr!(
            opened_entry_name_too_long,
            name = name
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(BundleError::BadEntry(tr!(
            opened_entry_name_control,
            name = name
        )));
    }
    let trimmed = name.strip_suffix('/').unwrap_or(name);
    safe_relative(trimmed)
        .map_err(|why| BundleError::BadEntry(tr!(opened_entry_outside_folder, why = why)))?;
    if trimmed
        .split('/')
        .any(|part| part.is_empty() || part == ".")
    {
        return Err(BundleError::BadEntry(tr!(
            opened_entry_name_empty_part,
            name = name
        )));
    }
    if trimmed.split('/').count() > limits::MAX_DEPTH + 1 {
        return Err(BundleError::BadEntry(tr!(
            opened_entry_name_too_deep,
            name = name
        )));
    }
    Ok(())
}

/// Reads the end-of-central-directory record: how many entries the file
/// says it holds. Counted before the zip reader sees the file, so a file
/// that claims millions of entries is refused without reading them.
fn end_of_directory(file: &mut File, size: u64, path: &Path) -> Result<usize, BundleError> {
    const RECORD: usize = 22;
    const SIGNATURE: [u8; 4] = [b'P', b'K', 5, 6];
    let mut start = [0u8; 4];
    file.read_exact(&mut start)
        .map_err(|_| BundleError::NotAPack(tr!(opened_not_a_pack_too_short)))?;
    if start != [b'P', b'K', 3, 4] {
        return Err(BundleError::NotAPack(tr!(opened_not_a_pack_not_zip)));
    }
    // The record is at the end, after a comment of at most 65535 bytes.
    let tail_len = size.min((RECORD + 65_535) as u64);
    file.seek(SeekFrom::Start(size - tail_len))
        .map_err(|e| BundleError::io(path, e))?;
    let mut tail = vec![0u8; tail_len as usize];
    file.read_exact(&mut tail)
        .map_err(|e| BundleError::io(path, e))?;
    let at = (0..tail.len().saturating_sub(RECORD - 1))
        .rev()
        .find(|&i| tail[i..i + 4] == SIGNATURE)
        .ok_or_else(|| BundleError::Damaged(tr!(opened_damaged_no_table)))?;
    let count = u16::from_le_bytes([tail[at + 10], tail[at + 11]]);
    if count == u16::MAX {
        return Err(BundleError::TooLarge(tr!(opened_zip64)));
    }
    Ok(usize::from(count))
}

fn zip_error(e: ZipError, path: &Path) -> BundleError {
    match e {
        ZipError::Io(io) => BundleError::io(path, io),
        ZipError::InvalidArchive(why) => BundleError::Damaged(why.to_string()),
        ZipError::UnsupportedArchive(why) => {
            BundleError::BadEntry(tr!(opened_entry_unsupported, why = why.to_string()))
        }
        other => BundleError::Damaged(other.to_string()),
    }
}

fn read_error(e: std::io::Error, name: &str) -> BundleError {
    BundleError::Damaged(tr!(
        opened_damaged_unpack,
        name = name,
        error = e.to_string()
    ))
}

/// "3.2 MB", "14 KB".
pub fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else if mb >= 1.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// Passes bytes on and hashes them on the way.
struct HashingWriter<'a, W> {
    out: &'a mut W,
    hasher: sha2::Sha256,
}

impl<'a, W: std::io::Write> HashingWriter<'a, W> {
    fn new(out: &'a mut W) -> Self {
        HashingWriter {
            out,
            hasher: <sha2::Sha256 as sha2::Digest>::new(),
        }
    }

    fn finish(self) -> [u8; 32] {
        sha2::Digest::finalize(self.hasher).into()
    }
}

impl<W: std::io::Write> std::io::Write for HashingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        sha2::Digest::update(&mut self.hasher, &buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
