//! `.stepwise` files: packing, opening, signatures, the library, unpacking,
//! and every hostile file in tests/fixtures/hostile refused with its words.

use std::path::Path;
use std::sync::Arc;

use stepwise::bundle::library::Library;
use stepwise::bundle::seal::AuthorKey;
use stepwise::bundle::{Bundle, BundleError, Seal, unpack, write};
use stepwise::guide::{self, PackSource};

use crate::common;

fn packed(dir: &Path, name: &str, key: Option<&AuthorKey>) -> std::path::PathBuf {
    let out = dir.join(name);
    write::pack(&common::fixture("ok"), &out, key).expect("packs");
    out
}

#[test]
fn a_packed_folder_opens_as_the_same_pack_and_unpacks_to_the_same_bytes() {
    let temp = tempfile::tempdir().expect("dir");
    let file = packed(temp.path(), "ok.stepwise", None);
    let bundle = Bundle::open(&file).expect("opens");
    assert_eq!(bundle.seal(), &Seal::Unsigned);
    let (from_file, file_problems) = guide::check(PackSource::Bundle(Arc::new(bundle)));
    let (from_folder, folder_problems) = guide::check(PackSource::Folder(common::fixture("ok")));
    assert!(file_problems.is_empty(), "{file_problems:#?}");
    assert_eq!(file_problems.len(), folder_problems.len());
    let ids = |p: &guide::Pack| {
        p.guides
            .iter()
            .map(|g| g.guide.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&from_file), ids(&from_folder));
    assert!(!ids(&from_file).is_empty());

    let out = temp.path().join("unpacked");
    let bundle = Bundle::open(&file).expect("opens");
    let count = unpack::unpack(&bundle, &out).expect("unpacks");
    let originals = write::files_to_pack(&common::fixture("ok")).expect("lists");
    assert_eq!(count, originals.len());
    for (name, original) in originals {
        let copy = std::fs::read(out.join(&name)).expect("unpacked file");
        assert_eq!(copy, std::fs::read(original).expect("original"), "{name}");
    }
}

#[test]
fn the_same_folder_gives_the_same_bytes_and_the_marker_comes_first() {
    let temp = tempfile::tempdir().expect("dir");
    let a = std::fs::read(packed(temp.path(), "a.stepwise", None)).expect("a");
    let b = std::fs::read(packed(temp.path(), "b.stepwise", None)).expect("b");
    assert_eq!(a, b, "packing is reproducible");
    // What the shared-mime-info magic (packaging/stepwise.xml) looks for.
    assert_eq!(&a[..4], b"PK\x03\x04");
    assert_eq!(&a[30..43], b"stepwise-pack");
    assert_eq!(&a[43..70], b"application/x-stepwise-pack");
}

#[test]
fn a_signed_pack_names_its_author_and_a_changed_file_on_disk_is_noticed() {
    let temp = tempfile::tempdir().expect("dir");
    let key = AuthorKey::generate(&temp.path().join("keys"), "Dana Field", false).expect("key");
    let file = packed(temp.path(), "signed.stepwise", Some(&key));
    let bundle = Bundle::open(&file).expect("opens");
    let Seal::Signed(signer) = bundle.seal() else {
        panic!("unsigned: {:?}", bundle.seal());
    };
    assert_eq!(signer.name, "Dana Field");
    assert_eq!(signer.key_id, key.key_id());
    // Two signatures of one folder differ, but what they sign does not.
    let again = Bundle::open(&packed(temp.path(), "again.stepwise", Some(&key))).expect("opens");
    assert_eq!(again.fingerprint(), bundle.fingerprint());

    // The file changed on disk after it was opened (one byte of a picture,
    // stored as it is): reads fail rather than serve bytes nobody checked.
    let names: Vec<String> = bundle.names().map(str::to_owned).collect();
    assert!(names.iter().all(|n| bundle.read(n, 1 << 20).is_ok()));
    let mut other = std::fs::read(&file).expect("bytes");
    let at = other
        .windows(4)
        .position(|w| w == b"IEND")
        .expect("a picture's last chunk");
    other[at - 1] ^= 0xff;
    std::fs::write(&file, other).expect("overwrite");
    let failed: Vec<String> = names
        .iter()
        .filter_map(|n| bundle.read(n, 1 << 20).err())
        .map(|e| e.to_string())
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0].contains("changed on disk"), "{failed:?}");
}

/// Every hostile file and the words it must be refused with.
const HOSTILE: &[(&str, &str)] = &[
    ("not-a-zip", "not a zip file"),
    ("truncated", "damaged or incomplete"),
    ("zip-bomb", "as zip bombs are"),
    (
        "too-large-guide",
        "unpacks to 2.1 MB, more than the 1.0 MB allowed",
    ),
    ("dot-dot", "uses \"..\""),
    ("absolute", "is absolute"),
    ("symlink", "a link (\"assets/link.png\")"),
    ("duplicate", "two entries with the same name"),
    ("case-duplicate", "in upper or lower case"),
    ("many-entries", "more than the 4096 a guide file may hold"),
    ("non-utf8-name", "not UTF-8"),
    ("tampered", "was changed after Fixture Author signed it"),
    (
        "other-content",
        "was changed after Fixture Author signed it",
    ),
    ("no-marker", "its first entry is not the marker"),
    ("newer-format", "newer version of Stepwise (format 9)"),
    (
        "outside-entry",
        "\"run-me.sh\", which is outside data/ and assets/",
    ),
    ("lying-size", "says it holds 1309 bytes but holds 1209"),
    ("half-signature", "the signature is missing"),
    ("backslash", "uses \\"),
];

