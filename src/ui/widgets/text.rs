//! Guide text laid out for the window: instructions whose `**words**` (the
//! labels of controls) are set in semibold.

use egui::text::LayoutJob;
use egui::{Color32, FontId, TextFormat};

use crate::ui::fonts;

/// Lays out instruction text where `**words**` are set in semibold.
pub fn instruction_job(text: &str, size: f32, color: Color32, wrap_width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let plain = TextFormat::simple(FontId::proportional(size), color);
    let strong = TextFormat::simple(FontId::new(size, fonts::semibold()), color);
    for (emphasised, part) in crate::text::emphasis(text) {
        let format = if emphasised { &strong } else { &plain };
        job.append(part, 0.0, format.clone());
    }
    job
}
