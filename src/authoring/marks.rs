//! The mark editor's model: the marks of one picture being drawn, moved,
//! resized and deleted, with undo and redo over every change. It knows no
//! window: the canvas in `ui/screens/editor.rs` turns drags and keys into
//! these operations, and tests drive them directly.
//!
//! Everything is in the picture's own pixels, as guides store marks. Marks
//! are kept inside the picture and snap to its edges; callouts number
//! themselves (1, 2, 3 ... in the order they are listed).

use strum::{EnumCount, EnumIter};

use crate::marks::{Arrow, Callout, Circle, Highlight, Mark, Point, keep_inside};

/// What a drag on the canvas draws: the editor's tools, in toolbar order
/// (the digit keys pick them, 1 for the first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumIter, EnumCount)]
pub enum Tool {
    /// Click to select, drag to move; no drawing.
    #[default]
    Select,
    /// A box around a control (the picture around it is dimmed).
    Highlight,
    /// A box with the spotlight: the same mark as a highlight, named for
    /// authors who think of the dimming first.
    Spotlight,
    /// An arrow from where the drag starts to where it ends.
    Arrow,
    /// A numbered badge with a label, where the click is.
    Callout,
    /// A ring, dragged from the middle of a round button out to its rim.
    Circle,
}

impl Tool {
    /// The tool's name on its button.
    pub fn label(self) -> &'static str {
        match self {
            Tool::Select => "Select",
            Tool::Highlight => "Highlight",
            Tool::Spotlight => "Spotlight",
            Tool::Arrow => "Arrow",
            Tool::Callout => "Callout",
            Tool::Circle => "Circle",
        }
    }

    /// What to do with the tool, for the editor's status line.
    pub fn hint(self) -> &'static str {
        match self {
            Tool::Select => "Click a mark to select it; drag it to move it, or drag its corners.",
            Tool::Highlight | Tool::Spotlight | Tool::Arrow => "Drag across the picture to draw.",
            Tool::Callout => "Click where the numbered badge goes.",
            Tool::Circle => "Drag from the middle of a round button out to its edge.",
        }
    }

    /// The mark a drag from `from` to `to` draws over a picture of `size`
    /// pixels (the same point for a click); none for Select.
    pub fn draw(self, from: (f32, f32), to: (f32, f32), size: (f32, f32)) -> Option<Mark> {
        Some(match self {
            Tool::Select => return None,
            Tool::Highlight | Tool::Spotlight => Mark::Highlight(Highlight::drawn(from, to, size)),
            Tool::Arrow => Mark::Arrow(Arrow::drawn(from, to, size)),
            Tool::Callout => Mark::Callout(Callout::drawn(to, size)),
            Tool::Circle => Mark::Circle(Circle::drawn(from, to, size)),
        })
    }
}

/// The marks of one picture, their selection and their history.
#[derive(Clone, Debug, PartialEq)]
pub struct MarksEditor {
    marks: Vec<Mark>,
    /// The picture's size in pixels.
    size: (f32, f32),
    selected: Option<usize>,
    undo: Vec<Vec<Mark>>,
    redo: Vec<Vec<Mark>>,
    /// The marks as they were when the editor opened (or was last saved).
    saved: Vec<Mark>,
}

