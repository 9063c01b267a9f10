//! The mark editor, driven as an author would: open a starter pack in
//! authoring mode, draw a box, move it, undo and redo, save, and compare
//! the file on disk; drop a picture to make a new step.

use crate::common;
use crate::common::ui::{press, settle};
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::guide::PackSource;
use stepwise::guide::model::Mark;
use stepwise::marks::Highlight;
use stepwise::ui::StepwiseApp;
use stepwise::ui::app::Screen;

const SIZE: (f32, f32) = (1280.0, 800.0);

/// A starter pack (`stepwise new`) open for editing, on its first step.
fn authoring() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, StepwiseApp>,
) {
    common::ui::authoring_starter(SIZE)
}

fn marks(harness: &Harness<'static, StepwiseApp>) -> Vec<Mark> {
    harness
        .state()
        .editor()
        .expect("the editor is open")
        .marks
        .marks()
        .to_vec()
}

/// Drags across the canvas between two fractions of its size.
fn drag(harness: &mut Harness<'static, StepwiseApp>, from: (f32, f32), to: (f32, f32)) {
    let canvas = harness.get_by_label_contains("Picture being marked").rect();
    let at = |(fx, fy): (f32, f32)| {
        Pos2::new(
            canvas.left() + canvas.width() * fx,
            canvas.top() + canvas.height() * fy,
        )
    };
    harness.hover_at(at(from));
    harness.run();
    harness.drag_at(at(from));
    harness.run();
    for step in 1..=5 {
        let t = step as f32 / 5.0;
        harness.hover_at(at((
            from.0 + (to.0 - from.0) * t,
            from.1 + (to.1 - from.1) * t,
        )));
        harness.run();
    }
    harness.drop_at(at(to));
    settle(harness);
}

#[test]
fn draw_move_undo_redo_and_save_into_the_guide_file() {
    let (_root, dir, mut harness) = authoring();
    let file = dir.join("data/first-guide.ron");
    let original = std::fs::read_to_string(&file).expect("read");
    harness.get_by_label("Edit marks").click();
    settle(&mut harness);
    assert_eq!(harness.state().screen(), Screen::Editor);
    let before = marks(&harness);
    assert_eq!(
        before.len(),
        2,
        "the starter step has a highlight and a callout"
    );

    // Draw a box with the Highlight tool: a quarter of the picture, top left.
    harness.get_by_label("Highlight").click();
    settle(&mut harness);
    drag(&mut harness, (0.1, 0.1), (0.35, 0.3));
    let drawn = marks(&harness);
    assert_eq!(drawn.len(), 3);
    let Mark::Highlight(Highlight { rect: (x, y, w, h) }) = drawn[2] else {
        panic!("a highlight, not {:?}", drawn[2]);
    };
    // The picture is 1280 x 720: the box is where the drag was, in its pixels.
    assert!(
        (x - 128.0).abs() <= 4.0 && (y - 72.0).abs() <= 4.0,
        "{x}, {y}"
    );
    assert!(
        (w - 320.0).abs() <= 6.0 && (h - 144.0).abs() <= 6.0,
        "{w} x {h}"
    );

    // Nudge it right by one, then by ten; undo both; redo one.
    press(&mut harness, Key::ArrowRight);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    settle(&mut harness);
    let moved = marks(&harness);
    assert_eq!(
        moved[2],
        Mark::Highlight(Highlight {
            rect: (x + 11.0, y, w, h)
        })
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(marks(&harness), drawn);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);
    assert_eq!(
        marks(&harness)[2],
        Mark::Highlight(Highlight {
            rect: (x + 1.0, y, w, h)
        })
    );

    // Save: only the marks change in the file; its notes stay.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    let saved = std::fs::read_to_string(&file).expect("read");
    assert_ne!(saved, original);
    let notes = |t: &str| {
        t.lines()
            .filter(|l| l.trim_start().starts_with("//"))
            .count()
    };
    assert_eq!(notes(&saved), notes(&original), "every comment survives");
    let (pack, problems) = stepwise::guide::check(PackSource::Folder(dir.clone()));
    assert!(problems.is_empty(), "{problems:#?}");
    let on_disk = pack
        .node(&stepwise::guide::NodeRef::new(
            "first-guide",
            "press-continue",
        ))
        .and_then(|n| n.shot())
        .map(|s| s.marks.clone())
        .expect("the step's marks");
    assert_eq!(on_disk, marks(&harness));
    // The file outside the marks is byte for byte the same.
    let start = original.find("marks: [").expect("marks");
    assert_eq!(saved[..start], original[..start]);
    let tail = original.find("            checks:").expect("checks");
    let saved_tail = saved.find("            checks:").expect("checks");
    assert_eq!(saved[saved_tail..], original[tail..]);

    // Delete the new box, save again: back to the starter's marks.
    // The list of marks: each is a button that selects its mark.
    harness
        .get_all_by_label_contains("Highlight at x 129")
        .next()
        .expect("the new box in the list")
        .click();
    settle(&mut harness);
    press(&mut harness, Key::Delete);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
    // Esc leaves the editor.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().screen(), Screen::Walk);
}

