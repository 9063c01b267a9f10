//! A screenshot with its marks: highlight (with a spotlight that dims the
//! rest), arrows with heads, numbered callouts. Where each mark goes is
//! decided by [`crate::mark_layout`] in the image's own pixels; this file
//! only paints that layout with egui, through a named `screen_from_image`
//! transform, so marks stay sharp at any size and on HiDPI screens.

use egui::emath::RectTransform;
use egui::{
    Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2, pos2, vec2,
};

use crate::guide::model::{Mark, Shot};
use crate::mark_layout::{self, MarkStyle};
use crate::shots::ShotState;
use crate::ui::theme::{self, Palette, TextRole};

/// What a screen reader hears for a screenshot: its description, then each
/// callout in order.
pub fn describe(shot: &Shot) -> String {
    let mut text = shot.alt.trim().to_owned();
    for mark in &shot.marks {
        if let Mark::Callout { n, text: label, .. } = mark {
            if !text.is_empty() {
                text.push_str(if text.ends_with('.') { " " } else { ". " });
            }
            text.push_str(&format!("Callout {n}: {label}"));
        }
    }
    text
}

/// The largest size with `aspect` (width / height) that fits in `available`.
pub fn fit(image_size: Vec2, available: Vec2) -> Vec2 {
    if image_size.x <= 0.0 || image_size.y <= 0.0 {
        return vec2(available.x.max(0.0), 0.0);
    }
    let scale = (available.x / image_size.x)
        .min(available.y / image_size.y)
        .max(0.0);
    image_size * scale
}

