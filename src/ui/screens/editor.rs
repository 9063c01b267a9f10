//! The mark editor (`stepwise edit`, **Edit marks** on a step): the step's
//! picture as a canvas. Tools named Highlight, Spotlight, Arrow and Callout
//! draw by dragging (or clicking); Select picks a mark to move it or drag
//! its handles; Delete removes it; arrow keys nudge it a pixel (Shift: ten).
//! Undo and Redo cover every change; Save writes the marks into the guide
//! file and nothing else. The model is `authoring::marks`; this file only
//! turns pointer and keys into its operations and draws the result.
//! Long because the canvas, its toolbar, the list of marks and the
//! conflict card are one screen that shares the editor's state.

use egui::emath::RectTransform;
use egui::{Key, Modifiers, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2, pos2, vec2};

use crate::authoring::file::{GuideFile, SaveError, Saved};
use crate::authoring::marks::{MarksEditor, Tool};
use crate::guide::NodeRef;
use crate::guide::model::Mark;
use crate::marks::{count_in_words, keep_inside};
use crate::shots::ShotState;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::annotated_image::{fit, paint_marks, paint_shot};
use crate::ui::widgets::cards::{card, command_button, primary_button, secondary_button};
use strum::IntoEnumIterator;

/// One picture's marks being edited.
pub struct EditorState {
    /// The node whose picture this is.
    pub node: NodeRef,
    /// The picture, relative to `assets/`.
    pub image: String,
    /// The guide file the marks are saved into.
    pub file: GuideFile,
    /// The marks and their history.
    pub marks: MarksEditor,
    /// What a drag draws.
    pub tool: Tool,
    drag: Option<Drag>,
    /// The selected callout's label as it is being typed.
    label: String,
    /// The last thing that happened, in words ("Saved", "Nothing to save").
    pub status: Option<String>,
    /// The text on disk, when the file changed since it was read.
    pub conflict: Option<String>,
    /// Give the label field the keyboard on the next frame.
    focus_label: bool,
}

/// A drag in progress, in image pixels.
#[derive(Clone, Copy, Debug)]
enum Drag {
    Draw { from: (f32, f32), to: (f32, f32) },
    Move { last: (f32, f32), moved: bool },
    Handle { handle: usize, moved: bool },
}

impl EditorState {
    /// Opens the editor on a node's picture.
    pub fn new(
        node: NodeRef,
        image: String,
        file: GuideFile,
        marks: Vec<Mark>,
        size: (f32, f32),
    ) -> EditorState {
        EditorState {
            node,
            image,
            file,
            marks: MarksEditor::new(marks, size),
            tool: Tool::Select,
            drag: None,
            label: String::new(),
            status: None,
            conflict: None,
            focus_label: false,
        }
    }

    /// Saves the marks into the guide file. Returns true when the file was
    /// written (the pack must then be read again).
    pub fn save(&mut self) -> bool {
        self.commit_label();
        let result = self.file.save_marks(&self.node.node, self.marks.marks());
        self.after_save(result)
    }

    /// Keeps the author's marks although the file changed on disk: they go
    /// into the text on disk now, which keeps the other changes.
    pub fn save_over_disk(&mut self) -> bool {
        let result = self
            .file
            .save_marks_over_disk(&self.node.node, self.marks.marks());
        self.after_save(result)
    }

    /// Drops the unsaved marks and reads the file again.
    pub fn reload_from_disk(&mut self, marks: Vec<Mark>) {
        if let Err(e) = self.file.reload() {
            self.status = Some(format!("Could not read the guide again: {e}."));
            return;
        }
        self.marks = MarksEditor::new(marks, self.marks.size());
        self.conflict = None;
        self.status = Some("Reloaded from disk; your unsaved marks were dropped.".to_owned());
    }

    fn after_save(&mut self, result: Result<Saved, SaveError>) -> bool {
        match result {
            Ok(Saved::Written) => {
                self.marks.mark_saved();
                self.conflict = None;
                self.status = Some(format!("Saved into {}.", self.file_name()));
                true
            }
            Ok(Saved::Unchanged) => {
                self.marks.mark_saved();
                self.status = Some("Nothing to save: the file already says this.".to_owned());
                false
            }
            Err(SaveError::ChangedOnDisk { disk, .. }) => {
                self.conflict = Some(disk);
                self.status = None;
                false
            }
            Err(e) => {
                self.status = Some(format!("Not saved: {e}. Your marks are still here."));
                false
            }
        }
    }

