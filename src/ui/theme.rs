//! The look: every colour, text role, size and spacing the UI uses comes
//! from here, so screens stay consistent, light and dark stay in step, and
//! the text size the person chose reaches every piece of text.
//!
//! Text is set in named roles ([`TextRole`]), installed as egui text styles
//! at the chosen scale; sizes of things that hold text (buttons, tiles,
//! panels) grow with it through [`sp`]. Screenshots do not grow with text.

use egui::{Color32, CornerRadius, FontFamily, FontId, RichText, Stroke, TextStyle};

use crate::marks::shape::{Colour, MarkColours};
use crate::ui::fonts;

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
    /// Marks drawn over screenshots, defined once for the window and the
    /// exports (`marks/shape.rs`): bright on dark TV screens and on light
    /// pages alike.
    pub marks: MarkColours,
    /// The ring around whatever has keyboard focus.
    pub focus: Color32,
    /// Behind a picture shown over the whole window (the zoom view): the
    /// same near-black in both themes, so the picture's own colours read.
    pub backdrop: Color32,
    /// Quiet words on the backdrop (the zoom level, the hint).
    pub on_backdrop: Color32,
    /// Success as text (darker than `success` where needed to read well).
    pub success_text: Color32,
    /// Warning as text.
    pub warning_text: Color32,
    /// Error as text.
    pub error_text: Color32,
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
        marks: MarkColours::LIGHT,
        focus: Color32::from_rgb(0x1F, 0x5F, 0xD1),
        backdrop: Color32::from_rgb(12, 14, 18),
        on_backdrop: Color32::from_gray(200),
        success_text: Color32::from_rgb(0x17, 0x70, 0x3D),
        warning_text: Color32::from_rgb(0x8A, 0x52, 0x00),
        error_text: Color32::from_rgb(0xA8, 0x24, 0x24),
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
        marks: MarkColours::DARK,
        focus: Color32::from_rgb(0x8F, 0xBC, 0xFF),
        backdrop: Color32::from_rgb(12, 14, 18),
        on_backdrop: Color32::from_gray(200),
        success_text: Color32::from_rgb(0x4C, 0xC3, 0x7E),
        warning_text: Color32::from_rgb(0xF0, 0xB2, 0x4A),
        error_text: Color32::from_rgb(0xF2, 0x6D, 0x6D),
    };

    /// A mark colour as egui takes it.
    pub fn mark(&self, colour: Colour) -> Color32 {
        let [r, g, b, a] = self.marks.of(colour);
        Color32::from_rgba_premultiplied(r, g, b, a)
    }

    /// The palette for a theme.
    pub fn of(dark: bool) -> Palette {
        if dark { Palette::DARK } else { Palette::LIGHT }
    }

    /// A soft, opaque tint of `colour` on the window background: the fill
    /// of notices, banners, chips and the current checklist line. Opaque, so
    /// it reads the same whatever is painted underneath.
    pub fn tint(&self, colour: Color32) -> Color32 {
        blend(self.background, colour, TINT)
    }

    /// The fill of the notice banner.
    pub fn notice_fill(&self) -> Color32 {
        self.tint(self.accent)
    }

    /// The fill of the "this pack has problems" banner.
    pub fn warning_fill(&self) -> Color32 {
        self.tint(self.warning)
    }
}

/// How much of a colour a tint keeps.
const TINT: f32 = 0.12;

/// `over` laid on `under` with opacity `alpha`, as an opaque colour.
pub fn blend(under: Color32, over: Color32, alpha: f32) -> Color32 {
    let mix = |a: u8, b: u8| (f32::from(a) * (1.0 - alpha) + f32::from(b) * alpha).round() as u8;
    Color32::from_rgb(
        mix(under.r(), over.r()),
        mix(under.g(), over.g()),
        mix(under.b(), over.b()),
    )
}

/// WCAG relative luminance of an opaque colour.
pub fn luminance(colour: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// WCAG contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The roles text plays. Each has a size at 100 % and a weight; all of them
/// follow the text size the person chose. No screen sets a size of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// The one big question of the home screen.
    Display,
    /// A screen's title: the step, the question, the outcome.
    Title,
    /// Card and tile titles, the walk's name, the app's name.
    Heading,
    /// What to do now: the step's instruction.
    Instruction,
    /// Ordinary text.
    Body,
    /// Words on buttons.
    Button,
    /// Secondary text: descriptions, hints, positions.
    Small,
    /// Labels of callouts drawn over a screenshot.
    Callout,
}

impl TextRole {
    /// Every role.
    pub const ALL: [TextRole; 8] = [
        TextRole::Display,
        TextRole::Title,
        TextRole::Heading,
        TextRole::Instruction,
        TextRole::Body,
        TextRole::Button,
        TextRole::Small,
        TextRole::Callout,
    ];

