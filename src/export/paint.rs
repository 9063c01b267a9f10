//! The exporters' painter: draws a [`MarkLayout`] into a picture on the CPU
//! with tiny-skia, and the callouts' numbers and labels with ab_glyph in the
//! app's own Inter font. The window's painter
//! (`ui/widgets/annotated_image.rs`) draws the same layout with egui; both
//! draw only the layout's kind-neutral shapes (a new kind of mark changes
//! neither), this one shape by shape as egui does (the same widths,
//! outlines, corners and colours), so an exported picture shows its marks
//! where the window does (`tests/paint_parity.rs` compares the two).
//!
//! Two scales meet here. The layout is made for the size the picture is
//! *shown* at ("display units": CSS pixels in a page, points in the
//! window), so a frame is 3 units wide whatever the picture's resolution.
//! The pixels are painted at whatever resolution the canvas has: an
//! exported page keeps the screenshot's own pixels and shows them smaller,
//! which stays sharp on paper and on HiDPI screens.
//!
//! Long because text is drawn glyph by glyph (ab_glyph outlines into
//! tiny-skia paths) and each shape follows egui's geometry exactly.

use ab_glyph::{Font, OutlineCurve};
use tiny_skia::{
    Color, FillRule, IntSize, LineCap, Paint, PathBuilder, Pixmap, PixmapMut, Stroke, Transform,
};

use crate::guide::model::Mark;
use crate::marks::Point;
use crate::marks::layout::{MarkLayout, MarkStyle};
use crate::marks::shape::{Colour, MarkColours, Premultiplied, Shape};
use crate::marks::text::{TextBlock, TextEngine};

fn paint_of(colour: Premultiplied) -> Paint<'static> {
    let [r, g, b, a] = colour;
    let alpha = f32::from(a) / 255.0;
    let straight = |c: u8| {
        if a == 0 {
            0.0
        } else {
            (f32::from(c) / 255.0 / alpha).min(1.0)
        }
    };
    let mut paint = Paint::default();
    paint.set_color(
        Color::from_rgba(straight(r), straight(g), straight(b), alpha).unwrap_or(Color::BLACK),
    );
    paint.anti_alias = true;
    paint
}

/// Adds the outlines of `block`'s glyphs to `path`, the block's top left
/// at `(x, y)` on the canvas, at `px_per_unit` canvas pixels per unit.
fn outline_into(
    engine: &TextEngine,
    path: &mut PathBuilder,
    block: &TextBlock,
    at: (f32, f32),
    px: f32,
) {
    for (row, line) in block.lines.iter().enumerate() {
        let baseline = block.ascent + row as f32 * block.row_height;
        for &(id, left) in &line.glyphs {
            let Some(outline) = engine.font.outline(id) else {
                continue;
            };
            let f = block.factor;
            let map = |p: ab_glyph::Point| {
                (
                    at.0 + (left + p.x * f) * px,
                    at.1 + (baseline - p.y * f) * px,
                )
            };
            let mut last: Option<(f32, f32)> = None;
            for curve in &outline.curves {
                let start = match curve {
                    OutlineCurve::Line(a, _)
                    | OutlineCurve::Quad(a, _, _)
                    | OutlineCurve::Cubic(a, _, _, _) => map(*a),
                };
                if last != Some(start) {
                    if last.is_some() {
                        path.close();
                    }
                    path.move_to(start.0, start.1);
                }
                let end = match curve {
                    OutlineCurve::Line(_, b) => {
                        let b = map(*b);
                        path.line_to(b.0, b.1);
                        b
                    }
                    OutlineCurve::Quad(_, c, b) => {
                        let (c, b) = (map(*c), map(*b));
                        path.quad_to(c.0, c.1, b.0, b.1);
                        b
                    }
                    OutlineCurve::Cubic(_, c1, c2, b) => {
                        let (c1, c2, b) = (map(*c1), map(*c2), map(*b));
                        path.cubic_to(c1.0, c1.1, c2.0, c2.1, b.0, b.1);
                        b
                    }
                };
                last = Some(end);
            }
            if last.is_some() {
                path.close();
            }
        }
    }
}

