//! `stepwise install` and `stepwise uninstall`: a desktop entry and icons
//! under the user's data folder, for people who built Stepwise from source,
//! so it shows in the application menu and can be double-clicked.
//!
//! Install records what it wrote in a small list; uninstall removes exactly
//! those files and nothing else. Both can be run any number of times.

use std::path::{Path, PathBuf};

/// The desktop entry shipped in packaging/ (its Exec line is rewritten).
const DESKTOP_ENTRY: &str = include_str!("../packaging/stepwise.desktop");

/// The file type of `.stepwise` guides for shared-mime-info, so a
/// double-click on one opens Stepwise (the desktop entry's `MimeType`).
const MIME_PACKAGE: &str = include_str!("../packaging/stepwise.xml");

/// Icon sizes installed into the hicolor theme.
pub const ICON_SIZES: [u32; 6] = [32, 48, 64, 128, 256, 512];

/// What went wrong, in words for the person at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// No home or data folder could be found.
    #[error("cannot find your data folder: set XDG_DATA_HOME or HOME")]
    NoDataHome,
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// What install or uninstall did to one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Written anew or replaced.
    Wrote(PathBuf),
    /// Already there with the same content.
    Unchanged(PathBuf),
    /// Deleted.
    Removed(PathBuf),
    /// Listed as installed but already gone.
    AlreadyGone(PathBuf),
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Wrote(p) => write!(f, "wrote      {}", p.display()),
            Change::Unchanged(p) => write!(f, "up to date {}", p.display()),
            Change::Removed(p) => write!(f, "removed    {}", p.display()),
            Change::AlreadyGone(p) => write!(f, "was gone   {}", p.display()),
        }
    }
}

/// `$XDG_DATA_HOME`, or `~/.local/share`.
pub fn data_home() -> Result<PathBuf, InstallError> {
    match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => std::env::var_os("HOME")
            .filter(|v| !v.is_empty())
            .map(|home| PathBuf::from(home).join(".local/share"))
            .ok_or(InstallError::NoDataHome),
    }
}

/// The list of files install wrote.
fn record_path(data_home: &Path) -> PathBuf {
    data_home.join("stepwise/installed-files.txt")
}

/// The desktop entry with `Exec` pointing at `exe`, quoted as the
/// freedesktop spec asks when the path has spaces or special characters.
pub fn desktop_entry(exe: &Path) -> String {
    let path = exe.to_string_lossy();
    let plain = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c));
    let exec = if plain {
        path.into_owned()
    } else {
        let escaped: String = path
            .chars()
            .flat_map(|c| match c {
                '"' | '`' | '$' | '\\' => vec!['\\', c],
                other => vec![other],
            })
            .collect();
        format!("\"{escaped}\"")
    };
    DESKTOP_ENTRY
        .lines()
        .map(|line| match line.strip_prefix("Exec=stepwise") {
            // The field codes after the program (`%f`: the file double-clicked) stay.
            Some(codes) => format!("Exec={exec}{codes}"),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Installs the desktop entry (running `exe`), the `.stepwise` file type
/// and the icons under `data_home`. [`refresh_caches`] makes the desktop
/// see them.
pub fn install(data_home: &Path, exe: &Path) -> Result<Vec<Change>, InstallError> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = vec![
        (
            data_home.join("applications/stepwise.desktop"),
            desktop_entry(exe).into_bytes(),
        ),
        (
            data_home.join("mime/packages/stepwise.xml"),
            MIME_PACKAGE.as_bytes().to_vec(),
        ),
    ];
    for size in ICON_SIZES {
        let Some(png) =
            stepwise::guide::source::builtin_asset(&format!("icons/stepwise-{size}.png"))
        else {
            continue;
        };
        let path = data_home.join(format!("icons/hicolor/{size}x{size}/apps/stepwise.png"));
        files.push((path, png.to_vec()));
    }
    let mut changes = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(path).is_ok_and(|old| &old == bytes) {
            changes.push(Change::Unchanged(path.clone()));
        } else {
            write_atomically(path, bytes)?;
            changes.push(Change::Wrote(path.clone()));
        }
    }
    let record: String = files
        .iter()
        .map(|(p, _)| format!("{}\n", p.display()))
        .collect();
    write_atomically(&record_path(data_home), record.as_bytes())?;
    Ok(changes)
}

/// Removes exactly the files the last install recorded, and the record.
pub fn uninstall(data_home: &Path) -> Result<Vec<Change>, InstallError> {
    let record = record_path(data_home);
    let listed = match std::fs::read_to_string(&record) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(InstallError::Io {
                path: record,
                source,
            });
        }
    };
    let mut changes = Vec::new();
    for line in listed.lines().filter(|l| !l.trim().is_empty()) {
        let path = PathBuf::from(line);
        // Only files inside the data folder that install itself would write.
        if !path.starts_with(data_home)
            || path
                .file_name()
                .is_none_or(|n| !n.to_string_lossy().starts_with("stepwise"))
        {
            continue;
        }
        match std::fs::remove_file(&path) {
            Ok(()) => changes.push(Change::Removed(path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                changes.push(Change::AlreadyGone(path))
            }
            Err(source) => return Err(InstallError::Io { path, source }),
        }
    }
    std::fs::remove_file(&record).map_err(|source| InstallError::Io {
        path: record.clone(),
        source,
    })?;
    Ok(changes)
}

