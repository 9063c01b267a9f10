//! Guide text laid out for the window: instructions whose `**words**` (the
//! labels of controls) are set in semibold, in any text role.

use egui::text::LayoutJob;
use egui::{Color32, TextFormat};

use crate::ui::theme::TextRole;

/// Lays out guide text in `role` at the installed text size, `**words**`
/// in semibold, wrapped at `wrap_width`.
pub fn instruction_job(
    style: &egui::Style,
    text: &str,
    role: TextRole,
    color: Color32,
    wrap_width: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let plain = TextFormat::simple(role.font(style), color);
    let strong = TextFormat::simple(role.strong_font(style), color);
    for (emphasised, part) in crate::text::emphasis(text) {
        let format = if emphasised { &strong } else { &plain };
        job.append(part, 0.0, format.clone());
    }
    job
}
