//! Live reload for `stepwise edit`, the part that watches: a
//! [`PackWatcher`] notices every change to a pack folder's `data/` and
//! `assets/` and tells its caller once per burst of changes. It knows no
//! window: the caller gives it a function to wake itself with. What is
//! done with a change lives elsewhere: `authoring/reload.rs` has the rules
//! for what the window shows after the pack is read again ([`adopt`],
//! [`keep_place`]), and `ui/live_reload.rs` is the window's side (reading
//! the pack again off the UI thread, one reload at a time).
//!
//! [`adopt`]: crate::authoring::reload::adopt
//! [`keep_place`]: crate::authoring::reload::keep_place
//!
//! How changes are noticed:
//!
//! - **Events** from the operating system (inotify, FSEvents,
//!   ReadDirectoryChangesW, through notify): the pack folder itself
//!   without its subfolders (so `data/` and `assets/` being removed,
//!   renamed or made anew are seen, and a `.git/` or `target/` beside them
//!   is not watched), and `data/` and `assets/` with everything inside.
//!   notify-debouncer-full merges the events of each file and pairs the
//!   two halves of a rename; this module then waits until the folder has
//!   been quiet for a moment, so a save by temp file and rename (vim, most
//!   IDEs, [`crate::files::write_atomically`]) is one notice, not three.
//!   Reading files is not a change (open and close events are ignored), so
//!   the app's own reload never sets the watcher off again. Editors'
//!   scratch files (`.x.swp`, `x~`, `4913`, `.x.tmp-…`) are ignored.
//! - **A fingerprint** of names, sizes, modification and change times and
//!   file ids of everything under `data/` and `assets/`, taken every
//!   second when events cannot be had (the watcher could not start, the
//!   system's limit of watches is reached, or `STEPWISE_WATCH=poll` says
//!   so: for network and other filesystems where events never arrive) and
//!   every two seconds beside the events as a safety net. It only reads
//!   metadata, never the files.
//!
//! When a folder is replaced (`git checkout` removing and recreating
//! `data/`, or the whole pack folder moved away and back) the events are
//! started again on the new folders, and the notice is given only after
//! that, so the reload reads what is there.
//!
//! Nothing here runs on the caller's thread but [`PackWatcher::start`]
//! (which checks that the folder is a folder and starts a thread) and
//! [`PackWatcher::take_change`] (a lock held only to take a value: the
//! watcher's thread never holds it while touching the disk). A slow disk
//! slows the watcher's thread and the reload's worker, never the window.
//!
//! Long because noticing changes has many real-world cases (renames, swap
//! files, folders replaced, events that never come), each with its test
//! below; splitting them would scatter one state machine over files.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache};

/// The two folders of a pack whose contents matter.
const WATCHED: [&str; 2] = ["data", "assets"];

/// Most file names a [`Change`] lists; past this it says
/// [`Change::unnamed`].
pub const MAX_NAMED: usize = 1_000;

/// Most entries one fingerprint records (like the loader's listing limit).
const MAX_FINGERPRINT_ENTRIES: usize = 100_000;

/// How deep the fingerprint goes below `data/` and `assets/` (the loader
/// stops at 8 folders deep).
const MAX_FINGERPRINT_DEPTH: usize = 10;

/// Longest a burst is gathered: changes that never stop (a tool writing
/// into `assets/` all the time) are still told this often.
const MAX_BURST: Duration = Duration::from_millis(250);

/// The environment variable that forces polling: `STEPWISE_WATCH=poll`.
pub const POLL_VARIABLE: &str = "STEPWISE_WATCH";

/// How a [`PackWatcher`] watches. [`WatchOptions::default`] is what the
/// app uses.
#[derive(Clone, Debug)]
pub struct WatchOptions {
    /// How long the events of one file are gathered before they count
    /// (notify-debouncer-full's timeout; it looks every half of it). The
    /// notice comes once the folder has then been quiet for half of it
    /// and 20 ms more: with the default 40 ms, 80-100 ms after a save.
    pub debounce: Duration,
    /// How often the fingerprint is taken when there are no events.
    pub poll_every: Duration,
    /// How often the fingerprint is taken beside the events, as a safety
    /// net for changes the events miss; `None` for never.
    pub safety_net_every: Option<Duration>,
    /// Poll only, without the operating system's events.
    pub force_polling: bool,
}

