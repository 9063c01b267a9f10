//! The rules for screenshots: a safe path, an image that exists and can be
//! opened within the limits, alt text, and marks inside their picture.

use super::{Place, Validator, key};
use crate::guide::locate::Seg;
use crate::guide::model::{Mark, Shot};
use crate::guide::problem::Rule;
use crate::guide::source::{FileError, ImageError, MAX_IMAGE_SIDE, safe_relative};

impl Validator<'_> {
    pub(super) fn shot(&mut self, place: Place<'_>, shot: &Shot) {
        let image_at = [key("shot"), key("image")];
        if let Err(why) = safe_relative(&shot.image) {
            self.error(
                Rule::UnsafePath,
                place,
                &image_at,
                format!("the image path is unsafe: {why}"),
            );
            return;
        }
        if shot.alt.trim().is_empty() {
            self.warning(
                Rule::EmptyText,
                place,
                &[key("shot")],
                "the screenshot has no `alt` text; screen readers have nothing to say about it"
                    .to_owned(),
            );
        }
        for (i, mark) in shot.marks.iter().enumerate() {
            if let Mark::Callout { text, .. } = mark {
                let at = [key("shot"), key("marks"), Seg::Index(i), key("text")];
                self.non_empty(place, &at, text, "the callout text");
            }
        }
        let pack = self.pack;
        let size = self
            .image_sizes
            .entry(shot.image.clone())
            .or_insert_with(|| pack.source.image_size(&shot.image))
            .clone();
        let (width, height) = match size {
            Ok(size) => size,
            Err(ImageError::File(FileError::Missing)) => {
                let message = format!("the image \"assets/{}\" does not exist", shot.image);
                self.error(Rule::MissingImage, place, &image_at, message);
                return;
            }
            Err(ImageError::File(FileError::TooLarge { size, limit })) => {
                let message = format!(
                    "the image \"assets/{}\" is {size} bytes; the limit is {limit} bytes",
                    shot.image
                );
                self.error(Rule::ImageTooLarge, place, &image_at, message);
                return;
            }
            Err(ImageError::File(FileError::Unsafe(why))) => {
                self.error(
                    Rule::UnsafePath,
                    place,
                    &image_at,
                    format!("the image path is unsafe: {why}"),
                );
                return;
            }
            Err(e) => {
                let message = format!("the image \"assets/{}\" cannot be used: {e}", shot.image);
                self.error(Rule::UnreadableImage, place, &image_at, message);
                return;
            }
        };
        if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
            let message = format!(
                "the image \"assets/{}\" is {width}x{height} pixels; the limit is {MAX_IMAGE_SIDE} on a side",
                shot.image
            );
            self.error(Rule::ImageTooLarge, place, &image_at, message);
        }
        let (w, h) = (width as f32, height as f32);
        for (i, mark) in shot.marks.iter().enumerate() {
            let at = [key("shot"), key("marks"), Seg::Index(i)];
            let outside = mark.points().into_iter().any(|(x, y)| {
                !(x.is_finite()
                    && y.is_finite()
                    && (0.0..=w).contains(&x)
                    && (0.0..=h).contains(&y))
            });
            let empty_box = matches!(mark, Mark::Highlight { rect: (_, _, rw, rh) } if *rw <= 0.0 || *rh <= 0.0);
            if outside {
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    format!(
                        "this {} reaches outside its {width}x{height} image \"{}\"",
                        mark_name(mark),
                        shot.image
                    ),
                );
            } else if empty_box {
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    "this highlight has no area: its width and height must be positive".to_owned(),
                );
            }
        }
    }
}

fn mark_name(mark: &Mark) -> &'static str {
    match mark {
        Mark::Highlight { .. } => "highlight",
        Mark::Arrow { .. } => "arrow",
        Mark::Callout { .. } => "callout",
    }
}
