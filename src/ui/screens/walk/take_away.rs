//! "Take this guide with you": Save as web page, Print and Save my steps,
//! under the checklist (inside "All steps" on a narrow window). The
//! buttons wait while an export is being written.

use super::WalkView;
use crate::ui::command::{Actions, UiCommand};
use crate::ui::theme::{TextRole, size, sp, space, text};
use crate::ui::widgets::cards::command_button;

impl WalkView<'_> {
    /// How tall [`WalkView::take_away_ui`] is, so the list above can leave
    /// room for it.
    pub(super) fn take_away_height(&self, ui: &egui::Ui, compact: bool) -> f32 {
        let gap = ui.spacing().item_spacing.y;
        let label = TextRole::Small.font(ui.style()).size * 1.3 + gap;
        let button = sp(ui, size::BUTTON_HEIGHT) + gap;
        let rows = if compact { 1.0 } else { 3.0 };
        sp(ui, space::LARGE) + label + rows * button
    }

    /// The three buttons, one under the other (`compact`: side by side,
    /// wrapping).
    pub(super) fn take_away_ui(&self, ui: &mut egui::Ui, compact: bool, actions: &mut Actions) {
        ui.add_space(sp(ui, space::MEDIUM));
        ui.label(text(crate::tr!(walk_take_away), TextRole::Small).color(self.palette.text_weak));
        ui.add_enabled_ui(!self.exporting, |ui| {
            let commands = [
                UiCommand::SaveWebPage,
                UiCommand::Print,
                UiCommand::SaveMySteps,
            ];
            if compact {
                ui.horizontal_wrapped(|ui| {
                    for command in commands {
                        command_button(ui, command, false, &self.palette, actions);
                    }
                });
            } else {
                ui.with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
                    for command in commands {
                        command_button(ui, command, false, &self.palette, actions);
                    }
                });
            }
        });
        ui.add_space(sp(ui, space::SMALL));
    }
}
