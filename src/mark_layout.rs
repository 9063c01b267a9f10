//! Where the marks of a screenshot go, computed once for every painter.
//!
//! A guide writes its marks in the picture's own pixels ("highlight
//! 24,180 260x64", "callout 1 at 300,190"). Drawing them takes more than
//! that: the frame sits a little outside the box, the spotlight dims every
//! part of the picture outside the boxes, an arrow needs a head, a callout's
//! badge must stay whole inside the picture and its label goes right, left,
//! under or over it, wherever it fits. This module decides all of that, in
//! image pixels, and knows no renderer: the window's egui painter and the
//! exporter's CPU painter both draw the same [`MarkLayout`].
//!
//! Marks keep a constant size on the output (a 3-point frame stays 3 points
//! in a thumbnail and in the zoom view), so the layout takes the output's
//! scale: output units (points or pixels) per image pixel. Positions in the
//! layout are image pixels; widths and font sizes in [`MarkStyle`] are
//! output units.

use crate::guide::model::Mark;

/// A point in image pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Pixels from the left edge.
    pub x: f32,
    /// Pixels from the top edge.
    pub y: f32,
}

/// A point from its coordinates.
pub const fn point(x: f32, y: f32) -> Point {
    Point { x, y }
}

/// An axis-aligned rectangle in image pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// The top left corner.
    pub min: Point,
    /// The bottom right corner.
    pub max: Point,
}

impl Rect {
    /// A rectangle from its corner and size.
    pub fn from_min_size(min: Point, width: f32, height: f32) -> Rect {
        Rect {
            min,
            max: point(min.x + width, min.y + height),
        }
    }

    /// Width in pixels.
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    /// Height in pixels.
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// The same rectangle grown by `by` on every side.
    pub fn expand(&self, by: f32) -> Rect {
        Rect {
            min: point(self.min.x - by, self.min.y - by),
            max: point(self.max.x + by, self.max.y + by),
        }
    }

    /// The centre.
    pub fn center(&self) -> Point {
        point(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// How far `self` and `other` overlap across and down (zero or less
    /// when they do not).
    pub fn overlap(&self, other: &Rect) -> (f32, f32) {
        (
            self.max.x.min(other.max.x) - self.min.x.max(other.min.x),
            self.max.y.min(other.max.y) - self.min.y.max(other.min.y),
        )
    }

    /// True when `p` is inside or on the edge.
    pub fn contains(&self, p: Point) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }
}

/// The sizes of marks on the output, in output units (points in the
/// window, pixels in an exported picture). The same for every painter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkStyle {
    /// Width of a highlight's frame.
    pub frame_width: f32,
    /// Gap between the highlighted box and its frame.
    pub frame_gap: f32,
    /// Corner radius of a frame.
    pub frame_corner: f32,
    /// Extra width of the dark outline under frames and arrows, which
    /// keeps them readable on light and dark screens alike.
    pub outline: f32,
    /// Width of an arrow's shaft.
    pub arrow_width: f32,
    /// Length of an arrow's head (shorter on short arrows).
    pub head_length: f32,
    /// Half the width of an arrow's head.
    pub head_half_width: f32,
    /// Radius of a callout's number badge.
    pub badge_radius: f32,
    /// Font size of the number on the badge.
    pub badge_font: f32,
    /// Font size of a callout's label.
    pub label_font: f32,
    /// Padding inside a label's pill, across and down.
    pub label_pad: (f32, f32),
    /// Corner radius of a label's pill.
    pub label_corner: f32,
}

impl MarkStyle {
    /// The look of marks in Stepwise's window and exports.
    pub const STANDARD: MarkStyle = MarkStyle {
        frame_width: 3.0,
        frame_gap: 3.0,
        frame_corner: 6.0,
        outline: 3.0,
        arrow_width: 4.0,
        head_length: 18.0,
        head_half_width: 10.0,
        badge_radius: 13.0,
        badge_font: 15.0,
        label_font: 14.0,
        label_pad: (8.0, 4.0),
        label_corner: 6.0,
    };

    /// This style with its text (labels, numbers and the badges that hold
    /// them) grown by the reader's text size; lines and frames stay as they are.
    pub fn with_text_scale(self, scale: f32) -> MarkStyle {
        let scale = if scale.is_finite() {
            scale.clamp(0.5, 3.0)
        } else {
            1.0
        };
        MarkStyle {
            badge_radius: self.badge_radius * scale,
            badge_font: self.badge_font * scale,
            label_font: self.label_font * scale,
            label_pad: (self.label_pad.0 * scale, self.label_pad.1 * scale),
            ..self
        }
    }
}

