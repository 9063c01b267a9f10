//! Marks: what a guide draws over a screenshot, and everything each kind
//! of mark does, in one place per kind (`highlight.rs`, `arrow.rs`,
//! `callout.rs`): its words, where it is, how it is hit, moved and
//! resized in the editor, how it is written back into a guide, and the
//! shapes it is drawn with. Nothing here knows egui or tiny-skia.
//!
//! - [`Mark`]: one mark as a guide writes it, holding one of the kinds;
//!   [`MarkKind`]: what every kind answers ([`Mark::kind`]).
//! - [`layout`]: a picture's marks laid out once for every painter, as
//!   kind-neutral [`shape::Shape`]s in the mark colours ([`shape::MarkColours`]).
//! - [`text`]: labels measured and shaped in the app's font (Inter).
//! - [`words`]: where a mark is, in words.
//!
//! A new kind of mark is a file here, a variant of `Mark`, and a tool in
//! the editor's list; the painters, the checker and the exporters take it
//! as it is (docs/architecture.md shows the diff that added one).

pub mod geometry;
pub mod layout;
pub mod shape;
pub mod text;
pub mod words;

mod arrow;
mod callout;
mod circle;
mod highlight;

pub use arrow::Arrow;
pub use callout::Callout;
pub use circle::Circle;
pub use geometry::{Point, Rect, point};
pub use highlight::Highlight;

use layout::{Context, Drawn};
use serde::{Deserialize, Serialize};
use strum::{EnumCount, VariantNames};

/// Something drawn over a screenshot, as a guide writes it. Coordinates are
/// image pixels, with the origin at the top left, as any image editor shows
/// them.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, EnumCount, VariantNames)]
pub enum Mark {
    /// A box around the control to press; the rest of the image is dimmed.
    Highlight(Highlight),
    /// An arrow that leads the eye, from its tail to its head.
    Arrow(Arrow),
    /// A numbered badge with a short label.
    Callout(Callout),
    /// A ring around a round button or an icon.
    Circle(Circle),
}

impl Mark {
    /// The kind, with all it does.
    pub fn kind(&self) -> &dyn MarkKind {
        match self {
            Mark::Highlight(mark) => mark,
            Mark::Arrow(mark) => mark,
            Mark::Callout(mark) => mark,
            Mark::Circle(mark) => mark,
        }
    }

    /// One mark of every kind, spread over a picture of `size` pixels:
    /// what tests and the painters' parity check draw.
    pub fn samples(size: (f32, f32)) -> Vec<Mark> {
        let (w, h) = size;
        vec![
            Mark::Highlight(Highlight {
                rect: (w * 0.05, h * 0.1, w * 0.25, h * 0.15),
            }),
            Mark::Arrow(Arrow {
                from: (w * 0.5, h * 0.6),
                to: (w * 0.32, h * 0.2),
            }),
            Mark::Callout(Callout {
                at: (w * 0.55, h * 0.65),
                n: 1,
                text: "Press here".to_owned(),
            }),
            Mark::Circle(Circle {
                centre: (w * 0.8, h * 0.3),
                radius: h * 0.1,
            }),
        ]
    }

    /// The kind, to change.
    pub fn kind_mut(&mut self) -> &mut dyn MarkKind {
        match self {
            Mark::Highlight(mark) => mark,
            Mark::Arrow(mark) => mark,
            Mark::Callout(mark) => mark,
            Mark::Circle(mark) => mark,
        }
    }
}

/// Within this many pixels of an edge of the picture, a mark the editor
/// draws or moves snaps to it.
pub const SNAP: f32 = 6.0;

/// What every kind of mark answers. Points are in the picture's own
/// pixels; `size` is the picture's size.
pub trait MarkKind {
    /// The kind in a sentence ("highlight").
    fn noun(&self) -> &'static str;

    /// The mark in a message to an author: "callout 1 (\"Menu\")",
    /// "highlighted box".
    fn name(&self) -> String {
        self.noun().to_owned()
    }

    /// The mark in words for someone who cannot see the picture: "An arrow
    /// points to the bottom left of the picture". `size` is the picture's,
    /// when it is known.
    fn words(&self, size: Option<(f32, f32)>) -> String;

    /// What a screen reader hears for the mark after the picture's
    /// description, if anything ("Callout 1: Menu").
    fn spoken(&self) -> Option<String> {
        None
    }

    /// Where it is, in pixels, for the editor's list of marks.
    fn position(&self) -> String;

    /// Each value the author wrote, to check against the picture's size.
    fn values(&self) -> Vec<Value>;

    /// What else is wrong with it, in a sentence (a box with no area).
    fn fault(&self) -> Option<String> {
        None
    }

