//! The zoom view: the screenshot over the whole window, with its marks,
//! to pan by dragging (or arrow keys) and zoom by scrolling (or + and -).
//! Esc closes it.

use egui::{Color32, Key, Pos2, Rect, Sense, Vec2, pos2, vec2};

use crate::guide::model::Shot;
use crate::shots::ShotState;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::annotated_image::{describe, fit, paint_shot};
use crate::ui::widgets::hover::HoverWords;

/// The room the zoom bar's buttons take, before its hint shows.
const BUTTONS: f32 = 480.0;

/// Zoom range relative to "fit to window".
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 1.0..=6.0;

/// Where the zoom view is looking.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoomState {
    /// 1.0 shows the whole picture.
    pub zoom: f32,
    /// The picture's point at the centre of the view, in image pixels.
    pub center: Pos2,
}

impl ZoomState {
    /// A view of the whole picture.
    pub fn fit(image_size: Vec2) -> ZoomState {
        ZoomState {
            zoom: 1.0,
            center: (image_size / 2.0).to_pos2(),
        }
    }

    fn zoom_by(&mut self, factor: f32) {
        self.zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
    }
}

/// Draws the zoom view over the window. Returns Close when asked to.
pub fn zoom_ui(
    ctx: &egui::Context,
    state: &mut ZoomState,
    shot: &Shot,
    shot_state: &ShotState,
    palette: &Palette,
) -> Actions {
    let mut actions = Actions::new();
    let ShotState::Ready {
        texture,
        size: image_size,
    } = shot_state
    else {
        actions.push(Action::Command(UiCommand::Close));
        return actions;
    };
    let image_size = *image_size;
    egui::Area::new(egui::Id::unique("zoom-view"))
        .order(egui::Order::Foreground)
        .fixed_pos(Pos2::ZERO)
        .show(ctx, |ui| {
            let screen = ctx.content_rect();
            ui.painter().rect_filled(screen, 0, palette.backdrop);
            let bar = Rect::from_min_size(screen.min, vec2(screen.width(), sp(ui, size::ZOOM_BAR)));
            let view = Rect::from_min_max(
                pos2(screen.left() + space::WIDE, bar.bottom()),
                screen.max - vec2(space::WIDE, space::WIDE),
            );
            let response = ui.allocate_rect(view, Sense::click_and_drag());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Image,
                    true,
                    crate::tr!(zoom_view_name, picture = describe(shot)),
                )
            });
            keyboard(ctx, state, image_size);
            // Base scale: the whole picture fits the view at zoom 1.
            let fitted = fit(image_size, view.size());
            let scale = fitted.x / image_size.x.max(1.0) * state.zoom;
            if response.dragged() {
                state.center -= response.drag_delta() / scale;
            }
            if response.hovered() {
                let scroll = ui.input(|i| i.smooth_scroll_delta.y);
                let pinch = ui.input(|i| i.zoom_delta());
                let factor = pinch * (scroll * 0.002).exp();
                if (factor - 1.0).abs() > f32::EPSILON {
                    // Zoom about the pointer: the picture point under it stays put.
                    if let Some(pointer) = response.hover_pos() {
                        let before = state.center + (pointer - view.center()) / scale;
                        state.zoom_by(factor);
                        let new_scale = fitted.x / image_size.x.max(1.0) * state.zoom;
                        state.center = before - (pointer - view.center()) / new_scale;
                    }
                }
            }
            if response.double_clicked() {
                *state = ZoomState::fit(image_size);
            }
            let scale = fitted.x / image_size.x.max(1.0) * state.zoom;
            clamp_center(state, image_size, view.size() / scale);
            let shown = Rect::from_center_size(
                view.center() - (state.center.to_vec2() - image_size / 2.0) * scale,
                image_size * scale,
            );
            let painter = ui.painter_at(view);
            paint_shot(
                &painter,
                texture.id(),
                image_size,
                shown,
                &shot.marks,
                palette,
            );
            let mut bar_ui =
                ui.new_child(egui::UiBuilder::new().max_rect(bar.shrink2(vec2(16.0, 8.0))));
            // The hint goes first to go when the bar is short of room.
            let hint = crate::tr!(zoom_view_hint);
            let hint_width = ui
                .painter()
                .layout_no_wrap(
                    hint.clone(),
                    TextRole::Body.font(ui.style()),
                    Color32::WHITE,
                )
                .size()
                .x;
            let show_hint = hint_width + sp(ui, BUTTONS) < bar.width();
            bar_ui.horizontal_centered(|ui| {
                if show_hint {
                    ui.label(text(hint.as_str(), TextRole::Body).color(palette.on_backdrop));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(crate::tr!(zoom_view_close))
                        .on_hover_words(|| UiCommand::Close.tooltip())
                        .clicked()
                    {
                        actions.push(Action::Command(UiCommand::Close));
                    }
                    if ui
                        .button(crate::tr!(zoom_view_fit))
                        .on_hover_words(|| crate::tr!(zoom_view_fit_tip))
                        .clicked()
                    {
                        *state = ZoomState::fit(image_size);
                    }
                    if ui
                        .button(crate::tr!(zoom_view_in))
                        .on_hover_words(|| crate::tr!(zoom_view_in_tip))
                        .clicked()
                    {
                        state.zoom_by(1.25);
                    }
                    if ui
                        .button(crate::tr!(zoom_view_out))
                        .on_hover_words(|| crate::tr!(zoom_view_out_tip))
                        .clicked()
                    {
                        state.zoom_by(0.8);
                    }
                    ui.label(
                        text(
                            crate::tr!(
                                zoom_view_percent,
                                percent = format!("{:.0}", state.zoom * 100.0)
                            ),
                            TextRole::Body,
                        )
                        .color(palette.on_backdrop),
                    );
                });
            });
        });
    actions
}

fn keyboard(ctx: &egui::Context, state: &mut ZoomState, image_size: Vec2) {
    let step = image_size.min_elem() / 12.0 / state.zoom;
    ctx.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, Key::Plus)
            || i.consume_key(egui::Modifiers::NONE, Key::Equals)
        {
            state.zoom_by(1.25);
        }
        if i.consume_key(egui::Modifiers::NONE, Key::Minus) {
            state.zoom_by(0.8);
        }
        if i.consume_key(egui::Modifiers::NONE, Key::Num0) {
            *state = ZoomState::fit(image_size);
        }
        for (key, delta) in [
            (Key::ArrowLeft, vec2(-step, 0.0)),
            (Key::ArrowRight, vec2(step, 0.0)),
            (Key::ArrowUp, vec2(0.0, -step)),
            (Key::ArrowDown, vec2(0.0, step)),
        ] {
            if i.consume_key(egui::Modifiers::NONE, key) {
                state.center += delta;
            }
        }
    });
}

/// Keeps the view on the picture: no panning past its edges.
fn clamp_center(state: &mut ZoomState, image_size: Vec2, visible: Vec2) {
    let half = (visible / 2.0).min(image_size / 2.0);
    state.center.x = state.center.x.clamp(half.x, image_size.x - half.x);
    state.center.y = state.center.y.clamp(half.y, image_size.y - half.y);
}
