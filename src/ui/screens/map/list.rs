//! The map as a list, for a screen reader or anyone who prefers words:
//! every node in walking order, named as on the drawing ("Step: Choose Get
//! Help, done"), each followed by its ways on as links that move there.
//! The arrow keys follow the edges here too.

use egui::{Sense, StrokeKind, UiBuilder, vec2};

use super::{MapState, MapView, node_id};
use crate::guide::map::PathState;
use crate::ui::command::Actions;
use crate::ui::theme::{TextRole, size, sp, space, text};

impl MapView<'_> {
    pub(super) fn list_ui(&self, ui: &mut egui::Ui, state: &mut MapState, actions: &mut Actions) {
        let margin = sp(ui, space::WIDE);
        egui::ScrollArea::vertical()
            .id_salt("map-list")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(margin / 2.0);
                let width = (ui.available_width() - 2.0 * margin).clamp(1.0, sp(ui, size::READING));
                ui.horizontal(|ui| {
                    ui.add_space(margin);
                    ui.scope_builder(
                        UiBuilder::new()
                            .accessibility_role(egui::Role::List)
                            .accessibility_label(crate::tr!(
                                map_list_name,
                                title = self.map.title.as_str()
                            )),
                        |ui| {
                            ui.set_width(width);
                            ui.vertical(|ui| self.rows_ui(ui, width, state, actions));
                        },
                    );
                });
            });
    }

    fn rows_ui(&self, ui: &mut egui::Ui, width: f32, state: &mut MapState, actions: &mut Actions) {
        let palette = &self.palette;
        let mut focused = None;
        for &i in &self.map.order {
            let here = self.path.nodes.get(i).copied().unwrap_or(PathState::Off);
            let name = self.node_name(i);
            let pad = sp(ui, space::ROOMY);
            let font = match here {
                PathState::Current => TextRole::Body.strong_font(ui.style()),
                _ => TextRole::Body.font(ui.style()),
            };
            let colour = match here {
                PathState::Off => palette.text_weak,
                _ => palette.text,
            };
            let galley = ui
                .painter()
                .layout(name.clone(), font, colour, width - 2.0 * pad);
            let (rect, _) =
                ui.allocate_exact_size(vec2(width, galley.size().y + 2.0 * pad), Sense::hover());
            let response = ui.interact(rect, node_id(&self.map.guide, i), Sense::click());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            let selected = state.selected == Some(i);
            if selected {
                ui.ctx()
                    .accesskit_node_builder(response.id, |node| node.set_selected(true));
            }
            let fill = match here {
                PathState::Current => palette.tint(palette.accent),
                _ if selected || response.hovered() => palette.surface_hover,
                _ => palette.surface,
            };
            let border = match here {
                PathState::Done => palette.success,
                PathState::Current | PathState::Ahead => palette.accent,
                PathState::Off => palette.border,
            };
            let width_of_line = if selected { 2.5 } else { 1.0 };
            ui.painter().rect(
                rect,
                6.0,
                fill,
                egui::Stroke::new(width_of_line, border),
                StrokeKind::Inside,
            );
            ui.painter()
                .galley(rect.min + vec2(pad, pad), galley, colour);
            if state.focus == Some(i) {
                response.scroll_to_me(None);
                state.give_focus(&response);
            }
            if response.clicked() {
                self.clicked(i, state, actions);
            }
            if response.has_focus() {
                focused = Some(i);
            }
            for &e in &self.map.out[i] {
                let edge = &self.map.edges[e];
                let target = &self.map.nodes[edge.to];
                ui.horizontal_wrapped(|ui| {
                    ui.add_space(sp(ui, space::HUGE));
                    ui.label(text("↳", TextRole::Small).color(palette.text_weak));
                    let words = crate::guide::map::way_on(&edge.label, target);
                    if ui.link(text(words, TextRole::Small)).clicked() {
                        state.came_from = Some(i);
                        state.choose(edge.to);
                    }
                });
            }
            ui.add_space(sp(ui, space::SMALL));
        }
        state.focused = focused;
    }
}
