//! The exporters' painter (tiny-skia, `export/paint.rs`) against the
//! window's painter (egui, `ui/widgets/annotated_image.rs`): the same
//! marked step, the same picture, the same size, rendered both ways, must
//! put its marks in the same places.
//!
//! The egui side is rendered with wgpu through egui_kittest, as the
//! snapshot tests are. Both draw the TV guide's "Choose Get Help" step
//! (a highlight with its spotlight, an arrow and a numbered callout with a
//! label) over its 1280x720 screenshot, onto 1280x720 pixels, so the
//! picture itself is not resampled and differs in no pixel. Twice: with
//! the picture shown at 1280x720 points (one pixel a point), and shown at
//! 800x450 points on a 1.6x screen, which is exactly how an export paints
//! it (marks sized for 800 CSS pixels, on the screenshot's own pixels).
//!
//! What "the same" means, and its tolerance:
//!
//! - Positions: every mark-coloured pixel (the orange of frames, arrows
//!   and badges, each channel within 40 of it) in one render has one in
//!   the other within 2 pixels, for at least 99.5 % of them, and both have
//!   the same number of such pixels within 6 %. Anti-aliased edges and the
//!   egui tessellator's feathering move a boundary by about a pixel; a
//!   mark drawn in the wrong place moves hundreds of pixels by its offset.
//! - Everything else (the spotlight's dimming, outlines, the label's pill
//!   and text): at most 0.6 % of all pixels differ by more than 48 in some
//!   channel. The text is where they differ most: egui shapes with
//!   harfrust (kerning, hinting, its glyph atlas); the exporter lays out
//!   Inter's advances with ab_glyph, so a word can end a pixel or two
//!   apart.
//!
//! The test proves it can fail: the same comparison of the egui render
//! against exports with the arrow, the highlight or the callout moved by 8
//! pixels must fail it.

use egui::{Pos2, Rect, vec2};
use egui_kittest::Harness;
use image::RgbaImage;
use stepwise::export::paint::paint_picture;
use stepwise::guide::model::{Mark, Node};
use stepwise::guide::{NodeRef, Pack, PackSource};
use stepwise::marks::shape::MarkColours;
use stepwise::shots::decode_shot;
use stepwise::ui::theme::{self, Palette};
use stepwise::ui::widgets::annotated_image::paint_shot;
use strum::EnumCount;

const MARK: [u8; 3] = [0xFF, 0xA0, 0x1C];

fn marked_step() -> (String, Vec<Mark>) {
    let (pack, _) = Pack::load(PackSource::Builtin);
    let node = pack
        .node(&NodeRef::new("tv-menu", "side-get-help"))
        .expect("the TV guide's Get Help step");
    let Node::Step(step) = node else {
        panic!("not a step")
    };
    let shot = step.shot.clone().expect("a screenshot");
    let size = stepwise::guide::PackSource::Builtin
        .image_size(&shot.image)
        .expect("the picture's size");
    // The step's own marks, and one of every kind there is.
    let mut marks = shot.marks.clone();
    marks.extend(Mark::samples((size.0 as f32, size.1 as f32)));
    (shot.image, marks)
}

/// The window's painter, the picture shown at `1 / ppp` points per image
/// pixel on a screen of `ppp` pixels per point.
fn egui_render(image: &str, marks: &[Mark], ppp: f32) -> RgbaImage {
    let decoded = decode_shot(&PackSource::Builtin, image, 4096).expect("decodes");
    let [w, h] = decoded.size;
    let pixels = vec2(w as f32, h as f32);
    let size = pixels / ppp;
    let colour = egui::ColorImage::from_rgba_unmultiplied([w, h], &decoded.rgba);
    let marks = marks.to_vec();
    let mut texture: Option<egui::TextureHandle> = None;
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(ppp)
        .wgpu()
        .build_ui(move |ui| {
            let texture = texture.get_or_insert_with(|| {
                ui.ctx()
                    .load_texture("shot", colour.clone(), egui::TextureOptions::LINEAR)
            });
            let painter = ui.ctx().layer_painter(egui::LayerId::background());
            let shown = Rect::from_min_size(Pos2::ZERO, size);
            paint_shot(
                &painter,
                texture.id(),
                pixels,
                shown,
                &marks,
                &Palette::LIGHT,
            );
        });
    stepwise::ui::fonts::install(&harness.ctx);
    theme::install(&harness.ctx, 1.0);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.render().expect("renders with wgpu")
}