    fn file_name(&self) -> String {
        self.file
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Puts the label being typed into the selected callout.
    fn commit_label(&mut self) {
        let selected_is_callout = self
            .marks
            .selected()
            .and_then(|i| self.marks.marks().get(i))
            .is_some_and(|m| m.kind().label().is_some());
        if selected_is_callout {
            let label = self.label.clone();
            self.marks.set_label(&label);
        }
    }

    /// Selects a mark and shows its label for typing.
    fn select(&mut self, index: Option<usize>) {
        self.commit_label();
        self.marks.select(index);
        self.load_label();
    }

    fn load_label(&mut self) {
        self.label = match self
            .marks
            .selected()
            .and_then(|i| self.marks.marks().get(i))
        {
            Some(mark) => mark.kind().label().unwrap_or_default().to_owned(),
            None => String::new(),
        };
    }

    /// Applies an editor command (from a button or a key), and says what
    /// the app should do next.
    pub fn command(&mut self, command: EditorCommand) -> AfterCommand {
        match command {
            EditorCommand::Tool(n) => {
                if let Some(tool) = Tool::iter().nth(n) {
                    self.tool = tool;
                }
            }
            EditorCommand::Undo => {
                self.commit_label();
                self.marks.undo();
                self.load_label();
            }
            EditorCommand::Redo => {
                self.marks.redo();
                self.load_label();
            }
            EditorCommand::Delete => {
                if self.marks.delete_selected() {
                    self.label.clear();
                }
            }
            EditorCommand::Save => {
                if self.save() {
                    return AfterCommand::Saved;
                }
            }
            // Leaving with unsaved marks asks once, then leaves.
            EditorCommand::Close => {
                if !self.marks.is_dirty() || self.status.as_deref() == Some(LEAVE_UNSAVED) {
                    return AfterCommand::Leave;
                }
                self.status = Some(LEAVE_UNSAVED.to_owned());
            }
        }
        AfterCommand::Stay
    }
}

/// What the mark editor is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorCommand {
    /// Pick tool `n` of the toolbar.
    Tool(usize),
    /// Take back the last change.
    Undo,
    /// Do again what was taken back.
    Redo,
    /// Remove the selected mark.
    Delete,
    /// Write the marks into the guide file.
    Save,
    /// Leave the editor (asking first when marks are unsaved).
    Close,
}

/// What the app does after an editor command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterCommand {
    /// Nothing more.
    Stay,
    /// The guide file changed: read the pack again.
    Saved,
    /// Close the editor and go back to the step.
    Leave,
}

/// What a second Esc means when the marks are not saved.
const LEAVE_UNSAVED: &str =
    "Your marks are not saved: Save (Ctrl+S) keeps them; press Esc again to leave them.";

/// Draws the editor for `state` over `shot`. Returns the actions for the app.
pub fn editor_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    shot: &ShotState,
    palette: &Palette,
) -> Actions {
    let mut actions = Actions::new();
    toolbar_ui(ui, state, palette, &mut actions);
    if let Some(disk) = state.conflict.clone() {
        conflict_ui(ui, state, &disk, palette, &mut actions);
    }
    let side = sp(ui, size::SIDE_PANEL).min(ui.available_width() * 0.35);
    egui::Panel::right("editor-side")
        .exact_size(side)
        .resizable(false)
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(sp(ui, space::LARGE) as i8)))
        .show(ui, |ui| side_ui(ui, state, palette));
    egui::CentralPanel::default_margins()
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(sp(ui, space::MEDIUM) as i8)))
        .show(ui, |ui| match shot {
            ShotState::Ready { texture, size } => {
                canvas_ui(ui, state, texture.id(), *size, palette);
            }
            ShotState::Loading => {
                ui.spinner();
            }
            ShotState::Failed(why) => {
                ui.label(text(
                    format!("This picture can't be shown, so its marks can't be drawn: {why}."),
                    TextRole::Body,
                ));
            }
        });
    keyboard(ui, state);
    actions
}

fn toolbar_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    palette: &Palette,
    actions: &mut Actions,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(text("Marks on", TextRole::Heading));
        ui.label(
            text(
                format!("{} in {}", state.node.node, state.file_name()),
                TextRole::Body,
            )
            .color(palette.text_weak),
        );
    });
    ui.horizontal_wrapped(|ui| {
        for (n, tool) in Tool::iter().enumerate() {
            let selected = state.tool == tool;
            let button = egui::Button::selectable(selected, text(tool.label(), TextRole::Button))
                .min_size(vec2(0.0, sp(ui, crate::ui::theme::size::BUTTON_HEIGHT)));
            let response = ui
                .add(button)
                .on_hover_text(UiCommand::Tool(n).hover_text(ui.ctx()));
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, tool.label())
            });
            if response.clicked() {
                actions.push(Action::Command(UiCommand::Tool(n)));
            }
        }
        ui.separator();
        ui.add_enabled_ui(state.marks.can_undo(), |ui| {
            command_button(ui, UiCommand::Undo, false, palette, actions)
        });
        ui.add_enabled_ui(state.marks.can_redo(), |ui| {
            command_button(ui, UiCommand::Redo, false, palette, actions)
        });
        ui.add_enabled_ui(state.marks.selected().is_some(), |ui| {
            command_button(ui, UiCommand::DeleteMark, false, palette, actions)
        });
        ui.separator();
        command_button(ui, UiCommand::SaveMarks, true, palette, actions);
        command_button(ui, UiCommand::Close, false, palette, actions);
    });
    // Always one line, so the picture does not jump when it changes.
    let status = state.status.as_deref().unwrap_or(state.tool.hint());
    ui.label(text(status, TextRole::Small).color(palette.text_weak));
}

