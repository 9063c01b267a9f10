//! The fonts: Inter (OFL, shipped in assets-src/fonts) for all text, with
//! egui's own fonts kept as fallbacks for symbols and emoji.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::font_files::{INTER_REGULAR, INTER_SEMIBOLD};

/// The family for headings, titles and emphasis.
pub fn semibold() -> FontFamily {
    FontFamily::Name("semibold".into())
}

/// Installs the fonts into a context.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "inter".to_owned(),
        Arc::new(FontData::from_static(INTER_REGULAR)),
    );
    fonts.font_data.insert(
        "inter-semibold".to_owned(),
        Arc::new(FontData::from_static(INTER_SEMIBOLD)),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "inter".to_owned());
    }
    let mut bold = vec!["inter-semibold".to_owned()];
    bold.extend(fallbacks);
    fonts.families.insert(semibold(), bold);
    ctx.set_fonts(fonts);
}
