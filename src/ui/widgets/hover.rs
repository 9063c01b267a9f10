//! Tooltips whose words are made only when someone needs them.

use egui::Response;

/// `on_hover_text` with the words made lazily: only when the pointer rests
/// on the widget, or when a screen reader is listening (the words then
/// also become the widget's description, as egui's own tooltip does).
/// Most frames need neither, so most frames format no string.
pub trait HoverWords {
    fn on_hover_words(self, words: impl FnOnce() -> String) -> Self;
}

impl HoverWords for Response {
    fn on_hover_words(self, words: impl FnOnce() -> String) -> Response {
        if self.ctx.has_accesskit_node(self.id) {
            return self.on_hover_text(words());
        }
        self.on_hover_ui(|ui| {
            // As egui's on_hover_text: the tooltip keeps its usual width.
            ui.set_max_width(ui.spacing().tooltip_width);
            ui.label(words());
        })
    }
}

#[cfg(test)]
mod tests {
    use super::HoverWords;
    use std::cell::Cell;

    /// Runs frames of one button with lazy hover words, the pointer resting
    /// at `pointer` (if any), and says how often the words were made.
    fn words_made(pointer: Option<egui::Pos2>) -> usize {
        let ctx = egui::Context::default();
        let made = Cell::new(0);
        for frame in 0..6 {
            let mut input = egui::RawInput {
                time: Some(f64::from(frame)),
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(400.0, 300.0),
                )),
                ..Default::default()
            };
            // The pointer comes to rest, then stays (a tooltip waits for that).
            if let Some(at) = pointer.filter(|_| frame == 0) {
                input.events.push(egui::Event::PointerMoved(at));
            }
            let mut output = ctx.run_ui(input, |ui| {
                ui.button("Press").on_hover_words(|| {
                    made.set(made.get() + 1);
                    "What it does".to_owned()
                });
            });
            // No painter here: the font textures are let go of.
            output.textures_delta.clear();
        }
        made.get()
    }

    #[test]
    fn the_words_are_made_only_when_the_pointer_rests_on_the_widget() {
        assert_eq!(words_made(None), 0);
        assert_eq!(words_made(Some(egui::pos2(350.0, 250.0))), 0);
        assert!(words_made(Some(egui::pos2(20.0, 10.0))) > 0);
    }
}
