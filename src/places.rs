//! Where Stepwise keeps what is the person's own: the guides they added
//! and the authors they have seen (the data folder), and an author's keys
//! (the config folder). Both can be moved with `STEPWISE_HOME`, which tests
//! and portable installs use: everything then lives under that one folder.

use std::path::PathBuf;

/// The folder for the reader's data: added guides, known authors.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(home) = stepwise_home() {
        return Some(home.join("data"));
    }
    base(&["XDG_DATA_HOME"], &[".local", "share"]).map(|d| d.join("stepwise"))
}

/// The folder for settings and an author's keys.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(home) = stepwise_home() {
        return Some(home.join("config"));
    }
    base(&["XDG_CONFIG_HOME"], &[".config"]).map(|d| d.join("stepwise"))
}

/// The folder holding the guides the reader added.
pub fn library_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("library"))
}

/// The file of known authors' keys, per pack.
pub fn known_authors_file() -> Option<PathBuf> {
    data_dir().map(|d| d.join("known-authors.ron"))
}

/// The folder holding an author's key pair.
pub fn keys_dir() -> Option<PathBuf> {
    config_dir().map(|d| d.join("keys"))
}

fn stepwise_home() -> Option<PathBuf> {
    std::env::var_os("STEPWISE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// An absolute folder from the first of `vars` that is set, else
/// `home/<fallback>`. On Windows and macOS the system's own folders.
fn base(vars: &[&str], fallback: &[&str]) -> Option<PathBuf> {
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(PathBuf::from);
    }
    if cfg!(target_os = "macos") {
        return std::env::home_dir().map(|h| h.join("Library").join("Application Support"));
    }
    for var in vars {
        if let Some(dir) = std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
        {
            return Some(dir);
        }
    }
    std::env::home_dir().map(|h| fallback.iter().fold(h, |p, part| p.join(part)))
}
