//! Decoding a pack screenshot safely: header first, then a decode under
//! `image::Limits`, then a downscale to what the GPU can hold. Pack images
//! are untrusted: this is the only way they are ever decoded.

use std::io::Cursor;

use crate::guide::PackSource;
use crate::guide::source::{MAX_IMAGE_FILE_BYTES, MAX_IMAGE_SIDE, safe_relative};

/// Most memory a single decode may allocate.
pub const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// A decoded screenshot, ready to become a texture.
#[derive(Clone, Debug)]
pub struct DecodedShot {
    /// RGBA pixels (not premultiplied), row by row, possibly downscaled.
    pub rgba: Vec<u8>,
    /// The size of `rgba` in pixels.
    pub size: [usize; 2],
    /// The image's own size in pixels, before any downscale: marks are
    /// measured in this space.
    pub original_size: [u32; 2],
    /// True when the file has no alpha channel, so every pixel is opaque.
    pub opaque: bool,
}

/// Why a screenshot cannot be shown, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShotError {
    /// The path is unsafe or the file cannot be read.
    #[error("{0}")]
    File(String),
    /// The header declares more pixels than we allow.
    #[error("the picture is {width}x{height} pixels; the limit is {MAX_IMAGE_SIDE} on a side")]
    TooLarge {
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
    },
    /// Not a picture we can read, or it broke a limit while decoding.
    #[error("the picture cannot be read ({0})")]
    Unreadable(String),
}

/// Reads and decodes `assets/<image>` of a pack, downscaled so that neither
/// side exceeds `max_side`. Blocking: call it off the UI thread.
pub fn decode_shot(
    source: &PackSource,
    image: &str,
    max_side: u32,
) -> Result<DecodedShot, ShotError> {
    profiling::function_scope!(image);
    safe_relative(image).map_err(ShotError::File)?;
    let bytes = source
        .read(&format!("assets/{image}"), MAX_IMAGE_FILE_BYTES)
        .map_err(|e| ShotError::File(e.to_string()))?;
    decode_bytes(&bytes, max_side)
}

/// Decodes image bytes with limits; see [`decode_shot`].
pub fn decode_bytes(bytes: &[u8], max_side: u32) -> Result<DecodedShot, ShotError> {
    let unreadable = |e: image::ImageError| ShotError::Unreadable(e.to_string());
    let reader = || image::ImageReader::new(Cursor::new(bytes)).with_guessed_format();
    let (width, height) = reader()
        .map_err(|e| ShotError::Unreadable(e.to_string()))?
        .into_dimensions()
        .map_err(unreadable)?;
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width == 0 || height == 0 {
        return Err(ShotError::TooLarge { width, height });
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = reader().map_err(|e| ShotError::Unreadable(e.to_string()))?;
    reader.limits(limits);
    let mut decoded = reader.decode().map_err(unreadable)?;
    let max_side = max_side.max(1);
    if decoded.width() > max_side || decoded.height() > max_side {
        decoded = decoded.resize(max_side, max_side, image::imageops::FilterType::Triangle);
    }
    let opaque = !decoded.color().has_alpha();
    let rgba = decoded.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(DecodedShot {
        rgba: rgba.into_raw(),
        size,
        original_size: [width, height],
        opaque,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbaImage::new(width, height)
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .expect("encode");
        out
    }

    #[test]
    fn decodes_and_keeps_the_original_size() {
        let shot = decode_bytes(&png(40, 20), 4096).expect("decodes");
        assert_eq!(shot.original_size, [40, 20]);
        assert_eq!(shot.size, [40, 20]);
    }

    #[test]
    fn downscales_to_the_texture_limit_keeping_the_aspect() {
        let shot = decode_bytes(&png(400, 100), 100).expect("decodes");
        assert_eq!(shot.original_size, [400, 100]);
        assert_eq!(shot.size, [100, 25]);
    }

    #[test]
    fn refuses_garbage_and_giant_headers() {
        assert!(matches!(
            decode_bytes(b"not an image", 100),
            Err(ShotError::Unreadable(_))
        ));
        // A valid PNG header that declares 100000 x 100000 pixels, with no pixel data.
        let mut giant = png(1, 1);
        giant[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        giant[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let refused = decode_bytes(&giant, 4096);
        assert!(
            matches!(
                refused,
                Err(ShotError::TooLarge { .. } | ShotError::Unreadable(_))
            ),
            "{refused:?}"
        );
    }
}
