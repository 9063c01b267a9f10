//! Writing files people care about: a guide an author wrote, a page a
//! reader exported, a desktop entry. Every write goes to a temporary file in
//! the same folder first and is renamed over the target, so a crash or a
//! full disk never leaves half a file behind.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file and a rename. The
/// folder is created if it is missing. On failure the target is untouched
/// and the temporary file is removed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// [`write_atomically`] for a file only its owner may read (an author's
/// secret key): the temporary file is made private before a byte is
/// written into it.
pub fn write_atomically_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |file| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(bytes)
    })
}

/// Writes `path` through a temporary file that `write` fills (it may be
/// large: a pack file is streamed, never held whole), then a rename. On
/// failure the target is untouched and the temporary file is removed.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let (temp_path, mut file) = temp_file_in(dir, path)?;
    let written = write(&mut file)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&temp_path, path)
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&temp_path);
    }
    written
}

/// A new, empty file next to `target`, named so it is hidden and cannot
/// clash with another writer (`.name.tmp-PID-N`).
fn temp_file_in(dir: &Path, target: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(".{name}.tmp-{}-{attempt}", std::process::id()));
        // Readable too, so a writer can check what it wrote before the rename.
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free temporary file name"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_whole_files_and_leave_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("sub/guide.ron");
        write_atomically(&path, b"first, longer text").expect("write");
        write_atomically(&path, b"second").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("guide.ron")]);
    }

    #[test]
    fn a_failed_write_leaves_the_target_as_it_was() {
        let dir = tempfile::tempdir().expect("dir");
        // A folder where the file should be: the rename fails.
        let path = dir.path().join("taken");
        std::fs::create_dir(&path).expect("mkdir");
        std::fs::write(path.join("inside"), "x").expect("write");
        assert!(write_atomically(&path, b"new").is_err());
        assert!(path.is_dir());
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }
}
