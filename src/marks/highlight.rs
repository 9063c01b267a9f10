//! A highlight: a box around the control to press. The rest of the picture
//! is dimmed around it (the spotlight), and its frame sits a little outside
//! the box so the control itself stays readable.

use serde::{Deserialize, Serialize};

use crate::marks::geometry::{Point, Rect, point};
use crate::marks::kind::{
    Axis, Context, Drawn, Layer, MarkKind, Value, keep_inside, snap_point, whole,
};
use crate::marks::shape::{Colour, Shape};
use crate::marks::words;
use crate::text::ron_number as number;

/// `Highlight(rect: (x, y, width, height))`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    /// `(x, y, width, height)` in image pixels.
    pub rect: (f32, f32, f32, f32),
}

/// The smallest box a drag draws; shorter drags make a button-sized box.
const MIN_BOX: f32 = 8.0;

impl Highlight {
    /// The box drawn by a drag from `from` to `to` over a picture of `size`
    /// pixels; a click makes a box of a usual button's size around it.
    pub fn drawn(from: (f32, f32), to: (f32, f32), size: (f32, f32)) -> Highlight {
        let (mut x0, mut y0) = (from.0.min(to.0), from.1.min(to.1));
        let (mut x1, mut y1) = (from.0.max(to.0), from.1.max(to.1));
        if x1 - x0 < MIN_BOX || y1 - y0 < MIN_BOX {
            let (w, h) = (120.0_f32.min(size.0), 48.0_f32.min(size.1));
            x0 = (from.0 - w / 2.0).clamp(0.0, size.0 - w);
            y0 = (from.1 - h / 2.0).clamp(0.0, size.1 - h);
            (x1, y1) = (x0 + w, y0 + h);
        }
        Highlight {
            rect: snap_box(x0, y0, x1 - x0, y1 - y0, size),
        }
    }

    fn rect(&self) -> Rect {
        let (x, y, w, h) = self.rect;
        Rect::from_min_size(point(x, y), w, h)
    }
}

/// A box whose edges snap to the picture's edges, in whole pixels.
fn snap_box(x: f32, y: f32, w: f32, h: f32, size: (f32, f32)) -> (f32, f32, f32, f32) {
    let (x0, y0) = snap_point((x, y), size);
    let (x1, y1) = snap_point((x + w, y + h), size);
    (x0, y0, (x1 - x0).max(1.0), (y1 - y0).max(1.0))
}

impl MarkKind for Highlight {
    fn noun(&self) -> &'static str {
        "highlight"
    }

    fn counted(&self, count: usize) -> String {
        crate::tr!(mark_count_highlight, count = count)
    }

    fn name(&self) -> String {
        "highlighted box".to_owned()
    }

    fn words(&self, size: Option<(f32, f32)>) -> String {
        match size {
            Some(size) => crate::tr!(mark_highlight_words, area = words::area(self.rect, size)),
            None => crate::tr!(mark_highlight_to_press),
        }
    }

    fn position(&self) -> String {
        let (x, y, w, h) = self.rect;
        crate::tr!(
            mark_highlight_position,
            x = whole(x),
            y = whole(y),
            width = whole(w),
            height = whole(h)
        )
    }

    fn values(&self) -> Vec<Value> {
        let (x, y, w, h) = self.rect;
        vec![
            Value::new("x", x, Axis::X),
            Value::new("y", y, Axis::Y),
            Value::far("x + w", x, x + w, Axis::X),
            Value::far("y + h", y, y + h, Axis::Y),
        ]
    }

    fn fault(&self) -> Option<String> {
        let (_, _, w, h) = self.rect;
        (w <= 0.0 || h <= 0.0)
            .then(|| "this highlight has no area: its width and height must be positive".to_owned())
    }

    fn region(&self) -> Option<Rect> {
        Some(self.rect())
    }

    fn hit(&self, p: Point, slop: f32) -> bool {
        self.rect().expand(slop).contains(p)
    }

    fn stacking(&self) -> u8 {
        2
    }

    fn handles(&self) -> Vec<Point> {
        let (x, y, w, h) = self.rect;
        vec![
            point(x, y),
            point(x + w, y),
            point(x + w, y + h),
            point(x, y + h),
        ]
    }

    fn drag_handle(&mut self, handle: usize, to: (f32, f32), size: (f32, f32)) {
        let to = snap_point(keep_inside(to, size), size);
        let (x, y, w, h) = self.rect;
        let (mut x0, mut y0, mut x1, mut y1) = (x, y, x + w, y + h);
        match handle % 4 {
            0 => (x0, y0) = to,
            1 => (x1, y0) = to,
            2 => (x1, y1) = to,
            _ => (x0, y1) = to,
        }
        // Dragged past the opposite corner, the box turns over.
        let (left, right) = (x0.min(x1), x0.max(x1));
        let (top, bottom) = (y0.min(y1), y0.max(y1));
        self.rect = (left, top, (right - left).max(1.0), (bottom - top).max(1.0));
    }

    fn translate(&mut self, dx: f32, dy: f32, size: (f32, f32)) {
        let (x, y, w, h) = self.rect;
        let x = (x + dx).clamp(0.0, (size.0 - w).max(0.0));
        let y = (y + dy).clamp(0.0, (size.1 - h).max(0.0));
        self.rect = snap_box(x, y, w, h, size);
    }

    fn bounds(&self) -> Rect {
        self.rect()
    }

    fn layout(&self, cx: &mut Context<'_>) -> Drawn {
        let style = cx.style;
        let frame = self.rect().expand(cx.px(style.frame_gap));
        // A dark outline, then the orange line on its inner half.
        let line = |width: f32, colour: Colour| Shape::Frame {
            rect: frame,
            corner: style.frame_corner,
            width,
            colour,
        };
        Drawn {
            shapes: vec![
                (
                    Layer::Frame,
                    line(style.frame_width + style.outline, Colour::Outline),
                ),
                (Layer::Frame, line(style.frame_width, Colour::Mark)),
            ],
            label: None,
            spotlight: Some(frame),
        }
    }

    fn ron(&self) -> String {
        let (x, y, w, h) = self.rect;
        let n = number;
        format!("Highlight(rect: ({}, {}, {}, {}))", n(x), n(y), n(w), n(h))
    }
}
