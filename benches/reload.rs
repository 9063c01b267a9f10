//! Live reload's budget: from a guide file being saved to the window
//! having the new pack ready (the watcher's notice after its debounce,
//! then `Loaded::now`: read, check and index), on a copy of the built-in
//! pack in a temporary folder, with the options the app uses. The target
//! is 250 ms (docs/PERFORMANCE.md).
//!
//! ```sh
//! cargo bench --bench reload            # 21 saves of each kind
//! cargo bench --bench reload -- 51      # more
//! ```
//!
//! Prints, for saves in place, saves by temp file and rename, and (fewer)
//! saves noticed by polling: the median, fastest and slowest of the time
//! to the notice, of the reload, and of both.

use std::path::Path;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use stepwise::authoring::watch::{PackWatcher, WatchOptions};
use stepwise::guide::PackSource;
use stepwise::ui::loader::Loaded;

/// The guide that is saved again and again.
const GUIDE: &str = "data/sign-out-tv.ron";

/// How a save is made.
#[derive(Clone, Copy)]
enum Save {
    /// Written over the file (truncate, write).
    InPlace,
    /// A temporary file renamed over it (vim, most IDEs, Stepwise itself).
    Rename,
}

struct Sample {
    notice: Duration,
    reload: Duration,
}

fn main() {
    let runs = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(21);
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (rel, bytes) in PackSource::builtin_files() {
        let path = dir.path().join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, &bytes[..]).expect("copy the built-in pack");
    }
    let warm = Loaded::now(PackSource::Folder(dir.path().to_owned()));
    let errors = warm.problems.iter().filter(|p| p.is_error()).count();
    assert_eq!(errors, 0, "the built-in pack checks clean");
    println!(
        "live reload of the built-in pack ({} guides, {} nodes) copied to a temporary folder",
        warm.pack.guides.len(),
        warm.pack
            .guides
            .iter()
            .map(|g| g.guide.nodes.len())
            .sum::<usize>()
    );
    let events = WatchOptions {
        force_polling: false,
        ..WatchOptions::default()
    };
    println!(
        "debounce {:?}; {runs} saves of {GUIDE} each; median / fastest / slowest",
        events.debounce
    );
    for (name, save) in [("in place", Save::InPlace), ("by rename", Save::Rename)] {
        let samples = measure(dir.path(), events.clone(), save, runs);
        report(&format!("events, save {name}"), &samples);
    }
    let polling = WatchOptions {
        force_polling: true,
        ..WatchOptions::default()
    };
    let samples = measure(dir.path(), polling.clone(), Save::InPlace, runs.min(7));
    report(
        &format!("polling every {:?}, save in place", polling.poll_every),
        &samples,
    );
}

fn measure(root: &Path, options: WatchOptions, save: Save, runs: usize) -> Vec<Sample> {
    let polls = options.force_polling;
    let (sender, woken): (_, Receiver<Instant>) = std::sync::mpsc::channel();
    let watcher = PackWatcher::start_with(root, options, move || {
        let _ = sender.send(Instant::now());
    })
    .expect("the watcher starts");
    let started = Instant::now();
    while !watcher.is_ready() {
        assert!(started.elapsed() < Duration::from_secs(10), "never ready");
        std::thread::sleep(Duration::from_millis(1));
    }
    let path = root.join(GUIDE);
    let original = std::fs::read_to_string(&path).expect("read the guide");
    let mut samples = Vec::with_capacity(runs);
    for run in 0..runs {
        let title = format!("Sign out of Netflix on a TV or streaming stick ({run})");
        let text = original.replacen(
            "title: \"Sign out of Netflix on a TV or streaming stick\"",
            &format!("title: \"{title}\""),
            1,
        );
        // Nothing left over from the last run.
        while woken.try_recv().is_ok() {}
        watcher.take_change();
        let saved = Instant::now();
        match save {
            Save::InPlace => std::fs::write(&path, &text).expect("save"),
            Save::Rename => {
                stepwise::files::write_atomically(&path, text.as_bytes()).expect("save")
            }
        }
        let noticed = woken
            .recv_timeout(Duration::from_secs(10))
            .expect("a notice within 10 s");
        let change = watcher.take_change().expect("a change to take");
        assert!(change.files.contains(GUIDE) || change.unnamed, "{change:?}");
        let loaded = Loaded::now(PackSource::Folder(root.to_owned()));
        let ready = Instant::now();
        let shown = loaded
            .pack
            .guide("sign-out-tv")
            .map(|g| g.guide.title.as_str());
        assert_eq!(shown, Some(title.as_str()), "the reload has the saved text");
        samples.push(Sample {
            notice: noticed.saturating_duration_since(saved),
            reload: ready.saturating_duration_since(noticed),
        });
        // Let the burst end before the next save, as between two saves;
        // when polling, also save at another moment of the poll's cycle
        // each time (a fixed pause would always save just after a poll).
        let pause = if polls {
            60 + (run as u64 * 379) % 1000
        } else {
            60
        };
        std::thread::sleep(Duration::from_millis(pause));
    }
    std::fs::write(&path, &original).expect("put the guide back");
    samples
}

fn report(name: &str, samples: &[Sample]) {
    let stats = |f: &dyn Fn(&Sample) -> Duration| {
        let mut all: Vec<Duration> = samples.iter().map(f).collect();
        all.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        match (all.first(), all.get(all.len() / 2), all.last()) {
            (Some(min), Some(median), Some(max)) => {
                format!(
                    "{:7.1} / {:6.1} / {:6.1} ms",
                    ms(*median),
                    ms(*min),
                    ms(*max)
                )
            }
            _ => "no samples".to_owned(),
        }
    };
    println!("{name} ({} saves):", samples.len());
    println!("  save to notice   {}", stats(&|s| s.notice));
    println!("  reload           {}", stats(&|s| s.reload));
    println!("  save to ready    {}", stats(&|s| s.notice + s.reload));
}
