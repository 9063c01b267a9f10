//! A scrolling column in the middle of the window, no wider than a
//! comfortable line length, kept clear of the floating scroll bar.

/// Shows `add_contents` in a vertical scroll area, in a column at most
/// `max_width` points wide, centred in the space left.
pub fn centred_column(ui: &mut egui::Ui, max_width: f32, add_contents: impl FnOnce(&mut egui::Ui)) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Floating scroll bars are drawn over the content: keep the
            // column clear of the bar when it fills the window.
            let scroll = &ui.spacing().scroll;
            let gutter = scroll.bar_width + scroll.bar_outer_margin;
            let width = (ui.available_width() - 2.0 * gutter).clamp(0.0, max_width);
            let side = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(side);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    add_contents(ui);
                });
            });
        });
}
