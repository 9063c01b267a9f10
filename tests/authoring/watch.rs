//! Live reload: the pack watcher notices every kind of change an author
//! (or their editor, or git) makes to a pack folder, once per save, and the
//! reload rules keep the last good pack while the files are broken and the
//! walk on the step it was on. Every wait polls with a deadline; nothing
//! sleeps for a fixed long time.

use crate::common;
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use stepwise::authoring::reload::{Adoption, adopt, keep_place};
use stepwise::authoring::watch::{Change, PackWatcher, WatchOptions};
use stepwise::guide::walk::{Command, Walk};
use stepwise::guide::{self, NodeRef, Pack, PackSource};
use stepwise::ui::live_reload::LiveReload;
use stepwise::ui::loader::{Loaded, PackLoader, Poll};

/// The largest single allocation since [`LARGEST.store(0)`]: the PNG bomb
/// test checks that reading a pack never allocates a decoded picture.
static LARGEST: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, noting the largest request.
struct Measuring;

// The one unsafe block of the tests: a global allocator must implement an
// unsafe trait. It only forwards to the system allocator.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Measuring {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LARGEST.fetch_max(new_size, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Measuring = Measuring;

/// Longest any notice may take before a test fails (the usual is 60-100
/// ms with events, a poll interval when polling).
const DEADLINE: Duration = Duration::from_secs(5);

/// Options for tests: events, no safety net (so the events alone are
/// what is tested), quick polls where polling is forced.
fn events_only() -> WatchOptions {
    WatchOptions {
        safety_net_every: None,
        force_polling: false,
        ..WatchOptions::default()
    }
}

fn polling_only() -> WatchOptions {
    WatchOptions {
        poll_every: Duration::from_millis(100),
        force_polling: true,
        ..WatchOptions::default()
    }
}

/// A copy of the `ok` fixture being watched, and the pack the window
/// shows.
struct Watched {
    _dir: tempfile::TempDir,
    root: PathBuf,
    watcher: PackWatcher,
    wakes: Arc<AtomicUsize>,
    shown: Loaded,
}

impl Watched {
    fn new(options: WatchOptions) -> Watched {
        let dir = common::copy_fixture("ok");
        let root = dir.path().to_owned();
        Watched::at(dir, root, options)
    }

    fn at(dir: tempfile::TempDir, root: PathBuf, options: WatchOptions) -> Watched {
        let wakes = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&wakes);
        let watcher = PackWatcher::start_with(&root, options, move || {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .expect("the watcher starts");
        wait_until("the watcher is ready", || watcher.is_ready());
        let shown = reload(&root);
        assert_eq!(errors(&shown), 0, "{:#?}", shown.problems);
        Watched {
            _dir: dir,
            root,
            watcher,
            wakes,
            shown,
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).expect("read")
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).expect("write");
    }

