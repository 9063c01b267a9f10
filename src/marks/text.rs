//! The text of marks (callout labels and badge numbers), laid out in the
//! app's own Inter font with ab_glyph: the exporters paint it, and the
//! checker measures it to see what a label covers. Line breaking follows
//! egui's: at spaces, and inside a word only when the word alone is too
//! wide, so a label wraps the same way in the window, in an export and in
//! `stepwise check`.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId, PxScale, ScaleFont};

/// The font callouts are written in, with line breaking as egui does it:
/// at spaces, and inside a word only when the word alone is too wide.
pub struct TextEngine {
    /// Inter Regular.
    pub font: FontRef<'static>,
    units_per_em: f32,
}

/// One line of laid-out text: glyphs with their left edges, in display units.
pub struct Line {
    /// Each glyph and its left edge.
    pub glyphs: Vec<(GlyphId, f32)>,
    /// The line's width.
    pub width: f32,
}

/// Text broken into lines at a size.
pub struct TextBlock {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// Baseline of the first line below the block's top.
    pub ascent: f32,
    /// Distance between baselines.
    pub row_height: f32,
    /// Font units to display units.
    pub factor: f32,
}

impl TextBlock {
    /// Width and height in display units.
    pub fn size(&self) -> (f32, f32) {
        let width = self.lines.iter().map(|l| l.width).fold(0.0, f32::max);
        (width, self.lines.len() as f32 * self.row_height)
    }
}

impl TextEngine {
    /// Inter Regular, the window's proportional font, loaded once.
    pub fn inter() -> Option<&'static TextEngine> {
        static ENGINE: OnceLock<Option<TextEngine>> = OnceLock::new();
        ENGINE
            .get_or_init(|| {
                let font = FontRef::try_from_slice(crate::font_files::INTER_REGULAR).ok()?;
                let units_per_em = font.units_per_em().unwrap_or(1000.0).max(1.0);
                Some(TextEngine { font, units_per_em })
            })
            .as_ref()
    }

    /// The size `text` takes at `size` display units, wrapped at `wrap`:
    /// what [`mark_layout::layout`] asks every painter.
    pub fn measure(&self, text: &str, size: f32, wrap: f32) -> (f32, f32) {
        self.layout(text, size, wrap).size()
    }

    /// `text` broken into lines at `size` display units, wrapped at `wrap`.
    pub fn layout(&self, text: &str, size: f32, wrap: f32) -> TextBlock {
        // egui's font size is the em size (units per em), not ab_glyph's
        // "height" scale.
        let size = if size.is_finite() { size.max(0.0) } else { 0.0 };
        let factor = size / self.units_per_em;
        let scaled = self.font.as_scaled(PxScale::from(
            size * self.font.height_unscaled() / self.units_per_em,
        ));
        let ascent = scaled.ascent();
        let row_height = scaled.ascent() - scaled.descent() + scaled.line_gap();
        let wrap = if wrap.is_finite() && wrap > 0.0 {
            wrap
        } else {
            f32::INFINITY
        };
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = Line {
                glyphs: Vec::new(),
                width: 0.0,
            };
            for (i, word) in paragraph.split(' ').enumerate() {
                let space = scaled.h_advance(self.font.glyph_id(' '));
                let word_glyphs: Vec<(GlyphId, f32)> = word
                    .chars()
                    .map(|c| {
                        let id = self.font.glyph_id(c);
                        (id, scaled.h_advance(id))
                    })
                    .collect();
                let word_width: f32 = word_glyphs.iter().map(|(_, w)| w).sum();
                let lead = if i == 0 || line.glyphs.is_empty() {
                    0.0
                } else {
                    space
                };
                if !line.glyphs.is_empty() && line.width + lead + word_width > wrap {
                    lines.push(std::mem::replace(
                        &mut line,
                        Line {
                            glyphs: Vec::new(),
                            width: 0.0,
                        },
                    ));
                } else {
                    line.width += lead;
                }
                for (id, advance) in word_glyphs {
                    // A word wider than the whole line breaks where it must.
                    if !line.glyphs.is_empty() && line.width + advance > wrap {
                        lines.push(std::mem::replace(
                            &mut line,
                            Line {
                                glyphs: Vec::new(),
                                width: 0.0,
                            },
                        ));
                    }
                    line.glyphs.push((id, line.width));
                    line.width += advance;
                }
            }
            lines.push(line);
        }
        TextBlock {
            lines,
            ascent,
            row_height,
            factor,
        }
    }
}
