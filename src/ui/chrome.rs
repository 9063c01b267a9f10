//! What frames every screen: the top bar (Home, Search, theme, text size,
//! Help) and the notice banner under it.

use egui::RichText;

use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::fonts;
use crate::ui::theme::Palette;
use crate::ui::widgets::cards::icon_button;
use crate::ui::widgets::icons::{self, Glyph};

/// Draws the top bar. `pack_title` names the open pack; `dark` says which
/// theme button to offer.
pub fn top_bar_ui(ui: &mut egui::Ui, pack_title: &str, dark: bool, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    let frame = egui::Frame::new()
        .fill(palette.surface)
        .inner_margin(egui::Margin::symmetric(16, 8))
        .stroke(egui::Stroke::new(1.0, palette.border));
    egui::Panel::top("top-bar").frame(frame).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("Stepwise")
                    .family(fonts::semibold())
                    .size(18.0)
                    .color(palette.accent),
            );
            if !pack_title.is_empty() {
                ui.label(RichText::new(pack_title).color(palette.text_weak));
            }
            ui.add_space(8.0);
            let mut bar_button =
                |ui: &mut egui::Ui, command: UiCommand, glyph: Option<Glyph>, text: &str| {
                    let response = match glyph {
                        Some(glyph) => icon_button(ui, glyph, text, command.label(), palette),
                        None => {
                            let button = egui::Button::new(RichText::new(text).size(15.0))
                                .frame_when_inactive(false);
                            let response = ui.add(button);
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, command.label())
                            });
                            response
                        }
                    };
                    if response
                        .on_hover_text(command.hover_text(ui.ctx()))
                        .clicked()
                    {
                        actions.push(Action::Command(command));
                    }
                };
            bar_button(ui, UiCommand::Home, Some(Glyph::Home), "Home");
            bar_button(ui, UiCommand::Search, Some(Glyph::Search), "Search");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                bar_button(ui, UiCommand::Help, None, "Help");
                bar_button(ui, UiCommand::TextBigger, None, "A+");
                bar_button(ui, UiCommand::TextSmaller, None, "A−");
                let (glyph, text) = if dark {
                    (Glyph::Sun, "Light")
                } else {
                    (Glyph::Moon, "Dark")
                };
                bar_button(ui, UiCommand::ToggleTheme, Some(glyph), text);
            });
        });
    });
    actions
}

/// Draws the notice banner, if there is a notice.
pub fn notice_ui(ui: &mut egui::Ui, notice: Option<&str>, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    let Some(notice) = notice else {
        return actions;
    };
    let frame = egui::Frame::new()
        .fill(palette.accent.gamma_multiply(0.12))
        .inner_margin(egui::Margin::symmetric(16, 8));
    egui::Panel::top("notice").frame(frame).show(ui, |ui| {
        ui.horizontal(|ui| {
            icons::icon(ui, Glyph::Info, 18.0, palette.accent);
            ui.add(egui::Label::new(notice).wrap());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Dismiss").clicked() {
                    actions.push(Action::DismissNotice);
                }
            });
        });
    });
    actions
}
