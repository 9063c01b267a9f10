//! About these guides: what the pack covers, and for each guide the day its
//! text was compared with its sources and which sources they were, so a
//! reader can see where every instruction comes from.

use crate::guide::Pack;
use crate::guide::date::Date;
use crate::guide::validate::is_safe_link;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::{card, command_button};
use crate::ui::widgets::column::centred_column;

/// The about screen of `pack`.
pub fn about_ui(ui: &mut egui::Ui, pack: &Pack, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    centred_column(ui, size::COLUMN, |ui| {
        ui.add(egui::Label::new(text(&pack.manifest.title, TextRole::Title)).wrap());
        let words = text(&pack.manifest.description, TextRole::Body).color(palette.text_weak);
        ui.add(egui::Label::new(words).wrap());
        let note = crate::tr!(about_note);
        ui.add(egui::Label::new(text(note, TextRole::Body)).wrap());
        command_button(ui, UiCommand::Home, false, palette, &mut actions);
        ui.add_space(sp(ui, space::MEDIUM));
        for loaded in &pack.guides {
            let guide = &loaded.guide;
            card(palette).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(text(&guide.title, TextRole::Heading)).wrap());
                let checked = guide.verified.as_deref().and_then(Date::parse).map_or_else(
                    || crate::tr!(about_not_dated),
                    |date| crate::tr!(walk_checked, date = date.shown()),
                );
                ui.label(text(checked, TextRole::Small).color(palette.text_weak));
                for source in &guide.sources {
                    ui.add(egui::Label::new(text(&source.title, TextRole::Body)).wrap());
                    if let Some(url) = source.url.as_deref().filter(|u| is_safe_link(u))
                        && ui.link(text(url, TextRole::Small)).clicked()
                    {
                        actions.push(Action::OpenUrl(url.to_owned()));
                    }
                }
            });
            ui.add_space(sp(ui, space::SNUG));
        }
    });
    actions
}
