//! The one place where the window's state changes: each command's
//! availability (`can`) and effect (`apply_command`), one arm per command,
//! and the other actions screens ask for, applied once at the end of the
//! frame.

use super::{Screen, StepwiseApp};
use crate::guide::walk::{Command, Walk};
use crate::guide::{self};
use crate::shots::ShotState;
use crate::tr;
use crate::ui::command::{Action, UiCommand};
use crate::ui::export::ExportKind;
use crate::ui::saved::next_text_scale;
use crate::ui::screens::editor::EditorCommand;
use crate::ui::screens::home::search_id;
use crate::ui::widgets::zoom::ZoomState;

impl StepwiseApp {
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
            UiCommand::About => true,
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
            // At the largest (smallest) size, Larger (Smaller) text would do nothing.
            UiCommand::TextBigger | UiCommand::TextSmaller => {
                let bigger = command == UiCommand::TextBigger;
                next_text_scale(self.saved.text_scale, bigger) != self.saved.text_scale
            }
            UiCommand::Search
            | UiCommand::Close
            | UiCommand::ToggleTheme
            | UiCommand::TextReset
            | UiCommand::Quit
            | UiCommand::Help => true,
        }
    }

    /// Applies one action: the only place where state changes.
    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(command) => self.apply_command(ctx, command),
            Action::OpenScenario(id) => match Walk::begin_scenario(&self.loaded.pack, &id) {
                Ok(walk) => self.start_walk(walk),
                Err(e) => self.notice = Some(tr!(app_cannot_start, error = e.to_string())),
            },
            Action::OpenHit { scenario, target } => {
                match Walk::begin(&self.loaded.pack, scenario.as_deref(), &target.to_string()) {
                    Ok(walk) => self.start_walk(walk),
                    Err(e) => self.notice = Some(tr!(app_cannot_start, error = e.to_string())),
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
                        Err(e) => {
                            self.notice = Some(tr!(app_step_cannot_open, error = e.to_string()))
                        }
                    }
                }
            }
            // A step with a picture opens in the mark editor; any other node
            // stays chosen on the map, its problems listed in the preview.
            Action::EditNode(at) => self.edit_node(ctx, at),
            Action::ShowPack(origin) => self.show_pack(ctx, origin, None),
            Action::OpenHitIn {
                origin,
                scenario,
                target,
            } => self.show_pack(ctx, origin, Some((scenario, target))),
            Action::AddToLibrary => self.add_to_library(ctx),
            Action::AskRemove(path) => self.confirm_remove = Some(path),
            Action::KeepPack => self.confirm_remove = None,
            Action::RemoveFromLibrary(path) => self.remove_from_library(ctx, &path),
            Action::SetLanguage(lang) => self.set_language(ctx, lang),
        }
    }

    /// Speaks `lang` from now on: the window's words at once, and the
    /// guides read again in it (the walk stays where it is).
    pub(super) fn set_language(&mut self, ctx: &egui::Context, lang: crate::i18n::Lang) {
        crate::i18n::choose(lang);
        self.saved.language = Some(lang.code().to_owned());
        // The guides are read again from their source words, on the
        // worker once the window shows (a big pack does not freeze it).
        let source = self.loaded.pack.source.clone();
        let opened = self.loaded.opened.clone();
        let shown_in = self.reader_language();
        let job = move || {
            let mut loaded = crate::ui::loader::Loaded::now(source).in_language(shown_in);
            loaded.opened = opened;
            loaded
        };
        if self.painted_once {
            self.loader = Some(crate::ui::loader::PackLoader::spawn_job(job, ctx));
        } else {
            self.receive(job());
        }
    }

    pub(super) fn start_walk(&mut self, walk: Walk) {
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
            Err(e) => self.notice = Some(tr!(app_cannot_save, error = e.to_string())),
        }
    }

    pub(super) fn apply_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        if let Some(walker_command) = command.walker() {
            if let Some(walk) = &mut self.saved.walk
                && let Err(e) = walk.apply(&self.loaded.pack, walker_command)
            {
                self.notice = Some(match e {
                    guide::walk::WalkError::NotHere(why) => {
                        tr!(app_not_possible_here, why = why.to_string())
                    }
                    other => tr!(app_walk_error, error = other.to_string()),
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
                    self.notice = Some(tr!(app_solved, title = title.as_str()));
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
            UiCommand::About => self.screen = Screen::About,
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
                    self.editor_command(EditorCommand::Close);
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
            UiCommand::Tool(n) => self.editor_command(EditorCommand::Tool(n)),
            UiCommand::Undo => self.editor_command(EditorCommand::Undo),
            UiCommand::Redo => self.editor_command(EditorCommand::Redo),
            UiCommand::DeleteMark => self.editor_command(EditorCommand::Delete),
            UiCommand::SaveMarks => self.editor_command(EditorCommand::Save),
            // eframe saves the state on the way out, as when the window closes.
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            // Moves of the walk, applied above.
            UiCommand::Next
            | UiCommand::Back
            | UiCommand::Stuck
            | UiCommand::Choose(_)
            | UiCommand::ToggleCheck(_)
            | UiCommand::StartOver
            | UiCommand::NotSolved => {}
        }
    }
}
