//! What frames every screen: the top bar (Home, Search, theme, text size,
//! Help) and the notice banner under it. The top bar stays on one line at
//! any text size: when the window is too narrow it first drops the pack's
//! name, then the words beside its icons (screen readers still hear them).

use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::icon_button;
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::icons::{self, Glyph};

/// Room kept beside a notice for its Dismiss button, in points at 100 %.
const DISMISS_ROOM: f32 = 110.0;

/// Draws the top bar. `pack_title` names the open pack; `dark` says which
/// theme button to offer; `can` says which buttons would do something now
/// (text already at its largest: Larger text is greyed out, and a screen
/// reader hears it unavailable).
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    pack_title: &str,
    dark: bool,
    palette: &Palette,
    can: impl Fn(UiCommand) -> bool,
) -> Actions {
    let mut actions = Actions::new();
    let margin = egui::Margin::symmetric(sp(ui, space::WIDE) as i8, sp(ui, space::MEDIUM) as i8);
    let frame = egui::Frame::new()
        .fill(palette.surface)
        .inner_margin(margin)
        .stroke(egui::Stroke::new(1.0, palette.border));
    let (theme_glyph, theme_word) = if dark {
        (Glyph::Sun, crate::tr!(chrome_light))
    } else {
        (Glyph::Moon, crate::tr!(chrome_dark))
    };
    let bar = BarWords::new(theme_word);
    let mut chosen_language = None;
    egui::Panel::top("top-bar").frame(frame).show(ui, |ui| {
        // How far off the width estimate below was, as a ratio, when the bar
        // was last drawn on one row (measured, not guessed; text of every
        // size scales alike): the first measure, then only ever more, so
        // the bar settles and never flips.
        let ratio_id = egui::Id::unique("top-bar-ratio");
        let ratio = ui.data(|d| d.get_temp::<f32>(ratio_id));
        let fit = Fit::remembered(ui, pack_title, &bar, ratio.unwrap_or(1.0));
        let mut bar_button =
            |ui: &mut egui::Ui, command: UiCommand, glyph: Option<Glyph>, words: &str| {
                let enabled = can(command);
                let response = match glyph {
                    Some(glyph) => {
                        let shown = if fit.words { words } else { "" };
                        icon_button(ui, glyph, shown, &command.label(), palette)
                    }
                    None => {
                        let button = egui::Button::new(text(words, TextRole::Button))
                            .frame_when_inactive(false);
                        let response = ui.add_enabled(enabled, button);
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, enabled, command.label())
                        });
                        response
                    }
                };
                if response
                    .on_hover_words(|| command.hover_text(ui.ctx()))
                    .clicked()
                {
                    actions.push(Action::Command(command));
                }
            };
        let mut right_end = |ui: &mut egui::Ui, bar_button: &mut BarButton<'_>| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                chosen_language = language_menu_ui(ui, fit.short_language);
                let help = if fit.short_help {
                    "?"
                } else {
                    bar.help.as_str()
                };
                bar_button(ui, UiCommand::Help, None, help);
                bar_button(ui, UiCommand::TextBigger, None, &bar.bigger);
                bar_button(ui, UiCommand::TextSmaller, None, &bar.smaller);
                bar_button(ui, UiCommand::ToggleTheme, Some(theme_glyph), &bar.theme);
                ui.min_rect().left()
            })
            .inner
        };
        ui.horizontal(|ui| {
            if fit.brand {
                ui.label(text("Stepwise", TextRole::Heading).color(palette.accent));
            }
            if fit.pack_title && !pack_title.is_empty() {
                ui.label(text(pack_title, TextRole::Body).color(palette.text_weak));
            }
            ui.add_space(sp(ui, space::MEDIUM));
            bar_button(ui, UiCommand::Home, Some(Glyph::Home), &bar.home);
            bar_button(ui, UiCommand::Search, Some(Glyph::Search), &bar.search);
            if fit.two_rows {
                return;
            }
            let left_end = ui.min_rect().right();
            let right_start = right_end(ui, &mut bar_button);
            let row = ui.max_rect();
            let used =
                (left_end - row.left()) + (row.right() - right_start) + ui.spacing().item_spacing.x;
            let measured = used / fit.needed.max(1.0);
            let settled = ratio.map_or(measured, |r| r.max(measured));
            if ratio != Some(settled) {
                ui.data_mut(|d| d.insert_temp(ratio_id, settled));
                if settled > ratio.unwrap_or(1.0) + 0.001 {
                    // The two ends may have met: the next frame makes room.
                    ui.ctx().request_repaint();
                }
            }
        });
        if fit.two_rows {
            ui.horizontal(|ui| {
                right_end(ui, &mut bar_button);
            });
        }
    });
    actions.extend(chosen_language.map(Action::SetLanguage));
    actions
}

