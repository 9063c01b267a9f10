//! The fonts: Inter (OFL, shipped in assets-src/fonts) for all text, with
//! egui's own fonts kept as fallbacks for symbols and emoji. Inter draws
//! Latin, Greek and Cyrillic; for letters it lacks (Chinese, Japanese,
//! Korean, Thai, Devanagari...), [`cover`] asks fontconfig for a system
//! font that has them and adds it as a fallback, so a guide in those
//! scripts shows its words rather than boxes.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::font_files::{INTER_REGULAR, INTER_SEMIBOLD};

/// The family for headings, titles and emphasis.
pub fn semibold() -> FontFamily {
    FontFamily::Name("semibold".into())
}

/// Installs the fonts into a context.
pub fn install(ctx: &egui::Context) {
    install_with(ctx, &[]);
}

/// System fonts added for scripts Inter lacks, by file, kept in the
/// context's memory so installing again keeps them.
#[derive(Clone, Default)]
struct Added(
    Arc<Vec<(String, Arc<FontData>)>>,
    Arc<std::collections::BTreeSet<char>>,
);

/// Makes sure every letter of `texts` can be drawn: a letter neither Inter
/// nor egui's fallbacks have is looked up once in the system's fonts
/// (fontconfig's `fc-match`); a font found is added behind Inter. Letters
/// no font has are remembered and not asked about again. Returns whether
/// fonts were added.
pub fn cover<'t>(ctx: &egui::Context, texts: impl IntoIterator<Item = &'t str>) -> bool {
    let mut added: Added = ctx.data(|d| d.get_temp(egui::Id::NULL)).unwrap_or_default();
    let unique: std::collections::BTreeSet<char> = texts
        .into_iter()
        .flat_map(str::chars)
        .filter(|c| !c.is_ascii() && !c.is_whitespace() && !c.is_control())
        .collect();
    let missing: Vec<char> = unique
        .into_iter()
        .filter(|c| !added.1.contains(c) && !drawable(*c))
        .collect();
    if missing.is_empty() {
        return false;
    }
    let mut fonts = (*added.0).clone();
    let mut tried = (*added.1).clone();
    let mut changed = false;
    // A script no system font has would otherwise ask once per letter.
    let mut asks_left = 8;
    for c in &missing {
        tried.insert(*c);
        if fonts.iter().any(|(_, data)| has_glyph(data, *c)) || asks_left == 0 {
            continue;
        }
        asks_left -= 1;
        if let Some((name, data)) = system_font_for(*c)
            && !fonts.iter().any(|(n, _)| *n == name)
        {
            fonts.push((name, Arc::new(data)));
            changed = true;
        }
    }
    added = Added(Arc::new(fonts), Arc::new(tried));
    ctx.data_mut(|d| d.insert_temp(egui::Id::NULL, added.clone()));
    if changed {
        install_with(ctx, &added.0);
    }
    changed
}

/// How many system fonts [`cover`] has added to `ctx` (texts measure
/// differently after each).
pub fn added(ctx: &egui::Context) -> usize {
    ctx.data(|d| d.get_temp::<Added>(egui::Id::NULL))
        .map_or(0, |added| added.0.len())
}

/// Whether Inter or egui's own fallback fonts draw `c`.
fn drawable(c: char) -> bool {
    static BUILT_IN: std::sync::OnceLock<Vec<Arc<FontData>>> = std::sync::OnceLock::new();
    if c.is_ascii() {
        return true;
    }
    let fonts = BUILT_IN.get_or_init(|| {
        let mut fonts = vec![Arc::new(FontData::from_static(INTER_REGULAR))];
        fonts.extend(FontDefinitions::default().font_data.into_values());
        fonts
    });
    fonts.iter().any(|f| has_glyph(f, c))
}

fn has_glyph(data: &FontData, c: char) -> bool {
    use ab_glyph::Font as _;
    ab_glyph::FontRef::try_from_slice_and_index((*data.font).as_ref(), data.index)
        .is_ok_and(|f| f.glyph_id(c).0 != 0)
}

/// The largest font file we read from the system (CJK fonts are 10-30 MB).
const MAX_SYSTEM_FONT_BYTES: u64 = 64 << 20;

/// A system font with `c`, as fontconfig picks it: `(file, data)`.
fn system_font_for(c: char) -> Option<(String, FontData)> {
    let output = std::process::Command::new("fc-match")
        .args([
            "-f",
            "%{file}\n%{index}\n",
            &format!(":charset={:x}", u32::from(c)),
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let mut lines = text.lines();
    let file = lines.next()?.trim().to_owned();
    let index: u32 = lines
        .next()
        .and_then(|i| i.trim().parse().ok())
        .unwrap_or(0);
    let size = std::fs::metadata(&file).ok()?.len();
    if file.is_empty() || size > MAX_SYSTEM_FONT_BYTES {
        return None;
    }
    let bytes = std::fs::read(&file).ok()?;
    let mut data = FontData::from_owned(bytes);
    data.index = index;
    // fontconfig falls back to *some* font when none has the letter.
    has_glyph(&data, c).then(|| (format!("{file}#{index}"), data))
}

fn install_with(ctx: &egui::Context, extra: &[(String, Arc<FontData>)]) {
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
    for (i, (name, data)) in extra.iter().enumerate() {
        fonts.font_data.insert(name.clone(), Arc::clone(data));
        if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
            list.insert(1 + i, name.clone());
        }
    }
    let mut bold = vec!["inter-semibold".to_owned()];
    bold.extend(extra.iter().map(|(name, _)| name.clone()));
    bold.extend(fallbacks);
    fonts.families.insert(semibold(), bold);
    ctx.set_fonts(fonts);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inter_and_egui_draw_latin_greek_and_cyrillic_but_not_cjk() {
        for c in "Abmelden Cerrar sesión Ελληνικά Русский ßñü"
            .chars()
            .filter(|c| !c.is_whitespace())
        {
            assert!(drawable(c), "{c}");
        }
        for c in "日本語 한국어".chars().filter(|c| !c.is_whitespace()) {
            assert!(!drawable(c), "{c} is not in the shipped fonts");
        }
    }

    /// Where the system has a font for Japanese (fontconfig finds one on
    /// most desktops; Debian's fonts-droid-fallback, say), a Japanese text
    /// gets it; the second time nothing is asked again.
    #[test]
    fn a_script_inter_lacks_gets_a_system_font() {
        if system_font_for('日').is_none() {
            eprintln!("skipped: no system font with Japanese (or no fc-match) here");
            return;
        }
        let ctx = egui::Context::default();
        install(&ctx);
        assert!(cover(&ctx, ["日本語のガイド"]));
        assert!(!cover(&ctx, ["日本語"]), "already covered");
    }

    #[test]
    fn latin_text_never_asks_the_system() {
        let ctx = egui::Context::default();
        install(&ctx);
        assert!(!cover(
            &ctx,
            ["Cerrar sesión en la tele", "Abmelden auf dem Fernseher"]
        ));
    }
}
