//! Small building blocks shared by the screens: buttons in the app's style,
//! cards, the glyph of a scenario, rich instruction text.

use egui::text::LayoutJob;
use egui::{
    Color32, CornerRadius, FontId, Frame, Margin, Response, RichText, Sense, Stroke, TextFormat,
    Vec2,
};

use crate::guide::model::Icon;
use crate::ui::command::UiCommand;
use crate::ui::fonts;
use crate::ui::icons::{self, Glyph};
use crate::ui::theme::{Palette, radius, size};

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

/// A button for a command: its label, and its tooltip with the shortcut.
pub fn command_button(
    ui: &mut egui::Ui,
    command: UiCommand,
    primary: bool,
    palette: &Palette,
) -> bool {
    let response = if primary {
        primary_button(ui, command.label(), palette)
    } else {
        secondary_button(ui, command.label())
    };
    response
        .on_hover_text(command.hover_text(ui.ctx()))
        .clicked()
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

/// Lays out instruction text where `**words**` are set in semibold.
pub fn instruction_job(text: &str, size: f32, color: Color32, wrap_width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let plain = TextFormat::simple(FontId::proportional(size), color);
    let strong = TextFormat::simple(FontId::new(size, fonts::semibold()), color);
    for (i, part) in text.split("**").enumerate() {
        if !part.is_empty() {
            let format = if i % 2 == 1 {
                strong.clone()
            } else {
                plain.clone()
            };
            job.append(part, 0.0, format);
        }
    }
    job
}

/// Text with its `**` markers removed, for accessible labels.
pub fn plain_text(text: &str) -> String {
    text.replace("**", "")
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
