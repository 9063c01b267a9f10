//! The frame: what the window draws each frame (the top bar, notices, the
//! screen that is showing, overlays and the focus ring) and the screens'
//! routing. The actions the frame collects are applied by
//! `command_handling.rs`; the state they change is in `mod.rs`.

use super::{CALM_LOADING, Screen, StepwiseApp};
use crate::shots::ShotCache;
use crate::ui::chrome;
use crate::ui::command::{Action, Actions, UiCommand, keyboard_actions};
use crate::ui::fonts;
use crate::ui::screens::home::HomeView;
use crate::ui::screens::map::MapView;
use crate::ui::screens::walk::WalkView;
use crate::ui::screens::{about, help, problems};
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::zoom::zoom_ui;

impl StepwiseApp {
    /// Draws the whole app into `ui` and applies what the user did.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.bench.frame(&ctx);
        self.poll_loader(&ctx);
        self.shelf.poll();
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
            |command| self.can(command),
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
        if !self.fonts_checked && !self.is_loading_pack() {
            // Letters no shipped font has (a guide in Japanese, say) get a
            // system font before they are drawn as boxes for long.
            fonts::cover(
                &ctx,
                crate::guide::translate::visible_texts(&self.loaded.pack),
            );
            self.fonts_checked = true;
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
                    shelf: crate::ui::screens::shelf::ShelfView {
                        shelf: &self.shelf,
                        showing: crate::ui::shelf::Origin::of(&self.loaded.pack.source),
                        opened: self.loaded.opened.as_ref(),
                        can_add: self.reader.is_some(),
                        confirm_remove: self.confirm_remove.as_deref(),
                        palette: *palette,
                    },
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
            Screen::About => {
                let pack = &self.loaded.pack;
                screen_panel(palette).show(ui, |ui| {
                    actions.extend(about::about_ui(ui, pack, palette));
                });
            }
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
pub(super) fn screen_panel(palette: &Palette) -> egui::CentralPanel {
    let frame = egui::Frame::new()
        .fill(palette.background)
        .inner_margin(egui::Margin::symmetric(
            theme::space::HUGE as i8,
            theme::space::WIDE as i8,
        ));
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
