//! Buttons in the app's style (a command button pushes its own action),
//! cards, chips and the glyph badge of a scenario.

use egui::{Color32, CornerRadius, Frame, Margin, Response, RichText, Sense, Stroke, Vec2};

use crate::guide::model::Icon;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, radius, size, sp, space, text};
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::icons::{self, Glyph};

/// A filled accent button for the main action of a screen.
pub fn primary_button(ui: &mut egui::Ui, text: &str, palette: &Palette) -> Response {
    let font = TextRole::Button.strong_font(ui.style());
    let text = RichText::new(text).color(palette.on_accent).font(font);
    let button = egui::Button::new(text)
        .fill(palette.accent)
        .stroke(Stroke::NONE)
        .corner_radius(radius())
        .min_size(Vec2::new(0.0, sp(ui, size::BUTTON_HEIGHT)));
    ui.add(button)
}

/// An outlined button for secondary actions.
pub fn secondary_button(ui: &mut egui::Ui, text: &str) -> Response {
    let button = egui::Button::new(text)
        .corner_radius(radius())
        .min_size(Vec2::new(0.0, sp(ui, size::BUTTON_HEIGHT)));
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
        primary_button(ui, &command.label(), palette)
    } else {
        secondary_button(ui, &command.label())
    };
    let response = response.on_hover_words(|| command.hover_text(ui.ctx()));
    if response.clicked() {
        actions.push(Action::Command(command));
    }
    response
}

/// The fill and border of a clickable card (tile, search result, answer):
/// an accent border under the pointer or with keyboard focus (the app
/// draws the focus ring around it as well).
pub fn card_visuals(response: &Response, palette: &Palette) -> (Color32, Stroke) {
    let lit = response.hovered() || response.has_focus();
    if lit {
        (palette.surface_hover, Stroke::new(1.5, palette.accent))
    } else {
        (palette.surface, Stroke::new(1.0, palette.border))
    }
}

/// A rounded surface with a border, for tiles and cards.
pub fn card(palette: &Palette) -> Frame {
    Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(radius())
        .inner_margin(Margin::same(space::WIDE as i8))
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

/// A flat button with an icon and a label, for the top bar. `text` may
/// be empty (icon only); `accessible` is what a screen reader says.
pub fn icon_button(
    ui: &mut egui::Ui,
    glyph: Glyph,
    text: &str,
    accessible: &str,
    palette: &Palette,
) -> Response {
    let font = TextRole::Button.font(ui.style());
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, palette.text);
    let icon_size = sp(ui, size::ICON_BUTTON);
    let gap = if text.is_empty() {
        0.0
    } else {
        sp(ui, space::SNUG)
    };
    let padding = Vec2::new(sp(ui, space::ROOMY), sp(ui, space::SNUG));
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
pub fn chip(ui: &mut egui::Ui, label: &str, colour: Color32, fill: Color32) -> Response {
    Frame::new()
        .fill(fill)
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::symmetric(space::MEDIUM as i8, space::TINY as i8))
        .show(ui, |ui| {
            ui.label(text(label, TextRole::Small).color(colour))
        })
        .response
}
