//! The walk screen: the checklist of the path on the side, the annotated
//! screenshot in the centre, the instruction, checks and buttons below; or
//! a question's answers; or an outcome with its tips.

use egui::{Align, Layout, RichText, Sense, vec2};

use crate::guide::Pack;
use crate::guide::model::{Link, Node, Outcome, OutcomeKind, Question, Step};
use crate::guide::validate::is_safe_link;
use crate::guide::walk::{ItemState, Walk};
use crate::shots::{ShotCache, ShotState};
use crate::text::plain;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::fonts;
use crate::ui::theme::{Palette, size};
use crate::ui::widgets::annotated_image::annotated_image_ui;
use crate::ui::widgets::cards::{card, card_visuals, command_button};
use crate::ui::widgets::icons::{Glyph, icon};
use crate::ui::widgets::text::instruction_job;

/// Everything the walk screen reads.
pub struct WalkView<'a> {
    /// The loaded pack.
    pub pack: &'a Pack,
    /// Where the user is.
    pub walk: &'a Walk,
    /// False while the quick answer is shown before the first step.
    pub begun: bool,
    /// Colours.
    pub palette: Palette,
}

impl WalkView<'_> {
    /// The title of the walk: its scenario's, else its guide's.
    pub fn title(&self) -> String {
        self.walk.title(self.pack)
    }

    /// Draws the screen.
    pub fn ui(&self, ui: &mut egui::Ui, shots: &mut ShotCache) -> Actions {
        let mut actions = Actions::new();
        let narrow = ui.available_width() < size::NARROW;
        if narrow {
            egui::Panel::top("checklist-compact")
                .frame(
                    egui::Frame::new()
                        .fill(self.palette.surface)
                        .inner_margin(egui::Margin::symmetric(16, 10)),
                )
                .show(ui, |ui| self.compact_checklist_ui(ui));
        } else {
            egui::Panel::left("checklist")
                .exact_size(size::CHECKLIST_WIDTH)
                .resizable(false)
                .frame(
                    egui::Frame::new()
                        .fill(self.palette.surface)
                        .inner_margin(egui::Margin::same(16)),
                )
                .show(ui, |ui| self.checklist_ui(ui));
        }
        let margin = if narrow { 12 } else { 20 };
        egui::CentralPanel::default_margins()
            .frame(
                egui::Frame::new()
                    .fill(self.palette.background)
                    .inner_margin(egui::Margin::same(margin)),
            )
            .show(ui, |ui| {
                let Some(node) = self.walk.node(self.pack) else {
                    ui.label("This step is no longer in the guide.");
                    return;
                };
                if !self.begun {
                    self.quick_answer_ui(ui, &mut actions);
                    return;
                }
                match node {
                    Node::Step(step) => self.step_ui(ui, step, shots, &mut actions),
                    Node::Question(question) => self.question_ui(ui, question, shots, &mut actions),
                    Node::Outcome(outcome) => self.outcome_ui(ui, outcome, &mut actions),
                }
            });
        actions
    }

    fn checklist_ui(&self, ui: &mut egui::Ui) {
        let palette = &self.palette;
        ui.label(
            RichText::new(self.title())
                .family(fonts::semibold())
                .size(18.0),
        );
        ui.add_space(4.0);
        self.progress_ui(ui);
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for item in self.walk.checklist(self.pack) {
                    let Some(node) = self.pack.node(&item.at) else {
                        continue;
                    };
                    let is_outcome = matches!(node, Node::Outcome(_));
                    let (glyph, colour, text_colour) = match item.state {
                        ItemState::Done => (Glyph::Check, palette.success, palette.text_weak),
                        ItemState::Current => (Glyph::Dot, palette.accent, palette.text),
                        ItemState::Ahead if is_outcome => {
                            (Glyph::Flag, palette.text_weak, palette.text_weak)
                        }
                        ItemState::Ahead => (Glyph::Ring, palette.text_weak, palette.text_weak),
                    };
                    let current = item.state == ItemState::Current;
                    let frame = egui::Frame::new()
                        .inner_margin(egui::Margin::symmetric(8, 6))
                        .corner_radius(6)
                        .fill(if current {
                            palette.accent.gamma_multiply(0.12)
                        } else {
                            egui::Color32::TRANSPARENT
                        });
                    frame.show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal_top(|ui| {
                            ui.spacing_mut().item_spacing.x = 8.0;
                            icon(ui, glyph, 16.0, colour);
                            let mut text =
                                RichText::new(node.title()).color(text_colour).size(15.0);
                            if current {
                                text = text.family(fonts::semibold());
                            }
                            let state = match item.state {
                                ItemState::Done => "done",
                                ItemState::Current => "current step",
                                ItemState::Ahead => "ahead",
                            };
                            let response = ui.add(egui::Label::new(text).wrap());
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::ListItem,
                                    true,
                                    format!("{}: {state}", node.title()),
                                )
                            });
                        });
                    });
                }
            });
    }

    fn progress_ui(&self, ui: &mut egui::Ui) {
        let progress = self.walk.progress(self.pack);
        let text = self.walk.step_label(self.pack);
        ui.label(
            RichText::new(&text)
                .color(self.palette.text_weak)
                .size(14.0),
        );
        // A track in the border colour, so the bar reads on any surface.
        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), 8.0), Sense::hover());
        let painter = ui.painter();
        painter.rect_filled(rect, 4, self.palette.border);
        let done = rect.with_max_x(rect.left() + rect.width() * progress.fraction());
        if done.width() > 0.0 {
            painter.rect_filled(done, 4, self.palette.accent);
        }
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &text));
    }

    fn compact_checklist_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(self.title())
                    .family(fonts::semibold())
                    .size(16.0),
            );
        });
        self.progress_ui(ui);
        egui::CollapsingHeader::new("All steps")
            .id_salt("all-steps")
            .show(ui, |ui| {
                for item in self.walk.checklist(self.pack) {
                    if let Some(node) = self.pack.node(&item.at) {
                        let (glyph, colour) = match item.state {
                            ItemState::Done => (Glyph::Check, self.palette.success),
                            ItemState::Current => (Glyph::Dot, self.palette.accent),
                            ItemState::Ahead => (Glyph::Ring, self.palette.text_weak),
                        };
                        ui.horizontal(|ui| {
                            icon(ui, glyph, 14.0, colour);
                            ui.label(node.title());
                        });
                    }
                }
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
        let guide = self.pack.guide(&self.walk.current.guide).map(|g| &g.guide);
        ui.label(
            RichText::new(self.title())
                .family(fonts::semibold())
                .size(26.0),
        );
        ui.add_space(8.0);
        card(palette).show(ui, |ui| {
            ui.set_width(ui.available_width().min(720.0));
            ui.label(
                RichText::new("Quick answer")
                    .color(palette.accent)
                    .family(fonts::semibold()),
            );
            for line in guide.map(|g| g.summary.as_slice()).unwrap_or_default() {
                ui.horizontal_top(|ui| {
                    ui.label(RichText::new("•").color(palette.accent));
                    ui.add(egui::Label::new(RichText::new(line).size(17.0)).wrap());
                });
            }
        });
        ui.add_space(12.0);
        ui.label(
            RichText::new("Not sure where to press? The steps show you, one screen at a time.")
                .color(palette.text_weak),
        );
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            command_button(ui, UiCommand::Begin, true, palette, actions);
            command_button(ui, UiCommand::Home, false, palette, actions);
        });
    }

    fn step_ui(
        &self,
        ui: &mut egui::Ui,
        step: &Step,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        let palette = &self.palette;
        egui::Panel::bottom("step-actions")
            .frame(egui::Frame::new().inner_margin(egui::Margin {
                top: 12,
                ..Default::default()
            }))
            .show(ui, |ui| {
                let wrap = ui.available_width();
                let job = instruction_job(&step.text, 19.0, palette.text, wrap);
                let response = ui.label(job);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Label, true, plain(&step.text))
                });
                for (i, check) in step.checks.iter().enumerate() {
                    let mut ticked = self.walk.is_checked(i);
                    if ui.checkbox(&mut ticked, check).changed() {
                        actions.push(Action::Command(UiCommand::ToggleCheck(i)));
                    }
                }
                links_ui(ui, &step.links, palette, actions);
                ui.add_space(6.0);
                self.step_buttons(ui, step, actions);
            });
        egui::CentralPanel::default_margins()
            .frame(egui::Frame::new())
            .show(ui, |ui| {
                ui.label(
                    RichText::new(&step.title)
                        .family(fonts::semibold())
                        .size(24.0),
                );
                match &step.shot {
                    Some(shot) => {
                        let state = shots.get(ui.ctx(), &shot.image);
                        self.prefetch(ui.ctx(), shots);
                        let available = ui.available_size();
                        let response = ui
                            .with_layout(Layout::top_down(Align::Center), |ui| {
                                annotated_image_ui(ui, &state, shot, available, palette)
                            })
                            .inner;
                        if response.clicked() {
                            actions.push(Action::Command(UiCommand::Zoom));
                        }
                        if matches!(state, ShotState::Ready { .. }) {
                            response.on_hover_text("Click to see it larger (Z)");
                        }
                    }
                    None => {
                        ui.add_space(8.0);
                        ui.label(
                            RichText::new(
                                "No picture for this step: follow the instruction below.",
                            )
                            .color(palette.text_weak),
                        );
                    }
                }
            });
    }

    fn step_buttons(&self, ui: &mut egui::Ui, step: &Step, actions: &mut Actions) {
        let palette = &self.palette;
        ui.horizontal(|ui| {
            self.back_button(ui, actions);
            if let Some(stuck) = &step.stuck {
                let response = ui
                    .add(
                        egui::Button::new(&stuck.label)
                            .corner_radius(crate::ui::theme::radius())
                            .min_size(vec2(0.0, size::BUTTON_HEIGHT)),
                    )
                    .on_hover_text(UiCommand::Stuck.hover_text(ui.ctx()));
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("{}: {}", UiCommand::Stuck.label(), stuck.label),
                    )
                });
                if response.clicked() {
                    actions.push(Action::Command(UiCommand::Stuck));
                }
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if step.next.is_some() {
                    command_button(ui, UiCommand::Next, true, palette, actions);
                }
            });
        });
    }

    /// Starts decoding the pictures of the next expected nodes.
    fn prefetch(&self, ctx: &egui::Context, shots: &mut ShotCache) {
        for at in self.walk.ahead(self.pack).iter().take(2) {
            if let Some(shot) = self.pack.node(at).and_then(Node::shot) {
                shots.request(ctx, &shot.image);
            }
        }
    }

    fn question_ui(
        &self,
        ui: &mut egui::Ui,
        question: &Question,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        let palette = &self.palette;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.label(
                    RichText::new(&question.prompt)
                        .family(fonts::semibold())
                        .size(26.0),
                );
                if !question.text.is_empty() {
                    let job = instruction_job(
                        &question.text,
                        17.0,
                        palette.text_weak,
                        ui.available_width().min(760.0),
                    );
                    ui.label(job);
                }
                ui.add_space(8.0);
                for (i, option) in question.options.iter().enumerate() {
                    if answer_button(ui, i, &option.label, palette).clicked() {
                        actions.push(Action::Command(UiCommand::Choose(i)));
                    }
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    self.back_button(ui, actions);
                    ui.label(
                        RichText::new(format!(
                            "Or press 1 to {} on the keyboard.",
                            question.options.len().clamp(1, 9)
                        ))
                        .color(palette.text_weak)
                        .size(14.0),
                    );
                });
                if let Some(shot) = &question.shot {
                    ui.add_space(12.0);
                    let state = shots.get(ui.ctx(), &shot.image);
                    // Fit what is left of the visible area; scroll only when that is tiny.
                    let left = ui.clip_rect().bottom() - ui.cursor().top() - 8.0;
                    let available = vec2(ui.available_width(), left.max(220.0));
                    let response = annotated_image_ui(ui, &state, shot, available, palette);
                    if response.clicked() {
                        actions.push(Action::Command(UiCommand::Zoom));
                    }
                }
            });
    }

    fn outcome_ui(&self, ui: &mut egui::Ui, outcome: &Outcome, actions: &mut Actions) {
        let palette = &self.palette;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(820.0));
                let (glyph, colour) = match outcome.kind {
                    OutcomeKind::Solved => (Glyph::Check, palette.success),
                    OutcomeKind::Unsolved => (Glyph::Info, palette.warning),
                };
                ui.horizontal(|ui| {
                    icon(ui, glyph, 30.0, colour);
                    ui.label(
                        RichText::new(&outcome.title)
                            .family(fonts::semibold())
                            .size(28.0),
                    );
                });
                if !outcome.text.is_empty() {
                    ui.label(instruction_job(
                        &outcome.text,
                        18.0,
                        palette.text,
                        ui.available_width(),
                    ));
                }
                if !outcome.tips.is_empty() {
                    ui.add_space(8.0);
                    card(palette).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            RichText::new("What to do next")
                                .color(palette.accent)
                                .family(fonts::semibold()),
                        );
                        for tip in &outcome.tips {
                            ui.horizontal_top(|ui| {
                                ui.label(RichText::new("•").color(palette.accent));
                                ui.add(egui::Label::new(RichText::new(tip).size(16.0)).wrap());
                            });
                        }
                    });
                }
                links_ui(ui, &outcome.links, palette, actions);
                ui.add_space(16.0);
                ui.label(
                    RichText::new("Did this solve it?")
                        .family(fonts::semibold())
                        .size(20.0),
                );
                ui.horizontal(|ui| {
                    command_button(ui, UiCommand::Solved, true, palette, actions);
                    command_button(ui, UiCommand::NotSolved, false, palette, actions);
                });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    self.back_button(ui, actions);
                    command_button(ui, UiCommand::StartOver, false, palette, actions);
                    command_button(ui, UiCommand::Home, false, palette, actions);
                });
            });
    }
}

