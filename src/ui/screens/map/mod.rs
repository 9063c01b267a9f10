//! The map screen: the whole guide at once. Every node as a card with its
//! kind, title and picture, laid out top to bottom in walking order, every
//! way on as a line carrying the answer that takes it; where the reader
//! stands, the way walked and the way ahead are marked, and the side
//! branches stay readable. A click shows a node's preview with **Go
//! here**; in authoring mode each node wears badges for its problems.
//!
//! - `canvas.rs`: the drawing, with pan and zoom, and a node per element
//!   for screen readers.
//! - `list.rs`: the same graph as a list of nodes with their ways on.
//! - `preview.rs`: the chosen node: picture, instruction, ways on, Go here.
//!
//! Keys, on either view: the arrow keys move along the edges (Down: the
//! first way on, Up: the way back, Left and Right: the other answers of the
//! same question), G goes to the chosen node, L switches between the
//! drawing and the list, 0 fits the drawing to the window, + and - zoom,
//! Esc, Backspace or M go back to the step.

mod canvas;
mod list;
mod preview;

use egui::{Key, Modifiers, Pos2};

use crate::guide::Pack;
use crate::guide::map::{CardSizes, GuideMap, PathState, PathView};
use crate::guide::problem::{Problem, Rule, Severity};
use crate::shots::ShotCache;
use crate::tr;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::cards::{chip, secondary_button};
use crate::ui::widgets::hover::HoverWords;

/// The shortest the preview under a narrow map gets.
const MIN_PREVIEW: f32 = 140.0;

/// The cards of the map, in map units (points at 100 %): 220 wide; the
/// words (a kind and a title of up to two lines) 70 high; a picture, 16:9
/// of the card's width less its margins, 100 high.
pub const CARDS: CardSizes = CardSizes {
    width: 220.0,
    words: 70.0,
    picture: 100.0,
};

/// Frames in a row a node is given the focus before giving up.
const FOCUS_TRIES: u8 = 3;

/// The zoom range; 1.0 shows cards at their normal size.
const ZOOM_MIN: f32 = 0.05;
const ZOOM_MAX: f32 = 2.0;
/// Below this zoom, the whole drawing is not worth fitting at first: the
/// view opens at [`READABLE_ZOOM`] on the reader's node instead.
const FIT_AT_LEAST: f32 = 0.6;
/// The zoom the view opens at when the whole drawing would be too small.
const READABLE_ZOOM: f32 = 0.85;

/// What the map screen remembers between frames (the app keeps it).
#[derive(Clone, Debug, Default)]
pub struct MapState {
    /// The guide this state belongs to.
    guide: String,
    /// Where the drawing is looking; `None` until the first frame places it.
    view: Option<View>,
    /// The node whose preview shows.
    selected: Option<usize>,
    /// Showing the list instead of the drawing.
    list: bool,
    /// The node the arrow keys came from to the focused one, for Up.
    came_from: Option<usize>,
    /// A node to give keyboard focus to (and bring into view).
    focus: Option<usize>,
    /// Frames spent giving it focus so far.
    focus_tries: u8,
    /// The node that had keyboard focus last frame.
    focused: Option<usize>,
}

/// Where the drawing looks: the map point at the canvas's centre, in map
/// units, and the zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
struct View {
    centre: Pos2,
    zoom: f32,
}

impl MapState {
    /// Opens the map of `guide` on node `at` (the reader's), chosen and
    /// focused; the view is placed on the first frame. The choice of list
    /// or drawing is kept.
    pub fn open(&mut self, guide: &str, at: Option<usize>) {
        *self = MapState {
            guide: guide.to_owned(),
            list: self.list,
            selected: at,
            focus: at,
            ..MapState::default()
        };
    }

    /// The guide whose map this is.
    pub fn guide(&self) -> &str {
        &self.guide
    }

    /// The node whose preview shows.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Forgets nodes the map no longer has (the pack changed under it).
    fn forget_beyond(&mut self, nodes: usize) {
        for at in [
            &mut self.selected,
            &mut self.came_from,
            &mut self.focus,
            &mut self.focused,
        ] {
            if at.is_some_and(|i| i >= nodes) {
                *at = None;
            }
        }
    }

