//! The map as a drawing: cards and the lines between them, placed by the
//! engine's layout (map units), scaled by the zoom and the text size, and
//! moved by dragging or scrolling (Ctrl + scroll or a pinch zooms).
//!
//! The drawing is painted in screen coordinates rather than through egui's
//! `Scene` container: a `Scene` moves its contents with a layer transform,
//! which blurs zoomed text and leaves every element's accessible bounds
//! where the untransformed layout put them, so a screen reader (and a test
//! clicking by position) would point at the wrong place. Here each card is
//! an element exactly where it is seen, named with its kind, title and
//! state, and only the cards in view are made (a 500-node guide costs what
//! its visible part costs).
//!
//! Long because cards, edges, edge words and thumbnails are painted from
//! one view and one set of card rectangles.

use egui::text::{LayoutJob, TextFormat};
use egui::{Pos2, Rect, Sense, Shape, Stroke, StrokeKind, UiBuilder, Vec2, pos2, vec2};

use super::{
    CARDS, FIT_AT_LEAST, MapState, MapView, READABLE_ZOOM, View, ZOOM_MAX, ZOOM_MIN, badge_words,
    node_id,
};
use crate::guide::map::{MapKind, PathState};
use crate::guide::model::OutcomeKind;
use crate::guide::problem::Severity;
use crate::shots::{ShotCache, ShotState};
use crate::ui::command::Actions;
use crate::ui::theme::{Palette, TextRole, sp, space};
use crate::ui::widgets::annotated_image::fit;
use crate::ui::widgets::icons::{self, Glyph};

/// Below this font size (in points on screen) a card shows no words: it
/// would be unreadable, and laying it out costs time.
const SMALLEST_TEXT: f32 = 4.0;
/// How wide an edge's words may get, in map units.
const LABEL_WIDTH: f32 = 180.0;
/// Where along an edge's first stretch its words sit (0 at the source):
/// near the end, where the answers of one question have spread apart.
const LABEL_AT: f32 = 0.75;
/// Points per curved stretch of an edge.
const CURVE_POINTS: usize = 12;
/// Below this zoom, edges are drawn straight: curves would not show.
const CURVES_FROM: f32 = 0.3;
/// Up to this many nodes, every card is an element for screen readers and
/// Tab, in view or not. A bigger guide makes elements only for the cards
/// in view and big enough to read (and the chosen, focused and reader's
/// ones); its list view still names every node.
const ALL_ELEMENTS_UP_TO: usize = 200;

