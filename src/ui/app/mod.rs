//! The app: its state, routing between screens, and the one place where
//! actions change state (at the end of each frame). Drawing belongs to the
//! screens (`screens/`) and the frame around them (`chrome.rs`); what
//! `stepwise edit` adds is in `authoring.rs`.
//! Long because every command's effect is applied here, in one place.

mod authoring;

use crate::guide::map::MapCache;
use crate::guide::model::Node;
use crate::guide::walk::{Command, Walk};
use crate::guide::{self, NodeRef, Pack, PackSource};
use crate::shots::{ShotCache, ShotState};
use crate::ui::command::{Action, Actions, UiCommand, keyboard_actions};
use crate::ui::export::{ExportKind, Exports};
use crate::ui::loader::{Loaded, PackLoader, Poll};
use crate::ui::saved::{SavedState, next_text_scale};
use crate::ui::screens::home::{HomeView, SearchCache, search_id};
use crate::ui::screens::map::{MapState, MapView};
use crate::ui::screens::walk::WalkView;
use crate::ui::screens::{help, problems};
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::zoom::{ZoomState, zoom_ui};
use crate::ui::{chrome, fonts};

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
    live: Option<crate::authoring::watch::LiveReload>,
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
        app.loader = Some(PackLoader::spawn(source, ctx));
        app
    }

    fn empty(source: PackSource, storage: Option<&dyn eframe::Storage>) -> StepwiseApp {
        let (saved, notice) = SavedState::load(storage);
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
            maps: MapCache::default(),
            map: MapState::default(),
            edit_request: None,
        }
    }

    /// Puts a loaded pack on show and checks the saved walk against it.
    fn receive(&mut self, loaded: Loaded) {
        self.loaded = loaded;
        self.search = Default::default();
        self.maps.clear();
        // Pictures may have changed with the files: decode them again.
        self.shots = None;
        if let Some(target) = self.open_at.take() {
            self.open_node(&target);
        }
        if let Some(walk) = &self.saved.walk
            && let Err(why) = walk.verify(&self.loaded.pack)
        {
            self.notice = Some(format!(
                "Your saved place in a guide was dropped because {why}. You can start it again."
            ));
            self.saved.walk = None;
        }
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

    /// Pretends today is `today` (tests pin the date, so a guide growing
    /// old does not change what they see).
    pub fn set_today(&mut self, today: crate::guide::date::Date) {
        self.today = today;
    }

    /// True while the pack is still being loaded.
    pub fn is_loading_pack(&self) -> bool {
        self.loader.is_some()
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

    /// Draws the whole app into `ui` and applies what the user did.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.bench.frame(&ctx);
        self.poll_loader(&ctx);
        self.live_reload(&ctx);
        if self.install_style(&ctx) {
            // This frame's root was made with the old style.
            ui.set_style(ctx.global_style());
        }
        let palette = theme::palette(&ctx);
        let shots = self
            .shots
            .get_or_insert_with(|| ShotCache::new(self.loaded.pack.source.clone(), &ctx));
        shots.poll(&ctx);
        self.take_new_pictures(&ctx);
        self.exports.poll(&ctx);
        let overlay = self.zoom.is_some() || self.help_open;
        let mut actions = keyboard_actions(&ctx, |command| self.can(command), overlay);
        actions.extend(chrome::top_bar_ui(
            ui,
            &self.loaded.pack.manifest.title,
            self.saved.dark,
            &palette,
        ));
        actions.extend(chrome::notice_ui(ui, self.notice.as_deref(), &palette));
        if self.authoring.is_some() && self.screen != Screen::Problems {
            actions.extend(chrome::problems_strip_ui(
                ui,
                &self.loaded.problems,
                &palette,
            ));
        }
        actions.extend(self.exports.banner_ui(ui, &palette));
        actions.extend(self.screen_ui(ui, &palette));
        actions.extend(self.overlays_ui(&ctx, &palette));
        focus_ring(&ctx, &palette);
        if !actions.is_empty() {
            // This frame was drawn before the actions changed anything:
            // draw the next one now, not at the next mouse move.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
        self.painted_once = true;
    }

    /// Installs fonts (once) and the styles for the chosen text size;
    /// true when the styles changed this frame.
    fn install_style(&mut self, ctx: &egui::Context) -> bool {
        if self.installed_scale.is_none() {
            fonts::install(ctx);
        }
        let changed = self.installed_scale != Some(self.saved.text_scale);
        if changed {
            theme::install(ctx, self.saved.text_scale);
            self.installed_scale = Some(self.saved.text_scale);
        }
        let wanted = if self.saved.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        if ctx.theme() != wanted {
            ctx.set_theme(wanted);
        }
        changed
    }

    fn screen_ui(&mut self, ui: &mut egui::Ui, palette: &Palette) -> Actions {
        let mut actions = Actions::new();
        let screen = match (&self.screen, &self.saved.walk) {
            (Screen::Walk | Screen::Map, None) => Screen::Home,
            (screen, _) => *screen,
        };
        match screen {
            Screen::Home => {
                let errors = self.loaded.problems.iter().filter(|p| p.is_error()).count();
                let loading = self
                    .loader
                    .as_ref()
                    .map(|loader| loader.elapsed() >= CALM_LOADING);
                if loading == Some(false) {
                    // Look again when a calm "Loading..." would be due.
                    ui.ctx().request_repaint_after(CALM_LOADING);
                }
                let view = HomeView {
                    loading: loading.is_some(),
                    show_loading: loading == Some(true),
                    pack: &self.loaded.pack,
                    index: &self.loaded.index,
                    saved: &self.saved,
                    broken_guides: &self.loaded.broken_guides,
                    error_count: errors,
                    palette: *palette,
                };
                screen_panel(palette).show(ui, |ui| {
                    actions.extend(view.ui(
                        ui,
                        &mut self.query,
                        &mut self.search,
                        &mut self.focus_search,
                    ))
                });
            }
            Screen::Walk => {
                if let (Some(walk), Some(shots)) = (&self.saved.walk, self.shots.as_mut()) {
                    let view = WalkView {
                        pack: &self.loaded.pack,
                        walk,
                        begun: self.saved.walk_begun,
                        today: self.today,
                        authoring: self.authoring.is_some(),
                        steps_left: self.maps.steps_left(
                            &self.loaded.pack,
                            &walk.current,
                            &walk.stack,
                        ),
                        palette: *palette,
                        exporting: self.exports.is_busy(),
                    };
                    actions.extend(view.ui(ui, shots));
                }
            }
            Screen::Editor => {
                actions.extend(self.editor_screen_ui(ui, palette));
            }
            Screen::Map => actions.extend(self.map_ui(ui, palette)),
            Screen::Problems => {
                let source = self.loaded.pack.source.name();
                screen_panel(palette).show(ui, |ui| {
                    actions.extend(problems::problems_ui(
                        ui,
                        &self.loaded.problems,
                        &source,
                        palette,
                    ))
                });
            }
        }
        actions
    }

    /// The map of the guide being walked.
    fn map_ui(&mut self, ui: &mut egui::Ui, palette: &Palette) -> Actions {
        let (Some(walk), Some(shots)) = (&self.saved.walk, self.shots.as_mut()) else {
            return Actions::new();
        };
        let pack = &self.loaded.pack;
        let Some(map) = self.maps.map(pack, self.map.guide()) else {
            return vec![Action::Command(UiCommand::Close)];
        };
        let path = self.maps.path(&map, walk, pack);
        let badges = if self.authoring.is_some() {
            map.problems(pack, &self.loaded.problems)
        } else {
            Vec::new()
        };
        let view = MapView {
            map: &map,
            path: &path,
            pack,
            problems: &self.loaded.problems,
            badges: &badges,
            authoring: self.authoring.is_some(),
            palette: *palette,
        };
        view.ui(ui, &mut self.map, shots)
    }

    fn overlays_ui(&mut self, ctx: &egui::Context, palette: &Palette) -> Actions {
        let mut actions = Actions::new();
        let shot = self.current_shot();
        if let Some(zoom) = &mut self.zoom {
            match (shot, self.shots.as_mut()) {
                (Some(shot), Some(shots)) => {
                    let state = shots.get(ctx, &shot.image);
                    actions.extend(zoom_ui(ctx, zoom, &shot, &state, palette));
                }
                _ => actions.push(Action::Command(UiCommand::Close)),
            }
        }
        if self.help_open {
            actions.extend(help::help_ui(ctx, palette));
        }
        actions
    }

    /// The screenshot of the node the user stands on.
    fn current_shot(&self) -> Option<crate::guide::model::Shot> {
        let walk = self.saved.walk.as_ref()?;
        walk.node(&self.loaded.pack).and_then(Node::shot).cloned()
    }

    /// Whether a command does something right now.
    pub fn can(&self, command: UiCommand) -> bool {
        let walking = self.screen == Screen::Walk && self.saved.walk.is_some();
        let walk = self.saved.walk.as_ref();
        let begun = self.saved.walk_begun;
        let walker =
            |c: Command| walking && begun && walk.is_some_and(|w| w.can(&self.loaded.pack, c));
        match command {
            UiCommand::StartOver => walking,
            UiCommand::NotSolved | UiCommand::Solved => {
                walking && begun && walk.is_some_and(|w| w.is_finished(&self.loaded.pack))
            }
            UiCommand::Begin => walking && !begun,
            UiCommand::Next
            | UiCommand::Back
            | UiCommand::Stuck
            | UiCommand::Choose(_)
            | UiCommand::ToggleCheck(_) => command.walker().is_some_and(walker),
            UiCommand::Zoom => {
                walking
                    && begun
                    && self.current_shot().is_some_and(|shot| {
                        self.shots
                            .as_ref()
                            .is_some_and(|cache| cache.is_ready(&shot.image))
                    })
            }
            UiCommand::Problems => !self.loaded.problems.is_empty(),
            UiCommand::EditMarks => walking && begun && self.editable_step().is_some(),
            UiCommand::Tool(_)
            | UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::DeleteMark
            | UiCommand::SaveMarks => self.screen == Screen::Editor && self.editor.is_some(),
            // H is a letter an author may mean to type in the mark editor:
            // there, Home is the top bar's button only.
            UiCommand::Home => self.screen != Screen::Editor,
            UiCommand::SaveWebPage | UiCommand::Print | UiCommand::SaveMySteps => {
                walking && !self.exports.is_busy()
            }
            UiCommand::Map => {
                matches!(self.screen, Screen::Walk | Screen::Map) && self.saved.walk.is_some()
            }
            UiCommand::Search
            | UiCommand::Close
            | UiCommand::ToggleTheme
            | UiCommand::TextBigger
            | UiCommand::TextSmaller
            | UiCommand::TextReset
            | UiCommand::Quit
            | UiCommand::Help => true,
        }
    }

    /// Applies one action: the only place where state changes.
    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(command) => self.apply_command(ctx, command),
            Action::OpenScenario(id) => match Walk::begin_scenario(&self.loaded.pack, &id) {
                Ok(walk) => self.start_walk(walk),
                Err(e) => self.notice = Some(format!("This guide cannot start: {e}.")),
            },
            Action::OpenHit { scenario, target } => {
                match Walk::begin(&self.loaded.pack, scenario.as_deref(), &target.to_string()) {
                    Ok(walk) => self.start_walk(walk),
                    Err(e) => self.notice = Some(format!("This guide cannot start: {e}.")),
                }
            }
            Action::Resume => {
                if self.saved.walk.is_some() {
                    self.screen = Screen::Walk;
                }
            }
            Action::OpenUrl(url) => {
                if guide::validate::is_safe_link(&url) {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Action::DismissNotice => self.notice = None,
            Action::ReloadPack => self.reload_now(),
            Action::OpenLocal(path) => {
                let url = crate::export::output::file_url(&path);
                ctx.open_url(egui::OpenUrl::new_tab(url));
            }
            Action::DismissExport => self.exports.dismiss(),
            Action::GoTo(at) => {
                if let Some(walk) = &mut self.saved.walk {
                    match walk.jump(&self.loaded.pack, &at) {
                        Ok(()) => {
                            self.saved.walk_begun = true;
                            self.screen = Screen::Walk;
                            self.zoom = None;
                        }
                        Err(e) => self.notice = Some(format!("That step cannot be opened: {e}.")),
                    }
                }
            }
            // A step with a picture opens in the mark editor; any other node
            // stays chosen on the map, its problems listed in the preview.
            Action::EditNode(at) => self.edit_node(ctx, at),
        }
    }

    fn start_walk(&mut self, walk: Walk) {
        // The quick answer comes first when the walk starts at a guide's
        // start (which may be a Call that runs a shared flow first).
        let at_guide_start = walk.history.is_empty()
            && self.loaded.pack.guide(&walk.start.guide).is_some_and(|g| {
                !g.guide.summary.is_empty()
                    && self
                        .loaded
                        .pack
                        .resolve(Some(&g.guide.id), &g.guide.start)
                        .ok()
                        == Some(walk.start.clone())
            });
        self.saved.walk = Some(walk);
        self.saved.walk_begun = !at_guide_start;
        self.screen = Screen::Walk;
        self.zoom = None;
        self.query.clear();
    }

    /// Plans the document here (quick: it copies the nodes) and writes it
    /// on a worker thread.
    fn start_export(&mut self, ctx: &egui::Context, kind: ExportKind) {
        use crate::export::plan::{self, Target};
        let Some(walk) = &self.saved.walk else {
            return;
        };
        let pack = &self.loaded.pack;
        let doc = match kind {
            ExportKind::MySteps => plan::path(pack, walk),
            ExportKind::WebPage | ExportKind::Print => {
                let target = match &walk.scenario {
                    Some(id) => Target::Scenario(id.clone()),
                    None => Target::Guide(walk.start.guide.clone()),
                };
                plan::whole(pack, &target)
            }
        };
        match doc {
            Ok(doc) => self.exports.start(ctx, doc, kind),
            Err(e) => self.notice = Some(format!("This guide cannot be saved: {e}.")),
        }
    }

    fn apply_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        if let Some(walker_command) = command.walker() {
            if let Some(walk) = &mut self.saved.walk
                && let Err(e) = walk.apply(&self.loaded.pack, walker_command)
            {
                self.notice = Some(match e {
                    guide::walk::WalkError::NotHere(why) => {
                        format!("That isn't possible here: {why}.")
                    }
                    other => format!("{other}. See the problems in this pack."),
                });
            }
            if command == UiCommand::StartOver {
                self.saved.walk_begun = false;
                if let Some(walk) = self.saved.walk.clone() {
                    self.start_walk(walk);
                }
            }
            self.zoom = None;
            return;
        }
        match command {
            UiCommand::Begin => self.saved.walk_begun = true,
            UiCommand::Solved => {
                if let Some(walk) = self.saved.walk.take() {
                    let key = walk
                        .scenario
                        .clone()
                        .unwrap_or_else(|| walk.start.guide.clone());
                    self.saved.finished.insert(key);
                    let title = walk
                        .node(&self.loaded.pack)
                        .map(|n| n.title().to_owned())
                        .unwrap_or_default();
                    self.notice = Some(format!("Well done. \"{title}\" is marked as done."));
                }
                self.screen = Screen::Home;
            }
            UiCommand::Home => {
                self.screen = Screen::Home;
                self.zoom = None;
            }
            UiCommand::Search => {
                self.screen = Screen::Home;
                self.zoom = None;
                self.focus_search = true;
            }
            UiCommand::Problems => self.screen = Screen::Problems,
            UiCommand::SaveWebPage => self.start_export(ctx, ExportKind::WebPage),
            UiCommand::Print => self.start_export(ctx, ExportKind::Print),
            UiCommand::SaveMySteps => self.start_export(ctx, ExportKind::MySteps),
            UiCommand::Map => {
                if self.screen == Screen::Map {
                    self.screen = Screen::Walk;
                } else if let Some(walk) = &self.saved.walk {
                    let guide = walk.current.guide.clone();
                    let at = self
                        .maps
                        .map(&self.loaded.pack, &guide)
                        .and_then(|map| map.index_of(&walk.current));
                    self.map.open(&guide, at);
                    self.screen = Screen::Map;
                    self.zoom = None;
                }
            }
            UiCommand::Zoom => {
                self.zoom = match (&self.zoom, self.current_shot()) {
                    (None, Some(shot)) => {
                        match self.shots.as_mut().map(|s| s.get(ctx, &shot.image)) {
                            Some(ShotState::Ready { size, .. }) => Some(ZoomState::fit(size)),
                            _ => None,
                        }
                    }
                    _ => None,
                };
            }
            UiCommand::Close => {
                // The topmost first: help opens over the zoom view.
                if self.help_open {
                    self.help_open = false;
                } else if self.zoom.is_some() {
                    self.zoom = None;
                } else if self.screen == Screen::Editor {
                    self.editor_command(UiCommand::Close);
                } else if self.screen == Screen::Map {
                    self.screen = Screen::Walk;
                } else if ctx.memory(|m| m.has_focus(search_id())) {
                    self.query.clear();
                    ctx.memory_mut(|m| m.surrender_focus(search_id()));
                } else {
                    self.screen = Screen::Home;
                }
            }
            UiCommand::Help => self.help_open = !self.help_open,
            UiCommand::ToggleTheme => self.saved.dark = !self.saved.dark,
            UiCommand::TextBigger | UiCommand::TextSmaller => {
                let bigger = command == UiCommand::TextBigger;
                self.saved.text_scale = next_text_scale(self.saved.text_scale, bigger);
            }
            UiCommand::TextReset => self.saved.text_scale = 1.0,
            UiCommand::EditMarks => {
                self.open_editor(ctx, crate::authoring::marks::Tool::Select, None);
            }
            UiCommand::Tool(_)
            | UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::DeleteMark
            | UiCommand::SaveMarks => self.editor_command(command),
            // eframe saves the state on the way out, as when the window closes.
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            _ => {}
        }
    }
}

