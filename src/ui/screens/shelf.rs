//! The home screen's shelf: what a `.stepwise` file that was just opened
//! is (who signed it, whether that author was seen before, "Add to my
//! guides"), the list of the reader's guides, and search results from
//! the packs not on show.

use std::path::Path;

use egui::Stroke;

use crate::bundle::Seal;
use crate::bundle::seal::short_id;
use crate::bundle::trust::Trust;
use crate::guide::loaded::Opened;
use crate::tr;
use crate::ui::command::{Action, Actions};
use crate::ui::shelf::{Origin, Shelf, ShelfHit, ShelfPack};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::{card, primary_button, secondary_button};
use crate::ui::widgets::hover::HoverWords;

/// What the shelf parts of the home screen read.
pub struct ShelfView<'a> {
    /// The shelf.
    pub shelf: &'a Shelf,
    /// Where the pack on show comes from.
    pub showing: Origin,
    /// The file opened (or refused), if any.
    pub opened: Option<&'a Opened>,
    /// The reader has a library to add to.
    pub can_add: bool,
    /// The added guide waiting for "Remove".
    pub confirm_remove: Option<&'a Path>,
    /// Colours.
    pub palette: Palette,
}

impl ShelfView<'_> {
    /// The card about the file just opened: refused and why, or who signed
    /// it and how that compares with before.
    pub fn opened_card(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(opened) = self.opened else {
            return;
        };
        let palette = &self.palette;
        let file = opened
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let loud = match &opened.outcome {
            Err(_) => true,
            Ok((_, trust)) => matches!(trust, Trust::DifferentKey { .. }),
        };
        let frame = if loud {
            card(palette)
                .fill(palette.warning_fill())
                .stroke(Stroke::new(1.5, palette.warning))
        } else {
            card(palette).stroke(Stroke::new(1.5, palette.accent))
        };
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            let wrap = |ui: &mut egui::Ui, words: String, role: TextRole, weak: bool| {
                let colour = if weak {
                    palette.text_weak
                } else {
                    palette.text
                };
                ui.add(egui::Label::new(text(words, role).color(colour)).wrap());
            };
            match &opened.outcome {
                Err(why) => {
                    wrap(
                        ui,
                        tr!(opened_refused_title, file = file.as_str()),
                        TextRole::Heading,
                        false,
                    );
                    wrap(ui, sentence(why), TextRole::Body, false);
                    wrap(ui, tr!(opened_refused_builtin_below), TextRole::Body, true);
                }
                Ok((seal, trust)) => {
                    // A library copy's file name is Stepwise's own, not one the
                    // reader ever saw.
                    let from = if opened.in_library {
                        tr!(opened_from_library)
                    } else {
                        tr!(opened_from_file, file = file.as_str())
                    };
                    wrap(ui, from, TextRole::Small, true);
                    wrap(ui, seal_words(seal), TextRole::Heading, false);
                    if let Some(words) = trust_words(trust) {
                        wrap(ui, words, TextRole::Body, false);
                    }
                    if let Some(error) = &opened.trust_error {
                        wrap(ui, sentence(error), TextRole::Small, true);
                    }
                    ui.add_space(sp(ui, space::SMALL));
                    if opened.in_library {
                        wrap(ui, tr!(opened_in_library), TextRole::Body, true);
                    } else if self.can_add
                        && primary_button(ui, &tr!(opened_add), palette)
                            .on_hover_words(|| tr!(opened_add_tip))
                            .clicked()
                    {
                        actions.push(Action::AddToLibrary);
                    }
                }
            }
        });
        ui.add_space(sp(ui, space::MEDIUM));
    }

    /// "Your guides": every pack on the shelf, to switch to or remove.
    /// Shown once there is more than the built-in pack.
    pub fn guides_list(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let packs = self.shelf.packs();
        let only_builtin = packs.iter().all(|p| p.origin == Origin::Builtin);
        if only_builtin && self.showing == Origin::Builtin {
            return;
        }
        ui.add_space(sp(ui, space::MEDIUM));
        ui.label(text(tr!(shelf_heading), TextRole::Heading));
        ui.add_space(sp(ui, space::SMALL));
        for pack in packs {
            self.pack_row(ui, pack, actions);
            ui.add_space(sp(ui, space::SNUG));
        }
    }

    fn pack_row(&self, ui: &mut egui::Ui, pack: &ShelfPack, actions: &mut Actions) {
        let palette = &self.palette;
        let showing = pack.origin == self.showing;
        let frame = if showing {
            card(palette).stroke(Stroke::new(1.5, palette.accent))
        } else {
            card(palette)
        };
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(text(&pack.title, TextRole::Heading)).wrap());
            let about = match pack.checked {
                Some(date) => tr!(
                    shelf_byline_checked,
                    byline = pack.byline.as_str(),
                    date = date.shown()
                ),
                None => pack.byline.clone(),
            };
            ui.add(egui::Label::new(text(about, TextRole::Small).color(palette.text_weak)).wrap());
            if let Some(warning) = &pack.warning {
                ui.add(
                    egui::Label::new(
                        text(sentence(warning), TextRole::Body).color(palette.warning),
                    )
                    .wrap(),
                );
            }
            let path = match &pack.origin {
                Origin::File(path) => Some(path.as_path()),
                Origin::Builtin | Origin::Folder(_) => None,
            };
            if let Some(path) = path.filter(|p| Some(*p) == self.confirm_remove) {
                ui.add(
                    egui::Label::new(text(
                        tr!(shelf_remove_ask, title = pack.title.as_str()),
                        TextRole::Body,
                    ))
                    .wrap(),
                );
                ui.horizontal_wrapped(|ui| {
                    if primary_button(ui, &tr!(shelf_remove_yes), palette).clicked() {
                        actions.push(Action::RemoveFromLibrary(path.to_owned()));
                    }
                    if secondary_button(ui, &tr!(shelf_remove_keep)).clicked() {
                        actions.push(Action::KeepPack);
                    }
                });
                return;
            }
            ui.horizontal_wrapped(|ui| {
                // As tall as the buttons, so a plain word beside one is centred.
                ui.set_row_height(sp(ui, size::BUTTON_HEIGHT));
                if showing {
                    ui.label(text(tr!(shelf_showing), TextRole::Body).color(palette.accent));
                } else if pack.content.is_some()
                    && secondary_button(ui, &tr!(shelf_open, title = pack.title.as_str())).clicked()
                {
                    actions.push(Action::ShowPack(pack.origin.clone()));
                }
                if pack.removable
                    && let Some(path) = path
                    && secondary_button(ui, &tr!(shelf_remove))
                        .on_hover_words(|| tr!(shelf_remove_tip))
                        .clicked()
                {
                    actions.push(Action::AskRemove(path.to_owned()));
                }
            });
        });
    }

    /// The title of the shelf pack a result from elsewhere is in.
    pub fn from_title(&self, hit: &ShelfHit) -> Option<&str> {
        hit.from
            .and_then(|i| self.shelf.packs().get(i))
            .map(|p| p.title.as_str())
    }

    /// The pack a result from elsewhere is in.
    pub fn from_pack(&self, hit: &ShelfHit) -> Option<&ShelfPack> {
        hit.from.and_then(|i| self.shelf.packs().get(i))
    }
}

/// "Signed by Ana Lopez · key 3F1A 9C02", or plainly not signed.
pub fn seal_words(seal: &Seal) -> String {
    match seal {
        Seal::Signed(signer) => tr!(
            opened_signed,
            name = signer.name.as_str(),
            key = signer.short_id()
        ),
        Seal::Unsigned => tr!(opened_unsigned),
    }
}

/// What the reader should know about the key, compared with before.
pub fn trust_words(trust: &Trust) -> Option<String> {
    match trust {
        Trust::Unsigned => None,
        Trust::FirstSeen => Some(tr!(opened_trust_first)),
        Trust::Known => Some(tr!(opened_trust_known)),
        Trust::DifferentKey { before } => Some(tr!(
            opened_trust_different,
            name = before.name.as_str(),
            key = short_id(&before.key_id)
        )),
    }
}

/// `why` with a capital first letter and a full stop.
fn sentence(why: &str) -> String {
    let mut chars = why.trim().chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}