/// The boxes (in points or CSS pixels) a picture is fitted into to be
/// shown: an exported page's ([`EXPORT_VIEW`]) and the window's step
/// screen in its default size ([`WINDOW_VIEW`]). `stepwise check` lays a
/// picture's marks out at both to see whether a label covers a highlight:
/// labels keep their size on the output, so they cover more of a picture
/// that is shown smaller.
pub const CHECKED_VIEWS: [(f32, f32); 2] = [EXPORT_VIEW, WINDOW_VIEW];

/// The largest size an exported page shows a picture at, in CSS pixels.
pub const EXPORT_VIEW: (f32, f32) = (800.0, 600.0);

/// About the room the window's step screen gives a picture in the default
/// 1180 x 780 window, in points (the checklist beside it, the instruction
/// and buttons below).
pub const WINDOW_VIEW: (f32, f32) = (860.0, 520.0);

/// Output units per image pixel for a picture fitted into `view`, never
/// more than 1: a picture is not blown up past its own size.
pub fn scale_to_fit(image: (f32, f32), view: (f32, f32)) -> f32 {
    let scale = (view.0 / image.0).min(view.1 / image.1).min(1.0);
    if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    }
}

/// An arrow, ready to draw: a shaft from `tail` to `base`, and a head.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrowShape {
    /// Where the arrow starts (a dot is drawn there).
    pub tail: Point,
    /// Where the shaft meets the head.
    pub base: Point,
    /// The head's tip (the point the arrow shows) and its two back corners.
    pub head: [Point; 3],
}

/// A callout, ready to draw: the numbered badge and its label's pill.
#[derive(Clone, Debug, PartialEq)]
pub struct CalloutShape {
    /// The number on the badge.
    pub n: u32,
    /// The badge's centre, kept so the whole badge is inside the picture.
    pub centre: Point,
    /// The badge's radius in image pixels.
    pub radius: f32,
    /// The label, unless the callout has no text.
    pub label: Option<LabelShape>,
}

/// A callout's label: a pill with wrapped text in it.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelShape {
    /// The text.
    pub text: String,
    /// The pill, inside the picture.
    pub pill: Rect,
    /// Where the text's top left corner goes.
    pub text_at: Point,
    /// The width the text was wrapped at, in output units: painters lay the
    /// text out again at this width and get the size measured here.
    pub wrap_width: f32,
}

/// Everything to draw over one picture, in image pixels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MarkLayout {
    /// Output units per image pixel the layout was made for.
    pub scale: f32,
    /// The parts of the picture to dim around the highlights (empty when
    /// there is no highlight); together they leave a hole over every box.
    pub dimmed: Vec<Rect>,
    /// Highlight frames (the boxes, grown by the frame gap).
    pub frames: Vec<Rect>,
    /// Arrows, in the order written.
    pub arrows: Vec<ArrowShape>,
    /// Callouts, in the order written (drawn last, on top).
    pub callouts: Vec<CalloutShape>,
}

