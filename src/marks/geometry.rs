//! Points and rectangles in a picture's own pixels, the space marks are
//! written in. Painters map them to the screen or the canvas themselves.

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

impl From<(f32, f32)> for Point {
    fn from((x, y): (f32, f32)) -> Point {
        point(x, y)
    }
}

impl Point {
    /// How far `other` is.
    pub fn distance(self, other: Point) -> f32 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
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

    /// The square around a circle.
    pub fn around(centre: Point, radius: f32) -> Rect {
        Rect {
            min: point(centre.x - radius, centre.y - radius),
            max: point(centre.x + radius, centre.y + radius),
        }
    }

    /// The smallest rectangle holding both points.
    pub fn spanning(a: Point, b: Point) -> Rect {
        Rect {
            min: point(a.x.min(b.x), a.y.min(b.y)),
            max: point(a.x.max(b.x), a.y.max(b.y)),
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

    /// True when `p` is inside or on the edge.
    pub fn contains(&self, p: Point) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }

    /// How far `self` and `other` overlap across and down (zero or less
    /// when they do not).
    pub fn overlap(&self, other: &Rect) -> (f32, f32) {
        (
            self.max.x.min(other.max.x) - self.min.x.max(other.min.x),
            self.max.y.min(other.max.y) - self.min.y.max(other.min.y),
        )
    }
}

/// How far `p` is from the segment between `a` and `b`.
pub fn segment_distance(a: Point, b: Point, p: Point) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    if len2 <= f32::EPSILON {
        return a.distance(p);
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0);
    point(a.x + t * dx, a.y + t * dy).distance(p)
}
