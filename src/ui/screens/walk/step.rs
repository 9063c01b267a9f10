//! A step: its title, the annotated screenshot, the instruction with its
//! checks and links, and the buttons Back, "I don't see this" and "Done,
//! next step". When the window is roomy the instruction and buttons stay
//! in view under the picture; when it is not (large text, small window)
//! everything but the buttons scrolls, and the picture keeps a usable size.

use egui::{Align, Layout, vec2};

use super::{WalkView, buttons_fit, links_ui};
use crate::guide::model::{Node, Step};
use crate::shots::{ShotCache, ShotState};
use crate::text::plain;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{TextRole, radius, size, sp, space, text};
use crate::ui::widgets::annotated_image::annotated_image_ui;
use crate::ui::widgets::cards::command_button;
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::icons::{Glyph, icon};
use crate::ui::widgets::text::instruction_job;

/// The share of the screen's height the instruction and buttons may take
/// before they scroll with the picture instead.
const BOTTOM_SHARE: f32 = 0.4;

impl WalkView<'_> {
    pub(super) fn step_ui(
        &self,
        ui: &mut egui::Ui,
        step: &Step,
        shots: &mut ShotCache,
        actions: &mut Actions,
        flow: bool,
    ) {
        let stacked = !self.step_buttons_fit(ui, step);
        if flow {
            // Already in a scrolling column: everything one after another.
            ui.add(egui::Label::new(text(&step.title, TextRole::Title)).wrap());
            let height = (ui.clip_rect().height() * 0.6).max(sp(ui, size::MIN_PICTURE));
            let available = vec2(ui.available_width(), height);
            self.picture_ui(ui, step, shots, available, actions);
            ui.add_space(sp(ui, space::MEDIUM));
            self.instruction_ui(ui, step, actions);
            ui.add_space(sp(ui, space::SNUG));
            self.step_buttons(ui, step, stacked, actions);
            return;
        }
        let roomy =
            self.instruction_height(ui, step, stacked) <= ui.available_height() * BOTTOM_SHARE;
        let top_margin = sp(ui, space::LARGE) as i8;
        egui::Panel::bottom("step-actions")
            .frame(egui::Frame::new().inner_margin(egui::Margin {
                top: top_margin,
                ..Default::default()
            }))
            .show(ui, |ui| {
                if roomy {
                    self.instruction_ui(ui, step, actions);
                    ui.add_space(sp(ui, space::SNUG));
                }
                self.step_buttons(ui, step, stacked, actions);
            });
        egui::CentralPanel::default_margins()
            .frame(egui::Frame::new())
            .show(ui, |ui| {
                if roomy {
                    ui.add(egui::Label::new(text(&step.title, TextRole::Title)).wrap());
                    let available = ui.available_size();
                    self.picture_ui(ui, step, shots, available, actions);
                } else {
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            ui.add(egui::Label::new(text(&step.title, TextRole::Title)).wrap());
                            // A picture worth looking at, even in a small window.
                            let height = ui.available_height().max(sp(ui, size::MIN_PICTURE));
                            let available = vec2(ui.available_width(), height);
                            self.picture_ui(ui, step, shots, available, actions);
                            ui.add_space(sp(ui, space::MEDIUM));
                            self.instruction_ui(ui, step, actions);
                        });
                }
            });
    }

    /// How tall the instruction, checks, links and buttons would be.
    fn instruction_height(&self, ui: &egui::Ui, step: &Step, stacked: bool) -> f32 {
        let width = ui.available_width();
        let job = instruction_job(
            ui.style(),
            &step.text,
            TextRole::Instruction,
            self.palette.text,
            width,
        );
        let instruction = ui.painter().layout_job(job).size().y;
        let row = ui
            .spacing()
            .interact_size
            .y
            .max(TextRole::Body.font(ui.style()).size * 1.4)
            + ui.spacing().item_spacing.y;
        let button = sp(ui, size::BUTTON_HEIGHT) + ui.spacing().item_spacing.y;
        let buttons = if stacked { 3.0 * button } else { button };
        let notes = step.checks.len() + step.links.len() + usize::from(step.may_differ);
        instruction + row * notes as f32 + buttons + sp(ui, space::LOOSE)
    }

    fn instruction_ui(&self, ui: &mut egui::Ui, step: &Step, actions: &mut Actions) {
        let palette = &self.palette;
        let job = instruction_job(
            ui.style(),
            &step.text,
            TextRole::Instruction,
            palette.text,
            ui.available_width(),
        );
        let response = ui.label(job);
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, plain(&step.text)));
        if step.may_differ {
            may_differ_ui(ui, palette);
        }
        for (i, check) in step.checks.iter().enumerate() {
            let mut ticked = self.walk.is_checked(i);
            let label = text(check, TextRole::Body);
            if ui.checkbox(&mut ticked, label).changed() {
                actions.push(Action::Command(UiCommand::ToggleCheck(i)));
            }
        }
        links_ui(ui, &step.links, palette, actions);
    }

    fn picture_ui(
        &self,
        ui: &mut egui::Ui,
        step: &Step,
        shots: &mut ShotCache,
        available: egui::Vec2,
        actions: &mut Actions,
    ) {
        let palette = &self.palette;
        let Some(shot) = &step.shot else {
            ui.add_space(sp(ui, space::MEDIUM));
            ui.add(
                egui::Label::new(
                    text(crate::tr!(walk_no_picture), TextRole::Body).color(palette.text_weak),
                )
                .wrap(),
            );
            return;
        };
        let state = shots.get(ui.ctx(), &shot.image);
        self.prefetch(ui.ctx(), shots);
        let response = ui
            .with_layout(Layout::top_down(Align::Center), |ui| {
                annotated_image_ui(ui, &state, shot, available, palette)
            })
            .inner;
        if response.clicked() {
            actions.push(Action::Command(UiCommand::Zoom));
        }
        if matches!(state, ShotState::Ready { .. }) {
            // At the pointer: under the picture it would cover the
            // instruction the person is reading.
            response.on_hover_text_at_pointer(crate::tr!(walk_picture_tip));
        }
    }

    /// The labels of the step's buttons, in the order they stand.
    fn step_labels(&self, step: &Step) -> Vec<String> {
        let mut labels = vec![UiCommand::Back.label()];
        if let Some(stuck) = &step.stuck {
            labels.push(stuck.label.clone());
        }
        if self.authoring && step.shot.is_some() {
            labels.push(UiCommand::EditMarks.label());
        }
        if step.next.is_some() {
            labels.push(UiCommand::Next.label());
        }
        labels
    }

    fn step_buttons_fit(&self, ui: &egui::Ui, step: &Step) -> bool {
        // Room for a gap between the left group and "Done, next step".
        buttons_fit(
            ui,
            &self.step_labels(step),
            ui.available_width() - sp(ui, space::HUGE),
        )
    }

    fn step_buttons(&self, ui: &mut egui::Ui, step: &Step, stacked: bool, actions: &mut Actions) {
        let palette = &self.palette;
        if stacked {
            // One under the other, the way on first.
            ui.with_layout(Layout::top_down_justified(Align::Min), |ui| {
                if step.next.is_some() {
                    command_button(ui, UiCommand::Next, true, palette, actions);
                }
                self.stuck_button(ui, step, actions);
                self.back_button(ui, actions);
                if self.authoring && step.shot.is_some() {
                    command_button(ui, UiCommand::EditMarks, false, palette, actions);
                }
            });
            return;
        }
        ui.horizontal(|ui| {
            self.back_button(ui, actions);
            self.stuck_button(ui, step, actions);
            if self.authoring && step.shot.is_some() {
                command_button(ui, UiCommand::EditMarks, false, palette, actions);
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if step.next.is_some() {
                    command_button(ui, UiCommand::Next, true, palette, actions);
                }
            });
        });
    }

    /// "I don't see this", in the guide's own words for this step.
    fn stuck_button(&self, ui: &mut egui::Ui, step: &Step, actions: &mut Actions) {
        let Some(stuck) = &step.stuck else {
            return;
        };
        let response = ui
            .add(
                egui::Button::new(text(&stuck.label, TextRole::Button))
                    .corner_radius(radius())
                    .min_size(vec2(0.0, sp(ui, size::BUTTON_HEIGHT))),
            )
            .on_hover_words(|| UiCommand::Stuck.hover_text(ui.ctx()));
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                crate::tr!(walk_stuck_name, label = &stuck.label),
            )
        });
        if response.clicked() {
            actions.push(Action::Command(UiCommand::Stuck));
        }
    }

    /// Starts decoding the pictures of the next expected nodes.
    fn prefetch(&self, ctx: &egui::Context, shots: &mut ShotCache) {
        for at in self.walk.ahead(self.pack).iter().take(2) {
            if let Some(shot) = self.pack.node(at).and_then(Node::shot) {
                shots.request(ctx, &shot.image);
            }
        }
    }
}

/// The calm note on a step whose screen the guide's sources do not describe
/// exactly: an info glyph and one sentence.
fn may_differ_ui(ui: &mut egui::Ui, palette: &crate::ui::theme::Palette) {
    ui.horizontal_top(|ui| {
        icon(ui, Glyph::Info, sp(ui, space::WIDE), palette.accent);
        let note = text(crate::text::may_differ(), TextRole::Small).color(palette.text);
        ui.add(egui::Label::new(note).wrap());
    });
}
