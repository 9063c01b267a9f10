//! Live reload in `stepwise edit`, driven as an author would: the guide
//! file is changed on disk by another program (an editor) while the window
//! is open, and the window is stepped until it shows the change.

use crate::common;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::ui::settle;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::scaffold::GUIDE_FILE;
use stepwise::ui::StepwiseApp;

const SIZE: (f32, f32) = (1280.0, 800.0);

/// A starter pack open in authoring mode, on its first step.
fn authoring() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, StepwiseApp>,
) {
    common::ui::authoring_starter(SIZE)
}

/// Steps the window (as frames would come) until `done` holds; the watcher
/// and the reload run on their own threads meanwhile.
fn wait_until(
    harness: &mut Harness<'static, StepwiseApp>,
    what: &str,
    done: impl Fn(&Harness<'static, StepwiseApp>) -> bool,
) {
    let started = Instant::now();
    loop {
        harness.step();
        if done(harness) {
            settle(harness);
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the window never showed it: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Writes the guide file the way many editors do: a temporary file, then
/// a rename over the old one.
fn save(dir: &Path, text: &str) {
    let path = dir.join(GUIDE_FILE);
    let temp = dir.join("data/.first-guide.ron.swp-new");
    std::fs::write(&temp, text).expect("write");
    std::fs::rename(&temp, &path).expect("rename");
}

fn guide(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(GUIDE_FILE)).expect("read")
}

#[test]
fn a_saved_change_shows_on_the_same_step_and_a_broken_save_keeps_the_last_good_pack() {
    let (_root, dir, mut harness) = authoring();
    assert!(
        harness
            .query_all_by_label_contains("Press the")
            .next()
            .is_some()
    );
    let original = guide(&dir);

    // 1. A changed instruction shows without leaving the step.
    let changed = original.replace(
        "Press the **Continue** button in the middle of the screen.",
        "Press the big **Continue** button.",
    );
    assert_ne!(changed, original, "the starter guide has that sentence");
    save(&dir, &changed);
    wait_until(&mut harness, "the new instruction", |h| {
        h.query_all_by_label_contains("Press the big")
            .next()
            .is_some()
    });
    let walk = harness.state().saved().walk.clone().expect("still walking");
    assert_eq!(
        walk.current.node, "press-continue",
        "the walk stays on its step"
    );

    // 2. A half-typed save (a missing closing bracket): the last good pack
    //    stays usable, the problem shows with its place in the file.
    let broken = changed.replacen("Step(", "Step((", 1);
    save(&dir, &broken);
    wait_until(&mut harness, "the problem of the broken save", |h| {
        h.query_by_label_contains("first-guide.ron:").is_some()
    });
    assert!(
        harness
            .query_all_by_label_contains("Press the big")
            .next()
            .is_some()
    );
    harness.get_by_label_contains("The files have a mistake");
    assert!(
        harness.state().pack().guide("first-guide").is_some(),
        "the guide is still there to walk"
    );

    // 3. Mended: the problem goes, the notice too.
    save(&dir, &changed);
    wait_until(&mut harness, "the problem gone", |h| {
        h.query_by_label_contains("first-guide.ron:").is_none()
    });
    assert!(
        harness
            .query_by_label_contains("The files have a mistake")
            .is_none()
    );
    assert!(
        harness.state().problems().is_empty(),
        "{:?}",
        harness.state().problems()
    );
}

#[test]
fn a_step_deleted_under_the_walk_goes_back_to_the_nearest_earlier_one() {
    let (_root, dir, mut harness) = authoring();
    // On to the question after the first step.
    harness.get_by_label("Done, next step").click();
    settle(&mut harness);
    let walk = harness.state().saved().walk.clone().expect("walking");
    let question = walk.current.node.clone();
    assert_ne!(question, "press-continue");
    // The author renames the question's id (and what led to it).
    let text = guide(&dir).replace(&format!("\"{question}\""), "\"asked\"");
    save(&dir, &text);
    wait_until(&mut harness, "the walk moved back", |h| {
        h.state()
            .saved()
            .walk
            .as_ref()
            .is_some_and(|w| w.current.node == "press-continue")
    });
    harness.get_by_label_contains("The step you were on is gone");
}