    /// The size in points at 100 %.
    pub fn base_size(self) -> f32 {
        match self {
            TextRole::Display => 30.0,
            TextRole::Title => 26.0,
            TextRole::Heading => 18.0,
            TextRole::Instruction => 19.0,
            TextRole::Body => 16.0,
            TextRole::Button => 16.0,
            TextRole::Small => 14.0,
            TextRole::Callout => 14.0,
        }
    }

    fn family(self) -> FontFamily {
        match self {
            TextRole::Display | TextRole::Title | TextRole::Heading => fonts::semibold(),
            _ => FontFamily::Proportional,
        }
    }

    /// The egui text style this role is installed as.
    pub fn style(self) -> TextStyle {
        match self {
            TextRole::Title => TextStyle::Heading,
            TextRole::Body => TextStyle::Body,
            TextRole::Button => TextStyle::Button,
            TextRole::Small => TextStyle::Small,
            TextRole::Display => TextStyle::Name("display".into()),
            TextRole::Heading => TextStyle::Name("card-heading".into()),
            TextRole::Instruction => TextStyle::Name("instruction".into()),
            TextRole::Callout => TextStyle::Name("callout".into()),
        }
    }

    /// The font of this role at the installed text size (at 100 % in a
    /// style that has not been installed).
    pub fn font(self, style: &egui::Style) -> FontId {
        style
            .text_styles
            .get(&self.style())
            .cloned()
            .unwrap_or_else(|| FontId::new(self.base_size(), self.family()))
    }

    /// The same font, semibold (for `**emphasis**` in instructions).
    pub fn strong_font(self, style: &egui::Style) -> FontId {
        FontId::new(self.font(style).size, fonts::semibold())
    }
}

/// Text in a role.
pub fn text(text: impl Into<String>, role: TextRole) -> RichText {
    RichText::new(text).text_style(role.style())
}

/// The text size the person chose (1.0 = 100 %), read back from the
/// installed styles.
pub fn text_scale(style: &egui::Style) -> f32 {
    let body = TextRole::Body.font(style).size;
    (body / TextRole::Body.base_size()).max(0.1)
}

/// A length that grows with the text: `points` at 100 %.
pub fn sp(ui: &egui::Ui, points: f32) -> f32 {
    points * text_scale(ui.style())
}

/// Spacing and sizes at 100 % text, in points: pass them through [`sp`] so
/// they grow with the text.
/// The spacing scale, in points at 100 % (grown with the text by
/// [`sp`]): every gap, padding and margin of the window is one of these.
pub mod space {
    /// A hairline's worth: between a badge and its outline.
    pub const TINY: f32 = 2.0;
    /// Between lines that belong together.
    pub const SMALL: f32 = 4.0;
    /// Between the chips or icons of one row.
    pub const SNUG: f32 = 6.0;
    /// Between the parts of one card or block.
    pub const MEDIUM: f32 = 8.0;
    /// Padding inside list rows.
    pub const ROOMY: f32 = 10.0;
    /// Between blocks: the window's usual gap.
    pub const LARGE: f32 = 12.0;
    /// Between a badge and the words beside it.
    pub const BESIDE: f32 = 14.0;
    /// Between sections of a screen; margins of views.
    pub const WIDE: f32 = 16.0;
    /// Room under a block of instructions.
    pub const LOOSE: f32 = 18.0;
    /// Between a picture and what is under it.
    pub const AIRY: f32 = 20.0;
    /// Margins of screens and overlays.
    pub const HUGE: f32 = 24.0;
    /// Margins of overlays on big windows.
    pub const VAST: f32 = 32.0;
}

pub mod size {
    /// Gap between related items.
    pub const GAP: f32 = super::space::LARGE;
    /// Corner radius of cards and buttons.
    pub const RADIUS: u8 = 10;
    /// Height of a large button.
    pub const BUTTON_HEIGHT: f32 = 44.0;
    /// Width of the checklist panel on wide windows.
    pub const CHECKLIST_WIDTH: f32 = 280.0;
    /// Below this width (at 100 %), the checklist stacks above the picture.
    pub const NARROW: f32 = 900.0;
    /// The narrowest a home tile gets before the tiles wrap to fewer columns.
    pub const TILE_WIDTH: f32 = 300.0;
    /// The widest a column of text and cards gets.
    pub const COLUMN: f32 = 1040.0;
    /// The widest a paragraph of instruction gets: lines longer than about
    /// 90 characters are hard to follow.
    pub const READING: f32 = 760.0;
    /// The widest an outcome's text and tips get.
    pub const OUTCOME: f32 = 820.0;
    /// The widest a question's answer cards get.
    pub const ANSWER: f32 = 620.0;
    /// The widest the quick answer's card gets.
    pub const QUICK_ANSWER: f32 = 720.0;
    /// The widest the list of problems gets.
    pub const PROBLEMS: f32 = 1000.0;
    /// The widest the help overlay gets.
    pub const HELP: f32 = 560.0;
    /// The width of the keys' column in the help overlay.
    pub const HELP_KEYS: f32 = 150.0;
    /// A small icon beside words (a notice, the checklist).
    pub const ICON: f32 = 16.0;
    /// An icon on a button or a banner.
    pub const ICON_BUTTON: f32 = 18.0;
    /// The icon beside an outcome's title.
    pub const ICON_TITLE: f32 = 30.0;
    /// The round badge of a home tile.
    pub const TILE_BADGE: f32 = 48.0;
    /// The numbered badge of an answer card: its radius.
    pub const ANSWER_BADGE: f32 = 14.0;
    /// An answer card's height without its words, and the room left of them.
    pub const ANSWER_HEIGHT: f32 = 54.0;
    /// The narrowest words may wrap to in a card.
    pub const MIN_WRAP: f32 = 60.0;
    /// The shortest a picture gets when the window is crowded.
    pub const MIN_PICTURE: f32 = 200.0;
    /// The zoom view's bar of buttons.
    pub const ZOOM_BAR: f32 = 52.0;
    /// The side panel of the mark editor and of the map's preview.
    pub const SIDE_PANEL: f32 = 300.0;
    /// The map's preview beside the drawing.
    pub const MAP_PREVIEW: f32 = 340.0;
    /// Below this width (at 100 %) the map's preview goes under the drawing.
    pub const MAP_WIDE: f32 = 900.0;
}

