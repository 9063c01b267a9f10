//! The mark editor's canvas: the picture with its marks, the selection and
//! its handles, drags that draw, move and resize, and the arrow keys that
//! nudge the selected mark.

use super::*;

/// The picture, its marks, the selection with its handles, and the drag
/// that is drawing or moving.
pub(super) fn canvas_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    texture: egui::TextureId,
    image_size: Vec2,
    palette: &Palette,
) {
    let shown_size = fit(image_size, ui.available_size());
    let (rect, response) = ui.allocate_exact_size(shown_size, Sense::click_and_drag());
    let described = tr!(
        editor_canvas_name,
        marks = count_in_words(state.marks.marks()),
        tool = tool_label(state.tool)
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, &described));
    let screen_from_image =
        RectTransform::from_to(Rect::from_min_size(Pos2::ZERO, image_size), rect);
    let image_from_screen = screen_from_image.inverse();
    let to_image = |p: Pos2| {
        let q = image_from_screen.transform_pos(p);
        (q.x, q.y)
    };
    let to_screen = |(x, y): (f32, f32)| screen_from_image.transform_pos(pos2(x, y));
    let scale = rect.width() / image_size.x.max(1.0);
    let slop = 8.0 / scale;

    // Where the button went down: a drag is recognised only after the
    // pointer has moved a little, and the mark starts where it began.
    if response.drag_started()
        && let Some(p) = ui
            .input(|i| i.pointer.press_origin())
            .or(response.interact_pointer_pos())
    {
        let at = to_image(p);
        state.commit_label();
        // Select moves and resizes what is there; every other tool draws.
        state.drag = if state.tool != Tool::Select {
            Some(Drag::Draw { from: at, to: at })
        } else if let Some(handle) = handle_at(state, at, slop) {
            Some(Drag::Handle {
                handle,
                moved: false,
            })
        } else {
            state.marks.select_at(at, slop);
            state.load_label();
            state.marks.selected().map(|_| Drag::Move {
                last: at,
                moved: false,
            })
        };
    }
    if response.dragged()
        && let Some(p) = response.interact_pointer_pos()
    {
        let at = to_image(p);
        match &mut state.drag {
            Some(Drag::Draw { to, .. }) => *to = at,
            Some(Drag::Move { last, moved }) => {
                let (dx, dy) = ((at.0 - last.0).round(), (at.1 - last.1).round());
                if dx != 0.0 || dy != 0.0 {
                    // The whole drag is one step to undo.
                    state.marks.move_selected(dx, dy, !*moved);
                    *last = (last.0 + dx, last.1 + dy);
                    *moved = true;
                }
            }
            Some(Drag::Handle { handle, moved }) => {
                state.marks.drag_handle(*handle, at, !*moved);
                *moved = true;
            }
            None => {}
        }
    }
    if response.drag_stopped() {
        if let Some(Drag::Draw { from, to }) = state.drag.take() {
            finish_drawing(state, from, to);
        }
        state.drag = None;
    } else if response.clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        let at = to_image(p);
        state.commit_label();
        if state.tool == Tool::Select {
            state.marks.select_at(at, slop);
            state.load_label();
        } else {
            finish_drawing(state, at, at);
        }
    }

    let painter = ui.painter_at(rect.expand(2.0));
    paint_shot(
        &painter,
        texture,
        image_size,
        rect,
        state.marks.marks(),
        palette,
    );
    let ring = Stroke::new(2.0, palette.focus);
    // While drawing, the mark itself as the drag would draw it, whatever
    // its kind.
    if let Some(Drag::Draw { from, to }) = state.drag {
        let size = state.marks.size();
        let (from, to) = (keep_inside(from, size), keep_inside(to, size));
        if let Some(mark) = state.tool.draw(from, to, size) {
            paint_marks(&painter, screen_from_image, rect, &[mark], palette);
        }
    }
    if let Some(mark) = state
        .marks
        .selected()
        .and_then(|i| state.marks.marks().get(i))
    {
        let bounds = mark.kind().bounds();
        let outline = Rect::from_two_pos(
            to_screen((bounds.min.x, bounds.min.y)),
            to_screen((bounds.max.x, bounds.max.y)),
        );
        painter.rect_stroke(outline, 4, ring, StrokeKind::Outside);
        for at in mark.kind().handles() {
            let square = Rect::from_center_size(to_screen((at.x, at.y)), Vec2::splat(10.0));
            painter.rect_filled(square, 2, palette.surface);
            painter.rect_stroke(square, 2, ring, StrokeKind::Inside);
        }
    }
    if response.hovered() && state.tool != Tool::Select {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
    }
}

fn finish_drawing(state: &mut EditorState, from: (f32, f32), to: (f32, f32)) {
    let tool = state.tool;
    let drawn = state.marks.draw(tool, from, to);
    state.load_label();
    // Adjust what was just drawn with Select; a mark with a label (a
    // callout) wants its words, so the label field takes the keyboard.
    state.tool = Tool::Select;
    let labelled = drawn
        .and_then(|i| state.marks.marks().get(i))
        .is_some_and(|mark| mark.kind().label().is_some());
    state.status = Some(if labelled {
        tr!(editor_mark_added_label, tool = tool_label(tool))
    } else {
        tr!(editor_mark_added, tool = tool_label(tool))
    });
    state.focus_label = labelled;
}

fn handle_at(state: &EditorState, at: (f32, f32), slop: f32) -> Option<usize> {
    let mark = state
        .marks
        .selected()
        .and_then(|i| state.marks.marks().get(i))?;
    mark.kind()
        .handles()
        .into_iter()
        .position(|p| (p.x - at.0).abs() <= slop && (p.y - at.1).abs() <= slop)
}

/// Arrow keys nudge the selected mark; Delete removes it. Not while a
/// text field (the callout label) has the keyboard.
pub(super) fn keyboard(ui: &egui::Ui, state: &mut EditorState) {
    if ui.ctx().egui_wants_keyboard_input() || state.marks.selected().is_none() {
        return;
    }
    let moves = ui.input_mut(|i| {
        let mut moves = Vec::new();
        for (key, dx, dy) in [
            (Key::ArrowLeft, -1.0, 0.0),
            (Key::ArrowRight, 1.0, 0.0),
            (Key::ArrowUp, 0.0, -1.0),
            (Key::ArrowDown, 0.0, 1.0),
        ] {
            // Shift first: a plain-key match would also take Shift+key.
            if i.consume_key(Modifiers::SHIFT, key) {
                moves.push((dx * 10.0, dy * 10.0));
            }
            if i.consume_key(Modifiers::NONE, key) {
                moves.push((dx, dy));
            }
        }
        moves
    });
    if !moves.is_empty() {
        // egui would move the focus with these arrow keys; they are used.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    for (dx, dy) in moves {
        state.marks.move_selected(dx, dy, true);
    }
}