    /// Chooses a node, focuses it and brings it into view.
    fn choose(&mut self, i: usize) {
        self.selected = Some(i);
        self.focus = Some(i);
        self.focus_tries = 0;
    }

    /// Gives the asked-for focus to this node's element. It is asked again
    /// on the next frames until it holds: a click that chose the node (a
    /// way on in the preview or the list) may take focus away again
    /// within the same frame.
    fn give_focus(&mut self, response: &egui::Response) {
        if response.has_focus() || self.focus_tries >= FOCUS_TRIES {
            self.focus = None;
            return;
        }
        response.request_focus();
        self.focus_tries += 1;
    }
}

/// Everything the map screen reads.
pub struct MapView<'a> {
    /// The guide's map, laid out.
    pub map: &'a GuideMap,
    /// Where the reader stands on it.
    pub path: &'a PathView,
    /// The pack, for the nodes' pictures and texts.
    pub pack: &'a Pack,
    /// The pack's problems.
    pub problems: &'a [Problem],
    /// For each node, the indices of its problems in `problems`; empty
    /// unless `authoring`.
    pub badges: &'a [Vec<usize>],
    /// Authoring mode: badges on the nodes, and a click asks to edit.
    pub authoring: bool,
    /// Colours.
    pub palette: Palette,
}

/// The id of node `i`'s element (the card, or its line in the list).
fn node_id(guide: &str, i: usize) -> egui::Id {
    egui::Id::unique(("map-node", guide, i))
}

/// A problem's rule in a few words, for a badge.
pub fn badge_words(rule: Rule) -> String {
    match rule {
        Rule::Unreachable => tr!(map_badge_unreachable),
        Rule::DeadEnd => tr!(map_badge_dead_end),
        Rule::NoWayOut => tr!(map_badge_no_way_out),
        Rule::MissingImage => tr!(map_badge_missing_image),
        Rule::UnreadableImage => tr!(map_badge_unreadable_image),
        Rule::ImageTooLarge => tr!(map_badge_image_too_large),
        Rule::MarkOutsideImage => tr!(map_badge_mark_outside_image),
        Rule::DanglingReference => tr!(map_badge_dangling_reference),
        Rule::EmptyText => tr!(map_badge_empty_text),
        Rule::UnsafeLink => tr!(map_badge_unsafe_link),
        Rule::UnsafePath => tr!(map_badge_unsafe_path),
        Rule::DuplicateId => tr!(map_badge_duplicate_id),
        Rule::NoNextMove => tr!(map_badge_no_next_move),
        Rule::Syntax => tr!(map_badge_syntax),
        Rule::File => tr!(map_badge_file),
        Rule::ScenarioTarget => tr!(map_badge_scenario_target),
        Rule::FileName => tr!(map_badge_file_name),
        Rule::StrayFile => tr!(map_badge_stray_file),
        Rule::BadDate => tr!(map_badge_bad_date),
        Rule::StaleGuide => tr!(map_badge_stale_guide),
        Rule::FlowNeverReturns => tr!(map_badge_flow_never_returns),
        Rule::RecursiveCall => tr!(map_badge_recursive_call),
        Rule::JumpIntoFlow => tr!(map_badge_jump_into_flow),
        Rule::ReturnWithoutCall => tr!(map_badge_return_without_call),
        Rule::OutcomeLoopsBack => tr!(map_badge_outcome_loops_back),
        Rule::LabelCoversHighlight => tr!(map_badge_label_covers_highlight),
        Rule::MissingTranslation => tr!(map_badge_missing_translation),
        Rule::StaleTranslation => tr!(map_badge_stale_translation),
    }
}