/// Draws one button of the bar: the command, its glyph, its words.
type BarButton<'a> = dyn FnMut(&mut egui::Ui, UiCommand, Option<Glyph>, &str) + 'a;

/// The language menu at the right end of the top bar: the current
/// language's own name; its items are each language in its own name, so a
/// person finds theirs whatever the window speaks now. Screen readers hear
/// "Language: English". Returns the language chosen this frame.
fn language_menu_ui(ui: &mut egui::Ui, short: bool) -> Option<crate::i18n::Lang> {
    use crate::i18n::Lang;
    let current = crate::i18n::current();
    let mut chosen = None;
    let shown = if short {
        current.short()
    } else {
        current.endonym()
    };
    let menu = ui.menu_button(text(shown, TextRole::Button), |ui| {
        // STEPWISE_LANG picks the language at every start, over a choice
        // made here: say so where the choice is made.
        if crate::i18n::forced_by_environment() {
            let forced = crate::i18n::system_language().endonym();
            ui.label(text(
                crate::tr!(language_forced, lang = forced),
                TextRole::Small,
            ));
            ui.separator();
        }
        for lang in Lang::CHOOSABLE {
            let button =
                egui::Button::selectable(lang == current, text(lang.endonym(), TextRole::Button));
            let response = ui.add(button);
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Button,
                    true,
                    lang == current,
                    lang.endonym(),
                )
            });
            if response.clicked() {
                chosen = Some(lang);
                ui.close();
            }
        }
    });
    menu.response.widget_info(|| {
        let label = crate::tr!(language_menu, lang = current.endonym());
        egui::WidgetInfo::labeled(egui::Role::Button, true, label)
    });
    menu.response.on_hover_words(|| crate::tr!(language_tip));
    chosen.filter(|lang| *lang != current)
}

/// The words on the top bar's buttons.
struct BarWords {
    home: String,
    search: String,
    theme: String,
    help: String,
    bigger: String,
    smaller: String,
}

impl BarWords {
    fn new(theme: String) -> BarWords {
        BarWords {
            home: UiCommand::Home.label(),
            search: UiCommand::Search.label(),
            theme,
            help: UiCommand::Help.label(),
            bigger: crate::tr!(chrome_text_bigger),
            smaller: crate::tr!(chrome_text_smaller),
        }
    }
}

/// What of the top bar fits the width.
#[derive(Clone, Copy)]
struct Fit {
    /// Show the app's name (the window's title says it too): it goes
    /// before the words on the buttons do.
    brand: bool,
    /// Show the pack's name.
    pack_title: bool,
    /// Show the words beside the icons.
    words: bool,
    /// Name the language by its code ("ES"), not in full: when even the
    /// icons alone would not leave room.
    short_language: bool,
    /// Help as "?" (its name is still read out): when nothing else gives.
    short_help: bool,
    /// The right-hand buttons on a second row: only when the text is so
    /// large (or the words so long) that nothing else made room.
    two_rows: bool,
    /// The width the estimate gives one row in this fit.
    needed: f32,
}

impl Fit {
    /// The last frame's fit while nothing it was worked out from has
    /// changed (measuring lays out a dozen texts, every frame otherwise).
    fn remembered(ui: &egui::Ui, pack_title: &str, bar: &BarWords, ratio: f32) -> Fit {
        use std::hash::{BuildHasher, Hash, Hasher};
        let mut inputs = foldhash::fast::FixedState::default().build_hasher();
        let style = ui.style();
        for number in [
            ui.available_width(),
            ratio,
            ui.ctx().pixels_per_point(),
            style.spacing.item_spacing.x,
            style.spacing.button_padding.x,
            TextRole::Button.font(style).size,
            TextRole::Heading.font(style).size,
            TextRole::Body.font(style).size,
        ] {
            number.to_bits().hash(&mut inputs);
        }
        let BarWords {
            home,
            search,
            theme,
            help,
            bigger,
            smaller,
        } = bar;
        (pack_title, home, search, theme, help, bigger, smaller).hash(&mut inputs);
        crate::i18n::current().hash(&mut inputs);
        crate::ui::fonts::added(ui.ctx()).hash(&mut inputs);
        let inputs = inputs.finish();
        let id = egui::Id::unique("top-bar-fit");
        if let Some((seen, fit)) = ui.data(|d| d.get_temp::<(u64, Fit)>(id))
            && seen == inputs
        {
            return fit;
        }
        let fit = Fit::for_width(ui, pack_title, bar, ratio);
        ui.data_mut(|d| d.insert_temp(id, (inputs, fit)));
        fit
    }

