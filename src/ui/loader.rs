//! Loading a pack for the window: read, checked and indexed, either right
//! here (tests, `StepwiseApp::new`) or on a worker thread so the window
//! shows at once and the pack arrives a moment later. The editor's live
//! reload (a later screen) uses the same worker.

use std::collections::HashSet;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::guide::search::SearchIndex;
use crate::guide::{self, Pack, PackSource, Problem};

/// A pack ready to show: checked, with its problems and its search index.
pub struct Loaded {
    /// The pack.
    pub pack: Pack,
    /// Every problem found, sorted.
    pub problems: Vec<Problem>,
    /// Ids of the guides whose files have errors (their tiles say so).
    pub broken_guides: HashSet<String>,
    /// The search index over the pack.
    pub index: SearchIndex,
}

impl Loaded {
    /// Loads, checks and indexes a pack on this thread.
    pub fn now(source: PackSource) -> Loaded {
        profiling::function_scope!();
        let (pack, problems) = guide::check(source);
        let broken_files: HashSet<&str> = problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| p.file.as_str())
            .collect();
        let broken_guides = pack
            .guides
            .iter()
            .filter(|g| broken_files.contains(g.file.as_str()))
            .map(|g| g.guide.id.clone())
            .collect();
        let index = SearchIndex::new(&pack);
        Loaded {
            pack,
            problems,
            broken_guides,
            index,
        }
    }

    /// An empty pack from `source`, shown while the real one loads.
    pub fn placeholder(source: PackSource) -> Loaded {
        let pack = Pack::empty(source);
        let index = SearchIndex::new(&pack);
        Loaded {
            pack,
            problems: Vec::new(),
            broken_guides: HashSet::new(),
            index,
        }
    }
}

/// A pack being loaded on a worker thread.
pub struct PackLoader {
    receiver: Receiver<Loaded>,
    started: std::time::Instant,
}

/// What [`PackLoader::poll`] found.
pub enum Poll {
    /// Still working.
    Waiting,
    /// Done.
    Ready(Box<Loaded>),
    /// The worker stopped without a pack (it panicked).
    Failed,
}

impl PackLoader {
    /// Starts loading `source`; `ctx` is woken when the pack is ready.
    pub fn spawn(source: PackSource, ctx: &egui::Context) -> PackLoader {
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("stepwise-pack-loader".to_owned())
            .spawn(move || {
                let loaded = Loaded::now(source);
                // The window may have closed meanwhile: nobody to tell.
                let _ = sender.send(loaded);
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            // No thread: the receiver reports Failed and the app loads inline.
            eprintln!("stepwise: could not start the pack loader: {e}");
        }
        PackLoader {
            receiver,
            started: std::time::Instant::now(),
        }
    }

    /// The pack, once it is ready.
    pub fn poll(&self) -> Poll {
        match self.receiver.try_recv() {
            Ok(loaded) => Poll::Ready(Box::new(loaded)),
            Err(TryRecvError::Empty) => Poll::Waiting,
            Err(TryRecvError::Disconnected) => Poll::Failed,
        }
    }

    /// How long it has been loading.
    pub fn elapsed(&self) -> std::time::Duration {
        self.started.elapsed()
    }
}
