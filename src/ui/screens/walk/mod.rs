//! The walk screen: the checklist of the path on the side (or on top, in a
//! narrow window or at large text), and in the middle the quick answer, a
//! step (`step.rs`), a question (`question.rs`) or an outcome
//! (`outcome.rs`). A screen reader hears each new step once, without its
//! focus moving (a polite live region).

mod checklist;
mod outcome;
mod question;
mod step;
mod take_away;

use egui::{Align, Layout};

use crate::guide::Pack;
use crate::guide::model::{Link, Node};
use crate::guide::remaining::StepsLeft;
use crate::guide::validate::is_safe_link;
use crate::guide::walk::Walk;
use crate::shots::ShotCache;
use crate::text::plain;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::{card, command_button};
use crate::ui::widgets::hover::HoverWords;

/// Everything the walk screen reads.
pub struct WalkView<'a> {
    /// The loaded pack.
    pub pack: &'a Pack,
    /// Where the user is.
    pub walk: &'a Walk,
    /// False while the quick answer is shown before the first step.
    pub begun: bool,
    /// Today, for how old the guide's `verified` date is.
    pub today: crate::guide::date::Date,
    /// Authoring mode: steps with a picture offer Edit marks.
    pub authoring: bool,
    /// How many more steps the ways ahead take, if known.
    pub steps_left: Option<StepsLeft>,
    /// Colours.
    pub palette: Palette,
    /// True while an export is being written: its buttons wait.
    pub exporting: bool,
}

impl WalkView<'_> {
    /// The title of the walk: its scenario's, else its guide's.
    pub fn title(&self) -> String {
        self.walk.title(self.pack)
    }

    /// Draws the screen.
    pub fn ui(&self, ui: &mut egui::Ui, shots: &mut ShotCache) -> Actions {
        let mut actions = Actions::new();
        let panel_width = sp(ui, size::CHECKLIST_WIDTH);
        let side_by_side = ui.available_width() >= sp(ui, size::NARROW)
            && panel_width <= ui.available_width() * 0.4;
        // Too short for a checklist strip, a picture and the buttons at
        // once: the whole screen becomes one column that scrolls.
        let flow = !side_by_side && ui.available_height() < sp(ui, TIGHT_HEIGHT);
        let margin = sp(ui, space::WIDE) as i8;
        let strip = egui::Frame::new()
            .fill(self.palette.surface)
            .inner_margin(egui::Margin::symmetric(margin, margin / 2 + 2));
        if side_by_side {
            egui::Panel::left("checklist")
                .exact_size(panel_width)
                .resizable(false)
                .frame(
                    egui::Frame::new()
                        .fill(self.palette.surface)
                        .inner_margin(egui::Margin::same(margin)),
                )
                .show(ui, |ui| self.checklist_ui(ui, &mut actions));
        } else if !flow {
            egui::Panel::top("checklist-compact")
                .frame(strip)
                .show(ui, |ui| self.compact_checklist_ui(ui, &mut actions));
        }
        let margin = if side_by_side {
            sp(ui, space::AIRY)
        } else {
            sp(ui, space::LARGE)
        };
        egui::CentralPanel::default_margins()
            .frame(
                egui::Frame::new()
                    .fill(self.palette.background)
                    .inner_margin(egui::Margin::same(margin as i8)),
            )
            .show(ui, |ui| {
                if flow {
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            strip
                                .corner_radius(crate::ui::theme::radius())
                                .show(ui, |ui| {
                                    ui.set_width(ui.available_width());
                                    self.compact_checklist_ui(ui, &mut actions);
                                });
                            ui.add_space(sp(ui, space::MEDIUM));
                            self.node_ui(ui, shots, &mut actions, true);
                        });
                } else {
                    self.node_ui(ui, shots, &mut actions, false);
                }
            });
        actions
    }

    /// The quick answer, or the node the person stands on. With `flow`,
    /// it is drawn as part of a column that already scrolls.
    fn node_ui(&self, ui: &mut egui::Ui, shots: &mut ShotCache, actions: &mut Actions, flow: bool) {
        let Some(node) = self.walk.node(self.pack) else {
            ui.label(text(crate::tr!(walk_step_gone), TextRole::Body));
            return;
        };
        self.announce(ui, node);
        if !self.begun {
            scrolled(ui, flow, |ui| self.quick_answer_ui(ui, actions));
            return;
        }
        match node {
            Node::Step(step) => self.step_ui(ui, step, shots, actions, flow),
            Node::Question(question) => {
                scrolled(ui, flow, |ui| {
                    self.question_ui(ui, question, shots, actions)
                });
            }
            Node::Outcome(outcome) => {
                scrolled(ui, flow, |ui| self.outcome_ui(ui, outcome, actions))
            }
            // The walker never stands on these; a walk that does is stale.
            Node::Call(_) | Node::Return => {
                ui.label(text(crate::tr!(walk_step_gone), TextRole::Body));
            }
        }
    }

    /// What a screen reader says when the screen changes: where the person
    /// is and what to do. It is a polite live region, so it is read once
    /// each time it changes, and focus stays where it was.
    pub fn announcement(&self, node: &Node) -> String {
        if !self.begun {
            return crate::tr!(walk_announce_quick_answer, title = self.title());
        }
        match node {
            Node::Step(step) => format!(
                "{}. {}. {}",
                self.walk.step_label(self.pack),
                step.title,
                plain(&step.text)
            ),
            Node::Question(question) => crate::tr!(
                walk_announce_question,
                prompt = &question.prompt,
                count = question.options.len()
            ),
            Node::Outcome(outcome) => format!("{}. {}", outcome.title, plain(&outcome.text)),
            Node::Call(_) | Node::Return => String::new(),
        }
    }

    fn announce(&self, ui: &mut egui::Ui, node: &Node) {
        let words = self.announcement(node);
        // One node with a fixed id: a change of its name is what is announced.
        let id = egui::Id::unique("walk-announcement");
        let rect = egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
        let response = ui.interact(rect, id, egui::Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
    }

    /// Back, greyed out at the first node.
    fn back_button(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let enabled = !self.walk.history.is_empty();
        ui.add_enabled_ui(enabled, |ui| {
            command_button(ui, UiCommand::Back, false, &self.palette, actions)
        });
    }

    fn quick_answer_ui(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let palette = &self.palette;
        // The guide the walk began in: its first steps may be a shared flow.
        let guide = self.pack.guide(&self.walk.start.guide).map(|g| &g.guide);
        ui.add(egui::Label::new(text(self.title(), TextRole::Title)).wrap());
        ui.add_space(sp(ui, space::MEDIUM));
        card(palette).show(ui, |ui| {
            ui.set_width(ui.available_width().min(sp(ui, size::QUICK_ANSWER)));
            let font = TextRole::Body.strong_font(ui.style());
            ui.label(
                egui::RichText::new(crate::tr!(walk_quick_answer))
                    .font(font)
                    .color(palette.accent),
            );
            for line in guide.map(|g| g.summary.as_slice()).unwrap_or_default() {
                bullet(ui, line, TextRole::Instruction, palette);
            }
        });
        ui.add_space(sp(ui, space::LARGE));
        ui.add(
            egui::Label::new(
                text(crate::tr!(walk_not_sure), TextRole::Body).color(palette.text_weak),
            )
            .wrap(),
        );
        ui.add_space(sp(ui, space::SMALL));
        button_row(
            ui,
            &[UiCommand::Begin.label(), UiCommand::Home.label()],
            |ui| {
                command_button(ui, UiCommand::Begin, true, palette, actions);
                command_button(ui, UiCommand::Home, false, palette, actions);
            },
        );
    }
}

