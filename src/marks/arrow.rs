//! An arrow: leads the eye from its tail to the spot to press, with a head
//! at that spot and a dot at its tail.

use serde::{Deserialize, Serialize};

use crate::marks::geometry::{Point, Rect, point, segment_distance};
use crate::marks::kind::{
    Axis, Context, Drawn, Layer, MarkKind, Value, keep_inside, snap_point, whole,
};
use crate::marks::shape::{Colour, Shape};
use crate::marks::words;
use crate::text::ron_number as number;

/// `Arrow(from: (x, y), to: (x, y))`: tail and head.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Arrow {
    /// Where it starts, in image pixels.
    pub from: (f32, f32),
    /// Where it points.
    pub to: (f32, f32),
}

impl Arrow {
    /// The arrow drawn by a drag from `from` to `to`; a click makes a short
    /// arrow pointing at it, from the side of the picture with more room.
    pub fn drawn(from: (f32, f32), to: (f32, f32), size: (f32, f32)) -> Arrow {
        let to = snap_point(to, size);
        let from = if point(from.0, from.1).distance(point(to.0, to.1)) < 8.0 {
            let dx = if to.0 > size.0 / 2.0 { -80.0 } else { 80.0 };
            let dy = if to.1 > size.1 / 2.0 { -80.0 } else { 80.0 };
            keep_inside((to.0 + dx, to.1 + dy), size)
        } else {
            from
        };
        Arrow {
            from: snap_point(from, size),
            to,
        }
    }
}

impl MarkKind for Arrow {
    fn noun(&self) -> &'static str {
        "arrow"
    }

    fn counted(&self, count: usize) -> String {
        crate::tr!(mark_count_arrow, count = count)
    }

    fn words(&self, size: Option<(f32, f32)>) -> String {
        match size {
            Some(size) => crate::tr!(mark_arrow_words, spot = words::spot(self.to, size)),
            None => crate::tr!(mark_arrow_to_press),
        }
    }

    fn position(&self) -> String {
        let (from, to) = (self.from, self.to);
        crate::tr!(
            mark_arrow_position,
            x1 = whole(from.0),
            y1 = whole(from.1),
            x2 = whole(to.0),
            y2 = whole(to.1)
        )
    }

    fn values(&self) -> Vec<Value> {
        let mut values = Vec::new();
        for (name, (x, y)) in [("from", self.from), ("to", self.to)] {
            values.push(Value::new(&format!("`{name}` x"), x, Axis::X));
            values.push(Value::new(&format!("`{name}` y"), y, Axis::Y));
        }
        values
    }

    fn hit(&self, p: Point, slop: f32) -> bool {
        segment_distance(self.from.into(), self.to.into(), p) <= slop.max(6.0)
    }

    fn stacking(&self) -> u8 {
        1
    }

    fn handles(&self) -> Vec<Point> {
        vec![self.from.into(), self.to.into()]
    }

    fn drag_handle(&mut self, handle: usize, to: (f32, f32), size: (f32, f32)) {
        let to = snap_point(keep_inside(to, size), size);
        if handle == 0 {
            self.from = to;
        } else {
            self.to = to;
        }
    }

    fn translate(&mut self, dx: f32, dy: f32, size: (f32, f32)) {
        // The whole arrow moves, as far as both ends stay inside.
        let (from, to) = (self.from, self.to);
        let dx = dx.clamp(-from.0.min(to.0), size.0 - from.0.max(to.0));
        let dy = dy.clamp(-from.1.min(to.1), size.1 - from.1.max(to.1));
        self.from = (from.0 + dx, from.1 + dy);
        self.to = (to.0 + dx, to.1 + dy);
    }

    fn bounds(&self) -> Rect {
        Rect::spanning(self.from.into(), self.to.into())
    }

    fn layout(&self, cx: &mut Context<'_>) -> Drawn {
        let style = cx.style;
        let (tail, tip): (Point, Point) = (self.from.into(), self.to.into());
        let (dx, dy) = (tip.x - tail.x, tip.y - tail.y);
        let length = (dx * dx + dy * dy).sqrt();
        // Shorter than a point on the output: nothing to show.
        if !length.is_finite() || length < cx.px(1.0) {
            return Drawn::default();
        }
        let (ux, uy) = (dx / length, dy / length);
        let (nx, ny) = (-uy, ux);
        let head_length = cx.px(style.head_length).min(length * 0.6);
        let half = cx.px(style.head_half_width);
        let base = point(tip.x - ux * head_length, tip.y - uy * head_length);
        let head = vec![
            tip,
            point(base.x + nx * half, base.y + ny * half),
            point(base.x - nx * half, base.y - ny * half),
        ];
        // The shaft runs a little into the head so no seam shows.
        let into = cx.px(2.0);
        let shaft_end = point(base.x + ux * into, base.y + uy * into);
        let shapes = vec![
            Shape::Line {
                from: tail,
                to: base,
                width: style.arrow_width + style.outline,
                colour: Colour::Outline,
            },
            Shape::Polygon {
                points: head.clone(),
                edge: style.outline,
                colour: Colour::Outline,
            },
            Shape::Line {
                from: tail,
                to: shaft_end,
                width: style.arrow_width,
                colour: Colour::Mark,
            },
            Shape::Polygon {
                points: head,
                edge: 0.0,
                colour: Colour::Mark,
            },
            Shape::Disc {
                centre: tail,
                radius: style.arrow_width,
                colour: Colour::Mark,
            },
        ];
        Drawn {
            shapes: shapes.into_iter().map(|s| (Layer::Pointer, s)).collect(),
            label: None,
            spotlight: None,
        }
    }

    fn ron(&self) -> String {
        let pair = |(x, y): (f32, f32)| format!("({}, {})", number(x), number(y));
        format!("Arrow(from: {}, to: {})", pair(self.from), pair(self.to))
    }
}