impl MapView<'_> {
    /// Draws the screen: the header, the drawing or the list, and the
    /// chosen node's preview.
    pub fn ui(&self, ui: &mut egui::Ui, state: &mut MapState, shots: &mut ShotCache) -> Actions {
        let mut actions = Actions::new();
        state.forget_beyond(self.map.nodes.len());
        self.keys(ui, state, &mut actions);
        let margin = sp(ui, space::LARGE) as i8;
        egui::Panel::top("map-header")
            .frame(
                egui::Frame::new()
                    .fill(self.palette.surface)
                    .inner_margin(egui::Margin::symmetric(margin, margin / 2 + 2)),
            )
            .show(ui, |ui| self.header_ui(ui, state, &mut actions));
        if let Some(i) = state.selected {
            let wide = ui.available_width() >= sp(ui, size::MAP_WIDE);
            let frame = egui::Frame::new()
                .fill(self.palette.surface)
                .inner_margin(egui::Margin::same(margin));
            if wide {
                egui::Panel::right("map-preview")
                    .exact_size(sp(ui, size::MAP_PREVIEW).min(ui.available_width() * 0.4))
                    .resizable(false)
                    .frame(frame)
                    .show(ui, |ui| self.preview_ui(ui, i, state, shots, &mut actions));
            } else {
                let height = (ui.available_height() * 0.42).max(sp(ui, MIN_PREVIEW));
                egui::Panel::bottom("map-preview-bottom")
                    .exact_size(height)
                    .resizable(false)
                    .frame(frame)
                    .show(ui, |ui| self.preview_ui(ui, i, state, shots, &mut actions));
            }
        }
        egui::CentralPanel::default_margins()
            .frame(egui::Frame::new().fill(self.palette.background))
            .show(ui, |ui| {
                if state.list {
                    self.list_ui(ui, state, &mut actions);
                } else {
                    self.canvas_ui(ui, state, shots, &mut actions);
                }
            });
        actions
    }

    /// The title, the buttons and the legend.
    fn header_ui(&self, ui: &mut egui::Ui, state: &mut MapState, actions: &mut Actions) {
        let palette = &self.palette;
        ui.add(
            egui::Label::new(text(
                tr!(map_title, title = self.map.title.as_str()),
                TextRole::Heading,
            ))
            .wrap(),
        );
        ui.horizontal_wrapped(|ui| {
            let back = secondary_button(ui, &tr!(map_back)).on_hover_words(|| tr!(map_back_tip));
            if back.clicked() {
                actions.push(Action::Command(UiCommand::Close));
            }
            let (switch, hint) = if state.list {
                (tr!(map_show_drawing), tr!(map_show_drawing_tip))
            } else {
                (tr!(map_list_view), tr!(map_list_view_tip))
            };
            if secondary_button(ui, &switch)
                .on_hover_words(|| hint)
                .clicked()
            {
                state.list = !state.list;
                if let Some(i) = state.selected {
                    state.choose(i);
                }
            }
            if !state.list {
                if secondary_button(ui, &tr!(map_fit))
                    .on_hover_words(|| tr!(map_fit_tip))
                    .clicked()
                {
                    state.view = Some(View::FIT);
                }
                if secondary_button(ui, &tr!(map_zoom_in))
                    .on_hover_words(|| tr!(map_zoom_in_tip))
                    .clicked()
                {
                    zoom_by(state, 1.25);
                }
                if secondary_button(ui, &tr!(map_zoom_out))
                    .on_hover_words(|| tr!(map_zoom_out_tip))
                    .clicked()
                {
                    zoom_by(state, 0.8);
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = sp(ui, space::SNUG);
            let surface = palette.surface;
            chip(
                ui,
                &tr!(map_you_are_here),
                palette.on_accent,
                palette.accent,
            );
            chip(
                ui,
                &tr!(map_legend_done),
                palette.success_text,
                palette.tint(palette.success),
            );
            chip(
                ui,
                &tr!(map_legend_ahead),
                palette.accent,
                palette.tint(palette.accent),
            );
            chip(ui, &tr!(map_legend_off), palette.text_weak, surface);
            if !state.list {
                ui.label(text(tr!(map_legend_dashed), TextRole::Small).color(palette.text_weak));
            }
            if self.authoring {
                let count: usize = self.badges.iter().map(Vec::len).sum();
                let words = tr!(map_problems_count, count = count);
                ui.label(text(words, TextRole::Small).color(palette.warning_text));
            }
        });
    }

    /// The map's own keys, on either view. Keys that the app handles for
    /// every screen (Esc, M, H) are in `command.rs`.
    fn keys(&self, ui: &egui::Ui, state: &mut MapState, actions: &mut Actions) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let (back, go, list, fit, bigger, smaller) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Backspace),
                i.consume_key(Modifiers::NONE, Key::G),
                i.consume_key(Modifiers::NONE, Key::L),
                i.consume_key(Modifiers::NONE, Key::Num0),
                i.consume_key(Modifiers::NONE, Key::Plus)
                    || i.consume_key(Modifiers::NONE, Key::Equals),
                i.consume_key(Modifiers::NONE, Key::Minus),
            )
        });
        if back {
            actions.push(Action::Command(UiCommand::Close));
        }
        if go && let Some(i) = state.selected {
            actions.push(Action::GoTo(self.map.nodes[i].at.clone()));
        }
        if list {
            state.list = !state.list;
            if let Some(i) = state.selected {
                state.choose(i);
            }
        }
        if !state.list {
            if fit {
                state.view = Some(View::FIT);
            }
            if bigger {
                zoom_by(state, 1.25);
            }
            if smaller {
                zoom_by(state, 0.8);
            }
        }
        self.arrows(ui, state);
    }

    /// Arrow keys on a focused node move along the edges.
    fn arrows(&self, ui: &egui::Ui, state: &mut MapState) {
        let Some(i) = state.focused else {
            return;
        };
        if !ui.memory(|m| m.has_focus(node_id(&self.map.guide, i))) {
            return;
        }
        let (up, down, left, right) = ui.input_mut(|input| {
            (
                input.consume_key(Modifiers::NONE, Key::ArrowUp),
                input.consume_key(Modifiers::NONE, Key::ArrowDown),
                input.consume_key(Modifiers::NONE, Key::ArrowLeft),
                input.consume_key(Modifiers::NONE, Key::ArrowRight),
            )
        });
        if !(up || down || left || right) {
            return;
        }
        let back = self.way_back(i, state.came_from);
        let (target, came_from) = if down {
            (self.map.first_way_on(i), Some(i))
        } else if up {
            (back, None)
        } else {
            (self.map.sibling(i, back, right), back)
        };
        // egui would otherwise move focus on by direction, too.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        if let Some(t) = target {
            state.came_from = came_from;
            state.choose(t);
        }
    }

    /// Where Up goes from node `i`: where the arrow keys came from, else
    /// the node before it on the way walked, else the first way into it.
    fn way_back(&self, i: usize, came_from: Option<usize>) -> Option<usize> {
        let walked = self.path.before.get(i).copied().flatten();
        self.map.way_back(i, came_from.or(walked))
    }

    /// What a screen reader says for node `i`, problems included in
    /// authoring mode.
    fn node_name(&self, i: usize) -> String {
        let state = self.path.nodes.get(i).copied().unwrap_or(PathState::Off);
        let mut name = self.map.name(i, state);
        if let Some(found) = self.badges.get(i)
            && !found.is_empty()
        {
            let words: Vec<String> = found
                .iter()
                .filter_map(|&p| self.problems.get(p))
                .map(|p| badge_words(p.rule).to_lowercase())
                .collect();
            name = tr!(
                map_node_name_problems,
                name = name,
                problems = words.join(", ")
            );
        }
        name
    }

    /// The problems of node `i`, worst first.
    fn node_problems(&self, i: usize) -> Vec<&Problem> {
        let mut found: Vec<&Problem> = self
            .badges
            .get(i)
            .map(|list| list.iter().filter_map(|&p| self.problems.get(p)).collect())
            .unwrap_or_default();
        found.sort_by_key(|p| p.severity != Severity::Error);
        found
    }

    /// A click on node `i`: choose it, and in authoring mode ask to edit it.
    fn clicked(&self, i: usize, state: &mut MapState, actions: &mut Actions) {
        state.selected = Some(i);
        state.came_from = None;
        if self.authoring {
            actions.push(Action::EditNode(self.map.nodes[i].at.clone()));
        }
    }
}

impl View {
    /// A marker: fit the whole drawing on the next frame.
    const FIT: View = View {
        centre: Pos2::ZERO,
        zoom: f32::NAN,
    };
}

/// Zooms the view about its centre.
fn zoom_by(state: &mut MapState, factor: f32) {
    if let Some(view) = &mut state.view
        && view.zoom.is_finite()
    {
        view.zoom = (view.zoom * factor).clamp(ZOOM_MIN, ZOOM_MAX);
    }
}
