//! Loading a pack for the window on a worker thread, so the window shows at
//! once and the pack ([`Loaded`]) arrives a moment later; the editor's live
//! reload uses the same worker. Tests and `StepwiseApp::new` load on the
//! spot with `Loaded::now`.

use std::sync::mpsc::{Receiver, TryRecvError};

use crate::guide::PackSource;
pub use crate::guide::loaded::Loaded;

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
        PackLoader::spawn_job(move || Loaded::now(source), ctx)
    }

    /// Runs `job` (which loads a pack) on a worker; `ctx` is woken when
    /// the pack is ready.
    pub fn spawn_job(
        job: impl FnOnce() -> Loaded + Send + 'static,
        ctx: &egui::Context,
    ) -> PackLoader {
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("stepwise-pack-loader".to_owned())
            .spawn(move || {
                let loaded = job();
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