    /// The next notice, within [`DEADLINE`]; the app is woken for it.
    fn change(&self) -> Change {
        let start = Instant::now();
        loop {
            if let Some(change) = self.watcher.take_change() {
                assert!(self.wakes.load(Ordering::SeqCst) > 0, "wake was not called");
                return change;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "no change noticed in {DEADLINE:?}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Notices until one names `rel` (a poll may catch a change half made).
    fn change_naming(&self, rel: &str) -> Change {
        let start = Instant::now();
        loop {
            let change = self.change();
            if change.files.contains(rel) {
                return change;
            }
            assert!(start.elapsed() < DEADLINE, "{rel} never named");
        }
    }

    /// No notice for a while after one: one save is one notice.
    fn quiet(&self) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(250) {
            assert_eq!(self.watcher.take_change(), None, "a second notice");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Reads the pack again and applies the reload rules, as the app does.
    fn reload_and_adopt(&mut self) -> Option<Vec<guide::Problem>> {
        let reloaded = reload(&self.root);
        let placeholder = Loaded::placeholder(PackSource::Builtin);
        let shown = std::mem::replace(&mut self.shown, placeholder);
        match adopt(&shown, reloaded) {
            Adoption::Replace(new) => {
                self.shown = *new;
                None
            }
            Adoption::Keep { problems } => {
                self.shown = shown;
                Some(problems)
            }
        }
    }
}

fn reload(root: &Path) -> Loaded {
    Loaded::now(PackSource::Folder(root.to_owned()))
}

fn errors(loaded: &Loaded) -> usize {
    loaded.problems.iter().filter(|p| p.is_error()).count()
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < DEADLINE,
            "{what}: not within {DEADLINE:?}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn guide_title(loaded: &Loaded, id: &str) -> String {
    loaded
        .pack
        .guide(id)
        .map(|g| g.guide.title.clone())
        .unwrap_or_default()
}

const ROUTER: &str = "data/restart-router.ron";
const PASSWORD: &str = "data/change-password.ron";

/// The router guide with another title.
fn retitled(text: &str, title: &str) -> String {
    text.replacen(
        "title: \"Restart the router\"",
        &format!("title: \"{title}\""),
        1,
    )
}

fn names(change: &Change) -> Vec<&str> {
    change.files.iter().map(String::as_str).collect()
}

#[test]
fn changing_a_guide_is_one_notice_and_the_new_text_is_shown() {
    let mut pack = Watched::new(events_only());
    assert!(!pack.watcher.is_polling());
    let text = retitled(&pack.read(ROUTER), "Restart the box");
    pack.write(ROUTER, &text);
    let change = pack.change();
    assert_eq!(names(&change), [ROUTER]);
    assert!(!change.unnamed);
    pack.quiet();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(
        guide_title(&pack.shown, "restart-router"),
        "Restart the box"
    );
}

#[test]
fn a_broken_guide_keeps_the_last_good_pack_and_its_problems_show_until_mended() {
    let mut pack = Watched::new(events_only());
    let good = pack.read(ROUTER);
    // A comma missing: a syntax error.
    let broken = good.replacen("title: \"Restart the router\",", "title: \"Restart\"", 1);
    pack.write(ROUTER, &broken);
    assert_eq!(names(&pack.change()), [ROUTER]);
    let problems = pack
        .reload_and_adopt()
        .expect("the broken pack is not shown");
    assert!(
        problems
            .iter()
            .any(|p| p.is_error() && p.file == ROUTER && p.rule.code() == "syntax"),
        "{problems:#?}"
    );
    // The last good pack is still there, whole.
    assert_eq!(
        guide_title(&pack.shown, "restart-router"),
        "Restart the router"
    );
    assert_eq!(errors(&pack.shown), 0);

    // Another mistake while typing: the problems shown follow the file.
    let other = good.replacen("next: \"unplug\"", "next: \"unplgu\"", 1);
    pack.write(ROUTER, &other);
    pack.change();
    let problems = pack.reload_and_adopt().expect("still not shown");
    assert!(
        problems
            .iter()
            .all(|p| !p.is_error() || p.rule.code() == "dangling-reference"),
        "{problems:#?}"
    );

    // Mended: the new text replaces the pack and the problems are gone.
    pack.write(ROUTER, &retitled(&good, "Restart it"));
    pack.change();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "Restart it");
    assert_eq!(errors(&pack.shown), 0);
}

#[test]
fn deleting_a_guide_is_noticed_and_its_dangling_references_keep_the_good_pack() {
    let mut pack = Watched::new(events_only());
    std::fs::remove_file(pack.path(PASSWORD)).expect("delete");
    assert_eq!(names(&pack.change()), [PASSWORD]);
    // pack.ron still starts a scenario there: errors, so the pack shown stays.
    let problems = pack.reload_and_adopt().expect("kept");
    assert!(problems.iter().any(|p| p.rule.code() == "scenario-target"));
    assert!(pack.shown.pack.guide("change-password").is_some());

    // The author takes the references out too: now it replaces the pack.
    let manifest = pack.read("data/pack.ron");
    let start = manifest
        .find("        (\n            id: \"password\"")
        .expect("scenario");
    let end = manifest
        .find("    ],\n    synonyms")
        .expect("end of scenarios");
    let mut mended = format!("{}{}", &manifest[..start], &manifest[end..]);
    mended = mended.replace("    fallback: \"change-password#call-provider\",\n", "");
    let outcome = pack.read(ROUTER).replace(
        "(label: \"No, it is red or off\", to: \"change-password#call-provider\")",
        "(label: \"No, it is red or off\", to: \"check-power\")",
    );
    pack.write(ROUTER, &outcome);
    pack.write("data/pack.ron", &mended);
    let change = pack.change();
    assert!(change.files.contains("data/pack.ron"), "{change:?}");
    let left = pack.reload_and_adopt();
    assert!(
        left.is_none(),
        "{:#?}",
        left.unwrap_or_default()
            .iter()
            .filter(|p| p.is_error())
            .collect::<Vec<_>>()
    );
    assert!(pack.shown.pack.guide("change-password").is_none());
}

#[test]
fn renaming_a_guide_into_a_new_subfolder_names_both_paths() {
    let mut pack = Watched::new(events_only());
    std::fs::create_dir(pack.path("data/router")).expect("mkdir");
    std::fs::rename(
        pack.path(ROUTER),
        pack.path("data/router/restart-router.ron"),
    )
    .expect("rename");
    // One notice, or two on a busy machine (the folder made, then the
    // rename a tick later): together they name the old path...
    let mut change = pack.change();
    while !change.files.contains(ROUTER) {
        change.files.extend(pack.change().files);
    }
    // ... and the new name, or (when the rename came before the system
    // watched the new folder) the folder it went into.
    assert!(
        change.files.contains("data/router/restart-router.ron")
            || change.files.contains("data/router"),
        "{change:?}"
    );
    assert_eq!(pack.reload_and_adopt(), None);
    let moved = pack.shown.pack.guide("restart-router").expect("guide");
    assert_eq!(moved.file, "data/router/restart-router.ron");

    // The new subfolder is watched too.
    let text = retitled(&pack.read("data/router/restart-router.ron"), "Moved");
    pack.write("data/router/restart-router.ron", &text);
    assert_eq!(names(&pack.change()), ["data/router/restart-router.ron"]);
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([30, 60, 90, 255]));
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    bytes
}

#[test]
fn replacing_a_picture_is_noticed_and_checked_against_its_marks() {
    let mut pack = Watched::new(events_only());
    let settings = "assets/settings.png";
    // Large enough for its Highlight (50, 220, 300, 40).
    std::fs::write(pack.path(settings), png(420, 300)).expect("write");
    assert_eq!(names(&pack.change()), [settings]);
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(
        pack.shown.pack.source.image_size("settings.png"),
        Ok((420, 300))
    );
    // Too small for its marks: the pack shown keeps the good picture's size.
    std::fs::write(pack.path(settings), png(40, 30)).expect("write");
    pack.change();
    let problems = pack.reload_and_adopt().expect("kept");
    assert!(
        problems
            .iter()
            .any(|p| p.rule.code() == "mark-outside-image"),
        "{problems:#?}"
    );
}

#[test]
fn saves_by_temp_file_and_rename_are_one_notice_naming_only_the_guide() {
    let mut pack = Watched::new(events_only());
    let text = pack.read(ROUTER);
    // The project's own careful save (and most IDEs'): a hidden temp file
    // renamed over the guide.
    stepwise::files::write_atomically(&pack.path(ROUTER), retitled(&text, "One").as_bytes())
        .expect("save");
    assert_eq!(names(&pack.change()), [ROUTER]);
    pack.quiet();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "One");

    // vim's: a test file, the old file moved to a backup, the new one
    // written, the backup and a swap file removed.
    let four = pack.path("data/4913");
    std::fs::write(&four, "").expect("4913");
    std::fs::remove_file(&four).expect("4913 gone");
    std::fs::write(pack.path("data/.restart-router.ron.swp"), "swap").expect("swap");
    std::fs::rename(pack.path(ROUTER), pack.path("data/restart-router.ron~")).expect("backup");
    pack.write(ROUTER, &retitled(&text, "Two"));
    std::fs::remove_file(pack.path("data/restart-router.ron~")).expect("backup gone");
    std::fs::remove_file(pack.path("data/.restart-router.ron.swp")).expect("swap gone");
    assert_eq!(names(&pack.change()), [ROUTER]);
    pack.quiet();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "Two");