/// Lays out `marks` over a picture of `image_size` pixels shown at `scale`
/// output units per pixel. `measure(text, font_size, wrap_width)` returns
/// the size a label's text takes, in output units, wrapped at
/// `wrap_width`: each painter measures with its own fonts.
pub fn layout(
    marks: &[Mark],
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
    // Output units to image pixels.
    let px = |units: f32| units / scale;
    let picture = Rect::from_min_size(point(0.0, 0.0), image_size.0, image_size.1);
    let mut out = MarkLayout {
        scale,
        ..MarkLayout::default()
    };
    for mark in marks {
        match mark {
            Mark::Highlight { rect: (x, y, w, h) } => {
                let frame = Rect::from_min_size(point(*x, *y), *w, *h).expand(px(style.frame_gap));
                out.frames.push(frame);
            }
            Mark::Arrow { from, to } => {
                if let Some(arrow) =
                    arrow_shape(point(from.0, from.1), point(to.0, to.1), style, px)
                {
                    out.arrows.push(arrow);
                }
            }
            Mark::Callout { at, n, text } => {
                out.callouts.push(callout_shape(
                    point(at.0, at.1),
                    *n,
                    text,
                    picture,
                    scale,
                    style,
                    measure,
                ));
            }
        }
    }
    if !out.frames.is_empty() {
        out.dimmed = spotlight(picture, &out.frames);
    }
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

fn arrow_shape(
    from: Point,
    to: Point,
    style: &MarkStyle,
    px: impl Fn(f32) -> f32,
) -> Option<ArrowShape> {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = (dx * dx + dy * dy).sqrt();
    // Shorter than a point on the output: nothing to show.
    if !length.is_finite() || length < px(1.0) {
        return None;
    }
    let (ux, uy) = (dx / length, dy / length);
    let (nx, ny) = (-uy, ux);
    let head_length = px(style.head_length).min(length * 0.6);
    let half = px(style.head_half_width);
    let base = point(to.x - ux * head_length, to.y - uy * head_length);
    Some(ArrowShape {
        tail: from,
        base,
        head: [
            to,
            point(base.x + nx * half, base.y + ny * half),
            point(base.x - nx * half, base.y - ny * half),
        ],
    })
}

fn callout_shape(
    at: Point,
    n: u32,
    text: &str,
    picture: Rect,
    scale: f32,
    style: &MarkStyle,
    measure: &mut dyn FnMut(&str, f32, f32) -> (f32, f32),
) -> CalloutShape {
    let px = |units: f32| units / scale;
    let r = px(style.badge_radius);
    // Keep the badge whole inside the picture (a picture narrower than the
    // badge gets it centred).
    let keep = |v: f32, lo: f32, hi: f32| {
        if lo <= hi {
            v.clamp(lo, hi)
        } else {
            (lo + hi) / 2.0
        }
    };
    let centre = point(
        keep(at.x, picture.min.x + r, picture.max.x - r),
        keep(at.y, picture.min.y + r, picture.max.y - r),
    );
    let label = (!text.is_empty()).then(|| {
        let (pad_x, pad_y) = (px(style.label_pad.0), px(style.label_pad.1));
        // Wrap the label when the picture is narrower than it (a phone screen).
        let wrap_width = (picture.width() * scale - style.label_pad.0 * 2.0 - 4.0).max(40.0);
        let (text_w, text_h) = measure(text, style.label_font, wrap_width);
        let size = (px(text_w) + pad_x * 2.0, px(text_h) + pad_y * 2.0);
        let gap = px(4.0);
        // Right of the badge, else left of it, else under it (or over it
        // at the bottom edge); then pushed back inside the picture.
        let right_fits = centre.x + r + gap + size.0 <= picture.max.x;
        let left_fits = centre.x - r - gap - size.0 >= picture.min.x;
        let min = if right_fits {
            point(centre.x + r - px(2.0), centre.y - size.1 / 2.0)
        } else if left_fits {
            point(centre.x - r + px(2.0) - size.0, centre.y - size.1 / 2.0)
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
        let shift_x = (picture.min.x - pill.min.x).max(0.0) + (picture.max.x - pill.max.x).min(0.0);
        let shift_y = (picture.min.y - pill.min.y).max(0.0) + (picture.max.y - pill.max.y).min(0.0);
        pill.min = point(pill.min.x + shift_x, pill.min.y + shift_y);
        pill.max = point(pill.max.x + shift_x, pill.max.y + shift_y);
        LabelShape {
            text: text.to_owned(),
            text_at: point(pill.min.x + pad_x, pill.min.y + pad_y),
            pill,
            wrap_width,
        }
    });
    CalloutShape {
        n,
        centre,
        radius: r,
        label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for a font: 7 units a character, lines of 16 units,
    /// wrapped at the width asked for.
    fn measure(text: &str, _font: f32, wrap: f32) -> (f32, f32) {
        let width = text.chars().count() as f32 * 7.0;
        let lines = (width / wrap).ceil().max(1.0);
        (width.min(wrap), lines * 16.0)
    }

    fn lay(marks: &[Mark], size: (f32, f32), scale: f32) -> MarkLayout {
        layout(marks, size, scale, &MarkStyle::STANDARD, &mut measure)
    }

    fn callout(x: f32, y: f32, text: &str) -> Mark {
        Mark::Callout {
            at: (x, y),
            n: 1,
            text: text.to_owned(),
        }
    }

    #[test]
    fn the_spotlight_leaves_a_hole_over_every_box_and_dims_the_rest() {
        let marks = [
            Mark::Highlight {
                rect: (10.0, 10.0, 20.0, 20.0),
            },
            Mark::Highlight {
                rect: (60.0, 50.0, 30.0, 10.0),
            },
        ];
        let out = lay(&marks, (100.0, 80.0), 1.0);
        assert_eq!(out.frames.len(), 2);
        assert_eq!(
            out.frames[0],
            Rect::from_min_size(point(7.0, 7.0), 26.0, 26.0)
        );
        let area: f32 = out.dimmed.iter().map(|r| r.width() * r.height()).sum();
        let holes: f32 = out.frames.iter().map(|r| r.width() * r.height()).sum();
        assert!(
            (area + holes - 100.0 * 80.0).abs() < 0.01,
            "{area} + {holes}"
        );
        for frame in &out.frames {
            assert!(!out.dimmed.iter().any(|cell| cell.contains(frame.center())));
        }
    }

    #[test]
    fn sizes_on_the_output_stay_the_same_at_any_scale() {
        let marks = [
            Mark::Highlight {
                rect: (100.0, 100.0, 50.0, 50.0),
            },
            callout(300.0, 300.0, "Menu"),
        ];
        let small = lay(&marks, (800.0, 600.0), 0.5);
        let large = lay(&marks, (800.0, 600.0), 2.0);
        // The frame gap is 3 output units: 6 pixels at half size, 1.5 at double.
        assert_eq!(small.frames[0].min.x, 94.0);
        assert_eq!(large.frames[0].min.x, 98.5);
        assert_eq!(small.callouts[0].radius, 26.0);
        assert_eq!(large.callouts[0].radius, 6.5);
    }

    #[test]
    fn a_badge_at_the_edge_stays_whole_inside_the_picture() {
        let out = lay(&[callout(0.0, 599.0, "")], (800.0, 600.0), 1.0);
        let c = &out.callouts[0];
        assert_eq!(c.centre, point(13.0, 587.0));
        assert!(c.label.is_none(), "no text, no pill");
    }

    #[test]
    fn labels_go_right_then_left_then_under_and_stay_inside() {
        let right = lay(&[callout(50.0, 50.0, "Open the menu")], (400.0, 300.0), 1.0);
        let pill = right.callouts[0].label.as_ref().expect("label").pill;
        assert!(pill.min.x > 50.0, "right of the badge: {pill:?}");
        let left = lay(
            &[callout(380.0, 50.0, "Open the menu")],
            (400.0, 300.0),
            1.0,
        );
        let pill = left.callouts[0].label.as_ref().expect("label").pill;
        assert!(pill.max.x < 380.0, "left of the badge: {pill:?}");
        // A phone-shaped picture: neither side fits, so it goes under, wrapped.
        let long = "Tap the profile picture at the top right of the screen";
        let under = lay(&[callout(60.0, 40.0, long)], (120.0, 260.0), 1.0);
        let label = under.callouts[0].label.as_ref().expect("label");
        assert!(label.pill.min.y > 40.0, "under the badge: {label:?}");
        assert!(label.wrap_width < 120.0);
        let inside = |pill: Rect, w: f32, h: f32| {
            pill.min.x >= 0.0 && pill.min.y >= 0.0 && pill.max.x <= w && pill.max.y <= h
        };
        for out in [&right, &left] {
            let pill = out.callouts[0].label.as_ref().expect("label").pill;
            assert!(inside(pill, 400.0, 300.0), "{pill:?}");
        }
        assert!(inside(label.pill, 120.0, 260.0), "{label:?}");
    }

    #[test]
    fn arrows_get_a_head_at_their_point_and_short_ones_a_shorter_head() {
        let out = lay(
            &[Mark::Arrow {
                from: (0.0, 0.0),
                to: (100.0, 0.0),
            }],
            (200.0, 100.0),
            1.0,
        );
        let arrow = &out.arrows[0];
        assert_eq!(arrow.head[0], point(100.0, 0.0));
        assert_eq!(arrow.base, point(82.0, 0.0));
        assert_eq!(arrow.head[1], point(82.0, 10.0));
        let short = lay(
            &[Mark::Arrow {
                from: (0.0, 0.0),
                to: (10.0, 0.0),
            }],
            (200.0, 100.0),
            1.0,
        );
        assert_eq!(short.arrows[0].base, point(4.0, 0.0));
        let none = lay(
            &[Mark::Arrow {
                from: (5.0, 5.0),
                to: (5.0, 5.0),
            }],
            (200.0, 100.0),
            1.0,
        );
        assert!(none.arrows.is_empty());
    }

    #[test]
    fn nonsense_numbers_never_panic() {
        let marks = [
            Mark::Highlight {
                rect: (f32::NAN, 0.0, f32::INFINITY, -5.0),
            },
            Mark::Arrow {
                from: (f32::NAN, 1.0),
                to: (2.0, f32::INFINITY),
            },
            callout(f32::NAN, f32::NEG_INFINITY, "x"),
        ];
        for scale in [0.0, -1.0, f32::NAN, 1e-9, 1e9] {
            let _ = lay(&marks, (10.0, 10.0), scale);
            let _ = lay(&marks, (0.0, 0.0), scale);
        }
    }
}