    /// The part of the picture it points out (a box, a circle's square):
    /// what a label must not cover.
    fn region(&self) -> Option<Rect> {
        None
    }

    /// Its label, for the kinds that have one.
    fn label(&self) -> Option<&str> {
        None
    }

    /// Sets its label (kinds without one ignore it).
    fn set_label(&mut self, _text: &str) {}

    /// Its number, for the kinds that are numbered 1, 2, 3 in order.
    fn number(&mut self) -> Option<&mut u32> {
        None
    }

    /// True when `p` is on it, or within `slop` pixels.
    fn hit(&self, p: Point, slop: f32) -> bool;

    /// Which comes first when marks overlap under a click: lower is on top
    /// (callouts 0, arrows 1, areas 2), as they are drawn.
    fn stacking(&self) -> u8;

    /// The points the editor lets an author drag.
    fn handles(&self) -> Vec<Point>;

    /// Moves handle `handle` (an index into [`MarkKind::handles`]) to `to`.
    fn drag_handle(&mut self, handle: usize, to: (f32, f32), size: (f32, f32));

    /// Moves the whole mark by whole pixels, as far as it stays inside.
    fn translate(&mut self, dx: f32, dy: f32, size: (f32, f32));

    /// The box the editor outlines when the mark is selected.
    fn bounds(&self) -> Rect;

    /// Its shapes, label and spotlight hole, for [`layout::layout`].
    fn layout(&self, cx: &mut Context<'_>) -> Drawn;

    /// The mark as a guide writes it: `Highlight(rect: (24, 180, 260, 64))`.
    fn ron(&self) -> String;
}

/// Which way a value runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Across: checked against the width.
    X,
    /// Down: checked against the height.
    Y,
}

/// A value an author wrote, named as they wrote it ("x + w"), to check
/// against the picture's size.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// How the author wrote it.
    pub name: String,
    /// Its value in pixels.
    pub value: f32,
    /// Which way it runs.
    pub axis: Axis,
    /// For a far edge ("x + w"): the near value it is measured from; it is
    /// only worth a word when that one is inside the picture.
    pub from: Option<f32>,
}

impl Value {
    /// A value written as it is.
    pub fn new(name: &str, value: f32, axis: Axis) -> Value {
        Value {
            name: name.to_owned(),
            value,
            axis,
            from: None,
        }
    }

    /// A far edge, measured from `from`.
    pub fn far(name: &str, from: f32, value: f32, axis: Axis) -> Value {
        Value {
            from: Some(from),
            ..Value::new(name, value, axis)
        }
    }
}

/// A point kept inside a picture of `size` (not-a-number goes to 0).
pub fn keep_inside(p: (f32, f32), size: (f32, f32)) -> (f32, f32) {
    let finite = |v: f32| if v.is_finite() { v } else { 0.0 };
    (
        finite(p.0).clamp(0.0, size.0),
        finite(p.1).clamp(0.0, size.1),
    )
}

/// A point in whole pixels, within [`SNAP`] of an edge of the picture on
/// the edge.
pub fn snap_point(p: (f32, f32), size: (f32, f32)) -> (f32, f32) {
    let snap = |v: f32, max: f32| {
        let v = v.round();
        if v <= SNAP {
            0.0
        } else if v >= max - SNAP {
            max
        } else {
            v
        }
    };
    (snap(p.0, size.0), snap(p.1, size.1))
}

/// A length in whole pixels, for people to read.
pub fn whole(v: f32) -> String {
    format!("{}", v.round() as i64)
}

/// "2 highlights, 1 arrow, 1 callout" (or "no marks"), kinds in the order
/// they first appear.
pub fn count_in_words(marks: &[Mark]) -> String {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for mark in marks {
        let noun = mark.kind().noun();
        match counts.iter_mut().find(|(n, _)| *n == noun) {
            Some((_, count)) => *count += 1,
            None => counts.push((noun, 1)),
        }
    }
    if counts.is_empty() {
        return "no marks".to_owned();
    }
    let parts: Vec<String> = counts
        .into_iter()
        .map(|(noun, n)| crate::text::plural(n, noun))
        .collect();
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_samples_hold_every_kind_once_inside_the_picture() {
        let size = (640.0, 400.0);
        let samples = Mark::samples(size);
        assert_eq!(samples.len(), Mark::COUNT);
        let mut nouns: Vec<&str> = samples.iter().map(|m| m.kind().noun()).collect();
        nouns.dedup();
        assert_eq!(nouns.len(), Mark::COUNT, "{nouns:?}");
        for mark in &samples {
            for value in mark.kind().values() {
                let limit = match value.axis {
                    Axis::X => size.0,
                    Axis::Y => size.1,
                };
                assert!((0.0..=limit).contains(&value.value), "{mark:?}: {value:?}");
            }
        }
    }
}
