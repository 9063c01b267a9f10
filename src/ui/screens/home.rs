//! The home screen: "What do you need help with?", the search box, the
//! "Continue where you left off" card and the pack's scenarios as tiles.
//! Tiles and results are cards that grow with the text; arrow keys move
//! between them (egui moves focus to the nearest card in that direction)
//! and Enter opens the focused one.

use egui::{Pos2, Rect, Sense, Stroke, StrokeKind, vec2};

use crate::guide::Pack;
use crate::guide::model::Scenario;
use crate::guide::search::{Hit, SearchIndex};
use crate::text::plain;
use crate::tr;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::saved::SavedState;
use crate::ui::screens::shelf::ShelfView;
use crate::ui::shelf::{Origin, Shelf, ShelfHit};
use crate::ui::theme::{Palette, TextRole, radius, size, sp, space, text};
use crate::ui::widgets::cards::{
    card, card_visuals, command_button, paint_icon_badge_at, primary_button,
};
use crate::ui::widgets::column::centred_column;
use crate::ui::widgets::hover::HoverWords;
use crate::ui::widgets::icons::{self, Glyph};

/// The width of the "Continue" button on the resume card.
const RESUME_BUTTON: f32 = 140.0;

/// What the search box suggests when the pack does not say, in the
/// reader's language.
pub fn default_search_hint() -> String {
    tr!(home_search_hint_default)
}

/// Everything the home screen reads.
pub struct HomeView<'a> {
    /// The pack is still loading: show no tiles yet.
    pub loading: bool,
    /// It has been loading long enough to say so.
    pub show_loading: bool,
    /// The loaded pack.
    pub pack: &'a Pack,
    /// Its search index.
    pub index: &'a SearchIndex,
    /// Saved state: the walk in progress and finished guides.
    pub saved: &'a SavedState,
    /// Guide ids whose files have errors.
    pub broken_guides: &'a std::collections::HashSet<String>,
    /// How many errors the pack has.
    pub error_count: usize,
    /// Colours.
    pub palette: Palette,
    /// The opened file, the reader's other guides.
    pub shelf: ShelfView<'a>,
}

/// The results of the last search. The box's text changes far less often
/// than frames are painted, so each query is searched once, not per frame.
#[derive(Debug, Default)]
pub struct SearchCache {
    query: String,
    hits: Vec<Hit>,
    /// The query and the number of shelf packs the results elsewhere are for.
    elsewhere_for: (String, usize),
    elsewhere: Vec<ShelfHit>,
}

/// How many results the home screen lists.
const RESULTS: usize = 8;

impl SearchCache {
    /// The best results for `query`, searched again only when it changed.
    pub fn hits(&mut self, index: &SearchIndex, query: &str) -> &[Hit] {
        if self.query != query {
            self.hits = index.search(query, RESULTS);
            query.clone_into(&mut self.query);
        }
        &self.hits
    }

    /// The best results for `query` in the shelf's packs other than the
    /// one on show, searched again when the query or the shelf changed.
    pub fn elsewhere(&mut self, shelf: &Shelf, showing: &Origin, query: &str) -> &[ShelfHit] {
        let key = (query.to_owned(), shelf.packs().len());
        if self.elsewhere_for != key {
            self.elsewhere = if query.trim().is_empty() {
                Vec::new()
            } else {
                shelf.search(query, showing, RESULTS)
            };
            self.elsewhere_for = key;
        }
        &self.elsewhere
    }
}

/// The id of the search box, so Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("home-search")
}