    // A swap file written while the author types is not a change at all.
    std::fs::write(pack.path("data/.restart-router.ron.swp"), "typing").expect("swap");
    pack.quiet();
}

/// Copies the fixture's `data/` into `to`, file by file.
fn copy_data(to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(common::fixture("ok/data")).expect("list") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

#[test]
fn data_removed_and_made_anew_is_noticed_and_watched_again() {
    let mut pack = Watched::new(events_only());
    // As `git checkout` of another branch might: the folder goes away...
    std::fs::remove_dir_all(pack.path("data")).expect("rm data");
    let change = pack.change();
    assert!(change.files.contains("data"), "{change:?}");
    let problems = pack.reload_and_adopt().expect("an empty pack is not shown");
    assert!(problems.iter().any(|p| p.file == "data/pack.ron"));
    // ... and comes back with other files.
    copy_data(&pack.path("data"));
    pack.change();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(pack.shown.pack.guides.len(), 2);
    // The new folder is watched: an edit inside it is noticed by events
    // alone (no safety net in this test).
    let original = pack.read(ROUTER);
    let text = retitled(&original, "After checkout");
    pack.write(ROUTER, &text);
    assert_eq!(names(&pack.change()), [ROUTER]);
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "After checkout");

    // Replaced in one go by a rename, as some tools do.
    let fresh = pack.root.join("data.new");
    copy_data(&fresh);
    std::fs::write(
        fresh.join("restart-router.ron"),
        retitled(&original, "Swapped"),
    )
    .expect("write");
    std::fs::rename(pack.path("data"), pack.root.join("data.old")).expect("move out");
    std::fs::rename(&fresh, pack.path("data")).expect("move in");
    pack.change();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "Swapped");
    // The folder moved away is not the pack any more; the new one is.
    std::fs::write(pack.root.join("data.old/restart-router.ron"), "junk").expect("write");
    pack.quiet();
    pack.write(ROUTER, &retitled(&original, "Watched"));
    assert_eq!(names(&pack.change()), [ROUTER]);
}

