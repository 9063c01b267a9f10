//! A screenshot with its marks: highlight (with a spotlight that dims the
//! rest), arrows with heads, numbered callouts. Marks live in the image's own
//! pixel space and are drawn through a named `screen_from_image` transform,
//! so they stay sharp at any size and on HiDPI screens.

use egui::emath::RectTransform;
use egui::{
    Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2, pos2, vec2,
};

use crate::guide::model::{Mark, Shot};
use crate::shots::ShotState;
use crate::ui::theme::{Palette, size};

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
                FontId::proportional(15.0),
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
                FontId::proportional(15.0),
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

/// Draws marks over an image shown at `image_rect` (the clip) through
/// `screen_from_image`. Used by the fitted view and the zoom view alike.
pub fn paint_marks(
    painter: &egui::Painter,
    screen_from_image: RectTransform,
    image_rect: Rect,
    marks: &[Mark],
    palette: &Palette,
) {
    let highlights: Vec<Rect> = marks
        .iter()
        .filter_map(|mark| match mark {
            Mark::Highlight { rect: (x, y, w, h) } => Some(
                screen_from_image
                    .transform_rect(Rect::from_min_size(pos2(*x, *y), vec2(*w, *h)))
                    .expand(3.0),
            ),
            _ => None,
        })
        .collect();
    if !highlights.is_empty() {
        paint_spotlight(painter, image_rect, &highlights, palette.spotlight_dim);
    }
    for rect in &highlights {
        painter.rect_stroke(
            *rect,
            6,
            Stroke::new(size::HIGHLIGHT_STROKE + 3.0, palette.mark_outline),
            StrokeKind::Outside,
        );
        painter.rect_stroke(
            *rect,
            6,
            Stroke::new(size::HIGHLIGHT_STROKE, palette.mark),
            StrokeKind::Outside,
        );
    }
    for mark in marks {
        if let Mark::Arrow { from, to } = mark {
            let from = screen_from_image.transform_pos(pos2(from.0, from.1));
            let to = screen_from_image.transform_pos(pos2(to.0, to.1));
            paint_arrow(painter, from, to, palette);
        }
    }
    for mark in marks {
        if let Mark::Callout { at, n, text } = mark {
            let at = screen_from_image.transform_pos(pos2(at.0, at.1));
            paint_callout(painter, image_rect, at, *n, text, palette);
        }
    }
}

/// Dims the image outside the highlighted boxes. The boxes' edges cut the
/// image into a grid; every cell outside all boxes is dimmed, so any number
/// of boxes, overlapping or not, is handled exactly.
fn paint_spotlight(painter: &egui::Painter, image_rect: Rect, boxes: &[Rect], dim: Color32) {
    let mut xs = vec![image_rect.left(), image_rect.right()];
    let mut ys = vec![image_rect.top(), image_rect.bottom()];
    for b in boxes {
        xs.extend([b.left(), b.right()].map(|x| x.clamp(image_rect.left(), image_rect.right())));
        ys.extend([b.top(), b.bottom()].map(|y| y.clamp(image_rect.top(), image_rect.bottom())));
    }
    xs.sort_by(f32::total_cmp);
    xs.dedup();
    ys.sort_by(f32::total_cmp);
    ys.dedup();
    for row in ys.windows(2) {
        for col in xs.windows(2) {
            let cell = Rect::from_min_max(pos2(col[0], row[0]), pos2(col[1], row[1]));
            if !boxes.iter().any(|b| b.contains(cell.center())) {
                painter.rect_filled(cell, 0, dim);
            }
        }
    }
}

fn paint_arrow(painter: &egui::Painter, from: Pos2, to: Pos2, palette: &Palette) {
    let along = to - from;
    let length = along.length();
    if length < 1.0 {
        return;
    }
    let dir = along / length;
    let normal = vec2(-dir.y, dir.x);
    let head_length = 18.0f32.min(length * 0.6);
    let head_half_width = 10.0;
    let base = to - dir * head_length;
    let head = vec![
        to,
        base + normal * head_half_width,
        base - normal * head_half_width,
    ];
    painter.line_segment(
        [from, base],
        Stroke::new(size::ARROW_STROKE + 3.0, palette.mark_outline),
    );
    painter.add(Shape::convex_polygon(
        head.clone(),
        palette.mark_outline,
        Stroke::new(3.0, palette.mark_outline),
    ));
    painter.line_segment(
        [from, base + dir * 2.0],
        Stroke::new(size::ARROW_STROKE, palette.mark),
    );
    painter.add(Shape::convex_polygon(head, palette.mark, Stroke::NONE));
    painter.circle_filled(from, size::ARROW_STROKE, palette.mark);
}

fn paint_callout(
    painter: &egui::Painter,
    clip: Rect,
    at: Pos2,
    n: u32,
    text: &str,
    palette: &Palette,
) {
    let r = size::BADGE_RADIUS;
    // Keep the badge whole inside the picture.
    let centre = pos2(
        at.x.clamp(clip.left() + r, clip.right() - r),
        at.y.clamp(clip.top() + r, clip.bottom() - r),
    );
    let pad = vec2(8.0, 4.0);
    // Wrap the label when the picture is narrower than it (a phone screen).
    let wrap = (clip.width() - pad.x * 2.0 - 4.0).max(40.0);
    let label = painter.layout(
        text.to_owned(),
        FontId::proportional(14.0),
        palette.callout_text,
        wrap,
    );
    let pill_size = label.size() + pad * 2.0;
    // The label goes to the right of the badge, else to its left, else
    // under it (or over it, at the bottom edge), kept inside the picture.
    let right_fits = centre.x + r + 4.0 + pill_size.x <= clip.right();
    let left_fits = centre.x - r - 4.0 - pill_size.x >= clip.left();
    let pill_min = if right_fits {
        pos2(centre.x + r - 2.0, centre.y - pill_size.y / 2.0)
    } else if left_fits {
        pos2(
            centre.x - r + 2.0 - pill_size.x,
            centre.y - pill_size.y / 2.0,
        )
    } else {
        let below = centre.y + r + 4.0 + pill_size.y <= clip.bottom();
        let y = if below {
            centre.y + r + 4.0
        } else {
            centre.y - r - 4.0 - pill_size.y
        };
        pos2(centre.x - pill_size.x / 2.0, y)
    };
    let mut pill = Rect::from_min_size(pill_min, pill_size);
    pill = pill.translate(vec2(
        (clip.left() - pill.left()).max(0.0) + (clip.right() - pill.right()).min(0.0),
        (clip.top() - pill.top()).max(0.0) + (clip.bottom() - pill.bottom()).min(0.0),
    ));
    if !text.is_empty() {
        painter.rect_filled(pill, 6, palette.callout_fill);
        painter.galley(pill.min + pad, label, palette.callout_text);
    }
    painter.circle_filled(centre, r + 2.0, palette.mark_outline);
    painter.circle_filled(centre, r, palette.mark);
    painter.text(
        centre,
        Align2::CENTER_CENTER,
        n.to_string(),
        FontId::proportional(15.0),
        Color32::BLACK,
    );
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
