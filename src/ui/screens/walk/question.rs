//! A question: the prompt, its help text, the answers as large numbered
//! cards (1 to 9 choose; Up and Down move between them), Back, and the
//! picture that helps answer it.

use egui::{Sense, vec2};

use super::WalkView;
use crate::guide::model::Question;
use crate::shots::ShotCache;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, radius, size, sp, space, text};
use crate::ui::widgets::annotated_image::annotated_image_ui;
use crate::ui::widgets::cards::card_visuals;
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::text::instruction_job;

impl WalkView<'_> {
    pub(super) fn question_ui(
        &self,
        ui: &mut egui::Ui,
        question: &Question,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        let palette = &self.palette;
        ui.add(egui::Label::new(text(&question.prompt, TextRole::Title)).wrap());
        if !question.text.is_empty() {
            let job = instruction_job(
                ui.style(),
                &question.text,
                TextRole::Instruction,
                palette.text_weak,
                ui.available_width().min(sp(ui, size::READING)),
            );
            ui.label(job);
        }
        ui.add_space(sp(ui, space::MEDIUM));
        let mut answers = Vec::new();
        for (i, option) in question.options.iter().enumerate() {
            let response = answer_button(ui, i, &option.label, palette);
            if response.clicked() {
                actions.push(Action::Command(UiCommand::Choose(i)));
            }
            answers.push(response);
        }
        move_between_answers(ui, &answers);
        ui.add_space(sp(ui, space::MEDIUM));
        ui.horizontal_wrapped(|ui| {
            self.back_button(ui, actions);
            let hint = crate::tr!(walk_press_keys, last = question.options.len().clamp(1, 9));
            ui.label(text(hint, TextRole::Small).color(palette.text_weak));
        });
        if let Some(shot) = &question.shot {
            ui.add_space(sp(ui, space::LARGE));
            let state = shots.get(ui.ctx(), &shot.image);
            // Fit what is left of the visible area; scroll only when that is tiny.
            let left = ui.clip_rect().bottom() - ui.cursor().top() - 8.0;
            let available = vec2(ui.available_width(), left.max(sp(ui, size::MIN_PICTURE)));
            let response = annotated_image_ui(ui, &state, shot, available, palette);
            if response.clicked() {
                actions.push(Action::Command(UiCommand::Zoom));
            }
        }
    }
}

/// Up and Down move the focus between the answers, wrapping around; with
/// nothing focused, Down starts at the first answer.
pub(super) fn move_between_answers(ui: &egui::Ui, answers: &[egui::Response]) {
    if answers.is_empty() {
        return;
    }
    let (up, down) = ui.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
        )
    });
    if !up && !down {
        return;
    }
    let focused = answers.iter().position(|r| r.has_focus());
    let n = answers.len();
    let next = match (focused, down) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, true) => 0,
        (None, false) => n - 1,
    };
    // egui would otherwise move on from here by direction.
    ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    answers[next].request_focus();
}

/// A large numbered answer card; its label wraps, and the card grows with it.
pub(super) fn answer_button(
    ui: &mut egui::Ui,
    index: usize,
    label: &str,
    palette: &Palette,
) -> egui::Response {
    let width = ui.available_width().min(sp(ui, size::ANSWER));
    let badge_radius = sp(ui, size::ANSWER_BADGE);
    let left = sp(ui, size::ANSWER_HEIGHT);
    let pad = sp(ui, space::LARGE);
    let galley = ui.painter().layout(
        label.to_owned(),
        TextRole::Instruction.font(ui.style()),
        palette.text,
        (width - left - pad).max(sp(ui, size::MIN_WRAP)),
    );
    let height = (galley.size().y + 2.0 * pad).max(sp(ui, size::ANSWER_HEIGHT));
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    let (fill, stroke) = card_visuals(&response, palette);
    let painter = ui.painter();
    painter.rect(rect, radius(), fill, stroke, egui::StrokeKind::Inside);
    let badge = egui::pos2(
        rect.left() + sp(ui, 2.0 * size::ANSWER_BADGE),
        rect.center().y,
    );
    painter.circle_filled(badge, badge_radius, palette.tint(palette.accent));
    painter.text(
        badge,
        egui::Align2::CENTER_CENTER,
        (index + 1).to_string(),
        TextRole::Body.strong_font(ui.style()),
        palette.accent,
    );
    let top = rect.center().y - galley.size().y / 2.0;
    painter.galley(egui::pos2(rect.left() + left, top), galley, palette.text);
    ui.add_space(sp(ui, space::TINY));
    response.on_hover_words(|| crate::tr!(walk_press_number, number = index + 1))
}