/// Rebuilds the desktop's file-type and application caches under
/// `data_home` with `update-mime-database` and `update-desktop-database`,
/// where they are installed. Returns one line per tool: what it did, or why
/// it did not run. Neither is required: without them the desktop reads the
/// files on its next scan.
pub fn refresh_caches(data_home: &Path) -> Vec<String> {
    let runs = [
        ("update-mime-database", data_home.join("mime")),
        ("update-desktop-database", data_home.join("applications")),
    ];
    runs.into_iter()
        .filter(|(_, dir)| dir.is_dir())
        .map(|(tool, dir)| {
            match std::process::Command::new(tool)
                .arg(&dir)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .output()
            {
                Ok(out) if out.status.success() => format!("updated    {} ({tool})", dir.display()),
                Ok(out) => format!(
                    "{tool} failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    format!("skipped    {tool} (not installed; the desktop will see the change on its next scan)")
                }
                Err(e) => format!("{tool} did not run: {e}"),
            }
        })
        .collect()
}

/// Writes a file atomically (see [`stepwise::files::write_atomically`]).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), InstallError> {
    stepwise::files::write_atomically(path, bytes).map_err(|source| InstallError::Io {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_is_quoted_only_when_needed() {
        assert!(
            desktop_entry(Path::new("/usr/bin/stepwise")).contains("\nExec=/usr/bin/stepwise %f\n")
        );
        let odd = desktop_entry(Path::new("/home/a b/$x/stepwise"));
        assert!(
            odd.contains("\nExec=\"/home/a b/\\$x/stepwise\" %f\n"),
            "{odd}"
        );
        assert!(odd.contains("Icon=stepwise\n") && odd.contains("StartupWMClass=stepwise\n"));
    }

    #[test]
    fn install_twice_then_uninstall_twice() {
        let home = tempfile::tempdir().expect("dir");
        let exe = Path::new("/opt/stepwise/bin/stepwise");
        let first = install(home.path(), exe).expect("install");
        assert_eq!(first.len(), 2 + ICON_SIZES.len());
        assert!(first.iter().all(|c| matches!(c, Change::Wrote(_))));
        let again = install(home.path(), exe).expect("install again");
        assert!(
            again.iter().all(|c| matches!(c, Change::Unchanged(_))),
            "{again:?}"
        );
        // Something of the user's next to our files survives uninstall.
        let theirs = home.path().join("applications/theirs.desktop");
        std::fs::write(&theirs, "x").expect("write");
        let removed = uninstall(home.path()).expect("uninstall");
        assert_eq!(removed.len(), first.len());
        assert!(removed.iter().all(|c| matches!(c, Change::Removed(_))));
        assert!(theirs.exists());
        assert!(!home.path().join("applications/stepwise.desktop").exists());
        assert!(!record_path(home.path()).exists());
        assert_eq!(uninstall(home.path()).expect("uninstall again"), Vec::new());
    }

    #[test]
    fn the_desktop_learns_the_file_type_and_who_opens_it() {
        // Where the freedesktop tools are installed (CI installs them), the
        // caches they build name `.stepwise` files and Stepwise for them.
        let tools = ["update-mime-database", "update-desktop-database"];
        let present = |tool: &str| {
            std::process::Command::new(tool)
                .arg("--version")
                .output()
                .is_ok()
        };
        if !tools.iter().all(|t| present(t)) {
            eprintln!("skipped: {tools:?} are not installed");
            return;
        }
        let home = tempfile::tempdir().expect("dir");
        install(home.path(), Path::new("/usr/bin/stepwise")).expect("install");
        let said = refresh_caches(home.path());
        assert!(said.iter().all(|l| l.starts_with("updated")), "{said:?}");
        let globs = std::fs::read_to_string(home.path().join("mime/globs2")).expect("globs2");
        assert!(
            globs.contains("application/x-stepwise-pack:*.stepwise"),
            "{globs}"
        );
        let magic = std::fs::read(home.path().join("mime/magic")).expect("magic");
        assert!(
            magic.windows(13).any(|w| w == b"stepwise-pack"),
            "the zip marker is in the magic file"
        );
        let apps = std::fs::read_to_string(home.path().join("applications/mimeinfo.cache"))
            .expect("mimeinfo.cache");
        assert!(
            apps.contains("application/x-stepwise-pack=stepwise.desktop;"),
            "{apps}"
        );
    }
}
