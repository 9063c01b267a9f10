//! The rules for screenshots: a safe path, an image that exists and can be
//! opened within the limits, alt text, and marks inside their picture.

use super::{Place, Validator, key};
use crate::guide::locate::Seg;
use crate::guide::model::{Mark, Shot};
use crate::guide::problem::Rule;
use crate::guide::source::{FileError, ImageError, MAX_IMAGE_SIDE, safe_relative};
use crate::mark_layout::{self, MarkStyle, Rect, point};
use crate::mark_text::TextEngine;

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
            let outside = outside_edges(mark, width, height);
            misplaced |= !outside.is_empty();
            let empty_box = matches!(mark, Mark::Highlight { rect: (_, _, rw, rh) } if *rw <= 0.0 || *rh <= 0.0);
            if !outside.is_empty() {
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    format!(
                        "this {} reaches outside its {width}x{height} picture \"{}\": {}",
                        mark_name(mark),
                        shot.image,
                        outside.join("; ")
                    ),
                );
            } else if empty_box {
                misplaced = true;
                self.error(
                    Rule::MarkOutsideImage,
                    place,
                    &at,
                    "this highlight has no area: its width and height must be positive".to_owned(),
                );
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
        let boxes: Vec<(usize, Rect)> = shot
            .marks
            .iter()
            .enumerate()
            .filter_map(|(i, mark)| match mark {
                Mark::Highlight { rect: (x, y, w, h) } => {
                    Some((i, Rect::from_min_size(point(*x, *y), *w, *h)))
                }
                _ => None,
            })
            .collect();
        let callouts: Vec<usize> = (shot.marks.iter().enumerate())
            .filter(|(_, mark)| matches!(mark, Mark::Callout { .. }))
            .map(|(i, _)| i)
            .collect();
        if boxes.is_empty() || callouts.is_empty() {
            return;
        }
        let Some(engine) = TextEngine::inter() else {
            return;
        };
        let image = (size.0 as f32, size.1 as f32);
        let mut reported = Vec::new();
        for view in mark_layout::CHECKED_VIEWS {
            let scale = mark_layout::scale_to_fit(image, view);
            let layout = mark_layout::layout(
                &shot.marks,
                image,
                scale,
                &MarkStyle::STANDARD,
                &mut |text, font, wrap| engine.measure(text, font, wrap),
            );
            // The layout keeps the callouts in the order written.
            for (&mark_index, callout) in callouts.iter().zip(&layout.callouts) {
                let Some(label) = &callout.label else {
                    continue;
                };
                // A sliver (a couple of points) hides nothing.
                let slack = 2.0 / scale;
                for &(box_index, highlight) in &boxes {
                    let over = label.pill.overlap(&highlight);
                    if over.0 <= slack || over.1 <= slack || reported.contains(&mark_index) {
                        continue;
                    }
                    reported.push(mark_index);
                    let Mark::Callout { n, text, .. } = &shot.marks[mark_index] else {
                        continue;
                    };
                    self.warning(
                        Rule::LabelCoversHighlight,
                        place,
                        &[key("shot"), key("marks"), Seg::Index(mark_index)],
                        format!(
                            "the label of callout {n} (\"{text}\") covers the highlighted box marks[{box_index}] when the picture is shown at {:.0} x {:.0} (as in {}): move the callout's `at` so its label sits beside the box, not on it",
                            image.0 * scale,
                            image.1 * scale,
                            if view == mark_layout::EXPORT_VIEW { "an exported page" } else { "the window" }
                        ),
                    );
                }
            }
        }
    }
}

/// What of a mark lies outside a `width` x `height` picture, one phrase per
/// edge crossed, saying which value and by how much (empty when it fits).
fn outside_edges(mark: &Mark, width: u32, height: u32) -> Vec<String> {
    let (w, h) = (width as f32, height as f32);
    let mut found = Vec::new();
    // `name` is how the author wrote the value (`x`, `to` x, `x + w`).
    let mut check = |name: String, value: f32, limit: f32, along_x: bool| {
        if !value.is_finite() {
            found.push(format!("{name} = {value} is not a number of pixels"));
        } else if value < 0.0 {
            let edge = if along_x {
                "left of the left edge"
            } else {
                "above the top edge"
            };
            found.push(format!("{name} = {value} is {edge}"));
        } else if value > limit {
            let (size, edge) = if along_x {
                (format!("{width} wide"), "past the right edge")
            } else {
                (format!("{height} high"), "below the bottom edge")
            };
            found.push(format!(
                "{name} = {value}, picture {size} ({} {edge})",
                value - limit
            ));
        }
    };
    match mark {
        Mark::Highlight {
            rect: (x, y, rw, rh),
        } => {
            check("x".to_owned(), *x, w, true);
            check("y".to_owned(), *y, h, false);
            // The far corner, unless the near one is already outside.
            if x.is_finite() && (0.0..=w).contains(x) {
                check("x + w".to_owned(), x + rw, w, true);
            }
            if y.is_finite() && (0.0..=h).contains(y) {
                check("y + h".to_owned(), y + rh, h, false);
            }
        }
        Mark::Arrow { from, to } => {
            for (name, (x, y)) in [("from", from), ("to", to)] {
                check(format!("`{name}` x"), *x, w, true);
                check(format!("`{name}` y"), *y, h, false);
            }
        }
        Mark::Callout { at: (x, y), .. } => {
            check("x".to_owned(), *x, w, true);
            check("y".to_owned(), *y, h, false);
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

fn mark_name(mark: &Mark) -> &'static str {
    match mark {
        Mark::Highlight { .. } => "highlight",
        Mark::Arrow { .. } => "arrow",
        Mark::Callout { .. } => "callout",
    }
}
