//! Small vector icons, painted with strokes so they need no icon font and
//! stay sharp at any size and scale.

use egui::{Color32, Painter, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2, vec2};

use crate::guide::model::Icon;

/// Every icon the UI draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    /// A scenario's icon.
    Topic(Icon),
    /// A house.
    Home,
    /// A magnifying glass.
    Search,
    /// A crescent moon.
    Moon,
    /// A sun.
    Sun,
    /// A check mark.
    Check,
    /// A filled dot.
    Dot,
    /// An empty circle.
    Ring,
    /// A flag.
    Flag,
    /// An "i" in a circle.
    Info,
}

/// Allocates `size` and paints a glyph in it.
pub fn icon(ui: &mut egui::Ui, glyph: Glyph, size: f32, color: Color32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    paint(ui.painter(), rect, glyph, color);
    response
}

/// Paints a glyph into `rect` (a square works best).
pub fn paint(painter: &Painter, rect: Rect, glyph: Glyph, color: Color32) {
    let s = rect.width().min(rect.height());
    let c = rect.center();
    let w = (s / 12.0).max(1.2);
    let stroke = Stroke::new(w, color);
    // A point in a 24-unit design grid centred on the rect.
    let p = |x: f32, y: f32| pos2(c.x + (x - 12.0) * s / 24.0, c.y + (y - 12.0) * s / 24.0);
    let r = |x: f32, y: f32, wd: f32, ht: f32| Rect::from_min_max(p(x, y), p(x + wd, y + ht));
    let line = |points: &[Pos2]| {
        painter.add(Shape::line(points.to_vec(), stroke));
    };
    match glyph {
        Glyph::Topic(Icon::Phone) => {
            painter.rect_stroke(
                r(7.0, 2.5, 10.0, 19.0),
                s / 10.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            line(&[p(10.5, 18.0), p(13.5, 18.0)]);
        }
        Glyph::Topic(Icon::Tv) => {
            painter.rect_stroke(
                r(2.5, 4.0, 19.0, 13.0),
                s / 14.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            line(&[p(8.0, 21.0), p(16.0, 21.0)]);
            line(&[p(12.0, 17.0), p(12.0, 21.0)]);
        }
        Glyph::Topic(Icon::Browser) => {
            painter.circle_stroke(c, s * 0.4, stroke);
            line(&[p(2.5, 12.0), p(21.5, 12.0)]);
            let oval: Vec<Pos2> = (0..=24)
                .map(|i| {
                    let t = i as f32 / 24.0 * std::f32::consts::TAU;
                    pos2(c.x + t.cos() * s * 0.17, c.y + t.sin() * s * 0.4)
                })
                .collect();
            painter.add(Shape::closed_line(oval, stroke));
        }
        Glyph::Topic(Icon::Devices) => {
            painter.rect_stroke(
                r(2.5, 5.0, 14.0, 10.0),
                s / 16.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            line(&[p(1.5, 18.0), p(15.0, 18.0)]);
            painter.rect_stroke(
                r(17.0, 8.0, 5.0, 11.0),
                s / 20.0,
                stroke,
                egui::StrokeKind::Middle,
            );
        }
        Glyph::Topic(Icon::Travel) => {
            painter.rect_stroke(
                r(3.0, 7.5, 18.0, 13.0),
                s / 12.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            line(&[p(9.0, 7.5), p(9.0, 4.5), p(15.0, 4.5), p(15.0, 7.5)]);
            line(&[p(8.0, 7.5), p(8.0, 20.5)]);
            line(&[p(16.0, 7.5), p(16.0, 20.5)]);
        }
        Glyph::Topic(Icon::Key) => {
            painter.circle_stroke(p(8.0, 12.0), s * 0.19, stroke);
            line(&[p(12.5, 12.0), p(21.5, 12.0), p(21.5, 15.5)]);
            line(&[p(18.0, 12.0), p(18.0, 15.0)]);
        }
        Glyph::Topic(Icon::Lock) => {
            painter.rect_stroke(
                r(5.0, 11.0, 14.0, 10.0),
                s / 14.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            line(&[
                p(8.0, 11.0),
                p(8.0, 7.5),
                p(10.0, 4.5),
                p(14.0, 4.5),
                p(16.0, 7.5),
                p(16.0, 11.0),
            ]);
        }
        Glyph::Topic(Icon::SignIn) => {
            line(&[p(13.0, 3.5), p(20.0, 3.5), p(20.0, 20.5), p(13.0, 20.5)]);
            line(&[p(3.0, 12.0), p(14.5, 12.0)]);
            line(&[p(10.5, 8.0), p(14.5, 12.0), p(10.5, 16.0)]);
        }
        Glyph::Topic(Icon::SignOut) => {
            line(&[p(11.0, 3.5), p(4.0, 3.5), p(4.0, 20.5), p(11.0, 20.5)]);
            line(&[p(9.0, 12.0), p(21.0, 12.0)]);
            line(&[p(17.0, 8.0), p(21.0, 12.0), p(17.0, 16.0)]);
        }
        Glyph::Topic(Icon::Guide) => {
            line(&[p(12.0, 6.0), p(12.0, 20.0)]);
            line(&[
                p(12.0, 6.0),
                p(8.0, 4.5),
                p(3.0, 4.5),
                p(3.0, 18.5),
                p(8.0, 18.5),
                p(12.0, 20.0),
            ]);
            line(&[
                p(12.0, 6.0),
                p(16.0, 4.5),
                p(21.0, 4.5),
                p(21.0, 18.5),
                p(16.0, 18.5),
                p(12.0, 20.0),
            ]);
        }
        Glyph::Home => {
            line(&[p(3.0, 11.5), p(12.0, 3.5), p(21.0, 11.5)]);
            line(&[p(5.5, 9.5), p(5.5, 20.5), p(18.5, 20.5), p(18.5, 9.5)]);
        }
        Glyph::Search => {
            painter.circle_stroke(p(10.0, 10.0), s * 0.27, stroke);
            line(&[p(14.8, 14.8), p(21.0, 21.0)]);
        }
        Glyph::Moon => {
            // Two circles; the arcs run between the points where they
            // cross, so the crescent's outline closes without a kink.
            let outer: Vec<Pos2> = arc(p(12.0, 12.0), s * 0.38, 0.2615, 4.7347);
            let inner: Vec<Pos2> = arc(p(16.0, 9.0), s * 0.3, 0.8392, 4.1570)
                .into_iter()
                .rev()
                .collect();
            let mut outline = outer;
            outline.extend(inner);
            painter.add(Shape::closed_line(outline, stroke));
        }
        Glyph::Sun => {
            painter.circle_stroke(c, s * 0.17, stroke);
            for i in 0..8 {
                let t = i as f32 / 8.0 * std::f32::consts::TAU;
                let dir = vec2(t.cos(), t.sin());
                line(&[c + dir * s * 0.3, c + dir * s * 0.42]);
            }
        }
        Glyph::Check => line(&[p(4.5, 12.5), p(9.5, 17.5), p(19.5, 6.5)]),
        Glyph::Dot => {
            painter.circle_filled(c, s * 0.3, color);
        }
        Glyph::Ring => {
            painter.circle_stroke(c, s * 0.3, stroke);
        }
        Glyph::Flag => {
            line(&[p(5.0, 21.0), p(5.0, 3.5)]);
            painter.add(Shape::convex_polygon(
                vec![
                    p(5.0, 4.0),
                    p(19.0, 4.0),
                    p(15.5, 8.5),
                    p(19.0, 13.0),
                    p(5.0, 13.0),
                ],
                color.gamma_multiply(0.25),
                stroke,
            ));
        }
        Glyph::Info => {
            painter.circle_stroke(c, s * 0.42, stroke);
            line(&[p(12.0, 10.5), p(12.0, 17.0)]);
            painter.circle_filled(p(12.0, 7.3), w * 0.8, color);
        }
    }
}

/// Points along a circular arc from angle `a0` to `a1` (radians, clockwise in screen space).
fn arc(center: Pos2, radius: f32, a0: f32, a1: f32) -> Vec<Pos2> {
    let a1 = if a1 < a0 {
        a1 + std::f32::consts::TAU
    } else {
        a1
    };
    (0..=24)
        .map(|i| {
            let t = a0 + (a1 - a0) * i as f32 / 24.0;
            pos2(center.x + t.cos() * radius, center.y + t.sin() * radius)
        })
        .collect()
}
