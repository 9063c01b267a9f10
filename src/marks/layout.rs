//! Where the marks of a screenshot go, computed once for every painter.
//!
//! A guide writes its marks in the picture's own pixels ("highlight
//! 24,180 260x64", "callout 1 at 300,190"). Drawing them takes more than
//! that: the frame sits a little outside the box, the spotlight dims every
//! part of the picture outside the boxes, an arrow needs a head, a callout's
//! badge must stay whole inside the picture and its label goes right, left,
//! under or over it, wherever it fits. Each kind of mark decides its own
//! shapes (`marks/*.rs`); this file gathers them in drawing order, adds the
//! spotlight, and knows no renderer: the window's egui painter and the
//! exporter's CPU painter both draw the same [`MarkLayout`].
//!
//! Marks keep a constant size on the output (a 3-point frame stays 3 points
//! in a thumbnail and in the zoom view), so the layout takes the output's
//! scale: output units (points or pixels) per image pixel.

use crate::marks::geometry::{Rect, point};
use crate::marks::kind::{Context, Layer, MarkKind};
use crate::marks::shape::{Colour, Shape};
pub use crate::marks::style::{CHECKED_VIEWS, EXPORT_VIEW, MarkStyle, WINDOW_VIEW, scale_to_fit};

/// Everything to draw over one picture, and where its labels went.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MarkLayout {
    /// Output units per image pixel the layout was made for.
    pub scale: f32,
    /// The shapes in drawing order: the spotlight's veil, then each layer.
    pub shapes: Vec<Shape>,
    /// Each label's pill and the index of the mark it belongs to.
    pub labels: Vec<(usize, Rect)>,
    /// The area each mark points out (a box, a circle's square), with its
    /// mark's index: what a label must not cover.
    pub regions: Vec<(usize, Rect)>,
}

/// Lays out `marks` over a picture of `image_size` pixels shown at `scale`
/// output units per pixel. `measure(text, font_size, wrap_width)` returns
/// the size a label's text takes, in output units, wrapped at `wrap_width`.
pub fn layout(
    marks: &[&dyn MarkKind],
    image_size: (f32, f32),
    scale: f32,
    style: &MarkStyle,
    measure: &mut dyn FnMut(&str, f32, f32) -> (f32, f32),
) -> MarkLayout {
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let mut cx = Context {
        picture: Rect::from_min_size(point(0.0, 0.0), image_size.0, image_size.1),
        scale,
        style,
        measure,
    };
    let mut out = MarkLayout {
        scale,
        ..MarkLayout::default()
    };
    let mut layered: Vec<(Layer, Shape)> = Vec::new();
    let mut holes = Vec::new();
    for (i, kind) in marks.iter().enumerate() {
        let drawn = kind.layout(&mut cx);
        layered.extend(drawn.shapes);
        out.labels.extend(drawn.label.map(|pill| (i, pill)));
        holes.extend(drawn.spotlight);
        out.regions.extend(kind.region().map(|r| (i, r)));
    }
    if !holes.is_empty() {
        out.shapes.extend(
            spotlight(cx.picture, &holes)
                .into_iter()
                .map(|rect| Shape::Fill {
                    rect,
                    corner: 0.0,
                    colour: Colour::Dim,
                }),
        );
    }
    // A stable sort keeps the marks' own order within a layer.
    layered.sort_by_key(|(layer, _)| *layer);
    out.shapes
        .extend(layered.into_iter().map(|(_, shape)| shape));
    out
}