    fn for_width(ui: &egui::Ui, pack_title: &str, bar: &BarWords, ratio: f32) -> Fit {
        let width = |t: &str, role: TextRole| {
            ui.painter()
                .layout_no_wrap(t.to_owned(), role.font(ui.style()), egui::Color32::WHITE)
                .size()
                .x
        };
        let gap = ui.spacing().item_spacing.x;
        // As `icon_button` sizes itself: padding, icon, and a gap before a word.
        let icon_buttons = 3.0 * (sp(ui, 2.0 * space::ROOMY + size::ICON_BUTTON) + gap);
        let words = [&bar.home, &bar.search, &bar.theme]
            .iter()
            .map(|w| sp(ui, space::SNUG) + width(w, TextRole::Button))
            .sum::<f32>();
        // As egui sizes a button: the text and its padding.
        let button =
            |w: &str| width(w, TextRole::Button) + ui.spacing().button_padding.x * 2.0 + gap;
        let current = crate::i18n::current();
        let text_buttons = [&bar.help, &bar.bigger, &bar.smaller]
            .iter()
            .map(|w| button(w))
            .sum::<f32>();
        let (full, short) = (button(current.endonym()), button(current.short()));
        let brand = width("Stepwise", TextRole::Heading) + gap;
        let title = if pack_title.is_empty() {
            0.0
        } else {
            width(pack_title, TextRole::Body) + gap
        };
        // The space before Home, and a little slack.
        let available = ui.available_width() / ratio.max(0.5);
        let mut fixed =
            sp(ui, space::MEDIUM) + gap + icon_buttons + text_buttons + sp(ui, space::MEDIUM);
        let short_language = fixed + full > available;
        fixed += if short_language { short } else { full };
        let short_help = fixed > available;
        if short_help {
            fixed += button("?") - button(&bar.help);
        }
        let two_rows = fixed > available;
        // The words on the buttons go last: they are what a person reads
        // to find Home; the app's name is in the window's title too.
        let pack_title = fixed + brand + words + title <= available;
        let brand_fits = fixed + brand + words <= available;
        let words_fit = fixed + words <= available;
        let needed = fixed
            + if words_fit { words } else { 0.0 }
            + if brand_fits { brand } else { 0.0 }
            + if pack_title { title } else { 0.0 };
        Fit {
            pack_title,
            brand: brand_fits,
            words: words_fit,
            short_language,
            short_help,
            two_rows,
            needed,
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
            // Beside the words when there is room for both; otherwise the
            // words take the whole width and the button goes under them.
            let width = if ui.available_width() - button_room >= ui.available_width() * 0.6 {
                ui.available_width() - button_room
            } else {
                ui.available_width()
            };
            ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
                ui.add(egui::Label::new(text(notice, TextRole::Body).color(palette.text)).wrap());
            });
            if ui
                .button(text(crate::tr!(chrome_dismiss), TextRole::Button))
                .clicked()
            {
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
                    ui.label(text(crate::tr!(chrome_no_problems), TextRole::Small).color(colour));
                    return;
                }
                let warnings = problems.len() - errors;
                let counted =
                    crate::tr!(chrome_problem_count, errors = errors, warnings = warnings);
                ui.label(text(counted, TextRole::Small).color(colour));
                if let Some(first) = problems.first() {
                    ui.add(egui::Label::new(text(first.to_string(), TextRole::Small)).truncate());
                }
                if ui
                    .button(text(crate::tr!(chrome_show_all), TextRole::Small))
                    .on_hover_words(|| UiCommand::Problems.hover_text(ui.ctx()))
                    .clicked()
                {
                    actions.push(Action::Command(UiCommand::Problems));
                }
            });
        });
    actions
}
