//! The look: every colour, size and spacing the UI uses comes from here, so
//! screens stay consistent and light and dark stay in step.

use egui::{Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle};

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Window background.
    pub background: Color32,
    /// Cards, tiles and panels.
    pub surface: Color32,
    /// A surface under the pointer.
    pub surface_hover: Color32,
    /// Thin separators and card borders.
    pub border: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text.
    pub text_weak: Color32,
    /// The brand accent: primary buttons, progress, focus.
    pub accent: Color32,
    /// Text on the accent colour.
    pub on_accent: Color32,
    /// Done, solved.
    pub success: Color32,
    /// Problems in a pack.
    pub warning: Color32,
    /// Errors.
    pub error: Color32,
    /// Marks drawn over screenshots: bright on dark TV screens and on light pages alike.
    pub mark: Color32,
    /// The outline that keeps marks readable on any background.
    pub mark_outline: Color32,
    /// The dimming around a highlighted control.
    pub spotlight_dim: Color32,
    /// Callout label background.
    pub callout_fill: Color32,
    /// Callout label text.
    pub callout_text: Color32,
}

impl Palette {
    /// The light theme.
    pub const LIGHT: Palette = Palette {
        background: Color32::from_rgb(0xF4, 0xF5, 0xF7),
        surface: Color32::WHITE,
        surface_hover: Color32::from_rgb(0xEC, 0xF1, 0xFB),
        border: Color32::from_rgb(0xD9, 0xDD, 0xE3),
        text: Color32::from_rgb(0x1B, 0x1F, 0x27),
        text_weak: Color32::from_rgb(0x5B, 0x63, 0x70),
        accent: Color32::from_rgb(0x1F, 0x5F, 0xD1),
        on_accent: Color32::WHITE,
        success: Color32::from_rgb(0x1E, 0x8A, 0x4C),
        warning: Color32::from_rgb(0xB2, 0x6A, 0x00),
        error: Color32::from_rgb(0xC0, 0x2B, 0x2B),
        mark: Color32::from_rgb(0xFF, 0xA0, 0x1C),
        mark_outline: Color32::from_rgba_premultiplied(0, 0, 0, 170),
        spotlight_dim: Color32::from_rgba_premultiplied(0, 0, 0, 110),
        callout_fill: Color32::from_rgba_premultiplied(0x12, 0x16, 0x1D, 235),
        callout_text: Color32::WHITE,
    };

    /// The dark theme.
    pub const DARK: Palette = Palette {
        background: Color32::from_rgb(0x15, 0x17, 0x1C),
        surface: Color32::from_rgb(0x1F, 0x23, 0x2B),
        surface_hover: Color32::from_rgb(0x29, 0x2F, 0x3A),
        border: Color32::from_rgb(0x33, 0x39, 0x44),
        text: Color32::from_rgb(0xE8, 0xEA, 0xEE),
        text_weak: Color32::from_rgb(0xA0, 0xA7, 0xB3),
        accent: Color32::from_rgb(0x5B, 0x9A, 0xFF),
        on_accent: Color32::from_rgb(0x0B, 0x16, 0x2C),
        success: Color32::from_rgb(0x4C, 0xC3, 0x7E),
        warning: Color32::from_rgb(0xF0, 0xB2, 0x4A),
        error: Color32::from_rgb(0xF2, 0x6D, 0x6D),
        mark: Color32::from_rgb(0xFF, 0xA0, 0x1C),
        mark_outline: Color32::from_rgba_premultiplied(0, 0, 0, 170),
        spotlight_dim: Color32::from_rgba_premultiplied(0, 0, 0, 120),
        callout_fill: Color32::from_rgba_premultiplied(0x12, 0x16, 0x1D, 235),
        callout_text: Color32::WHITE,
    };

    /// The palette for a theme.
    pub fn of(dark: bool) -> Palette {
        if dark { Palette::DARK } else { Palette::LIGHT }
    }
}

/// Spacing and sizes, in points.
pub mod size {
    /// Outer margin of a screen.
    pub const MARGIN: f32 = 24.0;
    /// Gap between related items.
    pub const GAP: f32 = 12.0;
    /// Corner radius of cards and buttons.
    pub const RADIUS: u8 = 10;
    /// Height of a large button.
    pub const BUTTON_HEIGHT: f32 = 44.0;
    /// Width of the checklist panel on wide windows.
    pub const CHECKLIST_WIDTH: f32 = 280.0;
    /// Below this window width, the checklist stacks above the picture.
    pub const NARROW: f32 = 900.0;
}

/// The corner radius of cards and buttons.
pub fn radius() -> CornerRadius {
    CornerRadius::same(size::RADIUS)
}

/// The palette of the theme the context shows now.
pub fn palette(ctx: &egui::Context) -> Palette {
    Palette::of(ctx.theme() == egui::Theme::Dark)
}

/// Installs the light and dark styles with the user's text size (1.0 =
/// normal). Switching theme is then just `ctx.set_theme(..)`.
pub fn install(ctx: &egui::Context, text_scale: f32) {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.set_style_of(theme, style_for(theme, text_scale));
    }
}

fn style_for(theme: egui::Theme, scale: f32) -> egui::Style {
    let dark = theme == egui::Theme::Dark;
    let palette = Palette::of(dark);
    let mut style = egui::Style {
        visuals: if dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        },
        ..Default::default()
    };
    let v = &mut style.visuals;
    v.panel_fill = palette.background;
    v.window_fill = palette.surface;
    v.extreme_bg_color = palette.surface;
    v.faint_bg_color = palette.surface_hover;
    v.override_text_color = Some(palette.text);
    v.hyperlink_color = palette.accent;
    v.selection.bg_fill = palette.accent.gamma_multiply(0.35);
    v.selection.stroke = Stroke::new(2.0, palette.accent);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, palette.border);
    for widget in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
    ] {
        widget.corner_radius = radius();
    }
    v.widgets.inactive.weak_bg_fill = palette.surface;
    v.widgets.inactive.bg_fill = palette.surface;
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, palette.border);
    v.widgets.hovered.weak_bg_fill = palette.surface_hover;
    v.widgets.hovered.bg_fill = palette.surface_hover;
    v.widgets.hovered.bg_stroke = Stroke::new(1.5, palette.accent);
    v.widgets.active.weak_bg_fill = palette.surface_hover;
    v.widgets.active.bg_stroke = Stroke::new(2.0, palette.accent);
    style.spacing.item_spacing = egui::vec2(10.0, 10.0);
    style.spacing.button_padding = egui::vec2(16.0, 8.0);
    style.spacing.interact_size.y = 32.0;
    let scaled = |points: f32| points * scale;
    style.text_styles = [
        (
            TextStyle::Heading,
            FontId::new(scaled(26.0), FontFamily::Proportional),
        ),
        (
            TextStyle::Body,
            FontId::new(scaled(16.0), FontFamily::Proportional),
        ),
        (
            TextStyle::Button,
            FontId::new(scaled(16.0), FontFamily::Proportional),
        ),
        (
            TextStyle::Small,
            FontId::new(scaled(13.0), FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(scaled(14.0), FontFamily::Monospace),
        ),
    ]
    .into();
    style
}