/// Where the canvas is, relative to the picture and to the display.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// The picture's own size in pixels (the space marks are written in).
    pub image_size: (f32, f32),
    /// Display units per image pixel: the size the picture is shown at,
    /// which decides how large the marks are.
    pub display_scale: f32,
    /// Canvas pixels per image pixel.
    pub canvas_scale: f32,
}

impl Placement {
    /// Canvas pixels per display unit.
    fn px_per_unit(&self) -> f32 {
        self.canvas_scale / self.display_scale
    }
}

/// Lays out `marks` for `placement`, measuring labels with Inter. `None`
/// only if the embedded font cannot be read (which a test rules out).
pub fn layout_for(marks: &[Mark], placement: &Placement) -> Option<MarkLayout> {
    let engine = TextEngine::inter()?;
    Some(crate::marks::lay_out(
        marks,
        placement.image_size,
        placement.display_scale,
        &MarkStyle::STANDARD,
        &mut |text, size, wrap| engine.measure(text, size, wrap),
    ))
}

/// Paints `marks` over the picture already on `canvas`, as the window
/// does: the shapes of the marks' layout, whatever kinds they come from.
pub fn paint_marks(
    canvas: &mut PixmapMut<'_>,
    marks: &[Mark],
    placement: &Placement,
    colours: &MarkColours,
) {
    let Some(engine) = TextEngine::inter() else {
        return;
    };
    let Some(layout) = layout_for(marks, placement) else {
        return;
    };
    let k = placement.canvas_scale;
    let u = placement.px_per_unit();
    let pt = |p: &Point| (p.x * k, p.y * k);
    let identity = Transform::identity();
    let paint = |colour: Colour| paint_of(colours.of(colour));
    for shape in &layout.shapes {
        match shape {
            Shape::Fill {
                rect,
                corner,
                colour,
            } => {
                let ((x0, y0), (x1, y1)) = (pt(&rect.min), pt(&rect.max));
                if *corner <= 0.0 {
                    if let Some(r) = tiny_skia::Rect::from_ltrb(x0, y0, x1, y1) {
                        canvas.fill_rect(r, &paint(*colour), identity, None);
                    }
                } else if let Some(path) = rounded_rect(x0, y0, x1, y1, corner * u) {
                    canvas.fill_path(&path, &paint(*colour), FillRule::Winding, identity, None);
                }
            }
            // Outside the box, as egui's StrokeKind::Outside: the line's
            // middle half its width out, the corner grown to match.
            Shape::Frame {
                rect,
                corner,
                width,
                colour,
            } => {
                let ((x0, y0), (x1, y1)) = (pt(&rect.min), pt(&rect.max));
                let half = width * u / 2.0;
                let radius = (corner + width / 2.0) * u;
                if let Some(path) = rounded_rect(x0 - half, y0 - half, x1 + half, y1 + half, radius)
                {
                    let stroke = Stroke {
                        width: width * u,
                        ..Stroke::default()
                    };
                    canvas.stroke_path(&path, &paint(*colour), &stroke, identity, None);
                }
            }
            Shape::Line {
                from,
                to,
                width,
                colour,
            } => line(canvas, pt(from), pt(to), width * u, &paint(*colour)),
            Shape::Polygon {
                points,
                edge,
                colour,
            } => {
                let points: Vec<(f32, f32)> = points.iter().map(pt).collect();
                if let Some(path) = polygon(&points) {
                    canvas.fill_path(&path, &paint(*colour), FillRule::Winding, identity, None);
                    if *edge > 0.0 {
                        let stroke = Stroke {
                            width: edge * u,
                            ..Stroke::default()
                        };
                        canvas.stroke_path(&path, &paint(*colour), &stroke, identity, None);
                    }
                }
            }
            Shape::Disc {
                centre,
                radius,
                colour,
            } => circle(canvas, pt(centre), radius * u, &paint(*colour)),
            Shape::Ring {
                centre,
                radius,
                width,
                colour,
            } => {
                let (x, y) = pt(centre);
                let r = radius * k + width * u / 2.0;
                if let Some(path) = PathBuilder::from_circle(x, y, r) {
                    let stroke = Stroke {
                        width: width * u,
                        ..Stroke::default()
                    };
                    canvas.stroke_path(&path, &paint(*colour), &stroke, identity, None);
                }
            }
            Shape::Text {
                text: words,
                at,
                centred,
                size,
                wrap,
                colour,
            } => {
                let block = engine.layout(words, *size, *wrap);
                let (x, y) = pt(at);
                // Centred as egui centres a galley: its whole row, not the ink.
                let at = if *centred {
                    let (w, h) = block.size();
                    (x - w / 2.0 * u, y - h / 2.0 * u)
                } else {
                    (x, y)
                };
                text(canvas, engine, &block, at, u, colours.of(*colour));
            }
        }
    }
}

