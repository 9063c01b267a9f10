//! A callout: a numbered badge with a short label beside it. The badge
//! stays whole inside the picture; the label goes right of it, else left,
//! else under (or over, at the bottom edge), and is pushed back inside.

use serde::{Deserialize, Serialize};

use crate::marks::geometry::{Point, Rect, point};
use crate::marks::kind::{
    Axis, Context, Drawn, Layer, MarkKind, Value, keep_inside, snap_point, whole,
};
use crate::marks::shape::{Colour, Shape};
use crate::text::{ron_number as number, ron_string as quoted};

/// `Callout(at: (x, y), n: 1, text: "Menu")`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Callout {
    /// The badge's centre, in image pixels.
    pub at: (f32, f32),
    /// The number on the badge.
    pub n: u32,
    /// The label next to it; also read out by screen readers.
    pub text: String,
}

impl Callout {
    /// A new callout where the click is, not yet numbered or labelled.
    pub fn drawn(at: (f32, f32), size: (f32, f32)) -> Callout {
        Callout {
            at: snap_point(at, size),
            n: 0,
            text: String::new(),
        }
    }
}

impl MarkKind for Callout {
    fn noun(&self) -> &'static str {
        "callout"
    }

    fn counted(&self, count: usize) -> String {
        crate::tr!(mark_count_callout, count = count)
    }

    fn name(&self) -> String {
        format!("callout {} (\"{}\")", self.n, self.text)
    }

    fn words(&self, _size: Option<(f32, f32)>) -> String {
        crate::tr!(
            mark_callout_words,
            number = self.n.to_string(),
            label = &self.text
        )
    }

    fn spoken(&self) -> Option<String> {
        Some(crate::tr!(
            mark_callout_spoken,
            number = self.n.to_string(),
            label = &self.text
        ))
    }

    fn position(&self) -> String {
        let label = if self.text.is_empty() {
            crate::tr!(mark_callout_no_label)
        } else {
            self.text.clone()
        };
        crate::tr!(
            mark_callout_position,
            number = self.n.to_string(),
            x = whole(self.at.0),
            y = whole(self.at.1),
            label = label
        )
    }

    fn values(&self) -> Vec<Value> {
        vec![
            Value::new("x", self.at.0, Axis::X),
            Value::new("y", self.at.1, Axis::Y),
        ]
    }

    fn label(&self) -> Option<&str> {
        Some(&self.text)
    }

    fn set_label(&mut self, text: &str) {
        text.clone_into(&mut self.text);
    }

    fn number(&mut self) -> Option<&mut u32> {
        Some(&mut self.n)
    }

    fn hit(&self, p: Point, slop: f32) -> bool {
        point(self.at.0, self.at.1).distance(p) <= slop.max(14.0)
    }

    fn stacking(&self) -> u8 {
        0
    }

    fn handles(&self) -> Vec<Point> {
        Vec::new()
    }

    fn drag_handle(&mut self, _handle: usize, _to: (f32, f32), _size: (f32, f32)) {}

    fn translate(&mut self, dx: f32, dy: f32, size: (f32, f32)) {
        let at = keep_inside((self.at.0 + dx, self.at.1 + dy), size);
        self.at = snap_point(at, size);
    }

    fn bounds(&self) -> Rect {
        Rect::around(self.at.into(), 15.0)
    }

    fn layout(&self, cx: &mut Context<'_>) -> Drawn {
        let style = cx.style;
        let picture = cx.picture;
        let r = cx.px(style.badge_radius);
        // Keep the badge whole inside the picture (a picture narrower than
        // the badge gets it centred).
        let keep = |v: f32, lo: f32, hi: f32| {
            if lo <= hi {
                v.clamp(lo, hi)
            } else {
                (lo + hi) / 2.0
            }
        };
        let centre = point(
            keep(self.at.0, picture.min.x + r, picture.max.x - r),
            keep(self.at.1, picture.min.y + r, picture.max.y - r),
        );
        let mut shapes = Vec::new();
        let mut label = None;
        if !self.text.is_empty() {
            let (pad_x, pad_y) = (cx.px(style.label_pad.0), cx.px(style.label_pad.1));
            // Wrap the label when the picture is narrower than it (a phone screen).
            let wrap = (picture.width() * cx.scale - style.label_pad.0 * 2.0 - 4.0).max(40.0);
            let (text_w, text_h) = (cx.measure)(&self.text, style.label_font, wrap);
            let size = (cx.px(text_w) + pad_x * 2.0, cx.px(text_h) + pad_y * 2.0);
            let gap = cx.px(4.0);
            let right_fits = centre.x + r + gap + size.0 <= picture.max.x;
            let left_fits = centre.x - r - gap - size.0 >= picture.min.x;
            let min = if right_fits {
                point(centre.x + r - cx.px(2.0), centre.y - size.1 / 2.0)
            } else if left_fits {
                point(centre.x - r + cx.px(2.0) - size.0, centre.y - size.1 / 2.0)
            } else {
                let below = centre.y + r + gap + size.1 <= picture.max.y;
                let y = if below {
                    centre.y + r + gap
                } else {
                    centre.y - r - gap - size.1
                };
                point(centre.x - size.0 / 2.0, y)
            };
            let mut pill = Rect::from_min_size(min, size.0, size.1);
            let shift_x =
                (picture.min.x - pill.min.x).max(0.0) + (picture.max.x - pill.max.x).min(0.0);
            let shift_y =
                (picture.min.y - pill.min.y).max(0.0) + (picture.max.y - pill.max.y).min(0.0);
            pill.min = point(pill.min.x + shift_x, pill.min.y + shift_y);
            pill.max = point(pill.max.x + shift_x, pill.max.y + shift_y);
            shapes.push(Shape::Fill {
                rect: pill,
                corner: style.label_corner,
                colour: Colour::LabelFill,
            });
            shapes.push(Shape::Text {
                text: self.text.clone(),
                at: point(pill.min.x + pad_x, pill.min.y + pad_y),
                centred: false,
                size: style.label_font,
                wrap,
                colour: Colour::LabelText,
            });
            label = Some(pill);
        }
        // The badge over its label's edge.
        shapes.push(Shape::Disc {
            centre,
            radius: style.badge_radius + 2.0,
            colour: Colour::Outline,
        });
        shapes.push(Shape::Disc {
            centre,
            radius: style.badge_radius,
            colour: Colour::Mark,
        });
        shapes.push(Shape::Text {
            text: self.n.to_string(),
            at: centre,
            centred: true,
            size: style.badge_font,
            wrap: f32::INFINITY,
            colour: Colour::BadgeText,
        });
        Drawn {
            shapes: shapes.into_iter().map(|s| (Layer::Label, s)).collect(),
            label,
            spotlight: None,
        }
    }

    fn ron(&self) -> String {
        format!(
            "Callout(at: ({}, {}), n: {}, text: {})",
            number(self.at.0),
            number(self.at.1),
            self.n,
            quoted(&self.text)
        )
    }
}