#[test]
fn polling_notices_every_kind_of_change_when_events_are_off() {
    let mut pack = Watched::new(polling_only());
    assert!(pack.watcher.is_polling());
    let text = pack.read(ROUTER);
    pack.write(ROUTER, &retitled(&text, "Polled"));
    assert_eq!(names(&pack.change()), [ROUTER]);
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "Polled");

    // The same size and, on a coarse clock, the same time: still seen,
    // because the rename makes it another file.
    stepwise::files::write_atomically(&pack.path(ROUTER), retitled(&text, "Pollee").as_bytes())
        .expect("save");
    assert_eq!(names(&pack.change()), [ROUTER]);

    std::fs::write(pack.path("assets/settings.png"), png(420, 300)).expect("picture");
    assert_eq!(names(&pack.change()), ["assets/settings.png"]);

    std::fs::rename(pack.path(ROUTER), pack.path("data/router.ron")).expect("rename");
    assert_eq!(
        names(&pack.change()),
        ["data/restart-router.ron", "data/router.ron"]
    );
    std::fs::remove_file(pack.path("data/router.ron")).expect("delete");
    assert_eq!(names(&pack.change()), ["data/router.ron"]);

    std::fs::remove_dir_all(pack.path("data")).expect("rm data");
    pack.change_naming("data/pack.ron");
    copy_data(&pack.path("data"));
    pack.change_naming(ROUTER);
    assert_eq!(pack.reload_and_adopt(), None);

    // Scratch files are not changes when polling either.
    std::fs::write(pack.path("data/.restart-router.ron.swp"), "x").expect("swap");
    pack.quiet();
}

#[test]
fn the_safety_net_notices_a_pack_folder_replaced_whole_and_events_start_again() {
    let dir = tempfile::tempdir().expect("dir");
    let root = dir.path().join("pack");
    std::fs::create_dir(&root).expect("mkdir");
    copy_data(&root.join("data"));
    std::fs::create_dir(root.join("assets")).expect("mkdir");
    for name in ["settings.png", "router"] {
        let from = common::fixture("ok/assets").join(name);
        if from.is_dir() {
            std::fs::create_dir(root.join("assets").join(name)).expect("mkdir");
            for entry in std::fs::read_dir(&from).expect("list").flatten() {
                std::fs::copy(
                    entry.path(),
                    root.join("assets").join(name).join(entry.file_name()),
                )
                .expect("copy");
            }
        } else {
            std::fs::copy(&from, root.join("assets").join(name)).expect("copy");
        }
    }
    let options = WatchOptions {
        safety_net_every: Some(Duration::from_millis(200)),
        poll_every: Duration::from_millis(100),
        force_polling: false,
        ..WatchOptions::default()
    };
    let mut pack = Watched::at(dir, root.clone(), options);
    // The whole pack folder moved away and a new one put in its place.
    let old = root.with_file_name("pack.old");
    std::fs::rename(&root, &old).expect("move away");
    std::fs::create_dir(&root).expect("mkdir");
    copy_data(&root.join("data"));
    std::fs::rename(old.join("assets"), root.join("assets")).expect("assets back");
    let text = retitled(&pack.read(ROUTER), "New folder");
    pack.write(ROUTER, &text);
    let change = pack.change();
    assert!(!change.files.is_empty() || change.unnamed);
    // Whatever came first, the pack read after the notices is the new one.
    wait_until("the new folder's guide is read", || {
        pack.watcher.take_change();
        guide_title(&reload(&root), "restart-router") == "New folder"
    });
    assert_eq!(pack.reload_and_adopt(), None);
    wait_until("events are back on", || !pack.watcher.is_polling());
    // Drain what the move left; the old folder is not watched any more...
    std::thread::sleep(Duration::from_millis(300));
    pack.watcher.take_change();
    std::fs::write(old.join("data/restart-router.ron"), "junk").expect("write");
    pack.quiet();
    // ... and an edit in the new one is one notice.
    pack.write(ROUTER, &retitled(&text, "Edited"));
    assert_eq!(names(&pack.change()), [ROUTER]);
    pack.quiet();
}

#[test]
fn a_folder_that_is_not_there_cannot_be_watched() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = dir.path().join("nothing");
    let refused = PackWatcher::start(&missing, || {});
    assert!(refused.is_err());
    let file = dir.path().join("file");
    std::fs::write(&file, "x").expect("write");
    let refused = PackWatcher::start(&file, || {}).err().expect("refused");
    assert!(refused.to_string().contains("is not a folder"), "{refused}");
}

// --- The reload rules on their own ---

/// The fixture with `edit` applied to one of its files, loaded.
fn loaded_with(rel: &str, edit: impl FnOnce(String) -> String) -> Loaded {
    let dir = common::copy_fixture("ok");
    let path = dir.path().join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, edit(text)).expect("write");
    reload(dir.path())
}

