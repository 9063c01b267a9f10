//! What a pack file holds, by name, and the listing its signature covers.
//!
//! The first entry is a marker (`stepwise-pack`, stored uncompressed) so a
//! desktop can tell a pack from any other zip by its first bytes, as
//! OpenDocument files do with `mimetype`. Then come `assets/` and `data/`,
//! sorted, and last, when the pack is signed, `signature/`.
//!
//! The signature covers the listing: one line per entry that is not under
//! `signature/`, `SHA-256 SIZE NAME`, sorted by name. A changed byte, a
//! renamed, added or removed entry all change the listing.

use std::io::Read as _;

use sha2::{Digest, Sha256};

use super::BundleError;

/// The marker entry's name: always the first entry.
pub const MARKER: &str = "stepwise-pack";

/// The format this Stepwise writes and the newest it reads.
pub const FORMAT: u32 = 1;

/// The signature of the listing (minisign).
pub const SIGNATURE: &str = "signature/pack.minisig";

/// The public key that made the signature (minisign).
pub const PUBLIC_KEY: &str = "signature/author.pub";

/// The folder that holds the signature: not part of what is signed.
pub const SEAL_FOLDER: &str = "signature/";

/// The marker entry's content.
pub fn marker_text() -> String {
    format!("{}\nformat: {FORMAT}\n", super::MEDIA_TYPE)
}

/// Reads the marker: the format number, if this Stepwise can read it.
pub fn read_marker(bytes: &[u8]) -> Result<u32, BundleError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| BundleError::NotAPack(crate::tr!(opened_not_a_pack_marker_not_text)))?;
    let mut lines = text.lines();
    if lines.next() != Some(super::MEDIA_TYPE) {
        return Err(BundleError::NotAPack(crate::tr!(
            opened_not_a_pack_marker_wrong
        )));
    }
    let format = lines
        .find_map(|line| line.strip_prefix("format: "))
        .ok_or_else(|| BundleError::Damaged(crate::tr!(opened_damaged_no_format)))?;
    let number: u32 = format
        .trim()
        .parse()
        .map_err(|_| BundleError::Damaged(crate::tr!(opened_damaged_format, format = format)))?;
    if number > FORMAT {
        return Err(BundleError::NewerFormat(number.to_string()));
    }
    Ok(number)
}

/// What kind of entry a name is, and so how large it may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The marker.
    Marker,
    /// A file under `data/`.
    Data,
    /// A file under `assets/`.
    Asset,
    /// The signature or the public key.
    Seal,
}

impl Kind {
    /// The kind of the entry called `name`, or why it does not belong in a pack.
    pub fn of(name: &str) -> Result<Kind, String> {
        if name == MARKER {
            Ok(Kind::Marker)
        } else if name.starts_with("data/") {
            Ok(Kind::Data)
        } else if name.starts_with("assets/") {
            Ok(Kind::Asset)
        } else if name == SIGNATURE || name == PUBLIC_KEY {
            Ok(Kind::Seal)
        } else {
            Err(crate::tr!(opened_entry_outside, name = name))
        }
    }

    /// The most bytes an entry of this kind may unpack to.
    pub fn limit(self) -> u64 {
        match self {
            Kind::Marker => 256,
            Kind::Data => crate::pack_files::MAX_RON_BYTES,
            Kind::Asset => crate::pack_files::MAX_IMAGE_FILE_BYTES,
            Kind::Seal => super::limits::MAX_SEAL_BYTES,
        }
    }
}

/// One entry as the listing names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// Its name in the file.
    pub name: String,
    /// Its size once unpacked.
    pub size: u64,
    /// The SHA-256 of its content.
    pub sha256: [u8; 32],
}

/// The listing the signature covers, from every entry that is not under
/// `signature/`, in name order whatever order they are given in.
pub fn listing<'a>(entries: impl IntoIterator<Item = &'a Listed>) -> String {
    let mut lines: Vec<&Listed> = entries
        .into_iter()
        .filter(|e| !e.name.starts_with(SEAL_FOLDER))
        .collect();
    lines.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = format!("stepwise-pack-contents {FORMAT}\n");
    for entry in lines {
        out.push_str(&format!(
            "{} {} {}\n",
            hex(&entry.sha256),
            entry.size,
            entry.name
        ));
    }
    out
}

/// Hashes everything `reader` gives, at most `limit + 1` bytes so a lying
/// size is caught: the hash and the number of bytes read.
pub fn hash_reader(reader: impl std::io::Read, limit: u64) -> std::io::Result<([u8; 32], u64)> {
    let mut hasher = Sha256::new();
    let mut reader = reader.take(limit.saturating_add(1));
    let mut buffer = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        total += n as u64;
    }
    Ok((hasher.finalize().into(), total))
}

/// The SHA-256 of `bytes`.
pub fn hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_is_sorted_and_leaves_out_the_signature() {
        let entry = |name: &str, byte: u8| Listed {
            name: name.to_owned(),
            size: 3,
            sha256: [byte; 32],
        };
        let entries = [
            entry("data/pack.ron", 1),
            entry(SIGNATURE, 9),
            entry("assets/a.png", 2),
        ];
        let text = listing(&entries);
        let names: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|l| l.rsplit(' ').next())
            .collect();
        assert_eq!(names, ["assets/a.png", "data/pack.ron"]);
        assert!(text.starts_with("stepwise-pack-contents 1\n"));
        assert!(text.contains(&format!("{} 3 assets/a.png", "02".repeat(32))));
    }

    #[test]
    fn a_marker_from_a_newer_stepwise_is_told_apart_from_a_foreign_one() {
        assert_eq!(read_marker(marker_text().as_bytes()).ok(), Some(FORMAT));
        let newer = format!("{}\nformat: 7\n", crate::bundle::MEDIA_TYPE);
        assert!(matches!(
            read_marker(newer.as_bytes()),
            Err(BundleError::NewerFormat(n)) if n == "7"
        ));
        assert!(matches!(
            read_marker(b"application/vnd.oasis.opendocument.text"),
            Err(BundleError::NotAPack(_))
        ));
    }

    #[test]
    fn a_size_that_lies_is_seen_by_the_hash_reader() {
        let (_, read) = hash_reader(&[0u8; 100][..], 10).expect("reads");
        assert_eq!(read, 11, "one byte past the limit is enough to tell");
    }
}
