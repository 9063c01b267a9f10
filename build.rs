//! Rebuilds the binary when the built-in pack changes (`include_dir!` embeds
//! data/ and assets/, and cargo only notices changes it is told about), and
//! on Windows puts the app icon into the .exe.

fn main() {
    windows_icon();
    fluent_files();
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Embeds every `i18n/<lang>/*.ftl` file and makes one constant per
/// English message id (`home-title` becomes `ids::home_title`), so that
/// `tr!` refuses to compile an id that English does not have.
fn fluent_files() {
    use std::fmt::Write as _;
    println!("cargo:rerun-if-changed=i18n");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut files = Vec::new();
    if let Ok(langs) = std::fs::read_dir(&root) {
        for lang in langs.flatten() {
            let Ok(entries) = std::fs::read_dir(lang.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    println!("cargo:rerun-if-changed={}", path.display());
                    files.push((
                        lang.file_name().to_string_lossy().into_owned(),
                        entry.file_name().to_string_lossy().into_owned(),
                        path,
                    ));
                }
            }
        }
    }
    files.sort();
    let mut list = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    let mut ids = String::new();
    let mut all = Vec::new();
    for (lang, name, path) in &files {
        let _ = writeln!(
            list,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        );
        if lang != "en" {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap_or_default();
        for line in source.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let plain = !id.is_empty()
                && id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if plain && !all.contains(&id.to_owned()) {
                let _ = writeln!(ids, "pub const {}: &str = {id:?};", id.replace('-', "_"));
                all.push(id.to_owned());
            }
        }
    }
    list.push_str("];\n");
    let _ = writeln!(ids, "pub static ALL: &[&str] = &{all:?};");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let _ = std::fs::write(out.join("fluent_files.rs"), list);
    let _ = std::fs::write(out.join("fluent_ids.rs"), ids);
}

/// Puts the app icon into the .exe when building on Windows.
#[cfg(windows)]
fn windows_icon() {
    println!("cargo:rerun-if-changed=assets/icons/stepwise.ico");
    let mut resource = winresource::WindowsResource::new();
    resource.set_icon("assets/icons/stepwise.ico");
    if let Err(e) = resource.compile() {
        println!("cargo:warning=the .exe gets no icon: {e}");
    }
}

#[cfg(not(windows))]
fn windows_icon() {}