#[test]
fn a_pack_with_errors_is_replaced_by_one_that_is_no_worse() {
    let good = reload(&common::fixture("ok"));
    let one_typo = |t: String| t.replacen("next: \"unplug\"", "next: \"unplgu\"", 1);
    let two_typos = |t: String| one_typo(t).replacen("next: \"lights\"", "next: \"lihgts\"", 1);
    let syntax = |t: String| t.replacen("title: \"Restart the router\",", "title: \"R\"", 1);
    let shown = loaded_with(ROUTER, two_typos);
    assert_eq!(errors(&shown), 2);
    // One mistake mended: an improvement replaces a pack with errors.
    assert!(matches!(
        adopt(&shown, loaded_with(ROUTER, one_typo)),
        Adoption::Replace(_)
    ));
    // The same number of errors: the newer text is shown.
    assert!(matches!(
        adopt(&shown, loaded_with(ROUTER, two_typos)),
        Adoption::Replace(_)
    ));
    // A guide that no longer loads at all is worse, even with fewer errors.
    assert!(matches!(
        adopt(&shown, loaded_with(ROUTER, syntax)),
        Adoption::Keep { .. }
    ));
    // Without errors, anything goes; with errors, never over a good pack.
    assert!(matches!(
        adopt(&shown, reload(&common::fixture("ok"))),
        Adoption::Replace(_)
    ));
    match adopt(&good, loaded_with(ROUTER, one_typo)) {
        Adoption::Keep { problems } => {
            assert_eq!(
                problems.iter().filter(|p| p.is_error()).count(),
                1,
                "{problems:#?}"
            )
        }
        Adoption::Replace(_) => panic!("a pack with an error replaced a good one"),
    }
    // The empty pack shown while the first load runs is always replaced.
    let placeholder = Loaded::placeholder(PackSource::Folder(common::fixture("ok")));
    assert!(matches!(
        adopt(&placeholder, loaded_with(ROUTER, syntax)),
        Adoption::Replace(_)
    ));
}

// --- Keeping the walk's place ---

fn at(guide: &str, node: &str) -> NodeRef {
    NodeRef::new(guide, node)
}

/// The fixture `name` with `edit` applied to `rel`, checked.
fn pack_with(name: &str, rel: &str, edit: impl FnOnce(String) -> String) -> Pack {
    let dir = common::copy_fixture(name);
    let path = dir.path().join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, edit(text)).expect("write");
    guide::check(PackSource::Folder(dir.path().to_owned())).0
}

/// `text` without the node `id` (from its key to the next node's key).
fn without_node(text: &str, id: &str, next: &str) -> String {
    let start = text.find(&format!("\"{id}\": ")).expect("node");
    let end = text.find(&format!("\"{next}\": ")).expect("next node");
    format!("{}{}", &text[..start], &text[end..])
}

/// A walk of the router guide at its question: find-router, unplug, lights.
fn walk_to_lights(pack: &Pack) -> Walk {
    let mut walk = Walk::begin_scenario(pack, "restart").expect("start");
    walk.apply(pack, Command::ToggleCheck(0)).expect("tick");
    walk.apply(pack, Command::Next).expect("next");
    walk.apply(pack, Command::Next).expect("next");
    assert_eq!(walk.current, at("restart-router", "lights"));
    walk
}

#[test]
fn the_walk_stays_where_it_was_when_its_step_is_still_there() {
    let pack = guide::check(PackSource::Folder(common::fixture("ok"))).0;
    let walk = walk_to_lights(&pack);
    assert_eq!(keep_place(&walk, &pack), (Some(walk.clone()), None));
    // An earlier step removed: the walk stays, Back skips the gap.
    let edited = pack_with("ok", ROUTER, |t| without_node(&t, "unplug", "check-power"));
    let (kept, note) = keep_place(&walk, &edited);
    let kept = kept.expect("a walk");
    assert_eq!(note, None);
    assert_eq!(kept.current, at("restart-router", "lights"));
    assert_eq!(kept.history, [at("restart-router", "find-router")]);
    assert_eq!(kept.verify(&edited), Ok(()));
    // A renamed pack is the same pack to its author.
    let renamed = pack_with("ok", "data/pack.ron", |t| {
        t.replace("id: \"sample\"", "id: \"router\"")
    });
    let (kept, note) = keep_place(&walk, &renamed);
    assert_eq!(note, None);
    assert_eq!(kept.expect("a walk").pack, "router");
}

#[test]
fn the_walk_goes_back_to_the_nearest_earlier_step_when_its_step_is_gone() {
    let pack = guide::check(PackSource::Folder(common::fixture("ok"))).0;
    let walk = walk_to_lights(&pack);
    let edited = pack_with("ok", ROUTER, |t| without_node(&t, "lights", "fixed"));
    let (moved, note) = keep_place(&walk, &edited);
    let moved = moved.expect("a walk");
    assert_eq!(moved.current, at("restart-router", "unplug"));
    assert_eq!(moved.history, [at("restart-router", "find-router")]);
    assert_eq!(moved.verify(&edited), Ok(()));
    assert!(
        moved
            .checked
            .contains_key(&at("restart-router", "find-router"))
    );
    assert_eq!(
        note.as_deref(),
        Some("The step you were on is gone; you are back at \"Unplug it\".")
    );
    // Back still works from there.
    let mut back = moved.clone();
    back.apply(&edited, Command::Back).expect("back");
    assert_eq!(back.current, at("restart-router", "find-router"));

    // The whole guide gone: nothing to go back to, and the scenario
    // leads nowhere.
    let dir = common::copy_fixture("ok");
    std::fs::remove_file(dir.path().join(ROUTER)).expect("delete");
    let gone = guide::check(PackSource::Folder(dir.path().to_owned())).0;
    let (none, note) = keep_place(&walk, &gone);
    assert_eq!(none, None);
    assert_eq!(note.as_deref(), Some("The guide you were walking is gone."));
}