/// Shows a screenshot fitted into `available` with its marks. Clicking it
/// (the caller decides what a click does) is announced as "zoom".
pub fn annotated_image_ui(
    ui: &mut egui::Ui,
    state: &ShotState,
    shot: &Shot,
    available: Vec2,
    palette: &Palette,
) -> egui::Response {
    let placeholder_size = fit(vec2(16.0, 9.0), available);
    let (size, sense) = match state {
        ShotState::Ready { size, .. } => (fit(*size, available), Sense::click()),
        _ => (placeholder_size, Sense::hover()),
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let description = describe(shot);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter_at(rect.expand(2.0));
    match state {
        ShotState::Ready { texture, size } => {
            paint_shot(&painter, texture.id(), *size, rect, &shot.marks, palette);
            if response.has_focus() {
                painter.rect_stroke(
                    rect,
                    4,
                    Stroke::new(3.0, palette.accent),
                    StrokeKind::Outside,
                );
            }
        }
        ShotState::Loading => {
            painter.rect_filled(rect, 8, palette.surface_hover);
            let spinner =
                Rect::from_center_size(rect.center() - vec2(0.0, 14.0), Vec2::splat(28.0));
            ui.put(
                spinner,
                egui::Spinner::new().size(28.0).color(palette.text_weak),
            );
            painter.text(
                rect.center() + vec2(0.0, 22.0),
                Align2::CENTER_CENTER,
                "Loading the picture…",
                TextRole::Body.font(ui.style()),
                palette.text_weak,
            );
        }
        ShotState::Failed(why) => {
            painter.rect_filled(rect, 8, palette.surface_hover);
            painter.rect_stroke(
                rect,
                8,
                Stroke::new(1.0, palette.border),
                StrokeKind::Inside,
            );
            let text = format!(
                "This picture can't be shown: {why}.\nThe instruction below still applies."
            );
            let galley = painter.layout(
                text,
                TextRole::Body.font(ui.style()),
                palette.text_weak,
                rect.width() - 40.0,
            );
            let at = rect.center() - galley.size() / 2.0;
            painter.galley(at, galley, palette.text_weak);
        }
    }
    response
}

/// Draws a screenshot of `image_size` pixels at `shown` (any scale, any
/// offset) with its marks on top: the fitted view and the zoom view alike.
pub fn paint_shot(
    painter: &egui::Painter,
    texture: egui::TextureId,
    image_size: Vec2,
    shown: Rect,
    marks: &[Mark],
    palette: &Palette,
) {
    let screen_from_image =
        RectTransform::from_to(Rect::from_min_size(Pos2::ZERO, image_size), shown);
    let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
    painter.image(texture, shown, uv, Color32::WHITE);
    paint_marks(painter, screen_from_image, shown, marks, palette);
}

/// Draws marks over an image shown at `image_rect` through
/// `screen_from_image`, as [`mark_layout`] places them. Used by the fitted
/// view and the zoom view alike.
pub fn paint_marks(
    painter: &egui::Painter,
    screen_from_image: RectTransform,
    image_rect: Rect,
    marks: &[Mark],
    palette: &Palette,
) {
    let image_size = screen_from_image.from().size();
    let scale = image_rect.width() / image_size.x.max(1.0);
    let text_scale = theme::text_scale(&painter.ctx().global_style());
    let style = &MarkStyle::STANDARD.with_text_scale(text_scale);
    let mut measure = |text: &str, font: f32, wrap: f32| {
        let size = painter
            .layout(
                text.to_owned(),
                FontId::proportional(font),
                Color32::WHITE,
                wrap,
            )
            .size();
        (size.x, size.y)
    };
    let layout = mark_layout::layout(
        marks,
        (image_size.x, image_size.y),
        scale,
        style,
        &mut measure,
    );
    let to_screen = |p: mark_layout::Point| screen_from_image.transform_pos(pos2(p.x, p.y));
    let rect = |r: &mark_layout::Rect| Rect::from_min_max(to_screen(r.min), to_screen(r.max));
    for cell in &layout.dimmed {
        painter.rect_filled(rect(cell), 0, palette.spotlight_dim);
    }
    let corner = style.frame_corner;
    for frame in &layout.frames {
        let frame = rect(frame);
        let outline = Stroke::new(style.frame_width + style.outline, palette.mark_outline);
        painter.rect_stroke(frame, corner, outline, StrokeKind::Outside);
        let line = Stroke::new(style.frame_width, palette.mark);
        painter.rect_stroke(frame, corner, line, StrokeKind::Outside);
    }
    for arrow in &layout.arrows {
        let (tail, base) = (to_screen(arrow.tail), to_screen(arrow.base));
        let head: Vec<Pos2> = arrow.head.iter().map(|p| to_screen(*p)).collect();
        let outline = Stroke::new(style.arrow_width + style.outline, palette.mark_outline);
        painter.line_segment([tail, base], outline);
        painter.add(Shape::convex_polygon(
            head.clone(),
            palette.mark_outline,
            Stroke::new(style.outline, palette.mark_outline),
        ));
        // The shaft runs a little into the head so no seam shows.
        let into_head = (base - tail).normalized() * 2.0;
        let shaft = Stroke::new(style.arrow_width, palette.mark);
        painter.line_segment([tail, base + into_head], shaft);
        painter.add(Shape::convex_polygon(head, palette.mark, Stroke::NONE));
        painter.circle_filled(tail, style.arrow_width, palette.mark);
    }
    for callout in &layout.callouts {
        if let Some(label) = &callout.label {
            painter.rect_filled(rect(&label.pill), style.label_corner, palette.callout_fill);
            let galley = painter.layout(
                label.text.clone(),
                FontId::proportional(style.label_font),
                palette.callout_text,
                label.wrap_width,
            );
            painter.galley(to_screen(label.text_at), galley, palette.callout_text);
        }
        let centre = to_screen(callout.centre);
        let r = style.badge_radius;
        painter.circle_filled(centre, r + 2.0, palette.mark_outline);
        painter.circle_filled(centre, r, palette.mark);
        painter.text(
            centre,
            Align2::CENTER_CENTER,
            callout.n.to_string(),
            FontId::proportional(style.badge_font),
            Color32::BLACK,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_the_aspect_and_fills_one_side() {
        assert_eq!(
            fit(vec2(1280.0, 720.0), vec2(640.0, 640.0)),
            vec2(640.0, 360.0)
        );
        assert_eq!(
            fit(vec2(780.0, 1688.0), vec2(1000.0, 844.0)),
            vec2(390.0, 844.0)
        );
        assert_eq!(fit(vec2(0.0, 10.0), vec2(100.0, 100.0)), vec2(100.0, 0.0));
    }

    #[test]
    fn the_description_lists_callouts_in_order() {
        let shot = Shot {
            image: "x.png".to_owned(),
            alt: "A menu".to_owned(),
            marks: vec![
                Mark::Callout {
                    at: (1.0, 1.0),
                    n: 1,
                    text: "Open".to_owned(),
                },
                Mark::Highlight {
                    rect: (0.0, 0.0, 1.0, 1.0),
                },
                Mark::Callout {
                    at: (1.0, 1.0),
                    n: 2,
                    text: "Then this".to_owned(),
                },
            ],
        };
        assert_eq!(
            describe(&shot),
            "A menu. Callout 1: Open. Callout 2: Then this"
        );
    }
}