impl Default for WatchOptions {
    /// 40 ms debounce, polling every second, a safety net every two
    /// seconds; events unless `STEPWISE_WATCH=poll` is set.
    fn default() -> WatchOptions {
        WatchOptions {
            debounce: Duration::from_millis(40),
            poll_every: Duration::from_secs(1),
            safety_net_every: Some(Duration::from_secs(2)),
            force_polling: std::env::var(POLL_VARIABLE)
                .is_ok_and(|v| v.eq_ignore_ascii_case("poll")),
        }
    }
}

/// What changed since the app last asked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// The pack-relative paths that changed (`data/tv.ron`,
    /// `assets/tv/home.png`, `data` for the folder itself): both names of
    /// a rename, files added and removed. Sorted; at most [`MAX_NAMED`].
    pub files: BTreeSet<String>,
    /// Not every change is named: the system's event queue overflowed,
    /// the pack folder itself was removed or moved, or more than
    /// [`MAX_NAMED`] files changed. Read the whole pack again (the app
    /// always does).
    pub unnamed: bool,
}

impl Change {
    /// Adds what `other` says to this change.
    fn merge(&mut self, other: Change) {
        self.unnamed |= other.unnamed;
        for file in other.files {
            self.name(file);
        }
    }

    /// Adds one changed path, keeping to [`MAX_NAMED`].
    fn name(&mut self, file: String) {
        if self.files.len() < MAX_NAMED || self.files.contains(&file) {
            self.files.insert(file);
        } else {
            self.unnamed = true;
        }
    }

    fn is_empty(&self) -> bool {
        self.files.is_empty() && !self.unnamed
    }
}