/// Draws a 2-point ring, in the theme's focus colour, around whatever has
/// keyboard focus: one ring for every kind of widget, always visible.
fn focus_ring(ctx: &egui::Context, palette: &Palette) {
    let Some(response) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    // A text field shows its own cursor and frame.
    if ctx.text_edit_focused() {
        return;
    }
    let ring = response.rect.expand(3.0);
    // Keep the ring inside whatever the widget is clipped by (a scrolled list).
    let clip = response.interact_rect.expand(5.0);
    ctx.layer_painter(response.layer_id)
        .with_clip_rect(clip)
        .rect_stroke(
            ring,
            theme::radius(),
            egui::Stroke::new(2.0, palette.focus),
            egui::StrokeKind::Outside,
        );
}

/// The central panel of the home and problems screens.
fn screen_panel(palette: &Palette) -> egui::CentralPanel {
    let frame = egui::Frame::new()
        .fill(palette.background)
        .inner_margin(egui::Margin::symmetric(24, 16));
    egui::CentralPanel::default_margins().frame(frame)
}

impl eframe::App for StepwiseApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        profiling::scope!("Stepwise");
        self.ui_contents(ui);
    }

    /// The window's own background: eframe's default is a translucent dark
    /// grey, which would show through any panel that is not opaque.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // An author's walks through their own pack are not a reader's place.
        if self.authoring.is_none() {
            self.saved.save(storage);
        }
    }
}
