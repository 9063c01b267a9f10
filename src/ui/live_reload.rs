//! The window's side of live reload in `stepwise edit`: a
//! [`PackWatcher`] (which knows no window) and the reloads it asks for,
//! one at a time, on the pack loader's worker thread, waking the window
//! when something changed and when a reload is ready.
//!
//! How the app uses it (all of it on the UI thread, none of it blocking):
//!
//! 1. When the window opens on a pack folder, before the first load:
//!    [`LiveReload::start`]`(dir, ctx)`. An error means the folder cannot
//!    be watched at all (it is not a folder): say so and go on without
//!    live reload.
//! 2. Every frame: [`LiveReload::poll`]`(ctx)`. It takes the watcher's
//!    notice, starts a reload off the UI thread (`PackLoader`) when
//!    something changed, starts another when a save came during a reload
//!    (so no save is lost), and hands over a reloaded pack when one is
//!    ready.
//! 3. With a reloaded pack: [`adopt`]`(&shown, reloaded)`.
//!    [`Adoption::Replace`]: show the new pack, then [`keep_place`] for the
//!    walk in progress (and show its note, if any). [`Adoption::Keep`]: go
//!    on showing the pack as it is, with the problems it gives as the ones
//!    the author sees now (until the next reload).
//!
//! [`adopt`]: crate::authoring::reload::adopt
//! [`keep_place`]: crate::authoring::reload::keep_place
//! [`Adoption::Replace`]: crate::authoring::reload::Adoption::Replace
//! [`Adoption::Keep`]: crate::authoring::reload::Adoption::Keep

use std::path::Path;

use crate::authoring::watch::{PackWatcher, WatchError, WatchOptions};
use crate::guide::PackSource;
use crate::guide::loaded::Loaded;
use crate::ui::loader::{PackLoader, Poll};

/// The app's side of live reload: a [`PackWatcher`] and the reloads it
/// asks for, one at a time, on the loader's worker thread.
pub struct LiveReload {
    source: PackSource,
    watcher: PackWatcher,
    loading: Option<PackLoader>,
    /// A change came while a reload was running: read again after it.
    again: bool,
}

impl LiveReload {
    /// Starts watching the pack folder `pack_dir` for the window `ctx`,
    /// which is woken when something changed and when a reload is ready.
    pub fn start(pack_dir: &Path, ctx: &egui::Context) -> Result<LiveReload, WatchError> {
        LiveReload::start_with(pack_dir, WatchOptions::default(), ctx)
    }

    /// [`LiveReload::start`] with the watcher's options.
    pub fn start_with(
        pack_dir: &Path,
        options: WatchOptions,
        ctx: &egui::Context,
    ) -> Result<LiveReload, WatchError> {
        let waker = ctx.clone();
        let watcher = PackWatcher::start_with(pack_dir, options, move || waker.request_repaint())?;
        Ok(LiveReload {
            source: PackSource::Folder(pack_dir.to_owned()),
            watcher,
            loading: None,
            again: false,
        })
    }

    /// Call once a frame; never waits. Starts a reload when the pack's
    /// files changed (after the one running, if any), and returns the
    /// reloaded pack when one is ready: give it to [`adopt`].
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Loaded> {
        if self.watcher.take_change().is_some() {
            self.again = true;
        }
        let mut ready = None;
        if let Some(loader) = &self.loading {
            match loader.poll() {
                Poll::Waiting => {}
                Poll::Ready(loaded) => {
                    ready = Some(*loaded);
                    self.loading = None;
                }
                Poll::Failed => {
                    // No pack from that reload (its worker could not run):
                    // the next change tries again, not every frame.
                    eprintln!("stepwise: the pack could not be read again");
                    self.loading = None;
                }
            }
        }
        if self.loading.is_none() && self.again {
            self.again = false;
            self.loading = Some(PackLoader::spawn(self.source.clone(), ctx));
        }
        ready
    }

    /// Whether a reload is running (the window may say "Reading the
    /// pack…").
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The watcher, to ask whether it polls.
    pub fn watcher(&self) -> &PackWatcher {
        &self.watcher
    }
}