/// Below this height (at 100 % text) the walk screen is one scrolling column.
const TIGHT_HEIGHT: f32 = 500.0;

/// Draws `add` in a vertical scroll area, unless it is already inside one.
fn scrolled(ui: &mut egui::Ui, flow: bool, add: impl FnOnce(&mut egui::Ui)) {
    if flow {
        add(ui);
    } else {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, add);
    }
}

/// A bulleted line of text in a role, wrapped.
fn bullet(ui: &mut egui::Ui, line: &str, role: TextRole, palette: &Palette) {
    ui.horizontal_top(|ui| {
        ui.label(text("•", role).color(palette.accent));
        ui.add(egui::Label::new(text(line, role)).wrap());
    });
}

/// Buttons side by side when their labels fit the width, else one under
/// the other at full width (large text in a small window).
fn button_row(ui: &mut egui::Ui, labels: &[String], add: impl FnOnce(&mut egui::Ui)) {
    if buttons_fit(ui, labels, ui.available_width()) {
        ui.horizontal(add);
    } else {
        ui.with_layout(Layout::top_down_justified(Align::Min), add);
    }
}

/// Whether buttons with these labels fit side by side in `width`.
fn buttons_fit(ui: &egui::Ui, labels: &[String], width: f32) -> bool {
    let font = TextRole::Button.strong_font(ui.style());
    let padding = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    let needed: f32 = labels
        .iter()
        .map(|label| {
            let galley =
                ui.painter()
                    .layout_no_wrap(label.clone(), font.clone(), egui::Color32::WHITE);
            galley.size().x + padding
        })
        .sum();
    needed <= width
}

/// Links, each with its full address shown before it is opened.
fn links_ui(ui: &mut egui::Ui, links: &[Link], palette: &Palette, actions: &mut Actions) {
    for link in links.iter().filter(|l| is_safe_link(&l.url)) {
        ui.horizontal_wrapped(|ui| {
            let response = ui
                .link(text(&link.label, TextRole::Body))
                .on_hover_words(|| crate::tr!(walk_opens_link, url = &link.url));
            ui.label(text(&link.url, TextRole::Small).color(palette.text_weak));
            if response.clicked() {
                actions.push(Action::OpenUrl(link.url.clone()));
            }
        });
    }
}