impl MapView<'_> {
    pub(super) fn canvas_ui(
        &self,
        ui: &mut egui::Ui,
        state: &mut MapState,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        let rect = ui.available_rect_before_wrap();
        if rect.width() < 1.0 || rect.height() < 1.0 {
            return;
        }
        let title = self.map.title.as_str();
        let count = self.map.nodes.len();
        let label = match self.path.current {
            Some(i) => crate::tr!(
                map_canvas_name_here,
                title = title,
                count = count,
                here = self.map.nodes[i].title.as_str()
            ),
            None => crate::tr!(map_canvas_name, title = title, count = count),
        };
        ui.scope_builder(
            UiBuilder::new()
                .id_salt("map-canvas")
                .max_rect(rect)
                .accessibility_role(egui::Role::Region)
                .accessibility_label(label),
            |ui| self.drawing_ui(ui, rect, state, shots, actions),
        );
    }

    fn drawing_ui(
        &self,
        ui: &mut egui::Ui,
        rect: Rect,
        state: &mut MapState,
        shots: &mut ShotCache,
        actions: &mut Actions,
    ) {
        let unit = sp(ui, 1.0);
        let background = ui.allocate_rect(rect, Sense::DRAG);
        let mut view = self.placed_view(state.view, rect, unit);
        // Drag or scroll to move; Ctrl + scroll or pinch to zoom about the pointer.
        let scale = view.zoom * unit;
        if background.dragged() {
            view.centre -= background.drag_delta() / scale;
        }
        if ui.rect_contains_pointer(rect) {
            let (scroll, zoom, pointer) = ui.input(|i| {
                (
                    i.smooth_scroll_delta,
                    i.zoom_delta(),
                    i.pointer.latest_pos(),
                )
            });
            if (zoom - 1.0).abs() > f32::EPSILON {
                let pointer = pointer.unwrap_or(rect.center());
                let before = view.centre + (pointer - rect.center()) / scale;
                view.zoom = (view.zoom * zoom).clamp(ZOOM_MIN, ZOOM_MAX);
                view.centre = before - (pointer - rect.center()) / (view.zoom * unit);
            } else if scroll != Vec2::ZERO {
                view.centre -= scroll / scale;
            }
        }
        // A node asked for (arrow keys, a way on in the preview) comes into view.
        if let Some(t) = state.focus {
            let scale = view.zoom * unit;
            let shown = self.node_rect(t, &view, rect, scale);
            if !rect.shrink(sp(ui, space::WIDE)).contains_rect(shown) {
                let (x, y) = self.map.layout.centres[t];
                view.centre = pos2(x, y);
            }
        }
        state.view = Some(view);
        let scale = view.zoom * unit;
        let visible = Rect::from_center_size(view.centre, rect.size() / scale).expand(40.0);
        let painter = ui.painter_at(rect);
        // The cards in view: edge words keep off them.
        let cards: Vec<Rect> = self
            .map
            .order
            .iter()
            .map(|&i| self.node_rect(i, &view, rect, scale))
            .filter(|card| card.intersects(rect))
            .collect();
        self.paint_edges(&painter, &view, rect, scale, visible, cards);
        let mut focused = None;
        let all_elements = self.map.nodes.len() <= ALL_ELEMENTS_UP_TO;
        let small = TextRole::Small.font(ui.style()).size;
        let readable = small * view.zoom >= SMALLEST_TEXT;
        for &i in &self.map.order {
            let (x, y) = self.map.layout.centres[i];
            let (w, h) = self.map.layout.sizes[i];
            let in_view = visible.intersects(Rect::from_center_size(pos2(x, y), vec2(w, h)));
            // A card out of view is still an element (a screen reader
            // finds every node, Tab reaches it), just not painted; in a
            // big guide only the cards a person can see and read are.
            let wanted = all_elements
                || (in_view && readable)
                || state.focus == Some(i)
                || state.focused == Some(i)
                || state.selected == Some(i)
                || self.path.current == Some(i);
            if !wanted {
                if in_view {
                    let shown = self.node_rect(i, &view, rect, scale);
                    self.paint_card(ui, &painter, i, shown, view.zoom, false, shots);
                }
                continue;
            }
            let shown = self.node_rect(i, &view, rect, scale);
            let response = ui.interact(shown, node_id(&self.map.guide, i), Sense::click());
            let name = self.node_name(i);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            let ways = self.map.ways_on(i);
            let selected = state.selected == Some(i);
            ui.ctx().accesskit_node_builder(response.id, |node| {
                if !ways.is_empty() {
                    node.set_description(crate::tr!(
                        map_ways_on_description,
                        ways = ways.join("; ")
                    ));
                }
                if selected {
                    node.set_selected(true);
                }
            });
            if state.focus == Some(i) {
                state.give_focus(&response);
            }
            if response.clicked() {
                self.clicked(i, state, actions);
            }
            if response.has_focus() {
                focused = Some(i);
                if !rect.contains_rect(shown) && state.focus.is_none() {
                    // Tab or a screen reader moved here: bring it into view.
                    state.focus = Some(i);
                    state.focus_tries = 0;
                }
            }
            if in_view {
                self.paint_card(ui, &painter, i, shown, view.zoom, selected, shots);
            }
        }
        state.focused = focused;
    }

    /// The view to draw with: the one kept, or, the first time and after
    /// Fit, the whole drawing if it is readable that way, else the
    /// reader's node at a readable size.
    fn placed_view(&self, kept: Option<View>, rect: Rect, unit: f32) -> View {
        let (w, h) = self.map.layout.size;
        let margin = 48.0;
        let fitting = ((rect.width() - margin) / (w.max(1.0) * unit))
            .min((rect.height() - margin) / (h.max(1.0) * unit))
            .clamp(ZOOM_MIN, 1.0);
        let whole = View {
            centre: pos2(w / 2.0, h / 2.0),
            zoom: fitting,
        };
        match kept {
            Some(view) if view.zoom.is_finite() => view,
            Some(_) => whole,
            None if fitting >= FIT_AT_LEAST => whole,
            None => self.path_view(rect, unit, margin),
        }
    }

    /// The view around the reader: the cards walked, the one they stand on
    /// and those expected ahead, fitted to the canvas. When they do not fit
    /// at a readable size, the cards farthest from the reader are left out
    /// until they do; never closer than [`READABLE_ZOOM`].
    fn path_view(&self, rect: Rect, unit: f32, margin: f32) -> View {
        let layout = &self.map.layout;
        let Some(here) = self.path.current.or(self.map.start) else {
            let (w, h) = layout.size;
            return View {
                centre: pos2(w / 2.0, h / 2.0),
                zoom: READABLE_ZOOM,
            };
        };
        let centre_of = |i: usize| pos2(layout.centres[i].0, layout.centres[i].1);
        // The reader first, then by turns the next card ahead and the last
        // one walked, nearest first: when they do not all fit, the ones
        // farthest along the path either way are left out first.
        let from = centre_of(here);
        let by_distance = |state: PathState| {
            let mut nodes: Vec<usize> = (0..self.map.nodes.len())
                .filter(|&i| i != here && self.path.nodes.get(i) == Some(&state))
                .collect();
            nodes.sort_by(|&a, &b| {
                let (da, db) = (centre_of(a).distance(from), centre_of(b).distance(from));
                da.total_cmp(&db)
            });
            nodes
        };
        let (ahead, done) = (by_distance(PathState::Ahead), by_distance(PathState::Done));
        let mut shown = vec![here];
        for k in 0..ahead.len().max(done.len()) {
            shown.extend(ahead.get(k));
            shown.extend(done.get(k));
        }
        loop {
            let mut bounds = Rect::NOTHING;
            for &i in &shown {
                let (w, h) = layout.sizes[i];
                bounds = bounds.union(Rect::from_center_size(centre_of(i), vec2(w, h)));
            }
            let zoom = ((rect.width() - margin) / (bounds.width().max(1.0) * unit))
                .min((rect.height() - margin) / (bounds.height().max(1.0) * unit))
                .clamp(ZOOM_MIN, READABLE_ZOOM);
            if zoom >= FIT_AT_LEAST || shown.len() <= 1 {
                return View {
                    centre: bounds.center(),
                    zoom: zoom.max(FIT_AT_LEAST.min(READABLE_ZOOM)),
                };
            }
            shown.pop();
        }
    }

    /// Where node `i`'s card is on the screen.
    fn node_rect(&self, i: usize, view: &View, rect: Rect, scale: f32) -> Rect {
        let (x, y) = self.map.layout.centres[i];
        let (w, h) = self.map.layout.sizes[i];
        Rect::from_center_size(to_screen((x, y), view, rect, scale), vec2(w, h) * scale)
    }

    /// Every edge in view, with its words: walked ones in the success
    /// colour, the way ahead in the accent, the rest quieter; edges that
    /// lead back up are dashed.
    fn paint_edges(
        &self,
        painter: &egui::Painter,
        view: &View,
        rect: Rect,
        scale: f32,
        visible: Rect,
        cards: Vec<Rect>,
    ) {
        let palette = &self.palette;
        let zoom = view.zoom;
        let small = TextRole::Small.font(painter.ctx().global_style().as_ref());
        let label_font = egui::FontId::new(small.size * zoom, small.family.clone());
        let mut labels = Vec::new();
        for (e, edge) in self.map.edges.iter().enumerate() {
            let route = &self.map.layout.routes[e];
            if route.points.len() < 2 {
                continue;
            }
            let ((left, top), (right, bottom)) = route.bounds;
            let bounds = Rect::from_min_max(pos2(left, top), pos2(right, bottom));
            if !visible.intersects(bounds.expand(1.0)) {
                continue;
            }
            let state = self.path.edges.get(e).copied().unwrap_or(PathState::Off);
            let (colour, width) = match state {
                PathState::Done => (palette.success, 3.0),
                PathState::Current | PathState::Ahead => (palette.accent, 2.5),
                PathState::Off => (palette.text_weak, 1.4),
            };
            let stroke = Stroke::new((width * zoom).max(1.0), colour);
            // Stretch by stretch: one already drawn by another edge (a
            // shared trunk) is skipped unless this edge is on the reader's
            // way, and so is one out of view.
            let on_path = state != PathState::Off;
            let screen = |p: (f32, f32)| to_screen(p, view, rect, scale);
            let mut run: Vec<Pos2> = Vec::new();
            let mut tail: Vec<Pos2> = Vec::new();
            let stretches = route.points.len() - 1;
            for k in 0..stretches {
                let (from, to) = (route.points[k], route.points[k + 1]);
                let seen = Rect::from_two_pos(pos2(from.0, from.1), pos2(to.0, to.1));
                let skip = (!on_path && route.shared.get(k) == Some(&true))
                    || !visible.intersects(seen.expand(1.0));
                if skip {
                    // Most skipped stretches end no run (a shared trunk
                    // skipped stretch after stretch): nothing to draw.
                    if !run.is_empty() {
                        stroke_run(painter, &mut run, stroke, route.back, zoom);
                    }
                    continue;
                }
                if run.is_empty() {
                    run.push(screen(from));
                }
                if route.self_loop || (from.0 - to.0).abs() < 0.5 || zoom < CURVES_FROM {
                    run.push(screen(to));
                } else {
                    run.extend(
                        (1..=CURVE_POINTS)
                            .map(|t| screen(bezier(from, to, t as f32 / CURVE_POINTS as f32))),
                    );
                }
                if k + 1 == stretches {
                    tail = run[run.len().saturating_sub(2)..].to_vec();
                }
            }
            stroke_run(painter, &mut run, stroke, route.back, zoom);
            arrow_head(painter, &tail, (10.0 * zoom).max(4.0), colour);
            if !edge.plain && label_font.size >= SMALLEST_TEXT {
                let at = to_screen(label_point(&route.points), view, rect, scale);
                labels.push((at, edge.label.as_str(), state));
            }
        }
        // Words on top of every line, so no line crosses them; those of the
        // reader's way first, and each moved off the ones already placed.
        labels.sort_by_key(|(_, _, state)| *state == PathState::Off);
        let mut placed = cards;
        for (at, words, state) in labels {
            let (border, colour) = match state {
                PathState::Done => (palette.success, palette.text),
                PathState::Current | PathState::Ahead => (palette.accent, palette.text),
                PathState::Off => (palette.border, palette.text_weak),
            };
            let galley = painter.layout_job(one_line(
                words,
                label_font.clone(),
                colour,
                LABEL_WIDTH * scale,
            ));
            let pad = vec2(6.0, 3.0) * zoom;
            let size = galley.size() + pad * 2.0;
            // Where it belongs, else beside, above or below that.
            let step = size + vec2(4.0, 2.0);
            let pill = [(0.0, 0.0), (-1.0, 0.0), (1.0, 0.0), (0.0, -1.0), (0.0, 1.0)]
                .iter()
                .map(|&(dx, dy)| Rect::from_center_size(at + vec2(dx, dy) * step, size))
                .find(|pill| !placed.iter().any(|p| p.intersects(*pill)))
                .unwrap_or_else(|| Rect::from_center_size(at, size));
            placed.push(pill);
            painter.rect(
                pill,
                pill.height() / 2.0,
                palette.surface,
                Stroke::new(zoom.max(0.5), border),
                StrokeKind::Inside,
            );
            painter.galley(pill.min + pad, galley, colour);
        }
    }

    /// One card: its kind and state, its title, its picture; the reader's
    /// card says "You are here", and in authoring mode problems show as a
    /// badge on the top edge.
    #[allow(clippy::too_many_arguments)]
    fn paint_card(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        i: usize,
        shown: Rect,
        zoom: f32,
        selected: bool,
        shots: &mut ShotCache,
    ) {
        let palette = &self.palette;
        let node = &self.map.nodes[i];
        let state = self.path.nodes.get(i).copied().unwrap_or(PathState::Off);
        let scale = shown.width() / CARDS.width;
        let (mut line, fill) = match state {
            PathState::Current => (
                Stroke::new(3.0, palette.accent),
                palette.tint(palette.accent),
            ),
            PathState::Done => (Stroke::new(2.0, palette.success), palette.surface),
            PathState::Ahead => (Stroke::new(2.0, palette.accent), palette.surface),
            PathState::Off => (Stroke::new(1.0, palette.border), palette.surface),
        };
        let fill = if selected && state != PathState::Current {
            palette.surface_hover
        } else {
            fill
        };
        if selected {
            line.width += 1.0;
        }
        // Zoomed far out, the reader's card and the path still stand out.
        let least = match state {
            PathState::Current => 3.0,
            PathState::Done | PathState::Ahead => 1.5,
            PathState::Off => 1.0,
        };
        line.width = (line.width * zoom).max(least);
        let corner = 8.0 * scale;
        painter.rect(shown, corner, fill, line, StrokeKind::Inside);
        let pad = 10.0 * scale;
        let inner = shown.shrink(pad);
        // The picture, under the words: also when the card is too small
        // for words, as a picture is what a lost reader recognises.
        if let Some(image) = &node.image {
            let area = Rect::from_min_max(
                pos2(inner.left(), shown.top() + CARDS.words * scale),
                pos2(
                    inner.right(),
                    shown.top() + (CARDS.words + CARDS.picture) * scale - pad,
                ),
            );
            if painter.clip_rect().intersects(area) {
                paint_thumbnail(painter, shots, ui.ctx(), image, area, palette);
            }
        }
        let small = TextRole::Small.font(ui.style());
        if small.size * zoom < SMALLEST_TEXT {
            return;
        }
        // The kind line: a glyph for the state, the kind, the state.
        let glyph = match (state, node.kind) {
            (PathState::Done, _) => Some((Glyph::Check, palette.success)),
            (PathState::Current, _) => Some((Glyph::Dot, palette.accent)),
            (_, MapKind::Outcome(OutcomeKind::Solved)) => Some((Glyph::Flag, palette.success)),
            (_, MapKind::Outcome(OutcomeKind::Unsolved)) => Some((Glyph::Flag, palette.warning)),
            (PathState::Ahead, _) => Some((Glyph::Ring, palette.accent)),
            _ => None,
        };
        let kind_font = egui::FontId::new(small.size * zoom, small.family.clone());
        let mut x = inner.left();
        let glyph_size = kind_font.size;
        if let Some((glyph, colour)) = glyph {
            let at =
                Rect::from_min_size(pos2(x, inner.top() + 1.0 * scale), Vec2::splat(glyph_size));
            icons::paint(painter, at, glyph, colour);
            x += glyph_size + 4.0 * scale;
        }
        // The reader's card says it in its pill instead.
        let kind_words = match state {
            PathState::Off | PathState::Current => node.kind.word().to_owned(),
            other => format!("{} · {}", node.kind.word(), other.words()),
        };
        let kind_colour = match state {
            PathState::Done => palette.success_text,
            PathState::Current | PathState::Ahead => palette.accent,
            PathState::Off => palette.text_weak,
        };
        let galley = painter.layout_job(one_line(
            &kind_words,
            kind_font.clone(),
            kind_colour,
            inner.right() - x,
        ));
        let kind_height = galley.size().y;
        painter.galley(pos2(x, inner.top()), galley, kind_colour);
        // The title, two lines at most.
        let body = TextRole::Body.strong_font(ui.style());
        let title_font = egui::FontId::new(body.size * zoom, body.family.clone());
        let mut job = LayoutJob::single_section(
            node.title.clone(),
            TextFormat::simple(title_font, palette.text),
        );
        job.wrap.max_width = inner.width();
        job.wrap.max_rows = 2;
        job.wrap.break_anywhere = false;
        job.wrap.overflow_character = Some('…');
        let galley = painter.layout_job(job);
        painter.galley(
            pos2(inner.left(), inner.top() + kind_height + 3.0 * scale),
            galley,
            palette.text,
        );
        if state == PathState::Current {
            self.you_are_here(painter, shown, zoom, ui);
        }
        let problems = self.node_problems(i);
        if let Some(first) = problems.first() {
            let more = problems.len() - 1;
            let words = if more > 0 {
                format!("{} +{more}", badge_words(first.rule))
            } else {
                badge_words(first.rule)
            };
            let (colour, text_colour) = if first.severity == Severity::Error {
                (palette.error, palette.error_text)
            } else {
                (palette.warning, palette.warning_text)
            };
            let galley = painter.layout_job(one_line(
                &words,
                kind_font,
                text_colour,
                shown.width() * 0.9,
            ));
            let pad = vec2(7.0, 3.0) * scale;
            let size = galley.size() + pad * 2.0;
            let badge = Rect::from_min_size(
                pos2(
                    shown.right() - size.x - 6.0 * scale,
                    shown.top() - size.y / 2.0,
                ),
                size,
            );
            painter.rect(
                badge,
                badge.height() / 2.0,
                palette.tint(colour),
                Stroke::new((1.5 * zoom).max(1.0), colour),
                StrokeKind::Inside,
            );
            painter.galley(badge.min + pad, galley, text_colour);
        }
    }

    /// The pill over the reader's card.
    fn you_are_here(&self, painter: &egui::Painter, card: Rect, zoom: f32, ui: &egui::Ui) {
        let palette = &self.palette;
        let small = TextRole::Small.strong_font(ui.style());
        let font = egui::FontId::new(small.size * zoom, small.family);
        let galley = painter.layout_no_wrap(crate::tr!(map_you_are_here), font, palette.on_accent);
        let pad = vec2(8.0, 3.0) * zoom;
        let size = galley.size() + pad * 2.0;
        // Above the card, clear of the focus ring around it.
        let pill = Rect::from_min_size(
            pos2(card.left(), card.top() - size.y - 6.0 * zoom.max(0.5)),
            size,
        );
        painter.rect_filled(pill, pill.height() / 2.0, palette.accent);
        painter.galley(pill.min + pad, galley, palette.on_accent);
    }
}