/// The parts of `picture` outside every box. The boxes' edges cut the
/// picture into a grid; each cell outside all boxes is dimmed, so any
/// number of boxes, overlapping or not, is handled exactly.
fn spotlight(picture: Rect, boxes: &[Rect]) -> Vec<Rect> {
    let mut xs = vec![picture.min.x, picture.max.x];
    let mut ys = vec![picture.min.y, picture.max.y];
    for b in boxes {
        xs.extend([b.min.x, b.max.x].map(|x| x.clamp(picture.min.x, picture.max.x)));
        ys.extend([b.min.y, b.max.y].map(|y| y.clamp(picture.min.y, picture.max.y)));
    }
    xs.retain(|x| x.is_finite());
    ys.retain(|y| y.is_finite());
    xs.sort_by(f32::total_cmp);
    xs.dedup();
    ys.sort_by(f32::total_cmp);
    ys.dedup();
    let mut cells = Vec::new();
    for row in ys.windows(2) {
        for col in xs.windows(2) {
            let cell = Rect {
                min: point(col[0], row[0]),
                max: point(col[1], row[1]),
            };
            if !boxes.iter().any(|b| b.contains(cell.center())) {
                cells.push(cell);
            }
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::geometry::Point;
    use crate::marks::{Arrow, Callout, Highlight, Mark};

    /// A stand-in for a font: 7 units a character, lines of 16 units,
    /// wrapped at the width asked for.
    fn measure(text: &str, _font: f32, wrap: f32) -> (f32, f32) {
        let width = text.chars().count() as f32 * 7.0;
        let lines = (width / wrap).ceil().max(1.0);
        (width.min(wrap), lines * 16.0)
    }

    fn lay(marks: &[Mark], size: (f32, f32), scale: f32) -> MarkLayout {
        crate::marks::lay_out(marks, size, scale, &MarkStyle::STANDARD, &mut measure)
    }

    fn callout(x: f32, y: f32, text: &str) -> Mark {
        Mark::Callout(Callout {
            at: (x, y),
            n: 1,
            text: text.to_owned(),
        })
    }

    fn highlight(x: f32, y: f32, w: f32, h: f32) -> Mark {
        Mark::Highlight(Highlight { rect: (x, y, w, h) })
    }

    fn fills(out: &MarkLayout, colour: Colour) -> Vec<Rect> {
        (out.shapes.iter())
            .filter_map(|s| match s {
                Shape::Fill {
                    rect, colour: c, ..
                } if *c == colour => Some(*rect),
                _ => None,
            })
            .collect()
    }

    fn frames(out: &MarkLayout) -> Vec<Rect> {
        (out.shapes.iter())
            .filter_map(|s| match s {
                Shape::Frame {
                    rect,
                    colour: Colour::Mark,
                    ..
                } => Some(*rect),
                _ => None,
            })
            .collect()
    }

    fn discs(out: &MarkLayout, colour: Colour) -> Vec<(Point, f32)> {
        (out.shapes.iter())
            .filter_map(|s| match s {
                Shape::Disc {
                    centre,
                    radius,
                    colour: c,
                } if *c == colour => Some((*centre, *radius)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_spotlight_leaves_a_hole_over_every_box_and_dims_the_rest() {
        let marks = [
            highlight(10.0, 10.0, 20.0, 20.0),
            highlight(60.0, 50.0, 30.0, 10.0),
        ];
        let out = lay(&marks, (100.0, 80.0), 1.0);
        let frames = frames(&out);
        assert_eq!(frames.len(), 2);
        assert_eq!(frames[0], Rect::from_min_size(point(7.0, 7.0), 26.0, 26.0));
        let dimmed = fills(&out, Colour::Dim);
        let area: f32 = dimmed.iter().map(|r| r.width() * r.height()).sum();
        let holes: f32 = frames.iter().map(|r| r.width() * r.height()).sum();
        assert!(
            (area + holes - 100.0 * 80.0).abs() < 0.01,
            "{area} + {holes}"
        );
        for frame in &frames {
            assert!(!dimmed.iter().any(|cell| cell.contains(frame.center())));
        }
        // The veil first, frames over it, as painters draw in order.
        assert!(matches!(
            out.shapes[0],
            Shape::Fill {
                colour: Colour::Dim,
                ..
            }
        ));
        assert_eq!(out.regions.len(), 2);
    }

    #[test]
    fn sizes_on_the_output_stay_the_same_at_any_scale() {
        let marks = [
            highlight(100.0, 100.0, 50.0, 50.0),
            callout(300.0, 300.0, "Menu"),
        ];
        let small = lay(&marks, (800.0, 600.0), 0.5);
        let large = lay(&marks, (800.0, 600.0), 2.0);
        // The frame gap is 3 output units: 6 pixels at half size, 1.5 at double.
        assert_eq!(frames(&small)[0].min.x, 94.0);
        assert_eq!(frames(&large)[0].min.x, 98.5);
        // A badge's radius is set on the output, whatever the scale.
        assert_eq!(discs(&small, Colour::Mark)[0].1, 13.0);
        assert_eq!(discs(&large, Colour::Mark)[0].1, 13.0);
        // Its label covers twice the pixels at half the size.
        let (a, b) = (small.labels[0].1, large.labels[0].1);
        assert!((a.width() - 4.0 * b.width()).abs() < 0.01, "{a:?} {b:?}");
    }

    #[test]
    fn a_badge_at_the_edge_stays_whole_inside_the_picture() {
        let out = lay(&[callout(0.0, 599.0, "")], (800.0, 600.0), 1.0);
        assert_eq!(discs(&out, Colour::Mark)[0].0, point(13.0, 587.0));
        assert!(out.labels.is_empty(), "no text, no pill");
    }

    #[test]
    fn labels_go_right_then_left_then_under_and_stay_inside() {
        let pill = |out: &MarkLayout| out.labels[0].1;
        let right = lay(&[callout(50.0, 50.0, "Open the menu")], (400.0, 300.0), 1.0);
        assert!(
            pill(&right).min.x > 50.0,
            "right of the badge: {:?}",
            pill(&right)
        );
        let left = lay(
            &[callout(380.0, 50.0, "Open the menu")],
            (400.0, 300.0),
            1.0,
        );
        assert!(
            pill(&left).max.x < 380.0,
            "left of the badge: {:?}",
            pill(&left)
        );
        // A phone-shaped picture: neither side fits, so it goes under, wrapped.
        let long = "Tap the profile picture at the top right of the screen";
        let under = lay(&[callout(60.0, 40.0, long)], (120.0, 260.0), 1.0);
        assert!(
            pill(&under).min.y > 40.0,
            "under the badge: {:?}",
            pill(&under)
        );
        let wrapped = under
            .shapes
            .iter()
            .any(|s| matches!(s, Shape::Text { wrap, .. } if *wrap < 120.0));
        assert!(wrapped);
        let inside = |r: Rect, w: f32, h: f32| {
            r.min.x >= 0.0 && r.min.y >= 0.0 && r.max.x <= w && r.max.y <= h
        };
        for out in [&right, &left] {
            assert!(inside(pill(out), 400.0, 300.0), "{:?}", pill(out));
        }
        assert!(inside(pill(&under), 120.0, 260.0), "{:?}", pill(&under));
    }

    #[test]
    fn arrows_get_a_head_at_their_point_and_short_ones_a_shorter_head() {
        let arrow = |to: (f32, f32)| {
            Mark::Arrow(Arrow {
                from: (0.0, 0.0),
                to,
            })
        };
        let heads = |out: &MarkLayout| -> Vec<Vec<Point>> {
            (out.shapes.iter())
                .filter_map(|s| match s {
                    Shape::Polygon {
                        points,
                        colour: Colour::Mark,
                        ..
                    } => Some(points.clone()),
                    _ => None,
                })
                .collect()
        };
        let out = lay(&[arrow((100.0, 0.0))], (200.0, 100.0), 1.0);
        let head = &heads(&out)[0];
        assert_eq!(head[0], point(100.0, 0.0));
        assert_eq!(head[1], point(82.0, 10.0));
        let short = lay(&[arrow((10.0, 0.0))], (200.0, 100.0), 1.0);
        assert_eq!(heads(&short)[0][1].x, 4.0);
        let none = lay(
            &[Mark::Arrow(Arrow {
                from: (5.0, 5.0),
                to: (5.0, 5.0),
            })],
            (200.0, 100.0),
            1.0,
        );
        assert!(none.shapes.is_empty());
    }

    #[test]
    fn callouts_are_drawn_after_every_arrow_and_frame() {
        let marks = [
            callout(50.0, 50.0, "First"),
            Mark::Arrow(Arrow {
                from: (10.0, 10.0),
                to: (90.0, 90.0),
            }),
            highlight(20.0, 20.0, 30.0, 30.0),
        ];
        let out = lay(&marks, (200.0, 200.0), 1.0);
        let last_frame = out
            .shapes
            .iter()
            .rposition(|s| matches!(s, Shape::Frame { .. }));
        let first_line = out
            .shapes
            .iter()
            .position(|s| matches!(s, Shape::Line { .. }));
        let first_text = out
            .shapes
            .iter()
            .position(|s| matches!(s, Shape::Text { .. }));
        assert!(
            last_frame < first_line && first_line < first_text,
            "{:?}",
            out.shapes
        );
    }

    #[test]
    fn nonsense_numbers_never_panic() {
        let marks = [
            highlight(f32::NAN, 0.0, f32::INFINITY, -5.0),
            Mark::Arrow(Arrow {
                from: (f32::NAN, 1.0),
                to: (2.0, f32::INFINITY),
            }),
            callout(f32::NAN, f32::NEG_INFINITY, "x"),
        ];
        for scale in [0.0, -1.0, f32::NAN, 1e-9, 1e9] {
            let _ = lay(&marks, (10.0, 10.0), scale);
            let _ = lay(&marks, (0.0, 0.0), scale);
        }
    }
}
