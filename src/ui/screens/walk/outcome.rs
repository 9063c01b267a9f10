//! An outcome: what was achieved, what to do next, "Did this solve it?"
//! and the ways on from here.

use super::question::{answer_button, move_between_answers};
use super::{WalkView, bullet, button_row, links_ui};
use crate::guide::model::{Outcome, OutcomeKind};
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{TextRole, size, sp, space, text};
use crate::ui::widgets::cards::{card, command_button};
use crate::ui::widgets::icons::{Glyph, icon};
use crate::ui::widgets::text::instruction_job;

impl WalkView<'_> {
    pub(super) fn outcome_ui(&self, ui: &mut egui::Ui, outcome: &Outcome, actions: &mut Actions) {
        let palette = &self.palette;
        ui.set_max_width(ui.available_width().min(sp(ui, size::OUTCOME)));
        let (glyph, colour) = match outcome.kind {
            OutcomeKind::Solved => (Glyph::Check, palette.success),
            OutcomeKind::Unsolved => (Glyph::Info, palette.warning),
        };
        ui.horizontal_top(|ui| {
            icon(ui, glyph, sp(ui, size::ICON_TITLE), colour);
            ui.add(egui::Label::new(text(&outcome.title, TextRole::Title)).wrap());
        });
        if !outcome.text.is_empty() {
            ui.label(instruction_job(
                ui.style(),
                &outcome.text,
                TextRole::Instruction,
                palette.text,
                ui.available_width(),
            ));
        }
        if !outcome.tips.is_empty() {
            ui.add_space(sp(ui, space::MEDIUM));
            card(palette).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let font = TextRole::Body.strong_font(ui.style());
                ui.label(
                    egui::RichText::new(crate::tr!(walk_what_next))
                        .font(font)
                        .color(palette.accent),
                );
                for tip in &outcome.tips {
                    bullet(ui, tip, TextRole::Body, palette);
                }
            });
        }
        links_ui(ui, &outcome.links, palette, actions);
        if !outcome.options.is_empty() {
            // Ways on for someone who is done but wants to do more: answers
            // of their own, never "No, it didn't solve it".
            ui.add_space(sp(ui, space::WIDE));
            ui.label(text(crate::tr!(walk_do_more), TextRole::Heading));
            ui.add_space(sp(ui, space::SMALL));
            let mut answers = Vec::new();
            for (i, option) in outcome.options.iter().enumerate() {
                let response = answer_button(ui, i, &option.label, palette);
                if response.clicked() {
                    actions.push(Action::Command(UiCommand::Choose(i)));
                }
                answers.push(response);
            }
            move_between_answers(ui, &answers);
        }
        ui.add_space(sp(ui, space::WIDE));
        ui.label(text(crate::tr!(walk_did_it_solve), TextRole::Heading));
        let answers = [UiCommand::Solved.label(), UiCommand::NotSolved.label()];
        button_row(ui, &answers, |ui| {
            command_button(ui, UiCommand::Solved, true, palette, actions);
            command_button(ui, UiCommand::NotSolved, false, palette, actions);
        });
        ui.add_space(sp(ui, space::MEDIUM));
        let more = [
            UiCommand::Back.label(),
            UiCommand::StartOver.label(),
            UiCommand::Home.label(),
        ];
        button_row(ui, &more, |ui| {
            self.back_button(ui, actions);
            command_button(ui, UiCommand::StartOver, false, palette, actions);
            command_button(ui, UiCommand::Home, false, palette, actions);
        });
    }
}