impl HomeView<'_> {
    /// Draws the home screen; `query` is the search box's text.
    pub fn ui(
        &self,
        ui: &mut egui::Ui,
        query: &mut String,
        search: &mut SearchCache,
        focus_search: &mut bool,
    ) -> Actions {
        let mut actions = Actions::new();
        centred_column(ui, size::COLUMN, |ui| {
            self.column_ui(ui, query, search, focus_search, &mut actions);
        });
        actions
    }

    fn column_ui(
        &self,
        ui: &mut egui::Ui,
        query: &mut String,
        search: &mut SearchCache,
        focus_search: &mut bool,
        actions: &mut Actions,
    ) {
        ui.add_space(sp(ui, space::MEDIUM));
        ui.add(egui::Label::new(text(tr!(home_title), TextRole::Display)).wrap());
        if !self.pack.manifest.description.is_empty() {
            ui.add(
                egui::Label::new(
                    text(&self.pack.manifest.description, TextRole::Body)
                        .color(self.palette.text_weak),
                )
                .wrap(),
            );
        }
        ui.add_space(sp(ui, space::SNUG));
        self.shelf.opened_card(ui, actions);
        self.search_box(ui, query, search, focus_search, actions);
        ui.add_space(sp(ui, space::SNUG));
        if self.loading {
            if self.show_loading {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(text(tr!(home_loading), TextRole::Body).color(self.palette.text_weak));
                });
            }
            return;
        }
        if self.error_count > 0 {
            self.problems_banner(ui, actions);
        }
        if query.trim().is_empty() {
            self.continue_card(ui, actions);
            self.tiles(ui, actions);
            self.shelf.guides_list(ui, actions);
            ui.add_space(sp(ui, space::MEDIUM));
            command_button(ui, UiCommand::About, false, &self.palette, actions);
        } else {
            let here = search.hits(self.index, query).to_vec();
            let elsewhere = search.elsewhere(self.shelf.shelf, &self.shelf.showing, query);
            self.results(ui, &here, elsewhere, actions);
        }
        ui.add_space(sp(ui, space::WIDE));
    }

    fn search_box(
        &self,
        ui: &mut egui::Ui,
        query: &mut String,
        search: &mut SearchCache,
        focus: &mut bool,
        actions: &mut Actions,
    ) {
        let hint = match self.pack.manifest.search_hint.trim() {
            "" => default_search_hint(),
            hint => hint.to_owned(),
        };
        let edit = egui::TextEdit::singleline(query)
            .id(search_id())
            .hint_text(hint.as_str())
            .desired_width(f32::INFINITY)
            .margin(vec2(sp(ui, space::LARGE), sp(ui, space::ROOMY)))
            .font(TextRole::Instruction.style())
            // Up and Down leave the box for the results and tiles.
            .event_filter(egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: false,
                ..Default::default()
            });
        let response = ui.add(edit).on_hover_words(|| tr!(home_search_tip));
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SearchInput, true, tr!(home_search_name))
        });
        // Screen readers read the hint too.
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_placeholder(hint.as_str()));
        if *focus {
            response.request_focus();
            *focus = false;
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered {
            if let Some(first) = search.hits(self.index, query).first() {
                actions.push(Action::OpenHit {
                    scenario: first.scenario.clone(),
                    target: first.starts_at.clone(),
                });
            } else if let Some(first) = search
                .elsewhere(self.shelf.shelf, &self.shelf.showing, query)
                .first()
                && let Some(pack) = self.shelf.from_pack(first)
            {
                actions.push(Action::OpenHitIn {
                    origin: pack.origin.clone(),
                    scenario: first.hit.scenario.clone(),
                    target: first.hit.starts_at.clone(),
                });
            }
        }
    }

    fn problems_banner(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let frame = card(&self.palette)
            .fill(self.palette.warning_fill())
            .stroke(Stroke::new(1.0, self.palette.warning));
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    text(
                        tr!(home_problems_banner, count = self.error_count),
                        TextRole::Body,
                    )
                    .color(self.palette.text),
                );
                if ui.button(tr!(home_problems_show)).clicked() {
                    actions.push(Action::Command(UiCommand::Problems));
                }
            });
        });
        ui.add_space(sp(ui, space::MEDIUM));
    }

    fn continue_card(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(walk) = &self.saved.walk else {
            return;
        };
        let Some(node) = walk.node(self.pack) else {
            return;
        };
        let title = walk.title(self.pack);
        let position = if walk.is_finished(self.pack) {
            tr!(home_resume_at_end, title = node.title())
        } else {
            tr!(
                home_resume_position,
                step = walk.step_label(self.pack),
                title = node.title()
            )
        };
        card(&self.palette)
            .stroke(Stroke::new(1.5, self.palette.accent))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.vertical(|ui| {
                        // Leave room for the button beside the text when it fits.
                        let button = sp(ui, RESUME_BUTTON);
                        let room = ui.available_width() - button;
                        ui.set_max_width(room.max(ui.available_width() * 0.6));
                        ui.label(
                            text(tr!(home_resume_heading), TextRole::Small)
                                .color(self.palette.accent),
                        );
                        ui.add(egui::Label::new(text(&title, TextRole::Heading)).wrap());
                        ui.add(
                            egui::Label::new(
                                text(position, TextRole::Body).color(self.palette.text_weak),
                            )
                            .wrap(),
                        );
                    });
                    if primary_button(ui, &tr!(home_resume_button), &self.palette).clicked() {
                        actions.push(Action::Resume);
                    }
                });
            });
        ui.add_space(sp(ui, space::MEDIUM));
    }

    fn tiles(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let scenarios = &self.pack.manifest.scenarios;
        let gap = sp(ui, size::GAP);
        let min_width = sp(ui, size::TILE_WIDTH);
        let columns = ((ui.available_width() + gap) / (min_width + gap))
            .floor()
            .clamp(1.0, 3.0) as usize;
        let tile_width = (ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32;
        let mut first_tile = None;
        for row in scenarios.chunks(columns) {
            let cards: Vec<TileCard> = row
                .iter()
                .map(|scenario| self.tile_card(ui, tile_width, scenario))
                .collect();
            // Every tile of a row is as tall as the tallest.
            let height = cards.iter().map(|c| c.height).fold(0.0, f32::max);
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                for (scenario, card) in row.iter().zip(cards) {
                    let response = self.tile(ui, tile_width, height, scenario, card);
                    first_tile.get_or_insert(response.id);
                    if response.clicked() {
                        actions.push(Action::OpenScenario(scenario.id.clone()));
                    }
                }
            });
            ui.add_space(gap - ui.spacing().item_spacing.y);
        }
        focus_first_on_arrow(ui, first_tile);
    }

    /// Lays out a tile's text and works out its height.
    fn tile_card(&self, ui: &egui::Ui, width: f32, scenario: &Scenario) -> TileCard {
        let palette = &self.palette;
        let pad = sp(ui, space::WIDE);
        let badge = sp(ui, size::TILE_BADGE);
        let wrap = (width - pad * 2.0 - badge - sp(ui, space::BESIDE)).max(sp(ui, size::MIN_WRAP));
        let style = ui.style();
        let title = ui.painter().layout(
            scenario.title.clone(),
            TextRole::Heading.font(style),
            palette.text,
            wrap,
        );
        let description = ui.painter().layout(
            scenario.description.clone(),
            TextRole::Small.font(style),
            palette.text_weak,
            wrap,
        );
        let broken = self
            .pack
            .resolve(None, &scenario.start)
            .map_or(true, |at| self.broken_guides.contains(&at.guide));
        let done = self.saved.finished.contains(&scenario.id);
        let tag = if broken {
            Some((Glyph::Info, tr!(home_tile_broken), palette.warning_text))
        } else if done {
            Some((Glyph::Check, tr!(home_tile_done), palette.success_text))
        } else {
            None
        };
        let tag = tag.map(|(glyph, words, colour)| {
            let galley = ui
                .painter()
                .layout_no_wrap(words, TextRole::Small.font(style), colour);
            (glyph, galley, colour)
        });
        let line_gap = sp(ui, space::SMALL);
        let text_height = title.size().y
            + line_gap
            + description.size().y
            + tag.as_ref().map_or(0.0, |(_, g, _)| line_gap + g.size().y);
        TileCard {
            height: pad * 2.0 + text_height.max(badge),
            title,
            description,
            tag,
        }
    }

    fn tile(
        &self,
        ui: &mut egui::Ui,
        width: f32,
        height: f32,
        scenario: &Scenario,
        card: TileCard,
    ) -> egui::Response {
        let palette = &self.palette;
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &scenario.title));
        if !ui.is_rect_visible(rect) {
            return response;
        }
        let (fill, stroke) = card_visuals(&response, palette);
        let painter = ui.painter();
        painter.rect(rect, radius(), fill, stroke, StrokeKind::Inside);
        // Text is painted, not added as labels: the tile itself is the one
        // accessible button, named by its title.
        let inner = rect.shrink(sp(ui, space::WIDE));
        let badge = Rect::from_min_size(inner.min, egui::Vec2::splat(sp(ui, size::TILE_BADGE)));
        paint_icon_badge_at(painter, badge, scenario.icon, palette);
        let left = badge.right() + sp(ui, space::BESIDE);
        let line_gap = sp(ui, space::SMALL);
        let mut y = inner.top();
        let title_height = card.title.size().y;
        painter.galley(Pos2::new(left, y), card.title, palette.text);
        y += title_height + line_gap;
        let description_height = card.description.size().y;
        painter.galley(Pos2::new(left, y), card.description, palette.text_weak);
        y += description_height + line_gap;
        if let Some((glyph, galley, colour)) = card.tag {
            let side = galley.size().y * 0.9;
            let icon = Rect::from_min_size(
                Pos2::new(left, y + (galley.size().y - side) / 2.0),
                egui::Vec2::splat(side),
            );
            icons::paint(painter, icon, glyph, colour);
            painter.galley(
                Pos2::new(icon.right() + sp(ui, space::SNUG), y),
                galley,
                colour,
            );
        }
        response
    }

    fn results(
        &self,
        ui: &mut egui::Ui,
        hits: &[Hit],
        elsewhere: &[ShelfHit],
        actions: &mut Actions,
    ) {
        if hits.is_empty() && elsewhere.is_empty() {
            ui.add_space(sp(ui, space::LARGE));
            ui.add(
                egui::Label::new(
                    text(tr!(home_nothing_found), TextRole::Body).color(self.palette.text_weak),
                )
                .wrap(),
            );
            return;
        }
        ui.label(
            text(
                tr!(home_results_count, count = hits.len() + elsewhere.len()),
                TextRole::Small,
            )
            .color(self.palette.text_weak),
        );
        let mut first = None;
        for hit in hits {
            let response = self.result(ui, self.pack, hit, None);
            first.get_or_insert(response.id);
            if response.clicked() {
                actions.push(Action::OpenHit {
                    scenario: hit.scenario.clone(),
                    target: hit.starts_at.clone(),
                });
            }
        }
        if !elsewhere.is_empty() {
            ui.add_space(sp(ui, space::SMALL));
            ui.label(
                text(tr!(home_results_elsewhere), TextRole::Small).color(self.palette.text_weak),
            );
        }
        for found in elsewhere {
            let Some(from) = self.shelf.from_pack(found) else {
                continue;
            };
            let Some((pack, _)) = &from.content else {
                continue;
            };
            let response = self.result(ui, pack, &found.hit, self.shelf.from_title(found));
            first.get_or_insert(response.id);
            if response.clicked() {
                actions.push(Action::OpenHitIn {
                    origin: from.origin.clone(),
                    scenario: found.hit.scenario.clone(),
                    target: found.hit.starts_at.clone(),
                });
            }
        }
        focus_first_on_arrow(ui, first);
    }

    /// One result card; `from` names the pack when it is not the one on show.
    fn result(
        &self,
        ui: &mut egui::Ui,
        pack: &Pack,
        hit: &Hit,
        from: Option<&str>,
    ) -> egui::Response {
        let palette = &self.palette;
        // A start that runs a shared flow shows the flow's first step.
        let start = crate::guide::walk::first_shown(pack, &hit.starts_at)
            .and_then(|at| pack.node(&at))
            .map(|n| n.title().to_owned())
            .unwrap_or_default();
        let width = ui.available_width();
        let pad = vec2(sp(ui, space::WIDE), sp(ui, space::LARGE));
        let wrap = (width - pad.x * 2.0).max(sp(ui, size::MIN_WRAP));
        let style = ui.style();
        let title = ui.painter().layout(
            hit.title.clone(),
            TextRole::Heading.font(style),
            palette.text,
            wrap,
        );
        let matched = plain(&hit.matched);
        let context = match from {
            Some(from) => tr!(
                home_result_context_from,
                pack = from,
                start = start.as_str(),
                matched = matched.as_str()
            ),
            None => tr!(
                home_result_context,
                start = start.as_str(),
                matched = matched.as_str()
            ),
        };
        let context = ui.painter().layout(
            context,
            TextRole::Small.font(style),
            palette.text_weak,
            wrap,
        );
        let gap = sp(ui, space::SMALL);
        let height = pad.y * 2.0 + title.size().y + gap + context.size().y;
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &hit.title));
        let (fill, stroke) = card_visuals(&response, palette);
        let painter = ui.painter();
        painter.rect(rect, radius(), fill, stroke, StrokeKind::Inside);
        let top = rect.min + pad;
        let title_height = title.size().y;
        painter.galley(top, title, palette.text);
        painter.galley(
            top + vec2(0.0, title_height + gap),
            context,
            palette.text_weak,
        );
        ui.add_space(sp(ui, space::TINY));
        response
    }
}

