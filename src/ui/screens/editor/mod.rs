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
use crate::tr;
use crate::ui::command::{Action, Actions, UiCommand};
use crate::ui::theme::{Palette, TextRole, size, sp, space, text};
use crate::ui::widgets::annotated_image::{fit, paint_marks, paint_shot};
use crate::ui::widgets::cards::{card, command_button, primary_button, secondary_button};
use strum::IntoEnumIterator;

mod canvas;

use crate::ui::widgets::hover::HoverWords;
use canvas::{canvas_ui, keyboard};

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
            self.status = Some(tr!(editor_reload_failed, error = e.to_string()));
            return;
        }
        self.marks = MarksEditor::new(marks, self.marks.size());
        self.conflict = None;
        self.status = Some(tr!(editor_reloaded));
    }

    fn after_save(&mut self, result: Result<Saved, SaveError>) -> bool {
        match result {
            Ok(Saved::Written) => {
                self.marks.mark_saved();
                self.conflict = None;
                self.status = Some(tr!(editor_saved, file = self.file_name()));
                true
            }
            Ok(Saved::Unchanged) => {
                self.marks.mark_saved();
                self.status = Some(tr!(editor_nothing_to_save));
                false
            }
            Err(SaveError::ChangedOnDisk { disk, .. }) => {
                self.conflict = Some(disk);
                self.status = None;
                false
            }
            Err(e) => {
                self.status = Some(tr!(editor_not_saved, error = e.to_string()));
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
                let leave_unsaved = tr!(editor_leave_unsaved);
                if !self.marks.is_dirty() || self.status.as_deref() == Some(leave_unsaved.as_str())
                {
                    return AfterCommand::Leave;
                }
                self.status = Some(leave_unsaved);
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

/// A tool's name, on its button and in the status line.
pub fn tool_label(tool: Tool) -> String {
    match tool {
        Tool::Select => tr!(editor_tool_select),
        Tool::Highlight => tr!(editor_tool_highlight),
        Tool::Spotlight => tr!(editor_tool_spotlight),
        Tool::Arrow => tr!(editor_tool_arrow),
        Tool::Callout => tr!(editor_tool_callout),
        Tool::Circle => tr!(editor_tool_circle),
    }
}

/// What to do with a tool, for the status line.
pub fn tool_hint(tool: Tool) -> String {
    match tool {
        Tool::Select => tr!(editor_hint_select),
        Tool::Highlight | Tool::Spotlight | Tool::Arrow => tr!(editor_hint_draw),
        Tool::Callout => tr!(editor_hint_callout),
        Tool::Circle => tr!(editor_hint_circle),
    }
}

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
                    tr!(editor_picture_failed, why = why.to_string()),
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
        ui.label(text(tr!(editor_marks_on), TextRole::Heading));
        ui.label(
            text(
                tr!(
                    editor_node_in_file,
                    node = state.node.node.as_str(),
                    file = state.file_name()
                ),
                TextRole::Body,
            )
            .color(palette.text_weak),
        );
    });
    ui.horizontal_wrapped(|ui| {
        for (n, tool) in Tool::iter().enumerate() {
            let selected = state.tool == tool;
            let label = tool_label(tool);
            let button = egui::Button::selectable(selected, text(&label, TextRole::Button))
                .min_size(vec2(0.0, sp(ui, crate::ui::theme::size::BUTTON_HEIGHT)));
            let response = ui
                .add(button)
                .on_hover_words(|| UiCommand::Tool(n).hover_text(ui.ctx()));
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label)
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
    let status = state
        .status
        .clone()
        .unwrap_or_else(|| tool_hint(state.tool));
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
                    tr!(
                        editor_conflict,
                        file = state.file.path().display().to_string()
                    ),
                    TextRole::Body,
                ))
                .wrap(),
            );
            let theirs_words = match &theirs {
                Some(marks) => count_in_words(marks),
                None => tr!(editor_conflict_gone),
            };
            ui.label(text(
                tr!(editor_conflict_disk, marks = theirs_words),
                TextRole::Small,
            ));
            ui.label(text(
                tr!(
                    editor_conflict_yours,
                    marks = count_in_words(state.marks.marks())
                ),
                TextRole::Small,
            ));
            ui.horizontal_wrapped(|ui| {
                if primary_button(ui, &tr!(editor_conflict_keep_mine), palette).clicked()
                    && state.save_over_disk()
                {
                    actions.push(Action::ReloadPack);
                }
                if secondary_button(ui, &tr!(editor_conflict_reload)).clicked() {
                    state.reload_from_disk(theirs.clone().unwrap_or_default());
                    actions.push(Action::ReloadPack);
                }
            });
        });
}

/// The list of marks (each a button that selects it: the keyboard and
/// screen-reader way in), the selected mark's position, and its label.
fn side_ui(ui: &mut egui::Ui, state: &mut EditorState, palette: &Palette) {
    ui.label(text(tr!(editor_marks_heading), TextRole::Heading));
    let (w, h) = state.marks.size();
    ui.label(
        text(
            tr!(editor_picture_size, width = w as i64, height = h as i64),
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
                        text(tr!(editor_no_marks), TextRole::Small).color(palette.text_weak),
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
        ui.label(text(tr!(editor_click_to_select), TextRole::Small).color(palette.text_weak));
        return;
    };
    ui.label(text(mark.kind().position(), TextRole::Body));
    ui.label(text(tr!(editor_nudge_hint), TextRole::Small).color(palette.text_weak));
    if mark.kind().label().is_some() {
        ui.label(text(tr!(editor_label), TextRole::Small));
        let edit = egui::TextEdit::singleline(&mut state.label)
            .hint_text(tr!(editor_label_hint))
            .desired_width(f32::INFINITY);
        let response = ui.add(edit);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr!(editor_label_name))
        });
        if std::mem::take(&mut state.focus_label) {
            response.request_focus();
        }
        if response.lost_focus() || response.changed() {
            state.commit_label();
        }
    }
}
