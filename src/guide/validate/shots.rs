//! The rules for screenshots: a safe path, an image that exists and can be
//! opened within the limits, alt text, and marks inside their picture.

use super::{Place, Validator, key};
use crate::guide::locate::Seg;
use crate::guide::model::{Mark, Shot};
use crate::guide::problem::Rule;
use crate::guide::source::{FileError, ImageError, MAX_IMAGE_SIDE, safe_relative};
use crate::marks::layout::{self, MarkStyle};
use crate::marks::text::TextEngine;
use crate::marks::{Axis, MarkKind};

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
            if let Some(label) = mark.kind().label() {
                let at = [key("shot"), key("marks"), Seg::Index(i), key("text")];
                let what = format!("the {} text", mark.kind().noun());
                self.non_empty(place, &at, label, &what);
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
                let message = format!(
                    "the image \"assets/{}\" does not exist{}",
                    shot.image,
                    self.missing_image_hint(&shot.image)
                );
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
        let mut misplaced = false;
        for (i, mark) in shot.marks.iter().enumerate() {
            let at = [key("shot"), key("marks"), Seg::Index(i)];
            let kind = mark.kind();
            let outside = outside_edges(kind, width, height);
            misplaced |= !outside.is_empty();
            if !outside.is_empty() {
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    format!(
                        "this {} reaches outside its {width}x{height} picture \"{}\": {}",
                        kind.noun(),
                        shot.image,
                        outside.join("; ")
                    ),
                );
            } else if let Some(fault) = kind.fault() {
                misplaced = true;
                self.error(Rule::MarkOutsideImage, place, &at, fault);
            }
        }
        // Where the marks are wrong, what covers what is not worth telling yet.
        if !misplaced {
            self.labels_over_highlights(place, shot, (width, height));
        }
    }

    /// A callout's label laid over a highlighted box hides the very thing
    /// the box points at. Checked on the shared mark layout (the window and
    /// the exports draw the same one) at each of the sizes a picture is
    /// commonly shown at, with labels measured in the app's font.
    fn labels_over_highlights(&mut self, place: Place<'_>, shot: &Shot, size: (u32, u32)) {
        let has = |f: fn(&Mark) -> bool| shot.marks.iter().any(f);
        if !has(|m| m.kind().region().is_some()) || !has(|m| m.kind().label().is_some()) {
            return;
        }
        let Some(engine) = TextEngine::inter() else {
            return;
        };
        let image = (size.0 as f32, size.1 as f32);
        let mut reported = Vec::new();
        for view in layout::CHECKED_VIEWS {
            let scale = layout::scale_to_fit(image, view);
            let laid = crate::marks::lay_out(
                &shot.marks,
                image,
                scale,
                &MarkStyle::STANDARD,
                &mut |text, font, wrap| engine.measure(text, font, wrap),
            );
            // A sliver (a couple of points) hides nothing.
            let slack = 2.0 / scale;
            for &(mark_index, pill) in &laid.labels {
                for &(region_index, region) in &laid.regions {
                    let over = pill.overlap(&region);
                    if over.0 <= slack || over.1 <= slack || reported.contains(&mark_index) {
                        continue;
                    }
                    reported.push(mark_index);
                    let mark = shot.marks[mark_index].kind();
                    let (what, noun) = (mark.name(), mark.noun());
                    let marked = shot.marks[region_index].kind().name();
                    self.warning(
                        Rule::LabelCoversHighlight,
                        place,
                        &[key("shot"), key("marks"), Seg::Index(mark_index)],
                        format!(
                            "the label of {what} covers the {marked} marks[{region_index}] when the picture is shown at {:.0} x {:.0} (as in {}): move the {noun}'s `at` so its label sits beside it, not on it",
                            image.0 * scale,
                            image.1 * scale,
                            if view == layout::EXPORT_VIEW { "an exported page" } else { "the window" }
                        ),
                    );
                }
            }
        }
    }
}

/// What of a mark lies outside a `width` x `height` picture, one phrase per
/// edge crossed, saying which value and by how much (empty when it fits).
fn outside_edges(mark: &dyn MarkKind, width: u32, height: u32) -> Vec<String> {
    let (w, h) = (width as f32, height as f32);
    let mut found = Vec::new();
    for value in mark.values() {
        let (limit, along_x) = match value.axis {
            Axis::X => (w, true),
            Axis::Y => (h, false),
        };
        // A far edge is only worth a word when its near one is inside.
        if value
            .from
            .is_some_and(|near| !(near.is_finite() && (0.0..=limit).contains(&near)))
        {
            continue;
        }
        let (name, v) = (&value.name, value.value);
        if !v.is_finite() {
            found.push(format!("{name} = {v} is not a number of pixels"));
        } else if v < 0.0 {
            let edge = if along_x {
                "left of the left edge"
            } else {
                "above the top edge"
            };
            found.push(format!("{name} = {v} is {edge}"));
        } else if v > limit {
            let (size, edge) = if along_x {
                (format!("{width} wide"), "past the right edge")
            } else {
                (format!("{height} high"), "below the bottom edge")
            };
            found.push(format!(
                "{name} = {v}, picture {size} ({} {edge})",
                v - limit
            ));
        }
    }
    found
}

impl Validator<'_> {
    /// What the author probably meant by an image path that names no file:
    /// a path written from the pack folder (`assets/tv/home.png`), or a
    /// file whose name differs only in capitals or by a letter or two.
    fn missing_image_hint(&mut self, image: &str) -> String {
        let pack = self.pack;
        let files = self
            .asset_files
            .get_or_insert_with(|| pack.source.asset_files());
        let wanted = image.trim_start_matches("./");
        let inside = wanted.strip_prefix("assets/");
        let wanted = inside.unwrap_or(wanted);
        let lower = wanted.to_lowercase();
        let exact = files.iter().find(|f| f.as_str() == wanted);
        let capitals = files.iter().find(|f| f.to_lowercase() == lower);
        let close = || {
            files
                .iter()
                .filter(|f| !f.rsplit('/').next().unwrap_or(f).starts_with('.'))
                .map(|f| (strsim::levenshtein(&f.to_lowercase(), &lower), f))
                .filter(|(distance, _)| *distance <= 2)
                .min()
                .map(|(_, f)| f)
        };
        match (inside, exact.or(capitals).or_else(close)) {
            (Some(_), Some(found)) => {
                format!(": the path is already inside assets/, so write \"{found}\"")
            }
            (Some(_), None) => format!(
                ": the path is already inside assets/, so write \"{wanted}\" (and put the file there)"
            ),
            (None, Some(found)) if found.to_lowercase() == lower => {
                format!("; did you mean \"assets/{found}\"? Capital letters matter")
            }
            (None, Some(found)) => format!("; did you mean \"assets/{found}\"?"),
            (None, None) => String::new(),
        }
    }
}
