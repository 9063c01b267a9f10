//! What every kind of mark answers ([`MarkKind`]), what it is given to lay
//! itself out ([`Context`]) and hands back ([`Drawn`]), and the little helpers
//! the kinds share: keeping a point inside the picture, snapping it to the
//! picture's edges, naming the values an author wrote.

use crate::marks::geometry::{Point, Rect};
use crate::marks::shape::Shape;
use crate::marks::style::MarkStyle;

/// Within this many pixels of an edge of the picture, a mark the editor
/// draws or moves snaps to it.
pub const SNAP: f32 = 6.0;

/// What every kind of mark answers. Points are in the picture's own
/// pixels; `size` is the picture's size.
pub trait MarkKind {
    /// The kind in a sentence ("highlight").
    fn noun(&self) -> &'static str;

    /// `count` marks of this kind, in the reader's language: "2 arrows".
    fn counted(&self, count: usize) -> String;

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

/// What a kind of mark needs to lay itself out.
pub struct Context<'a> {
    /// The whole picture, in image pixels.
    pub picture: Rect,
    /// Output units per image pixel.
    pub scale: f32,
    /// The sizes of marks on the output.
    pub style: &'a MarkStyle,
    /// `measure(text, font_size, wrap_width)`: the size a text takes, in
    /// output units; each painter measures with its own fonts.
    pub measure: &'a mut dyn FnMut(&str, f32, f32) -> (f32, f32),
}

impl Context<'_> {
    /// Output units in image pixels.
    pub fn px(&self, units: f32) -> f32 {
        units / self.scale
    }
}

/// When a shape is drawn: every mark's frames before any arrow, every
/// arrow before any callout, so labels are never hidden under lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// Boxes and rings around the parts of the picture that matter.
    Frame,
    /// Arrows.
    Pointer,
    /// Badges and labels, on top.
    Label,
}

/// What one mark adds to the layout.
#[derive(Debug, Default)]
pub struct Drawn {
    /// Shapes, each with its layer.
    pub shapes: Vec<(Layer, Shape)>,
    /// Its label's pill, if it has a label.
    pub label: Option<Rect>,
    /// The part of the picture it keeps bright when the rest is dimmed.
    pub spotlight: Option<Rect>,
}
