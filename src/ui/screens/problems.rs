//! The problems view: every problem found in the pack, by file, with its
//! severity, line and column.

use crate::guide::{Problem, Severity};
use crate::ui::command::{Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::{card, chip, command_button};

/// The problems view: every problem by file, with severity and position.
pub fn problems_ui(
    ui: &mut egui::Ui,
    problems: &[Problem],
    source: &str,
    palette: &Palette,
) -> Actions {
    let mut actions = Actions::new();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(sp(ui, size::PROBLEMS)));
            ui.add(egui::Label::new(text(crate::tr!(problems_title), TextRole::Title)).wrap());
            let errors = problems.iter().filter(|p| p.is_error()).count();
            let warnings = problems.len() - errors;
            let summary = crate::tr!(
                problems_summary,
                errors = errors,
                warnings = warnings,
                source = source
            );
            ui.add(egui::Label::new(text(summary, TextRole::Body).color(palette.text_weak)).wrap());
            command_button(ui, UiCommand::Home, false, palette, &mut actions);
            ui.add_space(sp(ui, space::MEDIUM));
            let mut files: Vec<&str> = problems.iter().map(|p| p.file.as_str()).collect();
            files.dedup();
            for file in files {
                file_card_ui(ui, file, problems, palette);
                ui.add_space(sp(ui, space::SNUG));
            }
        });
    actions
}

/// One file's problems: the file name, then each problem with its
/// severity, its place and its message.
fn file_card_ui(ui: &mut egui::Ui, file: &str, problems: &[Problem], palette: &Palette) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(text(file, TextRole::Body).monospace());
        for problem in problems.iter().filter(|p| p.file == file) {
            ui.horizontal_wrapped(|ui| {
                let (word, colour, tint) = match problem.severity {
                    Severity::Error => (
                        crate::tr!(problems_error),
                        palette.error_text,
                        palette.error,
                    ),
                    Severity::Warning => (
                        crate::tr!(problems_warning),
                        palette.warning_text,
                        palette.warning,
                    ),
                };
                chip(ui, &word, colour, palette.tint(tint));
                let place =
                    crate::tr!(problems_place, line = problem.line, column = problem.column);
                ui.label(text(place, TextRole::Small).color(palette.text_weak));
            });
            ui.add(egui::Label::new(text(&problem.message, TextRole::Body)).wrap());
            ui.add_space(sp(ui, space::SMALL));
        }
    });
}