fn text(
    canvas: &mut PixmapMut<'_>,
    engine: &TextEngine,
    block: &TextBlock,
    at: (f32, f32),
    px: f32,
    colour: Premultiplied,
) {
    let mut path = PathBuilder::new();
    outline_into(engine, &mut path, block, at, px);
    if let Some(path) = path.finish() {
        canvas.fill_path(
            &path,
            &paint_of(colour),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
}

fn line(canvas: &mut PixmapMut<'_>, a: (f32, f32), b: (f32, f32), width: f32, paint: &Paint) {
    let mut path = PathBuilder::new();
    path.move_to(a.0, a.1);
    path.line_to(b.0, b.1);
    if let Some(path) = path.finish() {
        let stroke = Stroke {
            width,
            line_cap: LineCap::Butt,
            ..Stroke::default()
        };
        canvas.stroke_path(&path, paint, &stroke, Transform::identity(), None);
    }
}

fn circle(canvas: &mut PixmapMut<'_>, centre: (f32, f32), r: f32, paint: &Paint) {
    if let Some(path) = PathBuilder::from_circle(centre.0, centre.1, r) {
        canvas.fill_path(&path, paint, FillRule::Winding, Transform::identity(), None);
    }
}

fn polygon(points: &[(f32, f32)]) -> Option<tiny_skia::Path> {
    let (first, rest) = points.split_first()?;
    let mut path = PathBuilder::new();
    path.move_to(first.0, first.1);
    for p in rest {
        path.line_to(p.0, p.1);
    }
    path.close();
    path.finish()
}

/// A rectangle with round corners (cubic quarter circles).
fn rounded_rect(x0: f32, y0: f32, x1: f32, y1: f32, r: f32) -> Option<tiny_skia::Path> {
    let r = r.min((x1 - x0) / 2.0).min((y1 - y0) / 2.0).max(0.0);
    // The control distance of a cubic that follows a quarter circle.
    let c = r * 0.552_284_8;
    let mut p = PathBuilder::new();
    p.move_to(x0 + r, y0);
    p.line_to(x1 - r, y0);
    p.cubic_to(x1 - r + c, y0, x1, y0 + r - c, x1, y0 + r);
    p.line_to(x1, y1 - r);
    p.cubic_to(x1, y1 - r + c, x1 - r + c, y1, x1 - r, y1);
    p.line_to(x0 + r, y1);
    p.cubic_to(x0 + r - c, y1, x0, y1 - r + c, x0, y1 - r);
    p.line_to(x0, y0 + r);
    p.cubic_to(x0, y0 + r - c, x0 + r - c, y0, x0 + r, y0);
    p.close();
    p.finish()
}

/// A picture with its marks painted in: straight (not premultiplied) RGBA.
#[derive(Clone, Debug)]
pub struct PaintedPicture {
    /// RGBA pixels, row by row.
    pub rgba: Vec<u8>,
    /// Width and height in pixels.
    pub size: (u32, u32),
    /// True when every pixel is opaque (the PNG can then be RGB).
    pub opaque: bool,
}

/// Paints `marks` over a decoded picture (`rgba`, straight alpha, `size`
/// pixels; `original_size` is the size marks are written in, larger when
/// the picture was downscaled while decoding), shown at `display_scale`
/// display units per original pixel. `opaque` says the picture has no
/// transparent pixel (a file without an alpha channel), which saves two
/// passes over the pixels.
pub fn paint_picture(
    rgba: &[u8],
    size: (u32, u32),
    original_size: (u32, u32),
    display_scale: f32,
    marks: &[Mark],
    colours: &MarkColours,
    opaque: bool,
) -> Option<PaintedPicture> {
    let int_size = IntSize::from_wh(size.0, size.1)?;
    if rgba.len() != size.0 as usize * size.1 as usize * 4 {
        return None;
    }
    let mut data = rgba.to_vec();
    if !opaque {
        premultiply(&mut data);
    }
    let mut pixmap = Pixmap::from_vec(data, int_size)?;
    let placement = Placement {
        image_size: (original_size.0 as f32, original_size.1 as f32),
        display_scale,
        canvas_scale: size.0 as f32 / original_size.0.max(1) as f32,
    };
    paint_marks(&mut pixmap.as_mut(), marks, &placement, colours);
    let mut out = pixmap.take();
    // Marks are drawn over the picture, so an opaque picture stays opaque.
    let opaque = opaque || out.chunks_exact(4).all(|px| px[3] == 255);
    if !opaque {
        demultiply(&mut out);
    }
    Some(PaintedPicture {
        rgba: out,
        size,
        opaque,
    })
}

fn premultiply(data: &mut [u8]) {
    for px in data.chunks_exact_mut(4) {
        let a = u16::from(px[3]);
        if a < 255 {
            for c in &mut px[..3] {
                *c = ((u16::from(*c) * a + 127) / 255) as u8;
            }
        }
    }
}

fn demultiply(data: &mut [u8]) {
    for px in data.chunks_exact_mut(4) {
        let a = px[3];
        if a < 255 && a > 0 {
            for c in &mut px[..3] {
                *c = ((u16::from(*c) * 255 + u16::from(a) / 2) / u16::from(a)).min(255) as u8;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::Arrow;

    #[test]
    fn the_font_loads_and_measures_like_a_font() {
        let engine = TextEngine::inter().expect("Inter is embedded");
        let (w, h) = engine.measure("Get Help", 14.0, 500.0);
        assert!(w > 40.0 && w < 80.0, "{w}");
        assert!(h > 14.0 && h < 22.0, "{h}");
        // Twice the size, twice the width.
        let (w2, _) = engine.measure("Get Help", 28.0, 500.0);
        assert!((w2 - 2.0 * w).abs() < 0.01);
        // Wrapped: narrower, two rows.
        let (ww, wh) = engine.measure("Press Left all the way to your profile", 14.0, 100.0);
        assert!(ww <= 100.0, "{ww}");
        assert!(wh >= 3.0 * h - 0.01, "{wh}");
        // Nonsense sizes give nonsense-free answers.
        let (z, _) = engine.measure("x", f32::NAN, f32::NAN);
        assert_eq!(z, 0.0);
    }

    #[test]
    fn marks_change_the_pixels_where_they_are_and_nowhere_else() {
        let (w, h) = (200u32, 100u32);
        let white = vec![255u8; (w * h * 4) as usize];
        let marks = [Mark::Arrow(Arrow {
            from: (20.0, 50.0),
            to: (120.0, 50.0),
        })];
        let out = paint_picture(
            &white,
            (w, h),
            (w, h),
            1.0,
            &marks,
            &MarkColours::LIGHT,
            true,
        )
        .expect("paints");
        assert!(out.opaque);
        let at = |x: u32, y: u32| {
            let i = ((y * w + x) * 4) as usize;
            [out.rgba[i], out.rgba[i + 1], out.rgba[i + 2]]
        };
        assert_eq!(at(60, 50), [0xFF, 0xA0, 0x1C], "the shaft is orange");
        assert_eq!(at(60, 10), [255, 255, 255], "far from it, untouched");
        assert_eq!(at(150, 50), [255, 255, 255], "past the head, untouched");
    }

    #[test]
    fn wrong_sizes_are_refused_not_a_panic() {
        let light = &MarkColours::LIGHT;
        assert!(paint_picture(&[0; 10], (2, 2), (2, 2), 1.0, &[], light, false).is_none());
        assert!(paint_picture(&[], (0, 0), (0, 0), 1.0, &[], light, false).is_none());
    }

    #[test]
    fn transparent_pixels_keep_their_colour_through_the_canvas() {
        let half_red = [200, 0, 0, 128, 0, 0, 0, 0];
        let out = paint_picture(
            &half_red,
            (2, 1),
            (2, 1),
            1.0,
            &[],
            &MarkColours::LIGHT,
            false,
        )
        .expect("paints");
        assert!(!out.opaque);
        assert_eq!(out.rgba[3], 128);
        assert!((i32::from(out.rgba[0]) - 200).abs() <= 2, "{:?}", out.rgba);
        assert_eq!(out.rgba[7], 0);
    }
}
