//! The mark editor's model: the marks of one picture being drawn, moved,
//! resized and deleted, with undo and redo over every change. It knows no
//! window: the canvas in `ui/screens/editor.rs` turns drags and keys into
//! these operations, and tests drive them directly.
//!
//! Everything is in the picture's own pixels, as guides store marks. Marks
//! are kept inside the picture and snap to its edges; callouts number
//! themselves (1, 2, 3 ... in the order they are listed).

use crate::guide::model::Mark;

/// What a drag on the canvas draws.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
}

impl Tool {
    /// Every tool, in toolbar order.
    pub const ALL: [Tool; 5] = [
        Tool::Select,
        Tool::Highlight,
        Tool::Spotlight,
        Tool::Arrow,
        Tool::Callout,
    ];

    /// The tool's name on its button.
    pub fn label(self) -> &'static str {
        match self {
            Tool::Select => "Select",
            Tool::Highlight => "Highlight",
            Tool::Spotlight => "Spotlight",
            Tool::Arrow => "Arrow",
            Tool::Callout => "Callout",
        }
    }
}

/// A corner or edge of a selected box, or an end of an arrow, to drag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handle {
    /// A corner of a highlight: 0 top left, 1 top right, 2 bottom right,
    /// 3 bottom left.
    Corner(u8),
    /// The tail of an arrow.
    Tail,
    /// The head of an arrow.
    Head,
}

/// Within this many pixels of an edge of the picture, a mark snaps to it.
pub const SNAP: f32 = 6.0;

