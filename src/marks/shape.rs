//! What the mark layout hands every painter: shapes that know nothing of
//! mark kinds (a filled box, a frame, a line, a polygon, a disc, a ring, a
//! piece of text), each in one of the few mark colours. The window's egui
//! painter and the exporter's CPU painter draw exactly these, so a new kind
//! of mark needs no painter of its own.
//!
//! Positions are image pixels; widths, radii, corners and font sizes are
//! output units (points in the window, CSS pixels in an export), so a mark
//! looks the same size in a thumbnail, a zoom and a printed page.

use crate::marks::geometry::{Point, Rect};

/// The colours marks are drawn in: named by role, given by [`MarkColours`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    /// Frames, arrows, rings and badges.
    Mark,
    /// The dark edge under every mark, so it reads on light and dark screens.
    Outline,
    /// The veil over the picture outside the highlighted boxes.
    Dim,
    /// A label's pill.
    LabelFill,
    /// A label's text.
    LabelText,
    /// The number on a badge.
    BadgeText,
}

/// A colour as painters take it: premultiplied RGBA.
pub type Premultiplied = [u8; 4];

/// The one definition of the mark colours. Marks are orange with a dark
/// outline in both themes; only the veil is a little darker on the dark
/// theme. Exports are always light.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkColours {
    /// [`Colour::Mark`].
    pub mark: Premultiplied,
    /// [`Colour::Outline`].
    pub outline: Premultiplied,
    /// [`Colour::Dim`].
    pub dim: Premultiplied,
    /// [`Colour::LabelFill`].
    pub label_fill: Premultiplied,
    /// [`Colour::LabelText`].
    pub label_text: Premultiplied,
    /// [`Colour::BadgeText`].
    pub badge_text: Premultiplied,
}

impl MarkColours {
    /// On a light window, and in every export.
    pub const LIGHT: MarkColours = MarkColours {
        mark: [0xFF, 0xA0, 0x1C, 255],
        outline: [0, 0, 0, 170],
        dim: [0, 0, 0, 110],
        label_fill: [0x12, 0x16, 0x1D, 235],
        label_text: [255, 255, 255, 255],
        badge_text: [0, 0, 0, 255],
    };

    /// On a dark window: a little more veil.
    pub const DARK: MarkColours = MarkColours {
        dim: [0, 0, 0, 120],
        ..MarkColours::LIGHT
    };

    /// The colour for a role.
    pub fn of(&self, colour: Colour) -> Premultiplied {
        match colour {
            Colour::Mark => self.mark,
            Colour::Outline => self.outline,
            Colour::Dim => self.dim,
            Colour::LabelFill => self.label_fill,
            Colour::LabelText => self.label_text,
            Colour::BadgeText => self.badge_text,
        }
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled rectangle; `corner` rounds it.
    Fill {
        /// Where, in image pixels.
        rect: Rect,
        /// Corner radius, output units.
        corner: f32,
        /// Its colour.
        colour: Colour,
    },
    /// A rectangle's outline, `width` wide, lying just outside `rect`.
    Frame {
        /// The box it goes around, in image pixels.
        rect: Rect,
        /// Corner radius of the box, output units.
        corner: f32,
        /// Line width, output units.
        width: f32,
        /// Its colour.
        colour: Colour,
    },
    /// A straight line with square ends.
    Line {
        /// One end, image pixels.
        from: Point,
        /// The other end.
        to: Point,
        /// Width, output units.
        width: f32,
        /// Its colour.
        colour: Colour,
    },
    /// A filled convex polygon, with an edge `edge` wide in the same colour
    /// (0 for none).
    Polygon {
        /// Its corners, image pixels.
        points: Vec<Point>,
        /// Width of its edge, output units.
        edge: f32,
        /// Its colour.
        colour: Colour,
    },
    /// A filled circle whose size is set on the output.
    Disc {
        /// Its centre, image pixels.
        centre: Point,
        /// Radius, output units.
        radius: f32,
        /// Its colour.
        colour: Colour,
    },
    /// A circle's outline around a part of the picture: `width` wide,
    /// lying just outside `radius`.
    Ring {
        /// Its centre, image pixels.
        centre: Point,
        /// Radius, image pixels.
        radius: f32,
        /// Line width, output units.
        width: f32,
        /// Its colour.
        colour: Colour,
    },
    /// Text in the app's font, broken into lines at `wrap`.
    Text {
        /// The words.
        text: String,
        /// Its top left corner, or its centre when `centred`.
        at: Point,
        /// True when `at` is the middle of the text.
        centred: bool,
        /// Font size, output units.
        size: f32,
        /// Where lines break, output units.
        wrap: f32,
        /// Its colour.
        colour: Colour,
    },
}
