//! The app, split as re_viewer splits its own: this file holds the state
//! (what the window knows between frames) and how it is made and read;
//! `ui.rs` draws the frame and routes to the screens; `command_handling.rs`
//! is the one place where actions change the state, at the end of each
//! frame; `authoring.rs` is what `stepwise edit` adds.

mod authoring;
mod command_handling;
mod library;
mod ui;

use crate::guide::map::MapCache;
use crate::guide::model::Node;
use crate::guide::walk::Walk;
use crate::guide::{NodeRef, Pack, PackSource};
use crate::shots::ShotCache;
use crate::ui::export::Exports;
use crate::ui::loader::{Loaded, PackLoader, Poll};
use crate::ui::saved::SavedState;
use crate::ui::screens::home::SearchCache;
use crate::ui::screens::map::MapState;
use crate::ui::widgets::zoom::ZoomState;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Scenarios and search.
    Home,
    /// Walking a guide.
    Walk,
    /// The problems found in the pack.
    Problems,
    /// Authoring: the mark editor on the current step's picture.
    Editor,
    /// The map of the guide being walked.
    Map,
    /// What the guides cover and what each was checked against.
    About,
}

/// How long the pack may take before the home screen says it is loading.
const CALM_LOADING: std::time::Duration = std::time::Duration::from_millis(400);

/// The whole app.
pub struct StepwiseApp {
    /// The pack on show: checked, indexed. An empty one while loading.
    loaded: Loaded,
    /// The pack being loaded on a worker thread, if any.
    loader: Option<PackLoader>,
    /// The home screen's last search and its results.
    search: SearchCache,
    shots: Option<ShotCache>,
    saved: SavedState,
    screen: Screen,
    query: String,
    focus_search: bool,
    notice: Option<String>,
    zoom: Option<ZoomState>,
    help_open: bool,
    installed_scale: Option<f32>,
    bench: crate::ui::bench::Bench,
    /// Today's date, for how old a guide's `verified` date is.
    today: crate::guide::date::Date,
    /// Authoring (`stepwise edit`): the pack folder being written.
    authoring: Option<std::path::PathBuf>,
    /// The mark editor, while it is open.
    editor: Option<crate::ui::screens::editor::EditorState>,
    /// Where to start once the pack is loaded (`--open guide#node`).
    open_at: Option<String>,
    /// Authoring: the pack folder's watcher and the reloads it asks for.
    live: Option<crate::ui::live_reload::LiveReload>,
    /// Authoring: the folder could not be watched (said once).
    live_failed: bool,
    /// A frame has been drawn (the pack is taken from the next one).
    painted_once: bool,
    /// "Save as web page", "Print", "Save my steps": the one running and
    /// the last result.
    exports: Exports,
    /// Each guide's map and the steps-left estimate, until the pack changes.
    maps: MapCache,
    /// The map screen's view, choice and focus.
    map: MapState,
    /// The node the map last asked to open for editing.
    edit_request: Option<NodeRef>,
    /// The reader's library and known authors; none in tests that do
    /// not give one, and then nothing is added or remembered.
    reader: Option<crate::bundle::ReaderFiles>,
    /// The built-in pack and the reader's added ones.
    shelf: crate::ui::shelf::Shelf,
    /// Where to start once the pack being loaded arrives (a search result
    /// from another pack).
    pending_hit: Option<(Option<String>, NodeRef)>,
    /// Whether the fonts were checked against the pack's letters since it
    /// was received (a script Inter lacks asks the system for a font).
    fonts_checked: bool,

    /// The added guide the reader asked to remove, waiting for "Remove".
    confirm_remove: Option<std::path::PathBuf>,
}

impl StepwiseApp {
    /// Loads and checks a pack on this thread; starts with nothing saved.
    pub fn new(source: PackSource) -> StepwiseApp {
        StepwiseApp::with_storage(source, None)
    }

    /// Loads and checks a pack on this thread and restores what was saved
    /// in `storage`: theme, text size, finished guides and the walk in
    /// progress (dropped, with a notice, if the pack has changed under it).
    pub fn with_storage(source: PackSource, storage: Option<&dyn eframe::Storage>) -> StepwiseApp {
        let mut app = StepwiseApp::empty(source.clone(), storage);
        app.receive(Loaded::now(source));
        app
    }

    /// Restores what was saved and starts loading the pack on a worker
    /// thread, so the window can show at once; the pack arrives a moment
    /// later (see [`StepwiseApp::is_loading_pack`]).
    pub fn start(
        source: PackSource,
        storage: Option<&dyn eframe::Storage>,
        ctx: &egui::Context,
    ) -> StepwiseApp {
        let mut app = StepwiseApp::empty(source.clone(), storage);
        let lang = app.reader_language();
        app.loader = Some(PackLoader::spawn_job(
            move || Loaded::now(source).in_language(lang),
            ctx,
        ));
        app
    }