#[test]
fn every_hostile_file_is_refused_with_its_own_words_and_nothing_is_written() {
    let temp = tempfile::tempdir().expect("dir");
    let folder = common::fixture("hostile");
    let on_disk: std::collections::BTreeSet<String> = std::fs::read_dir(&folder)
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".stepwise"))
        .collect();
    let listed: std::collections::BTreeSet<String> = HOSTILE
        .iter()
        .map(|(n, _)| format!("{n}.stepwise"))
        .collect();
    assert_eq!(on_disk, listed, "every fixture has its expected message");
    assert!(HOSTILE.len() >= 12);
    let mut wrong = Vec::new();
    for (name, words) in HOSTILE {
        let path = folder.join(format!("{name}.stepwise"));
        match Bundle::open(&path) {
            Ok(_) => wrong.push(format!("{name}: opened")),
            Err(e) if !e.to_string().contains(words) => {
                wrong.push(format!("{name}: said {e}, not {words:?}"));
            }
            Err(_) => {}
        }
        // The command line refuses it the same way, without a panic.
        let (pack, _) = guide::check(stepwise_source(&path));
        assert!(pack.guides.is_empty() || pack.source.describe() == "the built-in pack");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(std::fs::read_dir(temp.path()).expect("dir").count(), 0);
    assert!(!Path::new("/tmp/stepwise-absolute.ron").exists());
}

/// The source the command line would make of `path`.
fn stepwise_source(path: &Path) -> PackSource {
    Bundle::open(path).map_or(PackSource::Builtin, |b| PackSource::Bundle(Arc::new(b)))
}

#[test]
fn the_library_adds_replaces_lists_and_removes_only_its_own_files() {
    let temp = tempfile::tempdir().expect("dir");
    let file = packed(temp.path(), "from-downloads.stepwise", None);
    let library = Library::at(temp.path().join("library"));
    assert!(
        library.files().is_empty(),
        "a library that was never made is empty"
    );
    let bundle = Bundle::open(&file).expect("opens");
    let kept = library.add(&bundle, "Router help!").expect("adds");
    assert_eq!(kept, library.file_for("Router help!"));
    assert_eq!(
        kept.file_name().and_then(|n| n.to_str()),
        Some("router-help.stepwise")
    );
    assert!(library.holds(&kept));
    assert!(!library.holds(&file));
    // Adding it again replaces the copy, not adds a second one.
    library.add(&bundle, "Router help!").expect("adds again");
    assert_eq!(library.files(), vec![kept.clone()]);
    let copy = Bundle::open(&kept).expect("the copy opens");
    assert_eq!(copy.fingerprint(), bundle.fingerprint());
    let outside = library.remove(&file);
    assert!(
        matches!(outside, Err(BundleError::Key(m)) if m.contains("not one of your added guides"))
    );
    assert!(file.exists());
    library.remove(&kept).expect("removes");
    assert!(library.files().is_empty());
}

#[test]
fn unpacking_never_writes_into_a_folder_that_holds_something() {
    let temp = tempfile::tempdir().expect("dir");
    let file = packed(temp.path(), "ok.stepwise", None);
    let bundle = Bundle::open(&file).expect("opens");
    let dir = temp.path().join("busy");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(dir.join("notes.txt"), "mine").expect("write");
    let refused = unpack::unpack(&bundle, &dir);
    assert!(matches!(refused, Err(BundleError::Key(m)) if m.contains("not empty")));
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 1);
}

#[test]
fn packing_skips_hidden_files_and_refuses_links() {
    let temp = tempfile::tempdir().expect("dir");
    let dir = temp.path().join("pack");
    for (name, _) in write::files_to_pack(&common::fixture("ok")).expect("lists") {
        let to = dir.join(&name);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(common::fixture("ok").join(&name), &to).expect("copy");
    }
    std::fs::write(dir.join("data/.pack.ron.swp"), "editor junk").expect("write");
    let names: Vec<String> = write::files_to_pack(&dir)
        .expect("lists")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(!names.iter().any(|n| n.contains(".swp")), "{names:?}");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/etc/hostname", dir.join("assets/link.png")).expect("link");
        let refused = write::pack(&dir, &temp.path().join("x.stepwise"), None);
        assert!(matches!(refused, Err(BundleError::BadEntry(m)) if m.contains("a link")));
        assert!(
            !temp.path().join("x.stepwise").exists(),
            "nothing half-written is left"
        );
    }
}

#[test]
fn the_committed_signed_pack_still_opens_and_names_its_author() {
    let bundle = Bundle::open(&common::fixture("packs/signed.stepwise")).expect("opens");
    assert!(
        matches!(bundle.seal(), Seal::Signed(s) if s.name == "Fixture Author"),
        "{:?}",
        bundle.seal()
    );
}
