//! The pictures of a document, with their marks painted in, as PNG files.
//!
//! Each screenshot is decoded once (with the app's limits,
//! `shots/decode.rs`), however many steps show it, and painted once per
//! step with that step's marks, on every core. A picture that is missing
//! or cannot be read becomes a sentence saying so; the rest of the export
//! goes on.
//!
//! Size: a picture keeps its own pixels (up to [`MAX_SIDE`]) and is shown
//! at most [`DISPLAY_MAX`] CSS pixels. Its marks are painted for the size
//! it is shown at, the way the window paints them at a typical window
//! size (a 1280x720 screenshot fills about 800 points across there), so
//! frames, arrows and labels look the same in the page as in the window,
//! and the extra pixels keep the text sharp on paper.

use image::ImageEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use rayon::prelude::*;

use crate::export::paint::paint_picture;
use crate::export::plan::Document;
use crate::guide::model::Shot;
use crate::guide::source::PackSource;
use crate::marks::shape::MarkColours;
use crate::shots::{DecodedShot, decode_shot};

/// The largest a picture is shown, in CSS pixels (width, height).
pub const DISPLAY_MAX: (f32, f32) = crate::marks::layout::EXPORT_VIEW;

/// The most pixels a picture keeps on its longer side.
pub const MAX_SIDE: u32 = 2048;

/// A picture ready to go into a page.
#[derive(Clone, Debug)]
pub struct Picture {
    /// The PNG file.
    pub png: Vec<u8>,
    /// The size to show it at, in CSS pixels.
    pub display: (u32, u32),
    /// The screenshot's own size in pixels (marks are written in it).
    pub original: (u32, u32),
}

/// A picture, or the sentence that says why it is not there.
pub type PictureResult = Result<Picture, String>;

/// Display units per image pixel for a picture of `size` pixels: as large
/// as fits [`DISPLAY_MAX`], never larger than its own pixels.
pub fn display_scale(size: (u32, u32)) -> f32 {
    let image = (size.0.max(1) as f32, size.1.max(1) as f32);
    crate::marks::layout::scale_to_fit(image, DISPLAY_MAX)
}

/// Paints one shot from a decoded picture and encodes it.
fn paint(decoded: &DecodedShot, shot: &Shot) -> PictureResult {
    let original = (decoded.original_size[0], decoded.original_size[1]);
    let size = (decoded.size[0] as u32, decoded.size[1] as u32);
    let scale = display_scale(original);
    let painted = paint_picture(
        &decoded.rgba,
        size,
        original,
        scale,
        &shot.marks,
        &MarkColours::LIGHT,
        decoded.opaque,
    )
    .ok_or_else(|| crate::tr!(export_picture_not_painted))?;
    let mut png = Vec::new();
    // Fast deflate with the Paeth filter: on the shipped screenshots as
    // small as the adaptive filter, and a third quicker to encode.
    let encoder = PngEncoder::new_with_quality(&mut png, CompressionType::Fast, FilterType::Paeth);
    let written = if painted.opaque {
        // Three bytes a pixel make a smaller file; the image crate converts.
        let rgb = image::RgbaImage::from_raw(size.0, size.1, painted.rgba)
            .map(|rgba| image::DynamicImage::ImageRgba8(rgba).into_rgb8())
            .ok_or_else(|| crate::tr!(export_picture_not_painted))?;
        encoder.write_image(rgb.as_raw(), size.0, size.1, image::ExtendedColorType::Rgb8)
    } else {
        encoder.write_image(
            &painted.rgba,
            size.0,
            size.1,
            image::ExtendedColorType::Rgba8,
        )
    };
    written.map_err(|e| crate::tr!(export_picture_not_encoded, error = e.to_string()))?;
    let display = (
        (original.0 as f32 * scale).round().max(1.0) as u32,
        (original.1 as f32 * scale).round().max(1.0) as u32,
    );
    Ok(Picture {
        png,
        display,
        original,
    })
}

/// Renders one shot of a pack.
pub fn render(source: &PackSource, shot: &Shot) -> PictureResult {
    let decoded = decode_shot(source, &shot.image, MAX_SIDE).map_err(|e| e.to_string())?;
    paint(&decoded, shot)
}

/// The picture of every entry of `doc` that has one (`None` for entries
/// without a shot), in entry order.
///
/// The entries are grouped by screenshot: each group decodes its picture
/// once, paints it for each of its entries and lets it go, and the groups
/// run on every core. So at most one decoded screenshot per core is held
/// at a time, not all of them.
pub fn render_all(doc: &Document) -> Vec<Option<PictureResult>> {
    profiling::function_scope!();
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, entry) in doc.entries.iter().enumerate() {
        let Some(shot) = entry.node.shot() else {
            continue;
        };
        match groups.iter_mut().find(|(image, _)| *image == shot.image) {
            Some((_, members)) => members.push(i),
            None => groups.push((shot.image.as_str(), vec![i])),
        }
    }
    let painted: Vec<(usize, PictureResult)> = groups
        .par_iter()
        .flat_map_iter(|(image, members)| {
            let decoded = decode_shot(&doc.source, image, MAX_SIDE).map_err(|e| e.to_string());
            members
                .iter()
                .map(|&i| {
                    let result = match (&decoded, doc.entries[i].node.shot()) {
                        (Ok(picture), Some(shot)) => paint(picture, shot),
                        (Err(why), _) => Err(why.clone()),
                        (Ok(_), None) => Err(crate::tr!(export_picture_not_read)),
                    };
                    (i, result)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let mut out: Vec<Option<PictureResult>> = vec![None; doc.entries.len()];
    for (i, result) in painted {
        if let Some(slot) = out.get_mut(i) {
            *slot = Some(result);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::Highlight;

    #[test]
    fn pictures_are_shown_at_most_800_by_600_and_never_enlarged() {
        assert_eq!(display_scale((1280, 720)), 0.625);
        assert!((display_scale((780, 1688)) - 600.0 / 1688.0).abs() < 1e-6);
        assert_eq!(display_scale((300, 200)), 1.0);
        assert_eq!(display_scale((0, 0)), 1.0);
    }

    #[test]
    fn a_builtin_screenshot_renders_with_its_marks_and_decodes_again() {
        let shot = Shot {
            image: "shots/tv/side-menu.png".into(),
            alt: String::new(),
            marks: vec![crate::guide::model::Mark::Highlight(Highlight {
                rect: (36.0, 612.0, 320.0, 56.0),
            })],
        };
        let picture = render(&PackSource::Builtin, &shot).expect("renders");
        assert_eq!(picture.original, (1280, 720));
        assert_eq!(picture.display, (800, 450));
        let back = image::load_from_memory(&picture.png).expect("a PNG");
        assert_eq!((back.width(), back.height()), (1280, 720));
    }

    #[test]
    fn a_missing_picture_is_a_sentence() {
        let shot = Shot {
            image: "shots/none.png".into(),
            alt: String::new(),
            marks: Vec::new(),
        };
        let why = render(&PackSource::Builtin, &shot).expect_err("missing");
        assert!(!why.is_empty());
    }
}