#[test]
fn inside_a_shared_flow_the_walk_keeps_its_flow_or_starts_again_without_it() {
    let pack = guide::check(PackSource::Folder(common::fixture("flows"))).0;
    let mut walk = Walk::begin_scenario(&pack, "wifi").expect("start");
    walk.apply(&pack, Command::Choose(0)).expect("browser");
    walk.apply(&pack, Command::Next).expect("log in");
    assert_eq!(walk.current, at("open-admin", "log-in"));
    assert_eq!(walk.stack, [at("wifi-name", "admin")]);

    // The step removed from the flow: back one step, still inside the flow.
    let edited = pack_with("flows", "data/open-admin.ron", |t| {
        without_node(&t, "log-in", "reset")
    });
    let (moved, note) = keep_place(&walk, &edited);
    let moved = moved.expect("a walk");
    assert_eq!(moved.current, at("open-admin", "browser"));
    assert_eq!(moved.stack, [at("wifi-name", "admin")]);
    assert_eq!(moved.verify(&edited), Ok(()));
    assert!(note.expect("a note").contains("\"Open the admin page\""));

    // The Call that ran the flow is now a plain step: no place of the
    // walk fits, so it starts again from its scenario.
    let edited = pack_with("flows", "data/wifi-name.ron", |t| {
        t.replace(
            "\"admin\": Call(flow: \"open-admin\", then: \"wireless\"),",
            "\"admin\": Step(title: \"Open the admin page yourself\", text: \"Log in.\", next: \"wireless\"),",
        )
    });
    let (again, note) = keep_place(&walk, &edited);
    let again = again.expect("a walk");
    assert_eq!(again.current, at("wifi-name", "admin"));
    assert!(again.history.is_empty() && again.stack.is_empty());
    assert_eq!(
        note.as_deref(),
        Some(
            "The steps you were on are gone; the guide starts again at \"Open the admin page yourself\"."
        )
    );
}

// --- Reliability (docs/RELIABILITY.md) ---

#[test]
fn a_half_written_guide_keeps_the_last_good_pack_until_the_write_completes() {
    let mut pack = Watched::new(events_only());
    let text = retitled(&pack.read(ROUTER), "Written slowly");
    let (first, rest) = text.split_at(text.len() / 2);
    let mut file = std::fs::File::create(pack.path(ROUTER)).expect("open");
    file.write_all(first.as_bytes()).expect("first half");
    file.flush().expect("flush");
    pack.change();
    let problems = pack.reload_and_adopt().expect("half a file is not shown");
    assert!(
        problems
            .iter()
            .any(|p| p.file == ROUTER && p.rule.code() == "syntax")
    );
    assert_eq!(
        guide_title(&pack.shown, "restart-router"),
        "Restart the router"
    );
    // The rest arrives: the next notice reads the whole file.
    file.write_all(rest.as_bytes()).expect("rest");
    drop(file);
    pack.change();
    assert_eq!(pack.reload_and_adopt(), None);
    assert_eq!(guide_title(&pack.shown, "restart-router"), "Written slowly");
}

#[test]
fn a_file_deleted_during_reloads_never_panics_and_the_last_reload_is_right() {
    let mut pack = Watched::new(events_only());
    let path = pack.path(PASSWORD);
    let text = pack.read(PASSWORD);
    let churn = {
        let path = path.clone();
        let text = text.clone();
        std::thread::spawn(move || {
            for _ in 0..200 {
                let _ = std::fs::remove_file(&path);
                std::thread::yield_now();
                std::fs::write(&path, &text).expect("put back");
            }
        })
    };
    let mut reloads = 0;
    while !churn.is_finished() {
        // Mid-reload the file may be listed and then gone: a problem with
        // that file (or its references), never a panic.
        let during = reload(&pack.root);
        for problem in during.problems.iter().filter(|p| p.is_error()) {
            assert!(
                ["file", "scenario-target", "dangling-reference", "syntax"]
                    .contains(&problem.rule.code()),
                "{problem:#?}"
            );
        }
        reloads += 1;
    }
    churn.join().expect("churn");
    assert!(reloads > 0);
    pack.change();
    // Let the last burst settle, then the reload it asks for is right.
    std::thread::sleep(Duration::from_millis(150));
    pack.watcher.take_change();
    assert_eq!(pack.reload_and_adopt(), None);
    assert!(pack.shown.pack.guide("change-password").is_some());
    assert_eq!(errors(&pack.shown), 0);
}