/// The corner radius of cards and buttons.
pub fn radius() -> CornerRadius {
    CornerRadius::same(size::RADIUS)
}

/// The palette of the theme the context shows now.
pub fn palette(ctx: &egui::Context) -> Palette {
    Palette::of(ctx.theme() == egui::Theme::Dark)
}

/// Installs the light and dark styles with the person's text size (1.0 =
/// 100 %). Switching theme is then just `ctx.set_theme(..)`.
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
    // A steady cursor: a blinking one would repaint an idle window forever.
    v.text_cursor.blink = false;
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
    // Spacing grows with the text, more gently.
    let space = |points: f32| points * (1.0 + (scale - 1.0) * 0.6);
    style.spacing.item_spacing = egui::vec2(space(10.0), space(10.0));
    style.spacing.button_padding = egui::vec2(space(16.0), space(8.0));
    style.spacing.interact_size.y = 32.0 * scale;
    style.spacing.icon_width = 16.0 * scale;
    style.spacing.icon_width_inner = 9.0 * scale;
    style.spacing.icon_spacing = space(6.0);
    let mut styles: std::collections::BTreeMap<TextStyle, FontId> = TextRole::ALL
        .into_iter()
        .map(|role| {
            (
                role.style(),
                FontId::new(role.base_size() * scale, role.family()),
            )
        })
        .collect();
    styles.insert(
        TextStyle::Monospace,
        FontId::new(14.0 * scale, FontFamily::Monospace),
    );
    style.text_styles = styles;
    style
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text colours on the fills they are painted on, in each theme: every
    /// notice, banner and chip must reach 4.5:1 (WCAG AA for body text).
    #[test]
    fn notices_banners_and_chips_are_readable_in_both_themes() {
        for palette in [Palette::LIGHT, Palette::DARK] {
            let pairs = [
                ("text on the notice", palette.text, palette.notice_fill()),
                (
                    "text on the problems banner",
                    palette.text,
                    palette.warning_fill(),
                ),
                (
                    "error chip",
                    palette.error_text,
                    palette.tint(palette.error),
                ),
                (
                    "warning chip",
                    palette.warning_text,
                    palette.tint(palette.warning),
                ),
                ("done tag on a tile", palette.success_text, palette.surface),
                (
                    "problem tag on a tile",
                    palette.warning_text,
                    palette.surface,
                ),
                ("secondary text", palette.text_weak, palette.background),
                (
                    "secondary text on a card",
                    palette.text_weak,
                    palette.surface,
                ),
                ("text on the accent", palette.on_accent, palette.accent),
                ("a link", palette.accent, palette.background),
                (
                    "words on the zoom view",
                    palette.on_backdrop,
                    palette.backdrop,
                ),
                (
                    "callout label",
                    palette.mark(Colour::LabelText),
                    blend(
                        Color32::WHITE,
                        opaque(palette.mark(Colour::LabelFill)),
                        235.0 / 255.0,
                    ),
                ),
            ];
            for (what, fg, bg) in pairs {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{what}: {ratio:.2}:1 in {palette:?}");
            }
        }
    }

    /// The focus ring must stand out (3:1, WCAG non-text contrast) from
    /// everything it is drawn on.
    #[test]
    fn the_focus_ring_stands_out_in_both_themes() {
        for palette in [Palette::LIGHT, Palette::DARK] {
            for bg in [palette.background, palette.surface, palette.surface_hover] {
                let ratio = contrast(palette.focus, bg);
                assert!(ratio >= 3.0, "{ratio:.2}:1 in {palette:?}");
            }
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    }

    fn opaque(c: Color32) -> Color32 {
        Color32::from_rgb(c.r(), c.g(), c.b())
    }
}