/// The smallest box a drag draws; shorter drags make a default-sized box.
const MIN_BOX: f32 = 8.0;

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
    /// highlights, as they are drawn), or nothing. `slop` is how near
    /// counts, in pixels.
    pub fn select_at(&mut self, p: (f32, f32), slop: f32) -> Option<usize> {
        let hit = |mark: &Mark| match mark {
            Mark::Callout { at, .. } => distance(*at, p) <= slop.max(14.0),
            Mark::Arrow { from, to } => segment_distance(*from, *to, p) <= slop.max(6.0),
            Mark::Highlight { rect: (x, y, w, h) } => {
                p.0 >= x - slop && p.0 <= x + w + slop && p.1 >= y - slop && p.1 <= y + h + slop
            }
        };
        let order = |mark: &Mark| match mark {
            Mark::Callout { .. } => 0,
            Mark::Arrow { .. } => 1,
            Mark::Highlight { .. } => 2,
        };
        let mut candidates: Vec<usize> = (0..self.marks.len())
            .filter(|&i| hit(&self.marks[i]))
            .collect();
        candidates.sort_by_key(|&i| (order(&self.marks[i]), std::cmp::Reverse(i)));
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
        let (from, to) = (self.inside(from), self.inside(to));
        let mark = match tool {
            Tool::Select => return None,
            Tool::Highlight | Tool::Spotlight => {
                let (mut x0, mut y0) = (from.0.min(to.0), from.1.min(to.1));
                let (mut x1, mut y1) = (from.0.max(to.0), from.1.max(to.1));
                if x1 - x0 < MIN_BOX || y1 - y0 < MIN_BOX {
                    // A click: a box of a usual button's size around it.
                    let (w, h) = (120.0_f32.min(self.size.0), 48.0_f32.min(self.size.1));
                    x0 = (from.0 - w / 2.0).clamp(0.0, self.size.0 - w);
                    y0 = (from.1 - h / 2.0).clamp(0.0, self.size.1 - h);
                    (x1, y1) = (x0 + w, y0 + h);
                }
                Mark::Highlight {
                    rect: self.snap_box(x0, y0, x1 - x0, y1 - y0),
                }
            }
            Tool::Arrow => {
                let to = self.snap_point(to);
                let from = if distance(from, to) < MIN_BOX {
                    // A click: a short arrow pointing at it, from the side
                    // of the picture with more room.
                    let dx = if to.0 > self.size.0 / 2.0 {
                        -80.0
                    } else {
                        80.0
                    };
                    let dy = if to.1 > self.size.1 / 2.0 {
                        -80.0
                    } else {
                        80.0
                    };
                    self.inside((to.0 + dx, to.1 + dy))
                } else {
                    from
                };
                Mark::Arrow {
                    from: self.snap_point(from),
                    to,
                }
            }
            Tool::Callout => Mark::Callout {
                at: self.snap_point(to),
                n: 0,
                text: String::new(),
            },
        };
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
        let (w, h) = self.size;
        let moved = match self.marks[i].clone() {
            Mark::Highlight {
                rect: (x, y, bw, bh),
            } => {
                let x = (x + dx).clamp(0.0, (w - bw).max(0.0));
                let y = (y + dy).clamp(0.0, (h - bh).max(0.0));
                Mark::Highlight {
                    rect: self.snap_box(x, y, bw, bh),
                }
            }
            Mark::Arrow { from, to } => {
                // The whole arrow moves, as far as both ends stay inside.
                let dx = dx.clamp(-from.0.min(to.0), w - from.0.max(to.0));
                let dy = dy.clamp(-from.1.min(to.1), h - from.1.max(to.1));
                Mark::Arrow {
                    from: (from.0 + dx, from.1 + dy),
                    to: (to.0 + dx, to.1 + dy),
                }
            }
            Mark::Callout { at, n, text } => Mark::Callout {
                at: self.snap_point(self.inside((at.0 + dx, at.1 + dy))),
                n,
                text,
            },
        };
        self.marks[i] = moved;
    }

    /// Drags a handle of the selected mark to `to`.
    pub fn drag_handle(&mut self, handle: Handle, to: (f32, f32), record: bool) {
        let Some(i) = self.selected else { return };
        let to = self.snap_point(self.inside(to));
        let changed = match (&self.marks[i], handle) {
            (Mark::Highlight { rect: (x, y, w, h) }, Handle::Corner(c)) => {
                let (mut x0, mut y0, mut x1, mut y1) = (*x, *y, x + w, y + h);
                match c % 4 {
                    0 => (x0, y0) = to,
                    1 => (x1, y0) = to,
                    2 => (x1, y1) = to,
                    _ => (x0, y1) = to,
                }
                let (left, right) = (x0.min(x1), x0.max(x1));
                let (top, bottom) = (y0.min(y1), y0.max(y1));
                Mark::Highlight {
                    rect: (left, top, (right - left).max(1.0), (bottom - top).max(1.0)),
                }
            }
            (Mark::Arrow { to: head, .. }, Handle::Tail) => Mark::Arrow {
                from: to,
                to: *head,
            },
            (Mark::Arrow { from, .. }, Handle::Head) => Mark::Arrow { from: *from, to },
            _ => return,
        };
        if record {
            self.checkpoint();
        }
        self.marks[i] = changed;
    }

    /// Sets the selected callout's label.
    pub fn set_label(&mut self, text: &str) {
        let Some(i) = self.selected else { return };
        if let Mark::Callout { text: old, .. } = &self.marks[i]
            && old != text
        {
            self.checkpoint();
            if let Mark::Callout { text: old, .. } = &mut self.marks[i] {
                text.clone_into(old);
            }
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

    /// Numbers the callouts 1, 2, 3 ... in the order they are listed.
    fn renumber(&mut self) {
        let mut n = 0;
        for mark in &mut self.marks {
            if let Mark::Callout { n: number, .. } = mark {
                n += 1;
                *number = n;
            }
        }
    }

    fn inside(&self, p: (f32, f32)) -> (f32, f32) {
        let finite = |v: f32| if v.is_finite() { v } else { 0.0 };
        (
            finite(p.0).clamp(0.0, self.size.0),
            finite(p.1).clamp(0.0, self.size.1),
        )
    }

    /// A point within [`SNAP`] of an edge of the picture goes to the edge;
    /// coordinates are whole pixels.
    fn snap_point(&self, p: (f32, f32)) -> (f32, f32) {
        let snap = |v: f32, max: f32| {
            let v = v.round();
            if v <= SNAP {
                0.0
            } else if v >= max - SNAP {
                max
            } else {
                v
            }
        };
        (snap(p.0, self.size.0), snap(p.1, self.size.1))
    }

    /// A box whose edges snap to the picture's edges.
    fn snap_box(&self, x: f32, y: f32, w: f32, h: f32) -> (f32, f32, f32, f32) {
        let (x0, y0) = self.snap_point((x, y));
        let (x1, y1) = self.snap_point((x + w, y + h));
        (x0, y0, (x1 - x0).max(1.0), (y1 - y0).max(1.0))
    }
}

fn distance(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn segment_distance(a: (f32, f32), b: (f32, f32), p: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    if len2 <= f32::EPSILON {
        return distance(a, p);
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0);
    distance((a.0 + t * dx, a.1 + t * dy), p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor() -> MarksEditor {
        MarksEditor::new(Vec::new(), (800.0, 600.0))
    }

    #[test]
    fn drawing_moving_and_deleting_with_undo_and_redo() {
        let mut e = editor();
        e.draw(Tool::Highlight, (100.0, 100.0), (300.0, 160.0));
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (100.0, 100.0, 200.0, 60.0)
            }
        );
        e.move_selected(10.0, -5.0, true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (110.0, 95.0, 200.0, 60.0)
            }
        );
        assert!(e.undo());
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (100.0, 100.0, 200.0, 60.0)
            }
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
                Mark::Callout { n, .. } => Some(*n),
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
            Mark::Highlight {
                rect: (0.0, 0.0, 800.0, 200.0)
            }
        );
        e.move_selected(500.0, 900.0, true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (0.0, 400.0, 800.0, 200.0)
            }
        );
        e.draw(Tool::Arrow, (4.0, 4.0), (900.0, 700.0));
        assert_eq!(
            e.marks()[1],
            Mark::Arrow {
                from: (0.0, 0.0),
                to: (800.0, 600.0)
            }
        );
        // NaN from a broken pointer never lands in a guide.
        e.draw(Tool::Callout, (f32::NAN, f32::NAN), (f32::NAN, 300.0));
        assert!(matches!(
            e.marks()[2],
            Mark::Callout {
                at: (0.0, 300.0),
                ..
            }
        ));
    }

    #[test]
    fn a_click_with_the_box_tool_makes_a_button_sized_box() {
        let mut e = editor();
        e.draw(Tool::Spotlight, (400.0, 300.0), (400.0, 300.0));
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (340.0, 276.0, 120.0, 48.0)
            }
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
        e.drag_handle(Handle::Corner(2), (400.0, 250.0), true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (100.0, 100.0, 300.0, 150.0)
            }
        );
        // Dragged past the opposite corner, the box turns over, never negative.
        e.drag_handle(Handle::Corner(2), (50.0, 50.0), true);
        assert_eq!(
            e.marks()[0],
            Mark::Highlight {
                rect: (50.0, 50.0, 50.0, 50.0)
            }
        );
        assert_eq!(e.select_at((700.0, 500.0), 2.0), None);
    }
}
