//! Random `.stepwise` bytes -> open -> read every entry -> load as a pack
//! -> unpack, as a file that came from anywhere is treated. Also the same
//! bytes as a signature and a public key for the signature check.
//!
//! Input: the whole file. It is written to one file in a folder of this
//! process's own under the system's temporary folder, reused every run.
//! Unpacking goes ten folders deep inside that folder, so an entry that
//! climbed out with up to ten `..` would be seen by the walk afterwards.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use stepwise::bundle::contents::Kind;
use stepwise::bundle::{Bundle, Seal, seal, unpack};
use stepwise::guide::PackSource;
use stepwise::guide::loaded::Loaded;

/// This process's folder: the input file and the unpack folder's parents.
static WORK: LazyLock<PathBuf> = LazyLock::new(|| {
    let work = std::env::temp_dir().join(format!("stepwise-fuzz-bundle-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("make the fuzzer's temporary folder");
    work
});

/// Deeper than any name a pack may hold (limits::MAX_DEPTH) can climb.
const NEST: &str = "a/b/c/d/e/f/g/h/i/j";

fuzz_target!(|data: &[u8]| {
    let work = WORK.as_path();
    let input = work.join("input.stepwise");
    std::fs::write(&input, data).expect("write the input file");

    check_signature(data);

    let Ok(bundle) = Bundle::open(&input) else { return };
    let bundle = Arc::new(bundle);
    let names: Vec<String> = bundle.names().map(str::to_owned).collect();
    for name in &names {
        let kind = Kind::of(name).expect("a listed name has a kind");
        assert!(matches!(kind, Kind::Data | Kind::Asset), "{name} is listed");
        // Every entry was hashed when the file was opened and the file has
        // not changed since, so reading it again must give it back.
        let bytes = bundle
            .read(name, kind.limit())
            .unwrap_or_else(|e| panic!("{name}: read after open failed: {e}"));
        assert!(bytes.len() as u64 <= kind.limit());
    }

    // As the window loads an opened file (`Loaded::open_file`).
    let loaded = Loaded::now(PackSource::Bundle(Arc::clone(&bundle)));
    for problem in &loaded.problems {
        assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
        assert!(!problem.message.is_empty());
    }
    let _ = loaded.index.search("sign in", 5);

    // Unpack into a fresh folder; nothing may land anywhere else.
    let top = work.join("out");
    let _ = std::fs::remove_dir_all(&top);
    let dir = top.join(NEST);
    std::fs::create_dir_all(&dir).expect("make the unpack folder");
    let written = unpack::unpack(&bundle, &dir);
    let mut files = Vec::new();
    walk(work, &dir, &input, &mut files);
    if let Ok(count) = written {
        assert_eq!(count, names.len(), "unpack wrote every entry");
        assert_eq!(files.len(), count, "one file per entry: {files:?}");
    }
    std::fs::remove_dir_all(&top).expect("remove the unpack folder");
});

/// Walks `at`: every file must be the input or inside `dir`, nothing may
/// be a link, and every folder outside `dir` must be one of its parents.
fn walk(at: &Path, dir: &Path, input: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(at).expect("list a folder") {
        let path = entry.expect("a folder entry").path();
        let meta = std::fs::symlink_metadata(&path).expect("metadata");
        assert!(!meta.file_type().is_symlink(), "unpack made a link: {path:?}");
        let inside = path.starts_with(dir);
        if meta.is_dir() {
            assert!(inside || dir.starts_with(&path), "a folder outside: {path:?}");
            walk(&path, dir, input, files);
        } else if path != input {
            assert!(inside, "unpack wrote outside its folder: {path:?}");
            files.push(path);
        }
    }
}

/// The signature check on raw bytes: the first half as the public key,
/// the second as the signature, the whole as the listing.
fn check_signature(data: &[u8]) {
    let (key, signature) = data.split_at(data.len() / 2);
    let listing = String::from_utf8_lossy(data);
    if let Ok(Seal::Signed(signer)) = seal::check(&listing, Some(key), Some(signature)) {
        assert_eq!(signer.key_id.len(), 16);
    }
    assert_eq!(
        seal::check(&listing, None, None).ok(),
        Some(Seal::Unsigned)
    );
    assert!(seal::check(&listing, Some(key), None).is_err());
    assert!(seal::check(&listing, None, Some(signature)).is_err());
}
