//! The checklist of the walk: the steps done, the one the person is on and
//! the ones expected ahead, with "Step 3 of 6" and a progress bar. On a
//! wide window it is a side panel; otherwise a compact strip on top whose
//! list folds away.

use egui::Sense;

use super::WalkView;
use crate::guide::model::Node;
use crate::guide::validate::is_safe_link;
use crate::guide::walk::ItemState;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{TextRole, sp, space, text};
use crate::ui::widgets::cards::command_button;
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::icons::{Glyph, icon};

/// The shortest the list of steps gets beside the buttons under it.
const MIN_LIST: f32 = 80.0;

impl WalkView<'_> {
    pub(super) fn checklist_ui(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        ui.add(egui::Label::new(text(self.title(), TextRole::Heading)).wrap());
        self.freshness_ui(ui);
        self.sources_ui(ui, actions);
        ui.add_space(sp(ui, space::SMALL));
        self.progress_ui(ui);
        ui.add_space(sp(ui, space::SMALL));
        command_button(ui, UiCommand::Map, false, &self.palette, actions);
        ui.add_space(sp(ui, space::SMALL));
        // The list scrolls; the buttons to take the guide away stay under it.
        let room = (ui.available_height() - self.take_away_height(ui, false)).max(sp(ui, MIN_LIST));
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .max_height(room)
            .show(ui, |ui| self.items_ui(ui));
        self.take_away_ui(ui, false, actions);
    }

    pub(super) fn compact_checklist_ui(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        ui.add(egui::Label::new(text(self.title(), TextRole::Heading)).wrap());
        self.freshness_ui(ui);
        self.progress_ui(ui);
        ui.horizontal_top(|ui| {
            command_button(ui, UiCommand::Map, false, &self.palette, actions);
            egui::CollapsingHeader::new(text(crate::tr!(walk_all_steps), TextRole::Body))
                .id_salt("all-steps")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .max_height(ui.ctx().content_rect().height() * 0.4)
                        .show(ui, |ui| self.items_ui(ui));
                    self.sources_ui(ui, actions);
                    self.take_away_ui(ui, true, actions);
                });
        });
    }

    /// "Checked 21 Nov 2026" for the guide of the current step, and, when
    /// that is older than the pack allows, a calm word on what to do if the
    /// screens look different.
    fn freshness_ui(&self, ui: &mut egui::Ui) {
        let Some(freshness) = self.walk.freshness(self.pack, self.today) else {
            return;
        };
        let checked = crate::tr!(walk_checked, date = freshness.checked.shown());
        ui.label(text(checked, TextRole::Small).color(self.palette.text_weak));
        if freshness.stale {
            ui.horizontal_top(|ui| {
                icon(ui, Glyph::Info, sp(ui, space::WIDE), self.palette.accent);
                let note = crate::tr!(walk_stale_note);
                ui.add(
                    egui::Label::new(text(note, TextRole::Small).color(self.palette.text)).wrap(),
                );
            });
        }
    }

    /// What the guide of the current step was checked against, folded
    /// away under "Sources (2)": each source's title, and its address as
    /// a link when it has one.
    fn sources_ui(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(guide) = self.pack.guide(&self.walk.current.guide) else {
            return;
        };
        let sources = &guide.guide.sources;
        if sources.is_empty() {
            return;
        }
        let heading = crate::tr!(walk_sources, count = sources.len());
        egui::CollapsingHeader::new(text(heading, TextRole::Small).color(self.palette.text_weak))
            .id_salt(("sources", &guide.guide.id))
            .show(ui, |ui| {
                for source in sources {
                    ui.add(egui::Label::new(text(&source.title, TextRole::Small)).wrap());
                    if let Some(url) = source.url.as_deref().filter(|u| is_safe_link(u)) {
                        let response = ui
                            .link(text(url, TextRole::Small))
                            .on_hover_words(|| crate::tr!(walk_opens_link, url = url));
                        if response.clicked() {
                            actions.push(Action::OpenUrl(url.to_owned()));
                        }
                    }
                }
            });
    }

    /// One line per node of the path.
    fn items_ui(&self, ui: &mut egui::Ui) {
        let palette = &self.palette;
        for item in self.walk.checklist(self.pack) {
            let Some(node) = self.pack.node(&item.at) else {
                continue;
            };
            let is_outcome = matches!(node, Node::Outcome(_));
            let (glyph, colour, text_colour) = match item.state {
                ItemState::Done => (Glyph::Check, palette.success, palette.text_weak),
                ItemState::Current => (Glyph::Dot, palette.accent, palette.text),
                ItemState::Ahead if is_outcome => {
                    (Glyph::Flag, palette.text_weak, palette.text_weak)
                }
                ItemState::Ahead => (Glyph::Ring, palette.text_weak, palette.text_weak),
            };
            let current = item.state == ItemState::Current;
            let pad = sp(ui, space::MEDIUM) as i8;
            let frame = egui::Frame::new()
                .inner_margin(egui::Margin::symmetric(pad, pad * 3 / 4))
                .corner_radius(6)
                .fill(if current {
                    palette.tint(palette.accent)
                } else {
                    egui::Color32::TRANSPARENT
                });
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_top(|ui| {
                    ui.spacing_mut().item_spacing.x = sp(ui, space::MEDIUM);
                    icon(ui, glyph, sp(ui, space::WIDE), colour);
                    let role = TextRole::Body;
                    let mut words = text(node.title(), role).color(text_colour);
                    if current {
                        words = words.font(role.strong_font(ui.style()));
                    }
                    let title = node.title();
                    let name = match item.state {
                        ItemState::Done => crate::tr!(walk_item_done, title = title),
                        ItemState::Current => crate::tr!(walk_item_current, title = title),
                        ItemState::Ahead => crate::tr!(walk_item_ahead, title = title),
                    };
                    let response = ui.add(egui::Label::new(words).wrap());
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ListItem, true, &name)
                    });
                });
            });
        }
    }

    /// "Step 3 of 6", how many more steps the ways ahead take ("about 3
    /// more steps", "3 to 5 more steps"), and a bar that says the same to
    /// a screen reader.
    fn progress_ui(&self, ui: &mut egui::Ui) {
        let progress = self.walk.progress(self.pack);
        let mut words = self.walk.step_label(self.pack);
        if let Some(left) = self
            .steps_left
            .filter(|_| !self.walk.is_finished(self.pack))
        {
            words = format!("{words} · {}", left.words());
        }
        ui.label(text(&words, TextRole::Small).color(self.palette.text_weak));
        // A track in the border colour, so the bar reads on any surface.
        let height = sp(ui, space::MEDIUM);
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(ui.available_width(), height), Sense::hover());
        let painter = ui.painter();
        painter.rect_filled(rect, height / 2.0, self.palette.border);
        let done = rect.with_max_x(rect.left() + rect.width() * progress.fraction());
        if done.width() > 0.0 {
            painter.rect_filled(done, height / 2.0, self.palette.accent);
        }
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &words));
        // The bar's value, so it is not read as "indeterminate".
        let total = progress.total().max(1) as f64;
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_min_numeric_value(0.0);
            node.set_max_numeric_value(total);
            node.set_numeric_value(progress.done.min(progress.total()) as f64);
            node.set_value(words.clone());
        });
    }
}
