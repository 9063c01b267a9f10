//! A circle: a ring around a round button or an icon, where a box would
//! cover its neighbours. Like a highlight, it keeps its part of the picture
//! bright when the rest is dimmed.

use serde::{Deserialize, Serialize};

use crate::marks::geometry::{Point, Rect, point};
use crate::marks::kind::{
    Axis, Context, Drawn, Layer, MarkKind, Value, keep_inside, snap_point, whole,
};
use crate::marks::shape::{Colour, Shape};
use crate::marks::words;
use crate::text::ron_number as number;

/// `Circle(centre: (x, y), radius: r)`, in image pixels.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Circle {
    /// The middle of the round thing it rings.
    pub centre: (f32, f32),
    /// How far the ring is from the middle.
    pub radius: f32,
}

impl Circle {
    /// The circle drawn by a drag from the middle (`from`) out to the rim
    /// (`to`); a click rings a round button of a usual size.
    pub fn drawn(from: (f32, f32), to: (f32, f32), size: (f32, f32)) -> Circle {
        let centre = snap_point(from, size);
        let dragged = point(from.0, from.1).distance(point(to.0, to.1)).round();
        let radius = if dragged < 8.0 { 32.0 } else { dragged };
        Circle {
            centre,
            radius: radius.min(size.0.max(size.1)),
        }
    }

    fn centre(&self) -> Point {
        self.centre.into()
    }
}

impl MarkKind for Circle {
    fn noun(&self) -> &'static str {
        "circle"
    }

    fn counted(&self, count: usize) -> String {
        crate::tr!(mark_count_circle, count = count)
    }

    fn words(&self, size: Option<(f32, f32)>) -> String {
        match size {
            Some(size) => crate::tr!(mark_circle_words, spot = words::spot(self.centre, size)),
            None => crate::tr!(mark_circle_to_press),
        }
    }

    fn position(&self) -> String {
        crate::tr!(
            mark_circle_position,
            x = whole(self.centre.0),
            y = whole(self.centre.1),
            radius = whole(self.radius)
        )
    }

    fn values(&self) -> Vec<Value> {
        let (x, y) = self.centre;
        let r = self.radius;
        vec![
            Value::new("`centre` x", x, Axis::X),
            Value::new("`centre` y", y, Axis::Y),
            Value::far("x - radius", x, x - r, Axis::X),
            Value::far("x + radius", x, x + r, Axis::X),
            Value::far("y - radius", y, y - r, Axis::Y),
            Value::far("y + radius", y, y + r, Axis::Y),
        ]
    }

    fn fault(&self) -> Option<String> {
        (self.radius <= 0.0 || !self.radius.is_finite())
            .then(|| "this circle has no size: its radius must be positive".to_owned())
    }

    fn region(&self) -> Option<Rect> {
        Some(Rect::around(self.centre(), self.radius))
    }

    fn hit(&self, p: Point, slop: f32) -> bool {
        self.centre().distance(p) <= self.radius + slop
    }

    fn stacking(&self) -> u8 {
        2
    }

    fn handles(&self) -> Vec<Point> {
        let (x, y, r) = (self.centre.0, self.centre.1, self.radius);
        vec![
            point(x + r, y),
            point(x, y + r),
            point(x - r, y),
            point(x, y - r),
        ]
    }

    fn drag_handle(&mut self, _handle: usize, to: (f32, f32), size: (f32, f32)) {
        // Any point of the rim: the ring passes through where it is dropped.
        let to = keep_inside(to, size);
        self.radius = self.centre().distance(to.into()).round().max(1.0);
    }

    fn translate(&mut self, dx: f32, dy: f32, size: (f32, f32)) {
        let (x, y) = keep_inside((self.centre.0 + dx, self.centre.1 + dy), size);
        self.centre = (x.round(), y.round());
    }

    fn bounds(&self) -> Rect {
        Rect::around(self.centre(), self.radius)
    }

    fn layout(&self, cx: &mut Context<'_>) -> Drawn {
        let style = cx.style;
        let radius = self.radius + cx.px(style.frame_gap);
        let ring = |width: f32, colour: Colour| Shape::Ring {
            centre: self.centre(),
            radius,
            width,
            colour,
        };
        Drawn {
            shapes: vec![
                (
                    Layer::Frame,
                    ring(style.frame_width + style.outline, Colour::Outline),
                ),
                (Layer::Frame, ring(style.frame_width, Colour::Mark)),
            ],
            label: None,
            spotlight: Some(Rect::around(
                self.centre(),
                radius + cx.px(style.frame_width),
            )),
        }
    }

    fn ron(&self) -> String {
        format!(
            "Circle(centre: ({}, {}), radius: {})",
            number(self.centre.0),
            number(self.centre.1),
            number(self.radius)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::Mark;
    use crate::marks::lay_out as layout;
    use crate::marks::layout::MarkStyle;

    #[test]
    fn a_ring_is_drawn_around_its_circle_and_keeps_it_bright() {
        let circle = Circle {
            centre: (100.0, 80.0),
            radius: 20.0,
        };
        let marks = [Mark::Circle(circle.clone())];
        let out = layout(
            &marks,
            (200.0, 160.0),
            1.0,
            &MarkStyle::STANDARD,
            &mut |_, _, _| (0.0, 0.0),
        );
        let rings = out
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Ring { .. }))
            .count();
        assert_eq!(rings, 2, "an outline and the ring: {:?}", out.shapes);
        assert!(out.shapes.iter().any(|s| matches!(
            s,
            Shape::Fill {
                colour: Colour::Dim,
                ..
            }
        )));
        assert_eq!(
            out.regions,
            vec![(0, Rect::around(point(100.0, 80.0), 20.0))]
        );
        // Hit inside, missed outside; dragging the rim resizes it.
        assert!(circle.hit(point(110.0, 80.0), 0.0));
        assert!(!circle.hit(point(130.0, 80.0), 2.0));
        let mut resized = circle.clone();
        resized.drag_handle(0, (140.0, 80.0), (200.0, 160.0));
        assert_eq!(resized.radius, 40.0);
        assert_eq!(circle.ron(), "Circle(centre: (100, 80), radius: 20)");
        assert_eq!(
            Circle::drawn((100.0, 80.0), (100.0, 80.0), (200.0, 160.0)).radius,
            32.0
        );
    }
}