    /// Restores what was saved and loads nothing yet: the caller says what
    /// to load ([`StepwiseApp::open_file`]).
    pub fn with_storage_only(storage: Option<&dyn eframe::Storage>) -> StepwiseApp {
        StepwiseApp::empty(PackSource::Builtin, storage)
    }

    fn empty(source: PackSource, storage: Option<&dyn eframe::Storage>) -> StepwiseApp {
        let (saved, notice) = SavedState::load(storage);
        // The language chosen in the window last time, unless
        // STEPWISE_LANG chooses for this run.
        if let Some(lang) = saved
            .language
            .as_deref()
            .and_then(crate::i18n::Lang::from_locale)
            && !crate::i18n::forced_by_environment()
        {
            crate::i18n::choose(lang);
        }
        StepwiseApp {
            loaded: Loaded::placeholder(source),
            loader: None,
            search: Default::default(),
            shots: None,
            saved,
            screen: Screen::Home,
            query: String::new(),
            focus_search: true,
            notice,
            zoom: None,
            help_open: false,
            installed_scale: None,
            bench: crate::ui::bench::Bench::from_env(),
            today: crate::guide::date::Date::today(),
            authoring: None,
            editor: None,
            open_at: None,
            live: None,
            live_failed: false,
            painted_once: false,
            exports: Exports::default(),
            maps: MapCache::new(crate::ui::screens::map::CARDS),
            map: MapState::default(),
            edit_request: None,
            reader: None,
            shelf: crate::ui::shelf::Shelf::now(None),
            pending_hit: None,
            fonts_checked: false,
            confirm_remove: None,
        }
    }

