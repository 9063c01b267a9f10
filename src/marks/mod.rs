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
mod kind;
pub mod layout;
pub mod shape;
pub mod style;
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
pub use kind::{
    Axis, Context, Drawn, Layer, MarkKind, SNAP, Value, keep_inside, snap_point, whole,
};

use layout::MarkLayout;
use serde::{Deserialize, Serialize};
use strum::{EnumCount, VariantNames};
use style::MarkStyle;

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

/// "2 highlights, 1 arrow, 1 callout" (or "no marks"), kinds in the order
/// they first appear.
pub fn count_in_words(marks: &[Mark]) -> String {
    let mut counts: Vec<(&'static str, &Mark, usize)> = Vec::new();
    for mark in marks {
        let noun = mark.kind().noun();
        match counts.iter_mut().find(|(n, _, _)| *n == noun) {
            Some((_, _, count)) => *count += 1,
            None => counts.push((noun, mark, 1)),
        }
    }
    if counts.is_empty() {
        return crate::tr!(mark_count_none);
    }
    let parts: Vec<String> = counts
        .into_iter()
        .map(|(_, mark, n)| mark.kind().counted(n))
        .collect();
    parts.join(", ")
}

/// One line per mark, in the order written: "Highlighted: the area along
/// the left edge", "An arrow points to the bottom left", "Number 1: Get
/// Help". `size` is the picture's own size in pixels, when it is known.
pub fn describe_marks(marks: &[Mark], size: Option<(f32, f32)>) -> Vec<String> {
    marks.iter().map(|mark| mark.kind().words(size)).collect()
}

/// Lays out `marks` over a picture of `image_size` pixels shown at `scale`
/// output units per pixel: [`layout::layout`] for a guide's marks.
pub fn lay_out(
    marks: &[Mark],
    image_size: (f32, f32),
    scale: f32,
    style: &MarkStyle,
    measure: &mut dyn FnMut(&str, f32, f32) -> (f32, f32),
) -> MarkLayout {
    let kinds: Vec<&dyn MarkKind> = marks.iter().map(Mark::kind).collect();
    layout::layout(&kinds, image_size, scale, style, measure)
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
