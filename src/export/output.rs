//! Where exports are written, and how: atomically (`files.rs`), never over
//! something that exists unless asked (`--force`), and never over a folder
//! Stepwise did not write. The window saves into a folder of the person's
//! (their Downloads folder by default) under a name that is free, so it
//! never overwrites anything: "Sign out on a TV (2).html".

use std::path::{Path, PathBuf};

use crate::export::markdown::{MARKER, PAGE};
use crate::files::write_atomically;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and replacing was not asked for.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// A file was asked for where a folder is.
    #[error("{} is a folder; give a file name such as guide.html", .0.display())]
    IsFolder(PathBuf),
    /// A folder was asked for where a file is.
    #[error("{} is a file, and a Markdown export is a folder; give a folder name", .0.display())]
    IsFile(PathBuf),
    /// `--force` on a folder that is not an earlier export.
    #[error(
        "{} is a folder that stepwise export did not write (it has no README.md of ours), so it is not replaced; give a new folder name",
        .0.display()
    )]
    NotOurs(PathBuf),
    /// The file system said no.
    #[error("could not write {}: {source}", path.display())]
    Io {
        /// What was being written.
        path: PathBuf,
        /// Why not.
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Writes one file atomically. An existing file is replaced only with
/// `force`; a folder never is.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), WriteError> {
    if path.is_dir() {
        return Err(WriteError::IsFolder(path.to_owned()));
    }
    if path.exists() && !force {
        return Err(WriteError::Exists(path.to_owned()));
    }
    write_atomically(path, bytes).map_err(io(path))
}

/// True when `dir` is empty or holds a README.md written by the exporter.
fn is_ours(dir: &Path) -> bool {
    let empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none());
    empty || std::fs::read(dir.join(PAGE)).is_ok_and(|bytes| bytes.starts_with(MARKER.as_bytes()))
}