    /// The language a pack is shown to this window in: the window's own
    /// for a reader; `None` for an author, who sees the source words.
    pub(super) fn reader_language(&self) -> Option<&'static str> {
        self.authoring
            .is_none()
            .then(|| crate::i18n::current().code())
    }

    /// `loaded`'s pack read again with its source words.
    fn source_words(loaded: Loaded) -> Loaded {
        let mut again = Loaded::now(loaded.pack.source.clone());
        again.opened = loaded.opened;
        again
    }

    /// Puts a loaded pack on show and checks the saved walk against it.
    fn receive(&mut self, mut loaded: Loaded) {
        // A reader sees the guides in the window's language (the loader
        // usually did that on its worker); an author edits, and sees, the
        // source words.
        match self.reader_language() {
            Some(lang) if loaded.asked_language.as_deref() != Some(lang) => {
                if loaded.asked_language.is_some() {
                    // In another language already (it changed meanwhile).
                    loaded = Self::source_words(loaded);
                }
                loaded.localize(lang);
            }
            Some(_) => {}
            None if loaded.localized.lang.is_some() => loaded = Self::source_words(loaded),
            None => {}
        }
        self.loaded = loaded;
        self.fonts_checked = false;
        self.notice_language();
        self.search = Default::default();
        self.maps.clear();
        // Pictures may have changed with the files: decode them again.
        self.shots = None;
        if let Some(target) = self.open_at.take() {
            self.open_node(&target);
        }
        self.unpark_walk();
        if let Some(walk) = &self.saved.walk
            && let Err(why) = walk.verify(&self.loaded.pack)
        {
            self.notice = Some(crate::tr!(app_saved_place_dropped, why = why.to_string()));
            self.saved.walk = None;
        }
        self.open_pending_hit();
    }

    /// Takes the pack from the worker when it is ready, from the second
    /// frame on: the first frame shows the window itself (top bar, search
    /// box) at once, and drawing the pack's guides, however many, never
    /// holds it back.
    fn poll_loader(&mut self, ctx: &egui::Context) {
        let Some(loader) = &self.loader else {
            return;
        };
        if !self.painted_once {
            ctx.request_repaint();
            return;
        }
        match loader.poll() {
            Poll::Waiting => {}
            Poll::Ready(loaded) => {
                self.loader = None;
                self.receive(*loaded);
            }
            Poll::Failed => {
                // The worker died (a bug); load here rather than show nothing.
                self.loader = None;
                let source = self.loaded.pack.source.clone();
                self.receive(Loaded::now(source));
            }
        }
    }

    /// Keeps the reader's guides and known authors in `reader` (the window
    /// uses the system's folders; tests a temporary one). The shelf is read
    /// on the spot.
    pub fn with_reader(mut self, reader: crate::bundle::ReaderFiles) -> StepwiseApp {
        self.shelf = crate::ui::shelf::Shelf::now(Some(&reader));
        self.reader = Some(reader);
        self
    }

    /// Like [`StepwiseApp::with_reader`], with the shelf read on a worker
    /// thread (the window).
    pub fn with_reader_in_background(
        mut self,
        reader: Option<crate::bundle::ReaderFiles>,
        ctx: &egui::Context,
    ) -> StepwiseApp {
        self.shelf = crate::ui::shelf::Shelf::spawn(reader.clone(), ctx);
        self.reader = reader;
        self
    }

    /// Opens the `.stepwise` file `path` on this thread (tests).
    pub fn open_file_now(mut self, path: &std::path::Path) -> StepwiseApp {
        let loaded = Loaded::open_file(path, self.reader.as_ref());
        self.receive(loaded);
        self
    }

    /// Opens the `.stepwise` file `path` on the worker thread (the window).
    pub fn open_file(mut self, path: std::path::PathBuf, ctx: &egui::Context) -> StepwiseApp {
        let reader = self.reader.clone();
        let lang = self.reader_language();
        self.loader = Some(PackLoader::spawn_job(
            move || Loaded::open_file(&path, reader.as_ref()).in_language(lang),
            ctx,
        ));
        self
    }

    /// The `.stepwise` file on show (or refused), if any.
    pub fn opened(&self) -> Option<&crate::guide::loaded::Opened> {
        self.loaded.opened.as_ref()
    }

    /// Pretends today is `today` (tests pin the date, so a guide growing
    /// old does not change what they see).
    pub fn set_today(&mut self, today: crate::guide::date::Date) {
        self.today = today;
    }

    /// True while the pack is still being loaded.
    pub fn is_loading_pack(&self) -> bool {
        self.loader.is_some()
    }

    /// Says once per language, when the guides are shown in one the pack
    /// was translated into: that some parts are not translated yet (shown
    /// in the pack's own language), or else the pack's own note for
    /// readers of a translation (`language_note`).
    fn notice_language(&mut self) {
        let localized = &self.loaded.localized;
        let Some(lang) = localized.lang.clone() else {
            return;
        };
        if self.notice.is_some() || self.saved.language_noticed.as_deref() == Some(lang.as_str()) {
            return;
        }
        let source = self
            .loaded
            .pack
            .manifest
            .languages
            .first()
            .cloned()
            .unwrap_or_default();
        let source =
            crate::i18n::Lang::from_locale(&source).map_or(source, |l| l.endonym().to_owned());
        let note = &self.loaded.pack.manifest.language_note;
        self.notice = if localized.is_partial() {
            Some(crate::tr!(
                app_partly_translated,
                count = localized.untranslated,
                source = source
            ))
        } else if !note.trim().is_empty() {
            Some(note.clone())
        } else {
            None
        };
        self.saved.language_noticed = Some(lang);
    }

    /// Shows a notice on the first frame (when `notice` is `Some`).
    pub fn with_notice(mut self, notice: Option<String>) -> StepwiseApp {
        if notice.is_some() {
            self.notice = notice;
        }
        self
    }

    /// Saves exports in `folder` without asking where (tests; the window
    /// asks, or uses the Downloads folder).
    pub fn with_export_folder(mut self, folder: std::path::PathBuf) -> StepwiseApp {
        self.exports = Exports::into_folder(folder);
        self
    }

    /// The exports: whether one is running, how the last one ended.
    pub fn exports(&self) -> &Exports {
        &self.exports
    }

    /// The screen showing now.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The saved state as it stands.
    pub fn saved(&self) -> &SavedState {
        &self.saved
    }

    /// The walk in progress.
    pub fn walk(&self) -> Option<&Walk> {
        self.saved.walk.as_ref()
    }

    /// The loaded pack.
    pub fn pack(&self) -> &Pack {
        &self.loaded.pack
    }

    /// The problems the window shows for the pack (in authoring mode, those
    /// of the files as they are on disk).
    pub fn problems(&self) -> &[crate::guide::Problem] {
        &self.loaded.problems
    }

    /// The node the map last asked to open for editing, in authoring mode.
    pub fn edit_request(&self) -> Option<&NodeRef> {
        self.edit_request.as_ref()
    }

    /// The map screen's state (which node is chosen).
    pub fn map_state(&self) -> &MapState {
        &self.map
    }

    /// True while a screenshot is still being decoded.
    pub fn is_loading_images(&self) -> bool {
        self.shots.as_ref().is_some_and(ShotCache::is_loading)
    }
    /// The screenshot of the node the user stands on.
    fn current_shot(&self) -> Option<crate::guide::model::Shot> {
        let walk = self.saved.walk.as_ref()?;
        walk.node(&self.loaded.pack).and_then(Node::shot).cloned()
    }
}
