//! What frames every screen: the top bar (Home, Search, theme, text size,
//! Help) and the notice banner under it. The top bar stays on one line at
//! any text size: when the window is too narrow it first drops the pack's
//! name, then the words beside its icons (screen readers still hear them).

use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::icon_button;
use crate::ui::widgets::icons::{self, Glyph};

/// Room kept beside a notice for its Dismiss button, in points at 100 %.
const DISMISS_ROOM: f32 = 110.0;

/// Draws the top bar. `pack_title` names the open pack; `dark` says which
/// theme button to offer.
pub fn top_bar_ui(ui: &mut egui::Ui, pack_title: &str, dark: bool, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    let margin = egui::Margin::symmetric(sp(ui, space::WIDE) as i8, sp(ui, space::MEDIUM) as i8);
    let frame = egui::Frame::new()
        .fill(palette.surface)
        .inner_margin(margin)
        .stroke(egui::Stroke::new(1.0, palette.border));
    let (theme_glyph, theme_word) = if dark {
        (Glyph::Sun, "Light")
    } else {
        (Glyph::Moon, "Dark")
    };
    egui::Panel::top("top-bar").frame(frame).show(ui, |ui| {
        let fit = Fit::for_width(ui, pack_title, theme_word);
        ui.horizontal(|ui| {
            if fit.brand {
                ui.label(text("Stepwise", TextRole::Heading).color(palette.accent));
            }
            if fit.pack_title && !pack_title.is_empty() {
                ui.label(text(pack_title, TextRole::Body).color(palette.text_weak));
            }
            ui.add_space(sp(ui, space::MEDIUM));
            let mut bar_button =
                |ui: &mut egui::Ui, command: UiCommand, glyph: Option<Glyph>, words: &str| {
                    let response = match glyph {
                        Some(glyph) => {
                            let shown = if fit.words { words } else { "" };
                            icon_button(ui, glyph, shown, command.label(), palette)
                        }
                        None => {
                            let button = egui::Button::new(text(words, TextRole::Button))
                                .frame_when_inactive(false);
                            let response = ui.add(button);
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, command.label())
                            });
                            response
                        }
                    };
                    if response
                        .on_hover_text(command.hover_text(ui.ctx()))
                        .clicked()
                    {
                        actions.push(Action::Command(command));
                    }
                };
            bar_button(ui, UiCommand::Home, Some(Glyph::Home), "Home");
            bar_button(ui, UiCommand::Search, Some(Glyph::Search), "Search");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                bar_button(ui, UiCommand::Help, None, "Help");
                bar_button(ui, UiCommand::TextBigger, None, "A+");
                bar_button(ui, UiCommand::TextSmaller, None, "A−");
                bar_button(ui, UiCommand::ToggleTheme, Some(theme_glyph), theme_word);
            });
        });
    });
    actions
}

/// What of the top bar fits the width.
struct Fit {
    /// Show the app's name (the window's title says it too): it goes
    /// before the words on the buttons do.
    brand: bool,
    /// Show the pack's name.
    pack_title: bool,
    /// Show the words beside the icons.
    words: bool,
}