/// A zlib stream of `len` zero bytes in fixed-Huffman blocks of
/// 258-byte copies: about 13 bits for every 258 bytes.
fn zeros_zlib(len: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        bit: u32,
        acc: u32,
    }
    impl Bits {
        /// Writes `n` bits of `value`, lowest first.
        fn put(&mut self, value: u32, n: u32) {
            for i in 0..n {
                self.acc |= ((value >> i) & 1) << self.bit;
                self.bit += 1;
                if self.bit == 8 {
                    self.out.push(self.acc as u8);
                    self.acc = 0;
                    self.bit = 0;
                }
            }
        }
        /// Writes a Huffman code of `n` bits, highest first.
        fn code(&mut self, code: u32, n: u32) {
            let reversed = code.reverse_bits() >> (32 - n);
            self.put(reversed, n);
        }
    }
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        bit: 0,
        acc: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    bits.code(0x30, 8); // a literal 0
    let mut left = len - 1;
    while left >= 258 {
        bits.code(0xC5, 8); // length 258 (code 285)
        bits.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        bits.code(0x30, 8);
    }
    bits.code(0, 7); // end of block
    if bits.bit > 0 {
        bits.out.push(bits.acc as u8);
    }
    // Adler-32 of zeros: a stays 1, b adds it once per byte.
    let b = (len % 65_521) as u32;
    bits.out.extend_from_slice(&((b << 16) | 1).to_be_bytes());
    bits.out
}

/// A PNG chunk with its length and CRC.
fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32fast::hash(&body).to_be_bytes());
    out
}

/// A real, valid PNG of `side` x `side` RGBA pixels, all zero: a couple of
/// megabytes on disk, `side * side * 4` bytes once decoded.
fn png_bomb(side: u32) -> Vec<u8> {
    let mut ihdr = side.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&side.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let raw = (side as usize) * (1 + side as usize * 4);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &zeros_zlib(raw)));
    png.extend(chunk(b"IEND", &[]));
    png
}

#[test]
fn a_picture_replaced_by_a_png_bomb_is_read_by_its_header_only() {
    let mut pack = Watched::new(events_only());
    // 8192 x 8192 RGBA: 256 MiB decoded, 1.6 MB on disk.
    let bomb = png_bomb(8192);
    assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
    // The bomb is real: a decoder reading it would fill 256 MiB.
    let header = image::ImageReader::new(std::io::Cursor::new(&bomb))
        .with_guessed_format()
        .expect("format")
        .into_dimensions()
        .expect("a valid header");
    assert_eq!(header, (8192, 8192));
    std::fs::write(pack.path("assets/settings.png"), &bomb).expect("write");
    drop(bomb);
    pack.change();
    LARGEST.store(0, Ordering::SeqCst);
    let start = Instant::now();
    let reloaded = reload(&pack.root);
    let took = start.elapsed();
    let largest = LARGEST.load(Ordering::SeqCst);
    // Reading and checking the pack looked at the header alone: no
    // allocation anywhere near a decoded picture, and quick.
    assert!(largest < 16 << 20, "an allocation of {largest} bytes");
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_eq!(
        reloaded.pack.source.image_size("settings.png"),
        Ok((8192, 8192))
    );
    assert!(matches!(adopt(&pack.shown, reloaded), Adoption::Replace(_)));

    // The tiny bomb: a 77-byte PNG declaring 100000 x 100000 pixels is
    // refused from its header; the last good pack stays.
    let mut ihdr = 100_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut tiny = b"\x89PNG\r\n\x1a\n".to_vec();
    tiny.extend(chunk(b"IHDR", &ihdr));
    tiny.extend(chunk(b"IDAT", &[]));
    tiny.extend(chunk(b"IEND", &[]));
    std::fs::write(pack.path("assets/settings.png"), &tiny).expect("write");
    pack.change();
    let problems = pack.reload_and_adopt().expect("kept");
    assert!(
        problems.iter().any(|p| p.rule.code() == "image-too-large"),
        "{problems:#?}"
    );
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[cfg(unix)]
fn listing(root: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    let mut todo = vec![root.to_owned()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).expect("list").flatten() {
            if entry.path().is_dir() {
                todo.push(entry.path());
            }
            all.push(entry.path());
        }
    }
    all.sort();
    all
}

#[cfg(unix)]
#[test]
fn a_read_only_pack_folder_is_watched_and_nothing_is_written_into_it() {
    let dir = common::copy_fixture("ok");
    let root = dir.path().to_owned();
    let before = listing(&root);
    let folders = [
        root.join("assets/router"),
        root.join("assets"),
        root.join("data"),
        root.clone(),
    ];
    for file in before.iter().filter(|p| p.is_file()) {
        set_mode(file, 0o444);
    }
    for folder in &folders {
        set_mode(folder, 0o555);
    }
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let watcher = PackWatcher::start_with(&root, events_only(), move || {
        counter.fetch_add(1, Ordering::SeqCst);
    })
    .expect("starts");
    wait_until("ready", || watcher.is_ready());
    assert!(!watcher.is_polling(), "events work on a read-only folder");
    let loaded = reload(&root);
    assert_eq!(errors(&loaded), 0);
    assert_eq!(listing(&root), before, "the watcher wrote nothing");
    // Someone allowed to (another user, or git) changes a guide.
    let guide = root.join(ROUTER);
    set_mode(&guide, 0o644);
    let text = std::fs::read_to_string(&guide).expect("read");
    std::fs::write(&guide, retitled(&text, "Read only")).expect("write");
    wait_until("the change is noticed", || watcher.take_change().is_some());
    assert!(wakes.load(Ordering::SeqCst) > 0);
    assert_eq!(guide_title(&reload(&root), "restart-router"), "Read only");
    for folder in &folders {
        set_mode(folder, 0o755);
    }
}

