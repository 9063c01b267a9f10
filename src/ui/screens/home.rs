//! The home screen: "What do you need help with?", the search box, the
//! "Continue where you left off" card and the pack's scenarios as tiles.

use egui::{Align2, FontId, Rect, RichText, Sense, Stroke, StrokeKind, vec2};

use crate::guide::Pack;
use crate::guide::search::{Hit, SearchIndex};
use crate::text::{plain, plural};
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::fonts;
use crate::ui::saved::SavedState;
use crate::ui::theme::{Palette, radius, size};
use crate::ui::widgets::cards::{card, card_visuals, paint_icon_badge_at, primary_button};
use crate::ui::widgets::icons;

/// Everything the home screen reads.
pub struct HomeView<'a> {
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
}

/// The results of the last search. The box's text changes far less often
/// than frames are painted, so each query is searched once, not per frame.
#[derive(Debug, Default)]
pub struct SearchCache {
    query: String,
    hits: Vec<Hit>,
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
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Floating scroll bars are drawn over the content: keep
                // the tiles clear of the bar when the column fills the window.
                let scroll = &ui.spacing().scroll;
                let gutter = scroll.bar_width + scroll.bar_outer_margin;
                let width = (ui.available_width() - 2.0 * gutter).clamp(0.0, 1040.0);
                let side = ((ui.available_width() - width) / 2.0).max(0.0);
                ui.horizontal(|ui| {
                    ui.add_space(side);
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        ui.add_space(8.0);
                        ui.label(
                            RichText::new("What do you need help with?")
                                .family(fonts::semibold())
                                .size(30.0),
                        );
                        if !self.pack.manifest.description.is_empty() {
                            ui.label(
                                RichText::new(&self.pack.manifest.description)
                                    .color(self.palette.text_weak),
                            );
                        }
                        ui.add_space(6.0);
                        self.search_box(ui, query, search, focus_search, &mut actions);
                        ui.add_space(6.0);
                        if self.error_count > 0 {
                            self.problems_banner(ui, &mut actions);
                        }
                        if query.trim().is_empty() {
                            self.continue_card(ui, &mut actions);
                            self.tiles(ui, &mut actions);
                        } else {
                            self.results(ui, search.hits(self.index, query), &mut actions);
                        }
                        ui.add_space(16.0);
                    });
                });
            });
        actions
    }

    fn search_box(
        &self,
        ui: &mut egui::Ui,
        query: &mut String,
        search: &mut SearchCache,
        focus: &mut bool,
        actions: &mut Actions,
    ) {
        let edit = egui::TextEdit::singleline(query)
            .id(search_id())
            .hint_text("Search, for example \"log out on my TV\" or \"hotel\"")
            .desired_width(f32::INFINITY)
            .margin(vec2(12.0, 10.0))
            .font(FontId::proportional(17.0));
        let response = ui.add(edit).on_hover_text("Search the guides (Ctrl+F)");
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SearchInput, true, "Search guides")
        });
        if *focus {
            response.request_focus();
            *focus = false;
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered && let Some(first) = search.hits(self.index, query).first() {
            actions.push(Action::OpenHit {
                scenario: first.scenario.clone(),
                target: first.starts_at.clone(),
            });
        }
    }

    fn problems_banner(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let frame = card(&self.palette)
            .fill(self.palette.warning.gamma_multiply(0.12))
            .stroke(Stroke::new(1.0, self.palette.warning));
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let n = self.error_count;
                let errors = plural(n, "problem");
                ui.label(
                    RichText::new(format!(
                        "This pack has {errors}. The guides without problems still work."
                    ))
                    .color(self.palette.text),
                );
                if ui.button("Show the problems").clicked() {
                    actions.push(Action::Command(UiCommand::Problems));
                }
            });
        });
        ui.add_space(8.0);
    }

    fn continue_card(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(walk) = &self.saved.walk else {
            return;
        };
        let Some(node) = walk.node(self.pack) else {
            return;
        };
        let title = walk.title(self.pack);
        card(&self.palette)
            .stroke(Stroke::new(1.5, self.palette.accent))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.vertical(|ui| {
                        ui.label(
                            RichText::new("Continue where you left off")
                                .color(self.palette.accent)
                                .size(14.0),
                        );
                        ui.label(RichText::new(&title).family(fonts::semibold()).size(19.0));
                        let position = if walk.is_finished(self.pack) {
                            format!("At the end: {}", node.title())
                        } else {
                            format!("{}: {}", walk.step_label(self.pack), node.title())
                        };
                        ui.label(RichText::new(position).color(self.palette.text_weak));
                    });
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if primary_button(ui, "Continue", &self.palette).clicked() {
                            actions.push(Action::Resume);
                        }
                    });
                });
            });
        ui.add_space(8.0);
    }

    fn tiles(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let scenarios = &self.pack.manifest.scenarios;
        let gap = size::GAP;
        let columns = ((ui.available_width() + gap) / (300.0 + gap))
            .floor()
            .clamp(1.0, 3.0) as usize;
        let tile_width = (ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32;
        for row in scenarios.chunks(columns) {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                for scenario in row {
                    let broken = self
                        .pack
                        .resolve(None, &scenario.start)
                        .map_or(true, |at| self.broken_guides.contains(&at.guide));
                    let done = self.saved.finished.contains(&scenario.id);
                    let clicked = self.tile(ui, tile_width, scenario, done, broken).clicked();
                    if clicked {
                        actions.push(Action::OpenScenario(scenario.id.clone()));
                    }
                }
            });
            ui.add_space(gap - ui.spacing().item_spacing.y);
        }
    }

    fn tile(
        &self,
        ui: &mut egui::Ui,
        width: f32,
        scenario: &crate::guide::model::Scenario,
        done: bool,
        broken: bool,
    ) -> egui::Response {
        let palette = &self.palette;
        let (rect, response) = ui.allocate_exact_size(vec2(width, 118.0), Sense::click());
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &scenario.title));
        let (fill, stroke) = card_visuals(&response, palette);
        ui.painter()
            .rect(rect, radius(), fill, stroke, StrokeKind::Inside);
        // Text is painted, not added as labels: the tile itself is the one
        // accessible button, named by its title.
        let inner = rect.shrink(16.0);
        let badge_rect = Rect::from_min_size(inner.min, vec2(48.0, 48.0));
        paint_icon_badge_at(ui.painter(), badge_rect, scenario.icon, palette);
        let text_left = badge_rect.right() + 14.0;
        let wrap = inner.right() - text_left;
        let title = ui.painter().layout(
            scenario.title.clone(),
            FontId::new(17.0, fonts::semibold()),
            palette.text,
            wrap,
        );
        let title_height = title.size().y;
        ui.painter()
            .galley(egui::pos2(text_left, inner.top()), title, palette.text);
        // The description gets the lines left under the title; a longer
        // one ends in "…" and is shown whole in a tooltip.
        let description_top = inner.top() + title_height + 4.0;
        let font = FontId::proportional(14.0);
        let row_height = ui.fonts_mut(|f| f.row_height(&font)).max(1.0);
        let mut job = egui::text::LayoutJob::simple(
            scenario.description.clone(),
            font,
            palette.text_weak,
            wrap,
        );
        job.wrap.max_rows =
            (((rect.bottom() - 8.0 - description_top) / row_height) as usize).max(1);
        let description = ui.painter().layout_job(job);
        let elided = description.elided;
        ui.painter().galley(
            egui::pos2(text_left, description_top),
            description,
            palette.text_weak,
        );
        let corner = Rect::from_min_size(rect.right_top() + vec2(-90.0, 10.0), vec2(80.0, 20.0));
        let badge = if broken {
            Some(("Has a problem", palette.warning))
        } else if done {
            Some(("Done", palette.success))
        } else {
            None
        };
        if let Some((text, color)) = badge {
            let text_rect = ui.painter().text(
                corner.right_center(),
                Align2::RIGHT_CENTER,
                text,
                FontId::proportional(13.0),
                color,
            );
            if done && !broken {
                let check = Rect::from_center_size(
                    text_rect.left_center() - vec2(10.0, 0.0),
                    egui::Vec2::splat(14.0),
                );
                icons::paint(ui.painter(), check, icons::Glyph::Check, color);
            }
        }
        // The tile shows its whole text; a tooltip would only repeat it.
        if elided {
            response.on_hover_text(&scenario.description)
        } else {
            response
        }
    }

    fn results(&self, ui: &mut egui::Ui, hits: &[Hit], actions: &mut Actions) {
        if hits.is_empty() {
            ui.add_space(12.0);
            ui.label(
                RichText::new(
                    "Nothing found. Try other words, such as \"sign out\", \"TV\" or \"password\".",
                )
                .color(self.palette.text_weak),
            );
            return;
        }
        ui.label(
            RichText::new(format!(
                "{} results, best first. Enter opens the first.",
                hits.len()
            ))
            .color(self.palette.text_weak)
            .size(14.0),
        );
        for hit in hits {
            if self.result(ui, hit).clicked() {
                actions.push(Action::OpenHit {
                    scenario: hit.scenario.clone(),
                    target: hit.starts_at.clone(),
                });
            }
        }
    }

    fn result(&self, ui: &mut egui::Ui, hit: &Hit) -> egui::Response {
        let palette = &self.palette;
        let start = self
            .pack
            .node(&hit.starts_at)
            .map(|n| n.title().to_owned())
            .unwrap_or_default();
        let width = ui.available_width();
        let (rect, response) = ui.allocate_exact_size(vec2(width, 72.0), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &hit.title));
        let (fill, stroke) = card_visuals(&response, palette);
        ui.painter()
            .rect(rect, radius(), fill, stroke, StrokeKind::Inside);
        let inner = rect.shrink2(vec2(16.0, 12.0));
        let painter = ui.painter_at(rect);
        painter.text(
            inner.left_top(),
            Align2::LEFT_TOP,
            &hit.title,
            FontId::new(17.0, fonts::semibold()),
            palette.text,
        );
        let context = format!(
            "Starts at: {start}   ·   matched \"{}\"",
            plain(&hit.matched)
        );
        painter.text(
            inner.left_bottom(),
            Align2::LEFT_BOTTOM,
            context,
            FontId::proportional(14.0),
            palette.text_weak,
        );
        ui.add_space(2.0);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::SearchCache;
    use crate::guide::search::SearchIndex;
    use crate::guide::{Pack, PackSource};

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