/// A map point on the screen.
fn to_screen((x, y): (f32, f32), view: &View, rect: Rect, scale: f32) -> Pos2 {
    rect.center() + (pos2(x, y) - view.centre) * scale
}

/// Draws a run of points as one line (dashed for a way back) and empties it.
fn stroke_run(painter: &egui::Painter, run: &mut Vec<Pos2>, stroke: Stroke, back: bool, zoom: f32) {
    if run.len() >= 2 {
        if back {
            painter.extend(Shape::dashed_line(
                run,
                stroke,
                (7.0 * zoom).max(2.0),
                (5.0 * zoom).max(2.0),
            ));
        } else {
            painter.add(Shape::line(std::mem::take(run), stroke));
        }
    }
    run.clear();
}

/// The point at `t` of the vertical cubic curve from `a` to `b`.
fn bezier(a: (f32, f32), b: (f32, f32), t: f32) -> (f32, f32) {
    let mid = (a.1 + b.1) / 2.0;
    let u = 1.0 - t;
    let (w0, w1, w2, w3) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (
        a.0 * (w0 + w1) + b.0 * (w2 + w3),
        a.1 * w0 + mid * (w1 + w2) + b.1 * w3,
    )
}

/// Where an edge's words go: along its first stretch, in the gap under
/// (or, going back, over) the node it leaves, most of the way across, so
/// the answers of one question sit apart and off the next row of cards.
fn label_point(points: &[(f32, f32)]) -> (f32, f32) {
    let (a, b) = match points {
        [a, b, ..] => (*a, *b),
        [a] => return *a,
        [] => return (0.0, 0.0),
    };
    let gap = crate::guide::layout::Spacing::default().layer_gap;
    let rise = b.1 - a.1;
    if rise == 0.0 {
        return a;
    }
    let wanted = rise.signum() * (rise.abs() * LABEL_AT).min(gap * LABEL_AT);
    // The curve's height is a + rise * h(t), h(t) = 1/2 + s³ + 3s/4 with
    // s = t - 1/2 (both inner control points at mid-height): one real
    // root, s = -sinh(asinh(4 (1/2 - h)) / 3). Found at once, not by a
    // search, as it is drawn every frame for every labelled edge in view.
    let share = (wanted / rise).clamp(0.0, 1.0);
    let t = 0.5 - ((2.0 - 4.0 * share).asinh() / 3.0).sinh();
    bezier(a, b, t)
}