impl Fit {
    fn for_width(ui: &egui::Ui, pack_title: &str, theme_word: &str) -> Fit {
        let width = |t: &str, role: TextRole| {
            ui.painter()
                .layout_no_wrap(t.to_owned(), role.font(ui.style()), egui::Color32::WHITE)
                .size()
                .x
        };
        let gap = ui.spacing().item_spacing.x;
        // As `icon_button` sizes itself: padding, icon, and a gap before a word.
        let icon_buttons = 3.0 * (sp(ui, 2.0 * space::ROOMY + size::ICON_BUTTON) + gap);
        let words = ["Home", "Search", theme_word]
            .iter()
            .map(|w| sp(ui, space::SNUG) + width(w, TextRole::Button))
            .sum::<f32>();
        // As egui sizes a button: the text and its padding.
        let text_buttons = ["Help", "A+", "A−"]
            .iter()
            .map(|w| width(w, TextRole::Button) + ui.spacing().button_padding.x * 2.0 + gap)
            .sum::<f32>();
        let brand = width("Stepwise", TextRole::Heading) + gap;
        let title = if pack_title.is_empty() {
            0.0
        } else {
            width(pack_title, TextRole::Body) + gap
        };
        // The space before Home, and a little slack.
        let fixed =
            sp(ui, space::MEDIUM) + gap + icon_buttons + text_buttons + sp(ui, space::MEDIUM);
        let available = ui.available_width();
        // The words on the buttons go last: they are what a person reads
        // to find Home; the app's name is in the window's title too.
        Fit {
            pack_title: fixed + brand + words + title <= available,
            brand: fixed + brand + words <= available,
            words: fixed + words <= available,
        }
    }
}

/// Draws the notice banner, if there is a notice.
pub fn notice_ui(ui: &mut egui::Ui, notice: Option<&str>, palette: &Palette) -> Actions {
    let mut actions = Actions::new();
    let Some(notice) = notice else {
        return actions;
    };
    let margin = egui::Margin::symmetric(sp(ui, space::WIDE) as i8, sp(ui, space::MEDIUM) as i8);
    let frame = egui::Frame::new()
        .fill(palette.notice_fill())
        .inner_margin(margin);
    egui::Panel::top("notice").frame(frame).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            icons::icon(ui, Glyph::Info, sp(ui, size::ICON_BUTTON), palette.accent);
            let button_room = sp(ui, DISMISS_ROOM);
            let width = (ui.available_width() - button_room).max(ui.available_width() * 0.5);
            ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
                ui.add(egui::Label::new(text(notice, TextRole::Body).color(palette.text)).wrap());
            });
            if ui.button(text("Dismiss", TextRole::Button)).clicked() {
                actions.push(Action::DismissNotice);
            }
        });
    });
    actions
}

/// Authoring: the pack's problems, always in view at the bottom of the
/// window, as they stand after the last save: how many, the first with its
/// file, line and column, and a way to the whole list. A pack without
/// problems says so, so the author knows the check ran.
pub fn problems_strip_ui(
    ui: &mut egui::Ui,
    problems: &[crate::guide::Problem],
    palette: &Palette,
) -> Actions {
    let mut actions = Actions::new();
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let (fill, colour) = if errors > 0 {
        (palette.tint(palette.error), palette.error_text)
    } else if problems.is_empty() {
        (palette.surface, palette.success_text)
    } else {
        (palette.warning_fill(), palette.warning_text)
    };
    let margin = egui::Margin::symmetric(sp(ui, space::WIDE) as i8, sp(ui, space::SNUG) as i8);
    let frame = egui::Frame::new()
        .fill(fill)
        .inner_margin(margin)
        .stroke(egui::Stroke::new(1.0, palette.border));
    egui::Panel::bottom("problems-strip")
        .frame(frame)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                if problems.is_empty() {
                    icons::icon(ui, Glyph::Check, sp(ui, space::WIDE), colour);
                    ui.label(text("No problems in this pack.", TextRole::Small).color(colour));
                    return;
                }
                let warnings = problems.len() - errors;
                let counted = format!(
                    "{} and {}:",
                    crate::text::plural(errors, "error"),
                    crate::text::plural(warnings, "warning")
                );
                ui.label(text(counted, TextRole::Small).color(colour));
                if let Some(first) = problems.first() {
                    ui.add(egui::Label::new(text(first.to_string(), TextRole::Small)).truncate());
                }
                if ui
                    .button(text("Show all", TextRole::Small))
                    .on_hover_text(UiCommand::Problems.hover_text(ui.ctx()))
                    .clicked()
                {
                    actions.push(Action::Command(UiCommand::Problems));
                }
            });
        });
    actions
}