impl MarksEditor {
    /// Starts editing `marks` over a picture of `size` pixels.
    pub fn new(marks: Vec<Mark>, size: (f32, f32)) -> MarksEditor {
        MarksEditor {
            saved: marks.clone(),
            marks,
            size: (size.0.max(1.0), size.1.max(1.0)),
            selected: None,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The marks as they stand.
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// The picture's size.
    pub fn size(&self) -> (f32, f32) {
        self.size
    }

    /// The selected mark's index.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// True when the marks differ from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.marks != self.saved
    }

    /// Remembers the marks as saved.
    pub fn mark_saved(&mut self) {
        self.saved = self.marks.clone();
    }

    /// True when there is something to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Records the state before a change.
    fn checkpoint(&mut self) {
        self.undo.push(self.marks.clone());
        self.redo.clear();
    }

    /// Takes back the last change.
    pub fn undo(&mut self) -> bool {
        let Some(before) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.marks, before));
        self.keep_selection_valid();
        true
    }

    /// Does again what was taken back.
    pub fn redo(&mut self) -> bool {
        let Some(after) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.marks, after));
        self.keep_selection_valid();
        true
    }

    fn keep_selection_valid(&mut self) {
        if self.selected.is_some_and(|i| i >= self.marks.len()) {
            self.selected = None;
        }
    }

    /// Selects the topmost mark at `p` (callouts, then arrows, then
    /// areas, as they are drawn), or nothing. `slop` is how near counts,
    /// in pixels.
    pub fn select_at(&mut self, p: (f32, f32), slop: f32) -> Option<usize> {
        let p = Point::from(p);
        let mut candidates: Vec<usize> = (0..self.marks.len())
            .filter(|&i| self.marks[i].kind().hit(p, slop))
            .collect();
        candidates.sort_by_key(|&i| (self.marks[i].kind().stacking(), std::cmp::Reverse(i)));
        self.selected = candidates.first().copied();
        self.selected
    }

    /// Selects mark `index` (or nothing).
    pub fn select(&mut self, index: Option<usize>) {
        self.selected = index.filter(|&i| i < self.marks.len());
    }

    /// Draws a new mark with `tool` from a drag between two points (the
    /// same point for a click), selects it and returns its index.
    pub fn draw(&mut self, tool: Tool, from: (f32, f32), to: (f32, f32)) -> Option<usize> {
        let (from, to) = (keep_inside(from, self.size), keep_inside(to, self.size));
        let mark = tool.draw(from, to, self.size)?;
        self.checkpoint();
        self.marks.push(mark);
        self.renumber();
        self.selected = Some(self.marks.len() - 1);
        self.selected
    }

    /// Moves the selected mark by `(dx, dy)` pixels, keeping it inside the
    /// picture. `record` starts a new undo step (false while a drag goes on,
    /// so a whole drag is one step).
    pub fn move_selected(&mut self, dx: f32, dy: f32, record: bool) {
        let Some(i) = self.selected else { return };
        // Whole pixels, as authors measure them.
        let (dx, dy) = (dx.round(), dy.round());
        if !dx.is_finite() || !dy.is_finite() {
            return;
        }
        if record {
            self.checkpoint();
        }
        let size = self.size;
        self.marks[i].kind_mut().translate(dx, dy, size);
    }

    /// Drags handle `handle` (an index into the selected mark's handles)
    /// to `to`.
    pub fn drag_handle(&mut self, handle: usize, to: (f32, f32), record: bool) {
        let Some(i) = self.selected else { return };
        if handle >= self.marks[i].kind().handles().len() {
            return;
        }
        if record {
            self.checkpoint();
        }
        let size = self.size;
        self.marks[i].kind_mut().drag_handle(handle, to, size);
    }

    /// Sets the selected mark's label (for the kinds that have one).
    pub fn set_label(&mut self, text: &str) {
        let Some(i) = self.selected else { return };
        if self.marks[i].kind().label().is_some_and(|old| old != text) {
            self.checkpoint();
            self.marks[i].kind_mut().set_label(text);
        }
    }

    /// Removes the selected mark.
    pub fn delete_selected(&mut self) -> bool {
        let Some(i) = self.selected else {
            return false;
        };
        self.checkpoint();
        self.marks.remove(i);
        self.renumber();
        self.selected = None;
        true
    }

    /// Numbers the numbered kinds 1, 2, 3 ... in the order they are listed.
    fn renumber(&mut self) {
        let mut n = 0;
        for mark in &mut self.marks {
            if let Some(number) = mark.kind_mut().number() {
                n += 1;
                *number = n;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::{Arrow, Callout, Highlight};

    fn editor() -> MarksEditor {
        MarksEditor::new(Vec::new(), (800.0, 600.0))
    }

    #[test]
    fn drawing_moving_and_deleting_with_undo_and_redo() {
        let mut e = editor();
        e.draw(Tool::Highlight, (100.0, 100.0), (300.0, 160.0));
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (100.0, 100.0, 200.0, 60.0)
            })
        );
        e.move_selected(10.0, -5.0, true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (110.0, 95.0, 200.0, 60.0)
            })
        );
        assert!(e.undo());
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (100.0, 100.0, 200.0, 60.0)
            })
        );
        assert!(e.redo());
        assert!(
            e.delete_selected(),
            "the mark stays selected through undo and redo"
        );
        assert!(e.marks().is_empty());
        assert!(e.undo());
        assert_eq!(e.marks().len(), 1);
        while e.undo() {}
        assert!(e.marks().is_empty());
        assert!(!e.is_dirty());
    }

    #[test]
    fn callouts_number_themselves_in_order() {
        let mut e = editor();
        for x in [100.0, 200.0, 300.0] {
            e.draw(Tool::Callout, (x, 50.0), (x, 50.0));
        }
        e.select(Some(0));
        e.delete_selected();
        let numbers: Vec<u32> = e
            .marks()
            .iter()
            .filter_map(|m| match m {
                Mark::Callout(Callout { n, .. }) => Some(*n),
                _ => None,
            })
            .collect();
        assert_eq!(numbers, [1, 2]);
    }

    #[test]
    fn marks_stay_inside_and_snap_to_the_edges() {
        let mut e = editor();
        e.draw(Tool::Highlight, (-50.0, 3.0), (797.0, 200.0));
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (0.0, 0.0, 800.0, 200.0)
            })
        );
        e.move_selected(500.0, 900.0, true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (0.0, 400.0, 800.0, 200.0)
            })
        );
        e.draw(Tool::Arrow, (4.0, 4.0), (900.0, 700.0));
        assert_eq!(
            e.marks()[1],
            Mark::Arrow(Arrow {
                from: (0.0, 0.0),
                to: (800.0, 600.0)
            })
        );
        // NaN from a broken pointer never lands in a guide.
        e.draw(Tool::Callout, (f32::NAN, f32::NAN), (f32::NAN, 300.0));
        assert!(matches!(
            e.marks()[2],
            Mark::Callout(Callout {
                at: (0.0, 300.0),
                ..
            })
        ));
    }

    #[test]
    fn a_click_with_the_box_tool_makes_a_button_sized_box() {
        let mut e = editor();
        e.draw(Tool::Spotlight, (400.0, 300.0), (400.0, 300.0));
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (340.0, 276.0, 120.0, 48.0)
            })
        );
    }

    #[test]
    fn the_topmost_mark_is_selected_and_handles_resize() {
        let mut e = editor();
        e.draw(Tool::Highlight, (100.0, 100.0), (300.0, 200.0));
        e.draw(Tool::Callout, (150.0, 150.0), (150.0, 150.0));
        e.select(None);
        assert_eq!(
            e.select_at((151.0, 151.0), 2.0),
            Some(1),
            "the callout is on top"
        );
        assert_eq!(e.select_at((280.0, 190.0), 2.0), Some(0));
        e.drag_handle(2, (400.0, 250.0), true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (100.0, 100.0, 300.0, 150.0)
            })
        );
        // Dragged past the opposite corner, the box turns over, never negative.
        e.drag_handle(2, (50.0, 50.0), true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight(Highlight {
                rect: (50.0, 50.0, 50.0, 50.0)
            })
        );
        assert_eq!(e.select_at((700.0, 500.0), 2.0), None);
    }
}
