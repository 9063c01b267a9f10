//! The help overlay: every keyboard shortcut, generated from the command
//! enum. It fits the window at any text size and scrolls when it must.

use crate::i18n::ids;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::command_button;

/// Room above and below the list: the title, its words and Close.
const TITLE_AND_CLOSE: f32 = 170.0;
/// The shortest the list of keys gets.
const MIN_LIST: f32 = 120.0;

/// Keys that are not commands of their own, with what they do: the
/// message ids of both.
const MOVING: [(&str, &str); 7] = [
    (ids::help_tab_keys, ids::help_tab),
    (ids::help_arrow_keys, ids::help_arrow),
    (ids::help_press_keys, ids::help_press),
    (ids::help_fit_keys, ids::help_fit),
    (ids::help_map_arrow_keys, ids::help_map_arrow),
    (ids::help_map_go_keys, ids::help_map_go),
    (ids::help_map_list_keys, ids::help_map_list),
];

/// The keyboard help, as a modal over the window.
pub fn help_ui(ctx: &egui::Context, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        let margin = sp(ui, space::VAST);
        ui.set_width((screen.width() - 2.0 * margin).clamp(200.0, sp(ui, size::HELP)));
        ui.add(egui::Label::new(text(crate::tr!(help_title), TextRole::Title)).wrap());
        ui.add(
            egui::Label::new(
                text(crate::tr!(help_no_mouse), TextRole::Body).color(palette.text_weak),
            )
            .wrap(),
        );
        ui.add_space(sp(ui, space::MEDIUM));
        // Room for the title above and the Close button below.
        let list_height =
            (screen.height() - 2.0 * margin - sp(ui, TITLE_AND_CLOSE)).max(sp(ui, MIN_LIST));
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for command in UiCommand::each().filter(|c| c.info().listed) {
                    row(ui, &command.shortcut_text(ui.ctx()), &command.tooltip());
                }
                for (keys, what) in MOVING {
                    row(
                        ui,
                        &crate::i18n::text(keys, &[]),
                        &crate::i18n::text(what, &[]),
                    );
                }
            });
        ui.add_space(sp(ui, space::LARGE));
        command_button(ui, UiCommand::Close, true, palette, &mut actions);
    });
    if modal.should_close() {
        actions.push(Action::Command(UiCommand::Close));
    }
    actions
}

/// One line of the list: the keys in a column of their own, then what
/// they do, wrapped.
fn row(ui: &mut egui::Ui, keys: &str, what: &str) {
    ui.horizontal_top(|ui| {
        let key_width = sp(ui, size::HELP_KEYS).min(ui.available_width() * 0.4);
        ui.allocate_ui(egui::vec2(key_width, 0.0), |ui| {
            ui.set_width(key_width);
            let font = TextRole::Body.strong_font(ui.style());
            ui.add(egui::Label::new(egui::RichText::new(keys).font(font)).wrap());
        });
        ui.add(egui::Label::new(text(what, TextRole::Body)).wrap());
    });
}