fn conflict_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    disk: &str,
    palette: &Palette,
    actions: &mut Actions,
) {
    let theirs = crate::guide::load::parse_text::<crate::guide::model::Guide>("guide", disk)
        .ok()
        .and_then(|(g, _)| {
            g.nodes
                .get(&state.node.node)
                .and_then(|n| n.shot())
                .map(|s| s.marks.clone())
        });
    card(palette)
        .fill(palette.warning_fill())
        .stroke(Stroke::new(1.0, palette.warning))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(text(
                    format!(
                        "{} changed on disk since you opened it, so nothing was saved.",
                        state.file.path().display()
                    ),
                    TextRole::Body,
                ))
                .wrap(),
            );
            let theirs_words = match &theirs {
                Some(marks) => count_in_words(marks),
                None => "this step or its picture is not in the file on disk any more".to_owned(),
            };
            ui.label(text(format!("On disk: {theirs_words}"), TextRole::Small));
            ui.label(text(
                format!("Yours: {}", count_in_words(state.marks.marks())),
                TextRole::Small,
            ));
            ui.horizontal_wrapped(|ui| {
                if primary_button(ui, "Put my marks into the new file", palette).clicked()
                    && state.save_over_disk()
                {
                    actions.push(Action::ReloadPack);
                }
                if secondary_button(ui, "Reload from disk").clicked() {
                    state.reload_from_disk(theirs.clone().unwrap_or_default());
                    actions.push(Action::ReloadPack);
                }
            });
        });
}

/// The list of marks (each a button that selects it: the keyboard and
/// screen-reader way in), the selected mark's position, and its label.
fn side_ui(ui: &mut egui::Ui, state: &mut EditorState, palette: &Palette) {
    ui.label(text("Marks", TextRole::Heading));
    let (w, h) = state.marks.size();
    ui.label(
        text(
            format!("Picture: {} × {} px", w as i64, h as i64),
            TextRole::Small,
        )
        .color(palette.text_weak),
    );
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() * 0.5)
        .show(ui, |ui| {
            if state.marks.marks().is_empty() {
                ui.add(
                    egui::Label::new(
                        text(
                            "No marks yet. Pick Highlight and drag a box around the control to press.",
                            TextRole::Small,
                        )
                        .color(palette.text_weak),
                    )
                    .wrap(),
                );
            }
            let mut clicked = None;
            for (i, mark) in state.marks.marks().iter().enumerate() {
                let selected = state.marks.selected() == Some(i);
                let words = mark.kind().position();
                let response = ui.add(egui::Button::selectable(
                    selected,
                    text(&words, TextRole::Small),
                ));
                if response.clicked() {
                    clicked = Some(i);
                }
            }
            if let Some(i) = clicked {
                state.select(Some(i));
            }
        });
    ui.add_space(sp(ui, space::MEDIUM));
    let selected = state.marks.selected();
    let Some(mark) = selected.and_then(|i| state.marks.marks().get(i)).cloned() else {
        ui.label(text("Click a mark to select it.", TextRole::Small).color(palette.text_weak));
        return;
    };
    ui.label(text(mark.kind().position(), TextRole::Body));
    ui.label(
        text(
            "Arrow keys move it by a pixel, Shift+arrow by ten.",
            TextRole::Small,
        )
        .color(palette.text_weak),
    );
    if mark.kind().label().is_some() {
        ui.label(text("Label", TextRole::Small));
        let edit = egui::TextEdit::singleline(&mut state.label)
            .hint_text("What this callout says")
            .desired_width(f32::INFINITY);
        let response = ui.add(edit);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Callout label")
        });
        if std::mem::take(&mut state.focus_label) {
            response.request_focus();
        }
        if response.lost_focus() || response.changed() {
            state.commit_label();
        }
    }
}

/// The picture, its marks, the selection with its handles, and the drag
/// that is drawing or moving.
fn canvas_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    texture: egui::TextureId,
    image_size: Vec2,
    palette: &Palette,
) {
    let shown_size = fit(image_size, ui.available_size());
    let (rect, response) = ui.allocate_exact_size(shown_size, Sense::click_and_drag());
    let described = format!(
        "Picture being marked: {}. Tool: {}.",
        count_in_words(state.marks.marks()),
        state.tool.label()
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
        format!("{} added: type its label.", tool.label())
    } else {
        format!("{} added.", tool.label())
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
fn keyboard(ui: &egui::Ui, state: &mut EditorState) {
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