/// The exporter's painter, marks sized for the picture shown at
/// `display_scale` units per pixel.
fn export_render(image: &str, marks: &[Mark], display_scale: f32) -> RgbaImage {
    let decoded = decode_shot(&PackSource::Builtin, image, 4096).expect("decodes");
    let size = (decoded.size[0] as u32, decoded.size[1] as u32);
    let painted = paint_picture(
        &decoded.rgba,
        size,
        size,
        display_scale,
        marks,
        &MarkColours::LIGHT,
        decoded.opaque,
    )
    .expect("paints");
    RgbaImage::from_raw(size.0, size.1, painted.rgba).expect("sized")
}

fn is_mark(px: &image::Rgba<u8>) -> bool {
    (0..3).all(|c| (i16::from(px[c]) - i16::from(MARK[c])).abs() <= 40)
}

/// How two renders differ.
#[derive(Debug)]
struct Difference {
    /// Mark-coloured pixels in each.
    marks: (usize, usize),
    /// Share of mark pixels (of both) with no counterpart within 2 px.
    unmatched: f64,
    /// Share of all pixels that differ by more than 48 in a channel.
    differing: f64,
}

impl Difference {
    fn within_tolerance(&self) -> bool {
        let (a, b) = (self.marks.0 as f64, self.marks.1 as f64);
        a > 0.0
            && (a - b).abs() / a.max(b) <= 0.06
            && self.unmatched <= 0.005
            && self.differing <= 0.006
    }
}

fn compare(a: &RgbaImage, b: &RgbaImage) -> Difference {
    assert_eq!(a.dimensions(), b.dimensions());
    let (w, h) = a.dimensions();
    let mask = |img: &RgbaImage| -> Vec<bool> { img.pixels().map(is_mark).collect() };
    let (ma, mb) = (mask(a), mask(b));
    let near = |mask: &[bool], x: u32, y: u32| {
        let r = 2i64;
        (-r..=r).any(|dy| {
            (-r..=r).any(|dx| {
                let (nx, ny) = (x as i64 + dx, y as i64 + dy);
                nx >= 0
                    && ny >= 0
                    && nx < w as i64
                    && ny < h as i64
                    && mask[(ny as u32 * w + nx as u32) as usize]
            })
        })
    };
    let mut unmatched = 0usize;
    for y in 0..h {
        for x in 0..w {
            let i = (y * w + x) as usize;
            if ma[i] && !near(&mb, x, y) {
                unmatched += 1;
            }
            if mb[i] && !near(&ma, x, y) {
                unmatched += 1;
            }
        }
    }
    let count = |m: &[bool]| m.iter().filter(|v| **v).count();
    let differing = a
        .pixels()
        .zip(b.pixels())
        .filter(|(p, q)| (0..3).any(|c| (i16::from(p[c]) - i16::from(q[c])).abs() > 48))
        .count();
    let marks = (count(&ma), count(&mb));
    Difference {
        marks,
        unmatched: unmatched as f64 / (marks.0 + marks.1).max(1) as f64,
        differing: differing as f64 / f64::from(w * h),
    }
}

/// The marks with mark `which` moved by `by` pixels across and down.
fn moved(marks: &[Mark], which: usize, by: f32) -> Vec<Mark> {
    let mut marks = marks.to_vec();
    marks[which].kind_mut().translate(by, by, (1280.0, 720.0));
    marks
}

/// Renders both ways at `ppp` and compares, then checks that moved marks
/// fail the comparison.
fn check_at(ppp: f32, name: &str) {
    let (image, marks) = marked_step();
    let window = egui_render(&image, &marks, ppp);
    let export = export_render(&image, &marks, 1.0 / ppp);
    assert_eq!(window.dimensions(), (1280, 720));
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let _ = window.save(out.join(format!("parity-{name}-window.png")));
    let _ = export.save(out.join(format!("parity-{name}-export.png")));
    let same = compare(&window, &export);
    eprintln!("{name}: {same:?}");
    assert!(
        same.within_tolerance(),
        "the two painters disagree: {same:?} (renders in {})",
        out.display()
    );
    // Each kind of mark (the samples at the end), moved: the comparison
    // must notice.
    for which in marks.len() - Mark::COUNT..marks.len() {
        let noun = marks[which].kind().noun();
        let wrong = export_render(&image, &moved(&marks, which, 8.0), 1.0 / ppp);
        let difference = compare(&window, &wrong);
        eprintln!("{name}, {noun} moved: {difference:?}");
        assert!(
            !difference.within_tolerance(),
            "a {noun} moved by 8 pixels still passed: {difference:?}"
        );
    }
}

/// One rendering test at a time: the software renderer shares two cores.
static RENDERING: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn the_export_paints_marks_where_the_window_does() {
    let _turn = RENDERING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    check_at(1.0, "1x");
}

#[test]
fn at_the_size_a_page_shows_them_too() {
    let _turn = RENDERING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    check_at(1.6, "page");
}
