//! The problems view: every problem found in the pack, by file, with its
//! severity, line and column.

use egui::{RichText, Stroke};

use crate::guide::{Problem, Severity};
use crate::text::plural;
use crate::ui::command::{Actions, UiCommand};
use crate::ui::fonts;
use crate::ui::theme::Palette;
use crate::ui::widgets::cards::{card, chip, command_button};

/// The problems view: every problem by file, with severity and position.
pub fn problems_ui(
    ui: &mut egui::Ui,
    problems: &[Problem],
    source: &str,
    palette: &Palette,
) -> Actions {
    let mut actions = Actions::new();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(1000.0));
        ui.label(RichText::new("Problems in this pack").family(fonts::semibold()).size(26.0));
        let errors = problems.iter().filter(|p| p.is_error()).count();
        let warnings = problems.len() - errors;
        ui.label(
            RichText::new(format!(
                "{} and {} in {source}. The guides without errors still work; the pack's author can fix the rest.",
                plural(errors, "error"),
                plural(warnings, "warning"),
            ))
            .color(palette.text_weak),
        );
        command_button(ui, UiCommand::Home, false, palette, &mut actions);
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