/// A large numbered answer button.
fn answer_button(
    ui: &mut egui::Ui,
    index: usize,
    label: &str,
    palette: &Palette,
) -> egui::Response {
    let width = ui.available_width().min(620.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, 54.0), Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    let (fill, stroke) = card_visuals(&response, palette);
    let painter = ui.painter();
    painter.rect(
        rect,
        crate::ui::theme::radius(),
        fill,
        stroke,
        egui::StrokeKind::Inside,
    );
    let badge = egui::pos2(rect.left() + 28.0, rect.center().y);
    painter.circle_filled(badge, 14.0, palette.accent.gamma_multiply(0.15));
    painter.text(
        badge,
        egui::Align2::CENTER_CENTER,
        (index + 1).to_string(),
        egui::FontId::new(15.0, fonts::semibold()),
        palette.accent,
    );
    painter.text(
        egui::pos2(rect.left() + 54.0, rect.center().y),
        egui::Align2::LEFT_CENTER,
        label,
        egui::FontId::proportional(17.0),
        palette.text,
    );
    ui.add_space(2.0);
    response.on_hover_text(format!("Press {}", index + 1))
}

/// Links, each with its full address shown before it is opened.
fn links_ui(ui: &mut egui::Ui, links: &[Link], palette: &Palette, actions: &mut Actions) {
    for link in links.iter().filter(|l| is_safe_link(&l.url)) {
        ui.horizontal_wrapped(|ui| {
            let response = ui
                .link(RichText::new(&link.label).size(16.0))
                .on_hover_text(format!("Opens {} in your web browser", link.url));
            ui.label(RichText::new(&link.url).color(palette.text_weak).size(13.0));
            if response.clicked() {
                actions.push(Action::OpenUrl(link.url.clone()));
            }
        });
    }
}
