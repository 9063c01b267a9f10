//! The help overlay: every keyboard shortcut, generated from the command
//! enum.

use egui::RichText;

use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::fonts;
use crate::ui::theme::Palette;
use crate::ui::widgets::cards::command_button;

/// The keyboard help, as a modal over the window.
pub fn help_ui(ctx: &egui::Context, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    let modal = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.label(
            RichText::new("Keyboard shortcuts")
                .family(fonts::semibold())
                .size(22.0),
        );
        ui.label(
            RichText::new("Everything in Stepwise works without a mouse.").color(palette.text_weak),
        );
        ui.add_space(8.0);
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .spacing([24.0, 8.0])
            .striped(true)
            .show(ui, |ui| {
                for command in UiCommand::LISTED {
                    let keys = command.shortcut_text(ui.ctx());
                    ui.label(RichText::new(keys).family(fonts::semibold()));
                    ui.label(command.tooltip());
                    ui.end_row();
                }
                ui.label(RichText::new("N").family(fonts::semibold()));
                ui.label(UiCommand::NotSolved.tooltip());
                ui.end_row();
                ui.label(RichText::new("Tab, Shift+Tab").family(fonts::semibold()));
                ui.label("Move between buttons");
                ui.end_row();
                ui.label(RichText::new("Space").family(fonts::semibold()));
                ui.label("Press the button that has the focus ring");
                ui.end_row();
                ui.label(RichText::new("Arrows, 0").family(fonts::semibold()));
                ui.label("In the zoom view: move the picture, fit it again");
                ui.end_row();
            });
        ui.add_space(12.0);
        command_button(ui, UiCommand::Close, true, palette, &mut actions);
    });
    if modal.should_close() {
        actions.push(Action::Command(UiCommand::Close));
    }
    actions
}