#[cfg(unix)]
#[test]
fn a_reload_stuck_on_a_slow_file_never_blocks_the_caller() {
    let mut pack = Watched::new(events_only());
    // A named pipe stands for a file on a disk that does not answer:
    // opening it waits until something writes to it.
    let slow = pack.path("data/a-slow.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&slow)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    assert!(names(&pack.change()).contains(&"data/a-slow.ron"));
    let ctx = egui::Context::default();
    let loader = PackLoader::spawn(PackSource::Folder(pack.root.clone()), &ctx);
    // The reload waits on its worker; the caller (the UI thread) goes on:
    // polling the reload, asking the watcher, noticing other changes.
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(300) {
        let asked = Instant::now();
        assert!(matches!(loader.poll(), Poll::Waiting));
        let _ = pack.watcher.take_change();
        assert!(
            asked.elapsed() < Duration::from_millis(50),
            "the caller waited"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    pack.write(ROUTER, &retitled(&pack.read(ROUTER), "Meanwhile"));
    assert_eq!(names(&pack.change()), [ROUTER]);
    assert!(matches!(loader.poll(), Poll::Waiting));
    // The disk answers: the reload completes, reading the files after the
    // slow one as they are now.
    let guide = "Guide(id: \"a-slow\", title: \"Slow\", start: \"end\", nodes: {\"end\": Outcome(kind: Solved, title: \"Done\")})";
    std::fs::write(&slow, guide).expect("write to the pipe");
    let start = Instant::now();
    let loaded = loop {
        match loader.poll() {
            Poll::Ready(loaded) => break loaded,
            Poll::Waiting => {
                assert!(start.elapsed() < DEADLINE, "the reload never finished");
                std::thread::sleep(Duration::from_millis(5));
            }
            Poll::Failed => panic!("the loader failed"),
        }
    };
    assert!(
        loaded.pack.guide("a-slow").is_some(),
        "{:#?}",
        loaded.problems
    );
    assert_eq!(guide_title(&loaded, "restart-router"), "Meanwhile");
    // The pipe is not a pack file to keep: take it away before the
    // temporary folder goes.
    std::fs::remove_file(&slow).expect("remove the pipe");
    let _ = pack.reload_and_adopt();
}

/// Polls a [`LiveReload`] until it hands over a reloaded pack.
fn next_reload(live: &mut LiveReload, ctx: &egui::Context) -> Loaded {
    let start = Instant::now();
    loop {
        if let Some(loaded) = live.poll(ctx) {
            return loaded;
        }
        assert!(start.elapsed() < DEADLINE, "no reload in {DEADLINE:?}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn live_reload_reads_again_and_a_save_during_a_reload_is_not_lost() {
    let dir = common::copy_fixture("ok");
    let root = dir.path().to_owned();
    let ctx = egui::Context::default();
    let mut live = LiveReload::start_with(&root, events_only(), &ctx).expect("starts");
    wait_until("ready", || live.watcher().is_ready());
    assert!(live.poll(&ctx).is_none(), "nothing changed yet");
    let original = std::fs::read_to_string(root.join(ROUTER)).expect("read");
    std::fs::write(root.join(ROUTER), retitled(&original, "First")).expect("save");
    let first = next_reload(&mut live, &ctx);
    assert_eq!(guide_title(&first, "restart-router"), "First");
    assert!(!live.is_loading());

    // A slow file (a named pipe, read last) holds the next reload up...
    let slow = root.join("data/z-slow.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&slow)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let (answer, answers) = std::sync::mpsc::channel::<()>();
    let writer = {
        let slow = slow.clone();
        std::thread::spawn(move || {
            let guide = "Guide(id: \"z-slow\", title: \"Slow\", start: \"end\", nodes: {\"end\": Outcome(kind: Solved, title: \"Done\")})";
            // Each answer lets one reader through.
            while answers.recv().is_ok() {
                std::fs::write(&slow, guide).expect("write to the pipe");
            }
        })
    };
    wait_until("a reload starts", || {
        assert!(live.poll(&ctx).is_none());
        live.is_loading()
    });
    // ... and the author saves meanwhile: the notice is taken while the
    // reload runs.
    std::fs::write(root.join(ROUTER), retitled(&original, "During")).expect("save");
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(400) {
        assert!(
            live.poll(&ctx).is_none(),
            "the slow reload is still running"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    answer.send(()).expect("answer");
    let slowed = next_reload(&mut live, &ctx);
    assert!(slowed.pack.guide("z-slow").is_some());
    // The save that came during it is read by another reload, at once.
    assert!(live.is_loading(), "a reload for the save made meanwhile");
    answer.send(()).expect("answer");
    let after = next_reload(&mut live, &ctx);
    assert_eq!(guide_title(&after, "restart-router"), "During");
    drop(answer);
    writer.join().expect("writer");
    std::fs::remove_file(&slow).expect("remove the pipe");
}
