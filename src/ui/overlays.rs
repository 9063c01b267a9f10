//! The help overlay (every shortcut, generated from the command enum) and
//! the list of problems found in the pack.

use egui::{RichText, Stroke};

use crate::guide::{Problem, Severity};
use crate::ui::app::Action;
use crate::ui::command::UiCommand;
use crate::ui::fonts;
use crate::ui::theme::Palette;
use crate::ui::widgets::{card, chip, command_button};

/// The keyboard help, as a modal over the window.
pub fn help_ui(ctx: &egui::Context, palette: &Palette) -> Vec<Action> {
    let mut actions = Vec::new();
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
        if command_button(ui, UiCommand::Close, true, palette) {
            actions.push(Action::Command(UiCommand::Close));
        }
    });
    if modal.should_close() {
        actions.push(Action::Command(UiCommand::Close));
    }
    actions
}

/// The problems view: every problem by file, with severity and position.
pub fn problems_ui(
    ui: &mut egui::Ui,
    problems: &[Problem],
    source: &str,
    palette: &Palette,
) -> Vec<Action> {
    let mut actions = Vec::new();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(1000.0));
        ui.label(RichText::new("Problems in this pack").family(fonts::semibold()).size(26.0));
        let errors = problems.iter().filter(|p| p.is_error()).count();
        let warnings = problems.len() - errors;
        ui.label(
            RichText::new(format!(
                "{} and {} in {source}. The guides without errors still work; the pack's author can fix the rest.",
                count(errors, "error"),
                count(warnings, "warning"),
            ))
            .color(palette.text_weak),
        );
        if command_button(ui, UiCommand::Home, false, palette) {
            actions.push(Action::Command(UiCommand::Home));
        }
        ui.add_space(8.0);
        let mut files: Vec<&str> = problems.iter().map(|p| p.file.as_str()).collect();
        files.dedup();
        for file in files {
            card(palette).stroke(Stroke::new(1.0, palette.border)).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(file).monospace().size(15.0));
                for problem in problems.iter().filter(|p| p.file == file) {
                    ui.horizontal_top(|ui| {
                        let (word, colour) = match problem.severity {
                            Severity::Error => ("Error", palette.error),
                            Severity::Warning => ("Warning", palette.warning),
                        };
                        chip(ui, word, colour);
                        ui.label(RichText::new(format!("line {}, column {}", problem.line, problem.column)).color(palette.text_weak).size(14.0));
                        ui.add(egui::Label::new(&problem.message).wrap());
                    });
                }
            });
            ui.add_space(6.0);
        }
    });
    actions
}

/// "1 error", "2 errors".
fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