/// A filled arrow head at the end of a line, pointing the way it goes.
fn arrow_head(painter: &egui::Painter, points: &[Pos2], length: f32, colour: egui::Color32) {
    let [.., before, tip] = points else {
        return;
    };
    let direction = (*tip - *before).normalized();
    if !direction.is_finite() || direction == Vec2::ZERO {
        return;
    }
    let base = *tip - direction * length;
    let side = direction.rot90() * length * 0.45;
    painter.add(Shape::convex_polygon(
        vec![*tip, base + side, base - side],
        colour,
        Stroke::NONE,
    ));
}

/// Words on one line, cut with "…" when longer than `width`.
fn one_line(words: &str, font: egui::FontId, colour: egui::Color32, width: f32) -> LayoutJob {
    let mut job = LayoutJob::single_section(words.to_owned(), TextFormat::simple(font, colour));
    job.wrap.max_width = width.max(1.0);
    job.wrap.max_rows = 1;
    job.wrap.break_anywhere = true;
    job.wrap.overflow_character = Some('…');
    job
}

/// A node's picture, small, decoded off the UI thread by the shot cache:
/// a quiet box while it loads, and one with a cross if it cannot be shown.
fn paint_thumbnail(
    painter: &egui::Painter,
    shots: &mut ShotCache,
    ctx: &egui::Context,
    image: &str,
    area: Rect,
    palette: &Palette,
) {
    match shots.get(ctx, image) {
        ShotState::Ready { texture, size } => {
            let shown = Rect::from_center_size(area.center(), fit(size, area.size()));
            let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
            painter.image(texture.id(), shown, uv, egui::Color32::WHITE);
            painter.rect_stroke(
                shown,
                2.0,
                Stroke::new(1.0, palette.border),
                StrokeKind::Outside,
            );
        }
        ShotState::Loading => {
            painter.rect_filled(area, 4.0, palette.surface_hover);
        }
        ShotState::Failed(_) => {
            painter.rect(
                area,
                4.0,
                palette.surface_hover,
                Stroke::new(1.0, palette.border),
                StrokeKind::Inside,
            );
            let stroke = Stroke::new(1.0, palette.text_weak);
            let cross = area.shrink(area.height() * 0.3);
            let cross = Rect::from_center_size(cross.center(), Vec2::splat(cross.height()));
            painter.line_segment([cross.left_top(), cross.right_bottom()], stroke);
            painter.line_segment([cross.right_top(), cross.left_bottom()], stroke);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{LABEL_AT, bezier, label_point};

    /// The label's place, found by halving along the curve (as it was
    /// found before): the closed form lands on the same point.
    fn by_halving(a: (f32, f32), b: (f32, f32)) -> (f32, f32) {
        let gap = crate::guide::layout::Spacing::default().layer_gap;
        let rise = b.1 - a.1;
        let wanted = a.1 + rise.signum() * (rise.abs() * LABEL_AT).min(gap * LABEL_AT);
        let (mut low, mut high) = (0.0f32, 1.0f32);
        for _ in 0..40 {
            let mid = (low + high) / 2.0;
            if (bezier(a, b, mid).1 - wanted) * rise.signum() < 0.0 {
                low = mid;
            } else {
                high = mid;
            }
        }
        bezier(a, b, (low + high) / 2.0)
    }

    #[test]
    fn a_label_sits_where_halving_along_the_curve_puts_it() {
        for a in [(0.0, 0.0), (120.0, 40.0), (-300.0, 500.0)] {
            for (dx, dy) in [
                (0.0, 10.0),
                (80.0, 60.0),
                (-200.0, 90.0),
                (50.0, 400.0),
                (30.0, -250.0),
                (-5.0, -30.0),
            ] {
                let b = (a.0 + dx, a.1 + dy);
                let (got, want) = (label_point(&[a, b]), by_halving(a, b));
                assert!(
                    (got.0 - want.0).abs() < 0.05 && (got.1 - want.1).abs() < 0.05,
                    "{a:?} -> {b:?}: {got:?}, not {want:?}"
                );
            }
        }
        assert_eq!(label_point(&[(3.0, 4.0), (9.0, 4.0)]), (3.0, 4.0));
        assert_eq!(label_point(&[(3.0, 4.0)]), (3.0, 4.0));
    }
}