#[test]
fn leaving_with_unsaved_marks_asks_first() {
    let (_root, _dir, mut harness) = authoring();
    press(&mut harness, Key::E);
    assert_eq!(harness.state().screen(), Screen::Editor);
    harness.get_by_label("Callout").click();
    settle(&mut harness);
    drag(&mut harness, (0.5, 0.5), (0.5, 0.5));
    assert_eq!(marks(&harness).len(), 3);
    press(&mut harness, Key::Escape);
    assert_eq!(
        harness.state().screen(),
        Screen::Editor,
        "the first Esc warns"
    );
    harness.get_by_label_contains("Your marks are not saved");
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().screen(), Screen::Walk);
}

#[test]
fn a_dropped_picture_becomes_the_next_step() {
    let (_root, dir, mut harness) = authoring();
    // A real picture, as a screenshot tool would save it.
    let mut png = Vec::new();
    image::RgbImage::from_pixel(640, 360, image::Rgb([40, 80, 160]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encode");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .new_step_from_picture(&ctx, "My Screen Shot.PNG", &png);
    settle(&mut harness);
    assert!(dir.join("assets/my-screen-shot.png").is_file());
    let at = harness.state().walk().map(|w| w.current.to_string());
    assert_eq!(at.as_deref(), Some("first-guide#my-screen-shot"));
    assert_eq!(harness.state().screen(), Screen::Editor);
    let editor = harness.state().editor().expect("editor");
    assert_eq!(editor.tool, stepwise::authoring::marks::Tool::Highlight);
    // The new step sits between the first step and the question.
    let (pack, problems) = stepwise::guide::check(PackSource::Folder(dir.clone()));
    assert!(problems.is_empty(), "{problems:#?}");
    let next = |id: &str| match pack.node(&stepwise::guide::NodeRef::new("first-guide", id)) {
        Some(stepwise::guide::model::Node::Step(s)) => s.next.clone(),
        _ => None,
    };
    assert_eq!(next("press-continue").as_deref(), Some("my-screen-shot"));
    assert_eq!(next("my-screen-shot").as_deref(), Some("did-it-open"));
    // A second picture of the same name gets a name of its own; a file that
    // is not a picture is refused with a notice and changes nothing.
    harness
        .state_mut()
        .new_step_from_picture(&ctx, "My Screen Shot.PNG", &png);
    assert!(dir.join("assets/my-screen-shot-2.png").is_file());
    let files_before = std::fs::read_dir(dir.join("assets")).expect("list").count();
    harness
        .state_mut()
        .new_step_from_picture(&ctx, "notes.png", b"not a picture");
    assert_eq!(
        std::fs::read_dir(dir.join("assets")).expect("list").count(),
        files_before
    );
}
