//! The sizes of marks on the output (frames, arrows, badges, labels), the
//! same for every painter, and the sizes a picture is shown at.

/// The sizes of marks on the output, in output units (points in the
/// window, pixels in an exported picture). The same for every painter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkStyle {
    /// Width of a highlight's frame.
    pub frame_width: f32,
    /// Gap between the highlighted box and its frame.
    pub frame_gap: f32,
    /// Corner radius of a frame.
    pub frame_corner: f32,
    /// Extra width of the dark outline under frames and arrows, which
    /// keeps them readable on light and dark screens alike.
    pub outline: f32,
    /// Width of an arrow's shaft.
    pub arrow_width: f32,
    /// Length of an arrow's head (shorter on short arrows).
    pub head_length: f32,
    /// Half the width of an arrow's head.
    pub head_half_width: f32,
    /// Radius of a callout's number badge.
    pub badge_radius: f32,
    /// Font size of the number on the badge.
    pub badge_font: f32,
    /// Font size of a callout's label.
    pub label_font: f32,
    /// Padding inside a label's pill, across and down.
    pub label_pad: (f32, f32),
    /// Corner radius of a label's pill.
    pub label_corner: f32,
}

impl MarkStyle {
    /// The look of marks in Stepwise's window and exports.
    pub const STANDARD: MarkStyle = MarkStyle {
        frame_width: 3.0,
        frame_gap: 3.0,
        frame_corner: 6.0,
        outline: 3.0,
        arrow_width: 4.0,
        head_length: 18.0,
        head_half_width: 10.0,
        badge_radius: 13.0,
        badge_font: 15.0,
        label_font: 14.0,
        label_pad: (8.0, 4.0),
        label_corner: 6.0,
    };

    /// This style with its text (labels, numbers and the badges that hold
    /// them) grown by the reader's text size; lines and frames stay as they are.
    pub fn with_text_scale(self, scale: f32) -> MarkStyle {
        let scale = if scale.is_finite() {
            scale.clamp(0.5, 3.0)
        } else {
            1.0
        };
        MarkStyle {
            badge_radius: self.badge_radius * scale,
            badge_font: self.badge_font * scale,
            label_font: self.label_font * scale,
            label_pad: (self.label_pad.0 * scale, self.label_pad.1 * scale),
            ..self
        }
    }
}

/// The boxes (in points or CSS pixels) a picture is fitted into to be
/// shown: an exported page's ([`EXPORT_VIEW`]) and the window's step
/// screen in its default size ([`WINDOW_VIEW`]). `stepwise check` lays a
/// picture's marks out at both to see whether a label covers a highlight:
/// labels keep their size on the output, so they cover more of a picture
/// that is shown smaller.
pub const CHECKED_VIEWS: [(f32, f32); 2] = [EXPORT_VIEW, WINDOW_VIEW];

/// The largest size an exported page shows a picture at, in CSS pixels.
pub const EXPORT_VIEW: (f32, f32) = (800.0, 600.0);

/// About the room the window's step screen gives a picture in the default
/// 1180 x 780 window, in points (the checklist beside it, the instruction
/// and buttons below).
pub const WINDOW_VIEW: (f32, f32) = (860.0, 520.0);

/// Output units per image pixel for a picture fitted into `view`, never
/// more than 1: a picture is not blown up past its own size.
pub fn scale_to_fit(image: (f32, f32), view: (f32, f32)) -> f32 {
    let scale = (view.0 / image.0).min(view.1 / image.1).min(1.0);
    if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    }
}