/// Writes a folder of files (`(path inside, bytes)`) as a whole: it is
/// built next to `path` under a hidden name and renamed into place, so a
/// reader never sees half of it. An existing folder is replaced only with
/// `force`, and only if it is an earlier export (or empty).
pub fn write_folder(
    path: &Path,
    files: &[(String, Vec<u8>)],
    force: bool,
) -> Result<(), WriteError> {
    if path.is_file() {
        return Err(WriteError::IsFile(path.to_owned()));
    }
    let exists = path.exists();
    if exists && !force {
        return Err(WriteError::Exists(path.to_owned()));
    }
    if exists && !is_ours(path) {
        return Err(WriteError::NotOurs(path.to_owned()));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let building = parent.join(format!(".{name}.new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&building);
    let result = (|| {
        for (inside, bytes) in files {
            // Names come from the exporter, never from a guide, but a
            // path that would leave the folder is refused all the same.
            if Path::new(inside)
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
            {
                return Err(WriteError::Io {
                    path: building.join(inside),
                    source: std::io::Error::other("not a plain path inside the folder"),
                });
            }
            let target = building.join(inside);
            write_atomically(&target, bytes).map_err(io(&target))?;
        }
        if exists {
            let old = parent.join(format!(".{name}.old-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&old);
            std::fs::rename(path, &old).map_err(io(path))?;
            if let Err(e) = std::fs::rename(&building, path) {
                // Put the old folder back rather than leave nothing.
                let _ = std::fs::rename(&old, path);
                return Err(io(path)(e));
            }
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(&building, path).map_err(io(path))?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&building);
    }
    result
}

/// A file name from a title: the characters no file system takes, and
/// control characters, become spaces; at most 80 characters; never empty,
/// never hidden.
pub fn file_stem(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let mut stem = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((cut, _)) = stem.char_indices().nth(80) {
        stem.truncate(cut);
    }
    let stem = stem.trim_matches(|c: char| c == '.' || c == ' ');
    if stem.is_empty() {
        "Stepwise guide".to_owned()
    } else {
        stem.to_owned()
    }
}

/// `dir/stem.ext`, or `dir/stem (2).ext`, `(3)`... the first that does not
/// exist yet.
pub fn free_name(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    for n in 2..10_000 {
        let candidate = dir.join(format!("{stem} ({n}).{ext}"));
        if !candidate.exists() {
            return candidate;
        }
    }
    dir.join(format!("{stem} ({}).{ext}", std::process::id()))
}

/// The person's Downloads folder: `XDG_DOWNLOAD_DIR` from
/// `~/.config/user-dirs.dirs` on Linux, else `~/Downloads` if it exists,
/// else the home folder (else the current folder).
pub fn downloads_folder() -> PathBuf {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".config")));
    let user_dirs = config.and_then(|c| std::fs::read_to_string(c.join("user-dirs.dirs")).ok());
    downloads_from(home.as_deref(), user_dirs.as_deref(), &|p: &Path| {
        p.is_dir()
    })
    .unwrap_or_else(|| PathBuf::from("."))
}

/// [`downloads_folder`] from its inputs: the home folder, the text of
/// `user-dirs.dirs`, and a test for "is a folder".
pub fn downloads_from(
    home: Option<&Path>,
    user_dirs: Option<&str>,
    is_dir: &dyn Fn(&Path) -> bool,
) -> Option<PathBuf> {
    let from_config = user_dirs.and_then(|text| {
        text.lines().find_map(|line| {
            let value = line.trim().strip_prefix("XDG_DOWNLOAD_DIR=")?;
            let value = value.trim().trim_matches('"');
            let path = match (value.strip_prefix("$HOME"), home) {
                (Some(rest), Some(home)) => home.join(rest.trim_start_matches('/')),
                (Some(_), None) => return None,
                (None, _) if value.starts_with('/') => PathBuf::from(value),
                // Relative paths are not allowed in user-dirs.dirs.
                (None, _) => return None,
            };
            // "$HOME/" alone means the home folder itself.
            Some(path)
        })
    });
    if let Some(path) = from_config.filter(|p| is_dir(p)) {
        return Some(path);
    }
    let home = home?;
    let downloads = home.join("Downloads");
    if is_dir(&downloads) {
        Some(downloads)
    } else {
        Some(home.to_owned())
    }
}

/// A `file://` URL for a local path, with the characters URLs do not take
/// percent-encoded.
pub fn file_url(path: &Path) -> String {
    let absolute = if path.is_absolute() {
        path.to_owned()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_owned())
    };
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                url.push(byte as char)
            }
            other => url.push_str(&format!("%{other:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_titles_safely() {
        assert_eq!(file_stem("Sign out on a TV"), "Sign out on a TV");
        assert_eq!(file_stem("a/b\\c: d?"), "a b c d");
        assert_eq!(file_stem("..hidden"), "hidden");
        assert_eq!(file_stem("  \n "), "Stepwise guide");
        assert_eq!(file_stem(&"x".repeat(200)).chars().count(), 80);
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let dir = tempfile::tempdir().expect("dir");
        let first = free_name(dir.path(), "Guide", "html");
        assert_eq!(first, dir.path().join("Guide.html"));
        std::fs::write(&first, "x").expect("write");
        assert_eq!(
            free_name(dir.path(), "Guide", "html"),
            dir.path().join("Guide (2).html")
        );
    }

    #[test]
    fn downloads_come_from_user_dirs_then_home() {
        let home = Path::new("/home/ann");
        let all = |_: &Path| true;
        let text = "# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n";
        assert_eq!(
            downloads_from(Some(home), Some(text), &all),
            Some(PathBuf::from("/home/ann/Téléchargements"))
        );
        let absolute = "XDG_DOWNLOAD_DIR=\"/data/dl\"";
        assert_eq!(
            downloads_from(Some(home), Some(absolute), &all),
            Some(PathBuf::from("/data/dl"))
        );
        assert_eq!(
            downloads_from(Some(home), None, &all),
            Some(PathBuf::from("/home/ann/Downloads"))
        );
        let none = |_: &Path| false;
        assert_eq!(
            downloads_from(Some(home), Some(text), &none),
            Some(PathBuf::from("/home/ann"))
        );
        assert_eq!(downloads_from(None, None, &none), None);
    }

    #[test]
    fn file_urls_are_encoded() {
        assert_eq!(
            file_url(Path::new("/tmp/My steps (2).html")),
            "file:///tmp/My%20steps%20%282%29.html"
        );
    }

    #[test]
    fn files_are_replaced_only_with_force_and_folders_only_if_ours() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("g.html");
        write_file(&file, b"one", false).expect("first write");
        assert!(matches!(
            write_file(&file, b"two", false),
            Err(WriteError::Exists(_))
        ));
        write_file(&file, b"two", true).expect("forced");
        assert_eq!(std::fs::read(&file).expect("read"), b"two");
        assert!(matches!(
            write_file(dir.path(), b"x", true),
            Err(WriteError::IsFolder(_))
        ));

        let folder = dir.path().join("md");
        let page = format!("{MARKER}\n# Guide\n");
        let files = vec![
            (PAGE.to_owned(), page.clone().into_bytes()),
            ("pictures/a.png".to_owned(), vec![1, 2, 3]),
        ];
        write_folder(&folder, &files, false).expect("first folder");
        assert!(folder.join("pictures/a.png").is_file());
        assert!(matches!(
            write_folder(&folder, &files, false),
            Err(WriteError::Exists(_))
        ));
        let fewer = vec![(PAGE.to_owned(), page.into_bytes())];
        write_folder(&folder, &fewer, true).expect("replaced");
        assert!(
            !folder.join("pictures/a.png").exists(),
            "replaced as a whole"
        );
        // A folder of someone else's is never replaced, even with force.
        let theirs = dir.path().join("theirs");
        std::fs::create_dir(&theirs).expect("mkdir");
        std::fs::write(theirs.join("notes.txt"), "mine").expect("write");
        assert!(matches!(
            write_folder(&theirs, &fewer, true),
            Err(WriteError::NotOurs(_))
        ));
        assert!(theirs.join("notes.txt").is_file());
        // Nothing hidden is left behind.
        let hidden: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        assert!(hidden.is_empty(), "{hidden:?}");
    }
}