/// Why a pack folder cannot be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The path is not a folder (or cannot be reached).
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// The watcher's thread could not be started.
    #[error("could not start watching {}: {source}", .path.display())]
    Thread {
        /// The pack folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Watches a pack folder; see the module's documentation. Dropping it
/// stops the watching (its thread ends on its own, without being waited
/// for).
pub struct PackWatcher {
    shared: Arc<Shared>,
    control: Sender<Message>,
}

/// What the watcher's thread and the app share.
#[derive(Default)]
struct Shared {
    /// The change not yet taken. Locked only to merge or take a value.
    pending: Mutex<Option<Change>>,
    /// Whether the watcher polls (no events).
    polling: AtomicBool,
    /// Whether the watcher has taken its first fingerprint and started
    /// its events.
    ready: AtomicBool,
}

impl Shared {
    fn pending(&self) -> std::sync::MutexGuard<'_, Option<Change>> {
        // A panic elsewhere while holding the lock leaves a usable value.
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What the watcher's thread is told.
enum Message {
    /// Events about the pack (from notify-debouncer-full's thread).
    Events(Burst),
    /// notify reported errors; `limit` when the system's limit of watches
    /// was reached (events are then incomplete: poll instead).
    Trouble { limit: bool },
    /// The [`PackWatcher`] was dropped.
    Stop,
}

impl PackWatcher {
    /// Starts watching the pack folder `pack_dir` with the default options
    /// (polling instead of events when `STEPWISE_WATCH=poll` is set).
    /// `wake` is called on the watcher's thread after each burst of
    /// changes; the app passes `move || ctx.request_repaint()`. Returns at
    /// once: the first look at the folder and the events start on the
    /// watcher's thread ([`PackWatcher::is_ready`]).
    pub fn start(
        pack_dir: &Path,
        wake: impl Fn() + Send + 'static,
    ) -> Result<PackWatcher, WatchError> {
        PackWatcher::start_with(pack_dir, WatchOptions::default(), wake)
    }

    /// [`PackWatcher::start`] with options: tests force polling and
    /// shorten the intervals with them.
    pub fn start_with(
        pack_dir: &Path,
        options: WatchOptions,
        wake: impl Fn() + Send + 'static,
    ) -> Result<PackWatcher, WatchError> {
        let not_a_folder = || WatchError::NotAFolder(pack_dir.to_owned());
        // Events name the real path: watch that, so they can be matched.
        let root = pack_dir.canonicalize().map_err(|_| not_a_folder())?;
        if !root.is_dir() {
            return Err(not_a_folder());
        }
        let shared = Arc::new(Shared::default());
        let (sender, receiver) = std::sync::mpsc::channel();
        let watcher = Watcher {
            root,
            options,
            shared: Arc::clone(&shared),
            wake: Box::new(wake),
            receiver,
            sender: sender.clone(),
            native: None,
            root_lost: false,
            fingerprint: Fingerprint::default(),
            burst: None,
            restarted: None,
        };
        std::thread::Builder::new()
            .name("stepwise-pack-watcher".to_owned())
            .spawn(move || watcher.run())
            .map_err(|source| WatchError::Thread {
                path: pack_dir.to_owned(),
                source,
            })?;
        Ok(PackWatcher {
            shared,
            control: sender,
        })
    }

    /// What changed since the last call, if anything; never waits. Many
    /// bursts not yet taken are merged into one change.
    pub fn take_change(&self) -> Option<Change> {
        self.shared.pending().take()
    }

    /// Whether the watcher polls the folder instead of getting the
    /// system's events (they could not be started, the system's limit of
    /// watches was reached, `STEPWISE_WATCH=poll`, or the pack folder is
    /// gone and the watcher waits for it to come back). Changes then show
    /// within about a second. False until [`PackWatcher::is_ready`].
    pub fn is_polling(&self) -> bool {
        self.shared.polling.load(Ordering::Acquire)
    }

    /// Whether the watcher has taken its first look at the folder and
    /// started its events: changes from then on are noticed.
    pub fn is_ready(&self) -> bool {
        self.shared.ready.load(Ordering::Acquire)
    }
}

impl Drop for PackWatcher {
    fn drop(&mut self) {
        // The thread may be gone already: nothing to stop then.
        let _ = self.control.send(Message::Stop);
    }
}

/// The events of one debounced batch that concern the pack.
#[derive(Default)]
struct Burst {
    change: Change,
    /// The folders' events must be started again: `data/` or `assets/`
    /// was removed, made or moved, the pack folder itself was, or the
    /// system's queue overflowed.
    restart: bool,
}

impl Burst {
    /// Reads one debounced event.
    fn add(&mut self, root: &Path, event: &DebouncedEvent) {
        if matches!(event.kind, EventKind::Access(_)) {
            // Opening and reading (the app's own reload among them).
            return;
        }
        if event.need_rescan() {
            self.change.unnamed = true;
            self.restart = true;
            return;
        }
        for path in &event.paths {
            match place(root, path) {
                Place::Outside | Place::Scratch => {}
                Place::Root => {
                    self.change.unnamed = true;
                    self.restart = true;
                }
                Place::Top(name) => {
                    self.change.name(name.to_owned());
                    self.restart = true;
                }
                Place::Inside(rel) => self.change.name(rel),
            }
        }
    }

    fn merge(&mut self, other: Burst) {
        self.change.merge(other.change);
        self.restart |= other.restart;
    }
}

/// Where a path an event names is, for the pack.
#[derive(Debug, PartialEq, Eq)]
enum Place {
    /// Not in `data/` or `assets/` (a README beside them, `.git/`).
    Outside,
    /// The pack folder itself.
    Root,
    /// `data` or `assets` itself.
    Top(&'static str),
    /// A file or folder inside them, pack-relative with `/`.
    Inside(String),
    /// An editor's scratch file inside them.
    Scratch,
}

fn place(root: &Path, path: &Path) -> Place {
    let Ok(rel) = path.strip_prefix(root) else {
        return Place::Outside;
    };
    let mut parts = rel.components();
    let top = match parts.next() {
        None => return Place::Root,
        Some(Component::Normal(name)) => match WATCHED.iter().find(|t| name == **t) {
            Some(top) => *top,
            None => return Place::Outside,
        },
        Some(_) => return Place::Outside,
    };
    if parts.next().is_none() {
        return Place::Top(top);
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if is_scratch(&name) {
        return Place::Scratch;
    }
    Place::Inside(rel.to_string_lossy().replace('\\', "/"))
}

/// Whether a file name is an editor's scratch file, which the pack never
/// reads: swap and backup files, temporary files of a save by rename,
/// vim's `4913` (its test that the folder is writable), Emacs's `.#x`
/// locks. Other guides (`.ron`) and pictures never are, whatever their
/// name.
pub fn is_scratch(name: &str) -> bool {
    let lower = name.to_lowercase();
    if lower.starts_with(".#") {
        // Emacs's lock file, a link to nowhere, whatever the name after.
        return true;
    }
    let read_by_pack = [".ron", ".png", ".jpg", ".jpeg"]
        .iter()
        .any(|end| lower.ends_with(end));
    if read_by_pack {
        return false;
    }
    lower.starts_with('.')
        || lower == "4913"
        || (lower.starts_with('#') && lower.ends_with('#'))
        || [
            "~",
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".bak",
            ".orig",
            "___jb_tmp___",
            "___jb_old___",
        ]
        .iter()
        .any(|end| lower.ends_with(end))
}

/// `wait` from now (a day at most: options cannot overflow the clock).
fn later(wait: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(wait.min(Duration::from_secs(86_400)))
        .unwrap_or(now)
}

/// The system's events, merged by notify-debouncer-full.
type Native = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// The watcher's thread: its events, its fingerprints, the change it
/// gathers.
struct Watcher {
    root: PathBuf,
    options: WatchOptions,
    shared: Arc<Shared>,
    wake: Box<dyn Fn() + Send>,
    receiver: Receiver<Message>,
    /// Cloned into each native watcher's handler.
    sender: Sender<Message>,
    /// The system's events; `None` when polling.
    native: Option<Native>,
    /// The pack folder was removed or moved: events start again when it
    /// is back, and until then the fingerprint is taken every second.
    root_lost: bool,
    /// The folder as last seen: by the last poll or the last notice.
    fingerprint: Fingerprint,
    /// Events gathered: when the burst began, and when it is due.
    burst: Option<(Burst, Instant, Instant)>,
    /// When the events were last started again: trouble right after
    /// means they cannot work here.
    restarted: Option<Instant>,
}

impl Watcher {
    fn run(mut self) {
        self.fingerprint = Fingerprint::take(&self.root);
        if !self.options.force_polling {
            match self.start_native() {
                Ok(native) => self.native = Some(native),
                Err(why) => eprintln!(
                    "stepwise: watching {} by polling: {why}",
                    self.root.display()
                ),
            }
        }
        self.shared
            .polling
            .store(self.native.is_none(), Ordering::Release);
        self.shared.ready.store(true, Ordering::Release);
        let mut next_poll = later(self.poll_interval());
        loop {
            let mut deadline = next_poll;
            if let Some((_, _, due)) = &self.burst {
                deadline = deadline.min(*due);
            }
            let wait = deadline.saturating_duration_since(Instant::now());
            match self.receiver.recv_timeout(wait) {
                Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                Ok(Message::Events(burst)) => self.gather(burst),
                Ok(Message::Trouble { limit: true }) => {
                    // Some folders are not watched: events are incomplete.
                    self.fall_back_to_polling("the system's limit of watched folders is reached");
                    self.gather(Burst {
                        change: Change {
                            files: BTreeSet::new(),
                            unnamed: true,
                        },
                        restart: false,
                    });
                }
                Ok(Message::Trouble { limit: false }) => {
                    let again = self
                        .restarted
                        .is_some_and(|at| at.elapsed() < Duration::from_secs(2));
                    if again {
                        // Starting them again did not help: poll.
                        self.fall_back_to_polling("the system's events keep failing");
                    }
                    self.gather(Burst {
                        change: Change {
                            files: BTreeSet::new(),
                            unnamed: true,
                        },
                        restart: !again,
                    });
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            let now = Instant::now();
            if self.burst.as_ref().is_some_and(|(_, _, due)| now >= *due) {
                self.finish_burst();
            }
            if now >= next_poll {
                self.poll();
                next_poll = later(self.poll_interval());
            }
        }
    }

    /// How long until the next fingerprint.
    fn poll_interval(&self) -> Duration {
        match (&self.native, self.options.safety_net_every) {
            (Some(_), Some(every)) if !self.root_lost => every,
            // A safety net of never: wake now and then anyway, to no end
            // but checking for Stop (which arrives as a message).
            (Some(_), None) if !self.root_lost => Duration::from_secs(3600),
            _ => self.options.poll_every,
        }
    }

    /// The folder must be quiet this long after a batch of events before
    /// the notice: the debouncer sends a save's events in one or two
    /// batches a tick (half the debounce) apart, later on a busy machine.
    fn quiet(&self) -> Duration {
        (self.options.debounce / 2).saturating_add(Duration::from_millis(20))
    }

    fn gather(&mut self, burst: Burst) {
        self.gather_for(burst, self.quiet());
    }

    /// Adds to the burst, due `wait` from now but no later than
    /// [`MAX_BURST`] after it began.
    fn gather_for(&mut self, burst: Burst, wait: Duration) {
        let due = later(wait);
        match &mut self.burst {
            Some((gathered, began, at)) => {
                gathered.merge(burst);
                *at = due.min(began.checked_add(MAX_BURST).unwrap_or(due));
            }
            None => self.burst = Some((burst, Instant::now(), due)),
        }
    }

    /// The folder has been quiet: start the events again where folders
    /// were replaced, then tell the app.
    fn finish_burst(&mut self) {
        let Some((burst, _, _)) = self.burst.take() else {
            return;
        };
        if burst.restart && self.native.is_some() {
            self.restart_native();
        }
        // Seen by this notice: the safety net must not tell it again.
        self.fingerprint = Fingerprint::take(&self.root);
        self.publish(burst.change);
    }

    /// Takes a fingerprint and tells the app if it differs. Beside the
    /// events, what the safety net finds waits as long as the events'
    /// own notice would: a change the events did see is then told once.
    fn poll(&mut self) {
        if self.root_lost && self.root.is_dir() {
            self.restart_native();
        }
        let now = Fingerprint::take(&self.root);
        let change = self.fingerprint.changes_to(&now);
        self.fingerprint = now;
        if change.is_empty() {
            return;
        }
        if self.native.is_some() {
            let wait = self
                .options
                .debounce
                .saturating_mul(2)
                .saturating_add(self.quiet());
            self.gather_for(
                Burst {
                    change,
                    restart: false,
                },
                wait,
            );
        } else {
            self.publish(change);
        }
    }

    fn publish(&self, change: Change) {
        if change.is_empty() {
            return;
        }
        {
            let mut pending = self.shared.pending();
            match pending.as_mut() {
                Some(waiting) => waiting.merge(change),
                None => *pending = Some(change),
            }
        }
        (self.wake)();
    }

    /// Drops the events and starts them again on the folders as they are
    /// now (a folder made anew is another folder to the system).
    fn restart_native(&mut self) {
        self.native = None;
        self.restarted = Some(Instant::now());
        if !self.root.is_dir() {
            // Gone: the fingerprint is taken every second until it is back.
            self.root_lost = true;
            self.shared.polling.store(true, Ordering::Release);
            return;
        }
        match self.start_native() {
            Ok(native) => {
                self.native = Some(native);
                self.root_lost = false;
                self.shared.polling.store(false, Ordering::Release);
            }
            Err(why) => self.fall_back_to_polling(&why),
        }
    }

    fn fall_back_to_polling(&mut self, why: &str) {
        if self.native.take().is_some() || self.root_lost {
            eprintln!(
                "stepwise: watching {} by polling from now on: {why}",
                self.root.display()
            );
        }
        self.root_lost = false;
        self.shared.polling.store(true, Ordering::Release);
    }

    /// The system's events for the pack folder (without its subfolders)
    /// and for `data/` and `assets/` (with theirs).
    fn start_native(&self) -> Result<Native, String> {
        let root = self.root.clone();
        let sender = self.sender.clone();
        let handler = move |result: DebounceEventResult| on_events(&root, &sender, result);
        let tick = (self.options.debounce / 2).max(Duration::from_millis(1));
        let mut native = notify_debouncer_full::new_debouncer(
            self.options.debounce.max(tick),
            Some(tick),
            handler,
        )
        .map_err(|e| e.to_string())?;
        native
            .watch(&self.root, RecursiveMode::NonRecursive)
            .map_err(|e| e.to_string())?;
        for top in WATCHED {
            match native.watch(self.root.join(top), RecursiveMode::Recursive) {
                Ok(()) => {}
                // Not there yet: the pack folder's events say when it is.
                Err(e) if matches!(e.kind, notify::ErrorKind::PathNotFound) => {}
                Err(e) if is_not_found(&e) => {}
                Err(e) => return Err(e.to_string()),
            }
        }
        Ok(native)
    }
}

fn is_not_found(error: &notify::Error) -> bool {
    matches!(&error.kind, notify::ErrorKind::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// notify-debouncer-full's handler, on its thread: sorts out the events
/// that concern the pack and passes them on. Never blocks.
fn on_events(root: &Path, sender: &Sender<Message>, result: DebounceEventResult) {
    let message = match result {
        Ok(events) => {
            let mut burst = Burst::default();
            for event in &events {
                burst.add(root, event);
            }
            if burst.change.is_empty() && !burst.restart {
                return;
            }
            Message::Events(burst)
        }
        Err(errors) => Message::Trouble {
            limit: errors
                .iter()
                .any(|e| matches!(e.kind, notify::ErrorKind::MaxFilesWatch)),
        },
    };
    // The watcher's thread may have stopped: nobody to tell.
    let _ = sender.send(message);
}

mod fingerprint;

use fingerprint::Fingerprint;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_files_are_told_from_pack_files() {
        for scratch in [
            ".tv.ron.swp",
            ".tv.ron.swx",
            "tv.ron~",
            "4913",
            ".tv.ron.tmp-123-0",
            "#tv.ron#",
            ".#tv.ron",
            "tv.ron___jb_tmp___",
            ".DS_Store",
            "notes.bak",
        ] {
            assert!(is_scratch(scratch), "{scratch}");
        }
        for read in [
            "tv.ron",
            ".hidden.ron",
            "home.png",
            "Home.JPG",
            "notes.txt",
            "README.md",
        ] {
            assert!(!is_scratch(read), "{read}");
        }
    }

    #[test]
    fn places_in_the_pack_are_sorted_out() {
        let root = Path::new("/p");
        assert_eq!(place(root, Path::new("/p")), Place::Root);
        assert_eq!(place(root, Path::new("/p/data")), Place::Top("data"));
        assert_eq!(place(root, Path::new("/p/assets")), Place::Top("assets"));
        assert_eq!(
            place(root, Path::new("/p/data/sub/tv.ron")),
            Place::Inside("data/sub/tv.ron".to_owned())
        );
        assert_eq!(
            place(root, Path::new("/p/data/.tv.ron.swp")),
            Place::Scratch
        );
        assert_eq!(place(root, Path::new("/p/README.md")), Place::Outside);
        assert_eq!(place(root, Path::new("/p/.git/index")), Place::Outside);
        assert_eq!(place(root, Path::new("/q/data/tv.ron")), Place::Outside);
        assert_eq!(place(root, Path::new("/p/database/x")), Place::Outside);
    }

    #[test]
    fn a_change_names_at_most_max_named_files() {
        let mut change = Change::default();
        for i in 0..MAX_NAMED + 5 {
            change.name(format!("data/{i}.ron"));
        }
        assert_eq!(change.files.len(), MAX_NAMED);
        assert!(change.unnamed);
    }
}
