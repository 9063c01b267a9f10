//! The chosen node, beside the map (or under it in a narrow window): its
//! kind and where it stands, **Go here**, its picture with marks, its
//! instruction, the ways on and the ways in (each a button that moves the
//! map there), and in authoring mode its problems with their places.

use std::borrow::Cow;

use egui::vec2;

use super::{MapState, MapView, badge_words};
use crate::guide::map::PathState;
use crate::guide::model::Node;
use crate::guide::problem::Severity;
use crate::shots::ShotCache;
use crate::tr;
use crate::ui::command::{Action, Actions};
use crate::ui::theme::{TextRole, size, sp, space, text};
use crate::ui::widgets::annotated_image::annotated_image_ui;
use crate::ui::widgets::cards::{chip, primary_button, secondary_button};
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::text::instruction_job;

impl MapView<'_> {
    pub(super) fn preview_ui(
        &self,
        ui: &mut egui::Ui,
        i: usize,
        state: &mut MapState,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        egui::ScrollArea::vertical()
            .id_salt("map-preview")
            .auto_shrink([false, false])
            .show(ui, |ui| self.preview_contents(ui, i, state, shots, actions));
    }

    fn preview_contents(
        &self,
        ui: &mut egui::Ui,
        i: usize,
        state: &mut MapState,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        let palette = &self.palette;
        let node = &self.map.nodes[i];
        let here = self.path.nodes.get(i).copied().unwrap_or(PathState::Off);
        ui.label(
            text(
                format!("{} · {}", node.kind.word(), here.words()),
                TextRole::Small,
            )
            .color(palette.text_weak),
        );
        ui.add(egui::Label::new(text(&node.title, TextRole::Heading)).wrap());
        ui.horizontal_wrapped(|ui| {
            if here == PathState::Current {
                chip(
                    ui,
                    &tr!(map_you_are_here),
                    palette.on_accent,
                    palette.accent,
                );
            } else {
                let go = primary_button(ui, &tr!(map_go_here), palette)
                    .on_hover_words(|| tr!(map_go_here_tip));
                if go.clicked() {
                    actions.push(Action::GoTo(node.at.clone()));
                }
            }
            if self.authoring
                && secondary_button(ui, &tr!(map_edit_node))
                    .on_hover_words(|| tr!(map_edit_node_tip))
                    .clicked()
            {
                actions.push(Action::EditNode(node.at.clone()));
            }
        });
        let pack_node = self.pack.node(&node.at);
        if let Some(shot) = pack_node.and_then(Node::shot) {
            ui.add_space(sp(ui, space::SNUG));
            let state = shots.get(ui.ctx(), &shot.image);
            let height = sp(ui, size::MIN_PICTURE).min(ui.available_width() * 0.75);
            annotated_image_ui(
                ui,
                &state,
                shot,
                vec2(ui.available_width(), height),
                palette,
            );
        }
        let words = match pack_node {
            Some(Node::Step(step)) => Cow::Borrowed(step.text.as_str()),
            Some(Node::Question(question)) => Cow::Borrowed(question.text.as_str()),
            Some(Node::Outcome(outcome)) => Cow::Borrowed(outcome.text.as_str()),
            Some(Node::Call(_)) => Cow::Owned(tr!(map_call_text)),
            Some(Node::Return) => Cow::Owned(tr!(map_return_text)),
            None => Cow::Borrowed(""),
        };
        if !words.is_empty() && node.kind != crate::guide::map::MapKind::Elsewhere {
            ui.label(instruction_job(
                ui.style(),
                &words,
                TextRole::Body,
                palette.text,
                ui.available_width(),
            ));
        }
        if node.kind == crate::guide::map::MapKind::Elsewhere {
            ui.add(
                egui::Label::new(
                    text(tr!(map_elsewhere_text), TextRole::Body).color(palette.text_weak),
                )
                .wrap(),
            );
        }
        self.ways_ui(ui, i, state);
        self.problems_ui(ui, i);
    }

    /// The ways on and the ways in, each a button that moves there.
    fn ways_ui(&self, ui: &mut egui::Ui, i: usize, state: &mut MapState) {
        let palette = &self.palette;
        let strong = TextRole::Body.strong_font(ui.style());
        for (title, edges, forward) in [
            (tr!(map_ways_on), &self.map.out[i], true),
            (tr!(map_ways_here), &self.map.into[i], false),
        ] {
            if edges.is_empty() {
                continue;
            }
            ui.add_space(sp(ui, space::SNUG));
            ui.label(egui::RichText::new(title).font(strong.clone()));
            for &e in edges {
                let edge = &self.map.edges[e];
                let other = if forward { edge.to } else { edge.from };
                let target = &self.map.nodes[other];
                let words = if forward {
                    crate::guide::map::way_on(&edge.label, target)
                } else {
                    tr!(
                        map_way_from,
                        kind = target.kind.word(),
                        title = target.title.as_str(),
                        answer = edge.label.as_str()
                    )
                };
                let response = ui.add(
                    egui::Button::new(text(words, TextRole::Small).color(palette.text))
                        .wrap()
                        .frame(false),
                );
                if response.clicked() {
                    state.came_from = forward.then_some(i);
                    state.choose(other);
                }
            }
        }
    }

    /// In authoring mode: the node's problems, with their file and place.
    fn problems_ui(&self, ui: &mut egui::Ui, i: usize) {
        let palette = &self.palette;
        let problems = self.node_problems(i);
        if problems.is_empty() {
            return;
        }
        ui.add_space(sp(ui, space::SNUG));
        let strong = TextRole::Body.strong_font(ui.style());
        ui.label(egui::RichText::new(tr!(map_problems_heading)).font(strong));
        for problem in problems {
            let (colour, fill) = match problem.severity {
                Severity::Error => (palette.error_text, palette.tint(palette.error)),
                Severity::Warning => (palette.warning_text, palette.tint(palette.warning)),
            };
            ui.horizontal_wrapped(|ui| {
                chip(ui, &badge_words(problem.rule), colour, fill);
                ui.label(
                    text(
                        format!("{}:{}:{}", problem.file, problem.line, problem.column),
                        TextRole::Small,
                    )
                    .color(palette.text_weak),
                );
            });
            ui.add(egui::Label::new(text(&problem.message, TextRole::Small)).wrap());
        }
    }
}
