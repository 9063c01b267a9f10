//! Saving marks into a guide file loses nothing: random edits, saved, then
//! undone and saved again, give back the file's bytes; comments and
//! layout survive every save; a file changed on disk is never overwritten
//! without asking.

use proptest::prelude::*;
use stepwise::authoring::file::{GuideFile, SaveError, Saved};
use stepwise::authoring::marks::{MarksEditor, Tool};
use stepwise::guide::model::Guide;
use strum::{EnumCount, IntoEnumIterator};

/// A guide of the built-in pack with several marked steps, comments and the
/// author's own layout.
const FILE: &str = include_str!("../../data/tv-menu.ron");

fn nodes_with_pictures(text: &str) -> Vec<(String, Vec<stepwise::guide::model::Mark>)> {
    let (guide, _) = stepwise::guide::load::parse_text::<Guide>("g.ron", text).expect("parses");
    guide
        .nodes
        .iter()
        .filter_map(|(id, node)| node.shot().map(|s| (id.to_owned(), s.marks.clone())))
        .collect()
}

#[derive(Clone, Debug)]
enum Op {
    Draw(u8, (f32, f32), (f32, f32)),
    Select((f32, f32)),
    Move(f32, f32),
    Handle(u8, (f32, f32)),
    Label(String),
    Delete,
    Undo,
    Redo,
}

fn point() -> impl Strategy<Value = (f32, f32)> {
    (-50.0f32..1400.0, -50.0f32..800.0)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..5, point(), point()).prop_map(|(t, a, b)| Op::Draw(t, a, b)),
        point().prop_map(Op::Select),
        (-200.0f32..200.0, -200.0f32..200.0).prop_map(|(x, y)| Op::Move(x, y)),
        (0u8..6, point()).prop_map(|(h, p)| Op::Handle(h, p)),
        "[a-zA-Z \"\\\\é]{0,12}".prop_map(Op::Label),
        Just(Op::Delete),
        Just(Op::Undo),
        Just(Op::Redo),
    ]
}

fn run(editor: &mut MarksEditor, op: &Op) {
    match op {
        Op::Draw(t, a, b) => {
            let tool = Tool::iter().nth(usize::from(*t) % Tool::COUNT);
            editor.draw(tool.unwrap_or_default(), *a, *b);
        }
        Op::Select(p) => {
            editor.select_at(*p, 4.0);
        }
        Op::Move(dx, dy) => editor.move_selected(*dx, *dy, true),
        // Any index: one past a mark's handles must do nothing.
        Op::Handle(h, p) => editor.drag_handle(usize::from(*h), *p, true),
        Op::Label(text) => editor.set_label(text),
        Op::Delete => {
            editor.delete_selected();
        }
        Op::Undo => {
            editor.undo();
        }
        Op::Redo => {
            editor.redo();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn edits_saved_then_undone_give_back_the_original_bytes(
        which in 0usize..8,
        ops in prop::collection::vec(op(), 1..25),
    ) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("guide.ron");
        std::fs::write(&path, FILE).expect("write");
        let targets = nodes_with_pictures(FILE);
        let (node, marks) = &targets[which % targets.len()];
        let mut file = GuideFile::open(&path).expect("open");
        let mut editor = MarksEditor::new(marks.clone(), (1280.0, 720.0));
        for op in &ops {
            run(&mut editor, op);
        }
        file.save_marks(node, editor.marks()).expect("save");
        let saved = std::fs::read_to_string(&path).expect("read");
        // What was saved reads back as the editor's marks, and every other
        // node is exactly as it was.
        let reread = nodes_with_pictures(&saved);
        for ((id, before), (id2, after)) in targets.iter().zip(&reread) {
            prop_assert_eq!(id, id2);
            if id == node {
                prop_assert_eq!(after, &editor.marks().to_vec());
            } else {
                prop_assert_eq!(after, before);
            }
        }
        prop_assert_eq!(saved.matches("//").count(), FILE.matches("//").count(), "comments survive");
        while editor.undo() {}
        file.save_marks(node, editor.marks()).expect("save again");
        prop_assert_eq!(std::fs::read_to_string(&path).expect("read"), FILE);
    }
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("guide.ron");
    std::fs::write(&path, FILE).expect("write");
    let (node, marks) = nodes_with_pictures(FILE).remove(0);
    let mut file = GuideFile::open(&path).expect("open");
    let mut editor = MarksEditor::new(marks, (1280.0, 720.0));
    editor.draw(Tool::Callout, (100.0, 100.0), (100.0, 100.0));
    // Someone else edits the file: a new comment at the top.
    let theirs = format!("// their note\n{FILE}");
    std::fs::write(&path, &theirs).expect("write");
    match file.save_marks(&node, editor.marks()) {
        Err(SaveError::ChangedOnDisk { disk, .. }) => assert_eq!(disk, theirs),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        theirs,
        "nothing written"
    );
    // Keeping both: the marks go into their text; their note stays.
    assert_eq!(
        file.save_marks_over_disk(&node, editor.marks())
            .expect("save"),
        Saved::Written
    );
    let merged = std::fs::read_to_string(&path).expect("read");
    assert!(merged.starts_with("// their note\n"));
    let (merged_node, merged_marks) = nodes_with_pictures(&merged).remove(0);
    assert_eq!(merged_node, node);
    assert_eq!(merged_marks, editor.marks());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_says_so_and_keeps_the_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("guide.ron");
    std::fs::write(&path, FILE).expect("write");
    let (node, marks) = nodes_with_pictures(FILE).remove(0);
    let mut file = GuideFile::open(&path).expect("open");
    use std::os::unix::fs::PermissionsExt;
    let before = std::fs::metadata(dir.path()).expect("meta").permissions();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let mut editor = MarksEditor::new(marks, (1280.0, 720.0));
    editor.draw(Tool::Highlight, (10.0, 10.0), (200.0, 100.0));
    let result = file.save_marks(&node, editor.marks());
    std::fs::set_permissions(dir.path(), before).expect("chmod back");
    // Root can write anywhere; everyone else gets a clear error.
    if let Err(e) = result {
        assert!(matches!(e, SaveError::Io { .. }), "{e}");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), FILE);
    }
}
