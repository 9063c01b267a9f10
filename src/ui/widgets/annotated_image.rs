//! A screenshot with its marks: highlight (with a spotlight that dims the
//! rest), arrows with heads, numbered callouts. Where each mark goes is
//! decided by [`crate::marks::layout`] in the image's own pixels, as shapes
//! that know no kind of mark; this file only paints those shapes with egui,
//! through a named `screen_from_image` transform, so marks stay sharp at any
//! size and on HiDPI screens.

use egui::emath::RectTransform;
use egui::{
    Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2, pos2, vec2,
};

use crate::guide::model::{Mark, Shot};
use crate::marks::layout::MarkStyle;
use crate::marks::shape::Shape as MarkShape;
use crate::marks::{self, Point};
use crate::shots::ShotState;
use crate::ui::theme::{self, Palette, TextRole};

/// What a screen reader hears for a screenshot: its description, then what
/// each mark says (each callout, in order).
pub fn describe(shot: &Shot) -> String {
    let mut text = shot.alt.trim().to_owned();
    for spoken in shot.marks.iter().filter_map(|m| m.kind().spoken()) {
        if !text.is_empty() {
            text.push_str(if text.ends_with('.') { " " } else { ". " });
        }
        text.push_str(&spoken);
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
                crate::tr!(picture_loading),
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
            let text = crate::tr!(picture_failed, reason = why);
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
/// `screen_from_image`, as [`layout`] places them: the shapes every kind
/// of mark is made of, whatever the kind. Used by the fitted view and the
/// zoom view alike.
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
    let laid = crate::marks::lay_out(
        marks,
        (image_size.x, image_size.y),
        scale,
        style,
        &mut measure,
    );
    let to_screen = |p: &Point| screen_from_image.transform_pos(pos2(p.x, p.y));
    let rect = |r: &marks::Rect| Rect::from_min_max(to_screen(&r.min), to_screen(&r.max));
    for shape in &laid.shapes {
        match shape {
            MarkShape::Fill {
                rect: r,
                corner,
                colour,
            } => {
                painter.rect_filled(rect(r), *corner, palette.mark(*colour));
            }
            MarkShape::Frame {
                rect: r,
                corner,
                width,
                colour,
            } => {
                let stroke = Stroke::new(*width, palette.mark(*colour));
                painter.rect_stroke(rect(r), *corner, stroke, StrokeKind::Outside);
            }
            MarkShape::Line {
                from,
                to,
                width,
                colour,
            } => {
                let stroke = Stroke::new(*width, palette.mark(*colour));
                painter.line_segment([to_screen(from), to_screen(to)], stroke);
            }
            MarkShape::Polygon {
                points,
                edge,
                colour,
            } => {
                let colour = palette.mark(*colour);
                let edge = if *edge > 0.0 {
                    Stroke::new(*edge, colour)
                } else {
                    Stroke::NONE
                };
                let points = points.iter().map(to_screen).collect();
                painter.add(Shape::convex_polygon(points, colour, edge));
            }
            MarkShape::Disc {
                centre,
                radius,
                colour,
            } => {
                painter.circle_filled(to_screen(centre), *radius, palette.mark(*colour));
            }
            MarkShape::Ring {
                centre,
                radius,
                width,
                colour,
            } => {
                let stroke = Stroke::new(*width, palette.mark(*colour));
                // egui strokes a circle outside its radius, as the ring lies.
                painter.circle_stroke(to_screen(centre), radius * scale, stroke);
            }
            MarkShape::Text {
                text,
                at,
                centred,
                size,
                wrap,
                colour,
            } => {
                let colour = palette.mark(*colour);
                let galley =
                    painter.layout(text.clone(), FontId::proportional(*size), colour, *wrap);
                let at = if *centred {
                    to_screen(at) - galley.size() / 2.0
                } else {
                    to_screen(at)
                };
                painter.galley(at, galley, colour);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::{Callout, Highlight};

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
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        let shot = Shot {
            image: "x.png".to_owned(),
            alt: "A menu".to_owned(),
            marks: vec![
                Mark::Callout(Callout {
                    at: (1.0, 1.0),
                    n: 1,
                    text: "Open".to_owned(),
                }),
                Mark::Highlight(Highlight {
                    rect: (0.0, 0.0, 1.0, 1.0),
                }),
                Mark::Callout(Callout {
                    at: (1.0, 1.0),
                    n: 2,
                    text: "Then this".to_owned(),
                }),
            ],
        };
        assert_eq!(
            describe(&shot),
            "A menu. Callout 1: Open. Callout 2: Then this"
        );
    }
}
