//! Buttons in the app's style (a command button pushes its own action),
//! cards, chips and the glyph badge of a scenario.

use egui::{Color32, CornerRadius, FontId, Frame, Margin, Response, RichText, Sense, Stroke, Vec2};

use crate::guide::model::Icon;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::fonts;
use crate::ui::theme::{Palette, radius, size};
use crate::ui::widgets::icons::{self, Glyph};

/// A filled accent button for the main action of a screen.
pub fn primary_button(ui: &mut egui::Ui, text: &str, palette: &Palette) -> Response {
    let text = RichText::new(text)
        .color(palette.on_accent)
        .family(fonts::semibold());
    let button = egui::Button::new(text)
        .fill(palette.accent)
        .stroke(Stroke::NONE)
        .corner_radius(radius())
        .min_size(Vec2::new(0.0, size::BUTTON_HEIGHT));
    ui.add(button)
}

/// An outlined button for secondary actions.
pub fn secondary_button(ui: &mut egui::Ui, text: &str) -> Response {
    let button = egui::Button::new(text)
        .corner_radius(radius())
        .min_size(Vec2::new(0.0, size::BUTTON_HEIGHT));
    ui.add(button)
}

/// A button for a command: its label, its tooltip with the shortcut, and,
/// when clicked, the command pushed onto `actions`.
pub fn command_button(
    ui: &mut egui::Ui,
    command: UiCommand,
    primary: bool,
    palette: &Palette,
    actions: &mut Actions,
) -> Response {
    let response = if primary {
        primary_button(ui, command.label(), palette)
    } else {
        secondary_button(ui, command.label())
    };
    let response = response.on_hover_text(command.hover_text(ui.ctx()));
    if response.clicked() {
        actions.push(Action::Command(command));
    }
    response
}

/// The fill and border of a clickable card (tile, search result, answer):
/// an accent border on hover, a thicker one when it has keyboard focus.
pub fn card_visuals(response: &Response, palette: &Palette) -> (Color32, Stroke) {
    let hovered = response.hovered() || response.has_focus();
    let fill = if hovered {
        palette.surface_hover
    } else {
        palette.surface
    };
    let stroke = if response.has_focus() {
        Stroke::new(2.5, palette.accent)
    } else if hovered {
        Stroke::new(1.5, palette.accent)
    } else {
        Stroke::new(1.0, palette.border)
    };
    (fill, stroke)
}

/// A rounded surface with a border, for tiles and cards.
pub fn card(palette: &Palette) -> Frame {
    Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(radius())
        .inner_margin(Margin::same(16))
}

/// Paints a scenario icon in a soft accent circle filling `rect`.
pub fn paint_icon_badge_at(
    painter: &egui::Painter,
    rect: egui::Rect,
    icon: Icon,
    palette: &Palette,
) {
    painter.circle_filled(
        rect.center(),
        rect.width() / 2.0,
        palette.accent.gamma_multiply(0.14),
    );
    let glyph = egui::Rect::from_center_size(rect.center(), rect.size() * 0.55);
    icons::paint(painter, glyph, Glyph::Topic(icon), palette.accent);
}

/// A flat button with an icon and a label, for the top bar.
pub fn icon_button(
    ui: &mut egui::Ui,
    glyph: Glyph,
    text: &str,
    accessible: &str,
    palette: &Palette,
) -> Response {
    let font = FontId::proportional(15.0);
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, palette.text);
    let icon_size = 18.0;
    let gap = if text.is_empty() { 0.0 } else { 6.0 };
    let padding = Vec2::new(10.0, 6.0);
    let size = Vec2::new(
        icon_size + gap + galley.size().x,
        icon_size.max(galley.size().y),
    ) + padding * 2.0;
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, accessible));
    let painter = ui.painter();
    if response.hovered() || response.has_focus() {
        painter.rect_filled(rect, radius(), palette.surface_hover);
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect,
            radius(),
            Stroke::new(2.0, palette.accent),
            egui::StrokeKind::Inside,
        );
    }
    let icon_rect = egui::Rect::from_min_size(
        rect.left_center() + Vec2::new(padding.x, -icon_size / 2.0),
        Vec2::splat(icon_size),
    );
    icons::paint(painter, icon_rect, glyph, palette.text);
    let text_pos = egui::pos2(
        icon_rect.right() + gap,
        rect.center().y - galley.size().y / 2.0,
    );
    painter.galley(text_pos, galley, palette.text);
    response
}

/// A coloured chip with short text ("Error", "Done").
pub fn chip(ui: &mut egui::Ui, text: &str, color: Color32) -> Response {
    Frame::new()
        .fill(color.gamma_multiply(0.15))
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(color).size(13.0))
        })
        .response
}