/// A tile's laid-out text.
struct TileCard {
    height: f32,
    title: std::sync::Arc<egui::Galley>,
    description: std::sync::Arc<egui::Galley>,
    tag: Option<(Glyph, std::sync::Arc<egui::Galley>, egui::Color32)>,
}

/// Down from the search box, or an arrow key when nothing has keyboard
/// focus, goes to the first card; from there egui moves focus between
/// cards by direction.
fn focus_first_on_arrow(ui: &egui::Ui, first: Option<egui::Id>) {
    let Some(first) = first else {
        return;
    };
    let (from_nothing, from_search) =
        ui.memory(|m| (m.focused().is_none(), m.has_focus(search_id())));
    let (down, right) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowDown),
            i.key_pressed(egui::Key::ArrowRight),
        )
    });
    if (from_nothing && (down || right)) || (from_search && down) {
        ui.memory_mut(|m| {
            // egui would otherwise move on from here by direction.
            m.move_focus(egui::FocusDirection::None);
            m.request_focus(first);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::SearchCache;
    use crate::guide::search::SearchIndex;
    use crate::guide::{Pack, PackSource};

    #[test]
    fn the_english_words_are_the_ones_the_window_always_said() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        assert_eq!(
            crate::tr!(home_problems_banner, count = 1usize),
            "This pack has 1 problem. The guides without problems still work."
        );
        assert_eq!(
            crate::tr!(home_results_count, count = 12usize),
            "12 results, best first. Enter opens the first."
        );
        assert_eq!(
            crate::tr!(
                home_result_context_from,
                pack = "TV",
                start = "Open Settings",
                matched = "sign"
            ),
            "In \"TV\"   ·   Starts at: Open Settings   ·   matched \"sign\""
        );
        assert_eq!(
            crate::tr!(map_problems_count, count = 0usize),
            "No problems on this guide's nodes"
        );
        assert_eq!(
            crate::tr!(
                map_canvas_name_here,
                title = "TV",
                count = 1usize,
                here = "Start"
            ),
            "Map of TV: 1 node. You are at: Start. Arrow keys follow the ways on; L lists them."
        );
        assert_eq!(
            crate::tr!(
                opened_error_not_a_pack,
                detail = crate::tr!(opened_not_a_pack_not_zip)
            ),
            "this is not a Stepwise guide file (it is not a zip file)"
        );
        assert_eq!(
            crate::tr!(
                author_picture_too_large,
                size = 300_000_000u64,
                limit = 268_435_456u64
            ),
            "it is 300000000 bytes; a picture may be at most 268435456 bytes"
        );
    }

    #[test]
    fn the_search_cache_answers_for_the_query_it_is_given() {
        let (pack, _) = Pack::load(PackSource::Builtin);
        let index = SearchIndex::new(&pack);
        let mut cache = SearchCache::default();
        assert!(cache.hits(&index, "").is_empty());
        for query in ["hotel", "password", "hotel", "zzqx", "tv"] {
            assert_eq!(cache.hits(&index, query), index.search(query, 8), "{query}");
        }
    }
}
