//! The app's side of the reader's shelf: showing another pack, adding the
//! opened file to their guides, removing one. A walk in progress is parked
//! under its pack's id when another pack is shown, and taken up again when
//! that pack comes back.

use std::path::Path;

use super::{Screen, StepwiseApp};
use crate::bundle::Seal;
use crate::bundle::trust::{Trust, TrustStore};
use crate::guide::{NodeRef, PackSource};
use crate::tr;
use crate::ui::loader::{Loaded, PackLoader};
use crate::ui::shelf::{Origin, Shelf};

impl StepwiseApp {
    /// Where the pack on show comes from.
    pub fn origin(&self) -> Origin {
        Origin::of(&self.loaded.pack.source)
    }

    /// The reader's shelf.
    pub fn shelf(&self) -> &Shelf {
        &self.shelf
    }

    /// Shows the pack from `origin` (loaded on the worker), then starts at
    /// `hit` if given.
    pub(super) fn show_pack(
        &mut self,
        ctx: &egui::Context,
        origin: Origin,
        hit: Option<(Option<String>, NodeRef)>,
    ) {
        self.park_walk();
        self.pending_hit = hit;
        self.screen = Screen::Home;
        self.query.clear();
        self.confirm_remove = None;
        let reader = self.reader.clone();
        let lang = self.reader_language();
        let job = move || {
            match origin {
                Origin::Builtin => Loaded::now(PackSource::Builtin),
                Origin::Folder(dir) => Loaded::now(PackSource::Folder(dir)),
                Origin::File(path) => Loaded::open_file(&path, reader.as_ref()),
            }
            .in_language(lang)
        };
        if self.painted_once {
            self.loader = Some(PackLoader::spawn_job(job, ctx));
        } else {
            // Tests drive the app before its first frame: load on the spot.
            self.receive(job());
        }
    }

    /// Keeps the walk in progress under its pack's id.
    fn park_walk(&mut self) {
        if let Some(walk) = self.saved.walk.take() {
            let begun = self.saved.walk_begun;
            self.saved.parked.insert(walk.pack.clone(), (walk, begun));
        }
    }

    /// Takes up the walk parked for the pack now on show, if there is one
    /// and no other walk is in progress.
    pub(super) fn unpark_walk(&mut self) {
        let id = self.loaded.pack.manifest.id.clone();
        if self.saved.walk.as_ref().is_some_and(|w| w.pack != id) {
            self.park_walk();
        }
        if self.saved.walk.is_none()
            && let Some((walk, begun)) = self.saved.parked.remove(&id)
        {
            self.saved.walk = Some(walk);
            self.saved.walk_begun = begun;
        }
    }

    /// Starts where a search result in another pack asked to, once that
    /// pack is on show.
    pub(super) fn open_pending_hit(&mut self) {
        if let Some((scenario, target)) = self.pending_hit.take() {
            match crate::guide::walk::Walk::begin(
                &self.loaded.pack,
                scenario.as_deref(),
                &target.to_string(),
            ) {
                Ok(walk) => self.start_walk(walk),
                Err(e) => self.notice = Some(tr!(app_cannot_start, error = e.to_string())),
            }
        }
    }

    /// Copies the opened file into the reader's guides and shows it from
    /// there (the file that was opened may be in Downloads, and go).
    pub(super) fn add_to_library(&mut self, ctx: &egui::Context) {
        let (Some(reader), PackSource::Bundle(bundle)) =
            (self.reader.clone(), self.loaded.pack.source.clone())
        else {
            return;
        };
        let id = self.loaded.pack.manifest.id.clone();
        match reader.library.add(&bundle, &id) {
            Ok(path) => {
                // Adding accepts the key this copy was signed with, even a
                // new one the reader was warned about.
                if let Seal::Signed(signer) = bundle.seal() {
                    let (mut store, _) = TrustStore::load(&reader.known_authors);
                    if !matches!(store.judge(&id, bundle.seal()), Trust::Known)
                        && let Err(e) = store.remember(&id, signer)
                    {
                        self.notice = Some(tr!(library_key_not_remembered, error = e.to_string()));
                    }
                }
                if self.notice.is_none() {
                    self.notice = Some(tr!(
                        library_added,
                        title = self.loaded.pack.manifest.title.as_str()
                    ));
                }
                self.show_pack(ctx, Origin::File(path), None);
                self.refresh_shelf(ctx);
            }
            Err(e) => self.notice = Some(tr!(library_add_failed, error = e.to_string())),
        }
    }

    pub(super) fn remove_from_library(&mut self, ctx: &egui::Context, path: &Path) {
        self.confirm_remove = None;
        let Some(reader) = self.reader.clone() else {
            return;
        };
        match reader.library.remove(path) {
            Ok(()) => {
                self.notice = Some(tr!(library_removed));
                if self.origin() == Origin::File(path.to_owned()) {
                    self.show_pack(ctx, Origin::Builtin, None);
                }
                self.refresh_shelf(ctx);
            }
            Err(e) => self.notice = Some(tr!(library_remove_failed, error = e.to_string())),
        }
    }

    /// Reads the shelf again (after a pack was added or removed).
    pub(super) fn refresh_shelf(&mut self, ctx: &egui::Context) {
        self.shelf = if self.painted_once {
            Shelf::spawn(self.reader.clone(), ctx)
        } else {
            Shelf::now(self.reader.as_ref())
        };
    }
}
