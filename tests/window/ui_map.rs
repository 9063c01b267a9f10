//! The map of a guide, driven as a person would: opened from a step with
//! the Map button or M, every node of the guide found by its accessible
//! name (kind, title, where it stands), Go here, Esc back to the same
//! place, the arrow keys along the edges, the list view, steps left next
//! to "Step 3 of 6", and the problems an author sees as badges.

use crate::common;
use crate::common::ui::{app, click, press, settle};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use stepwise::guide::map::GuideMap;
use stepwise::guide::{NodeRef, PackSource};
use stepwise::ui::StepwiseApp;
use stepwise::ui::app::Screen;

const SIZE: (f32, f32) = (1280.0, 800.0);

/// From home to the TV guide's "Choose Get Help" step (two steps and a
/// question behind it).
fn at_tv_step() -> Harness<'static, StepwiseApp> {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out on a TV or streaming stick");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Icons down the left edge");
    click(&mut harness, "Done, next step");
    let at = harness.state().walk().map(|w| w.current.to_string());
    assert_eq!(at.as_deref(), Some("tv-menu#side-get-help"));
    harness
}

/// The names every node of the walked guide should have on the map now.
fn expected_names(harness: &Harness<'static, StepwiseApp>) -> Vec<String> {
    let app = harness.state();
    let walk = app.walk().expect("walking");
    let map = GuideMap::build(
        app.pack(),
        &walk.current.guide,
        &stepwise::ui::screens::map::CARDS,
    )
    .expect("a map");
    let path = map.path(walk, app.pack());
    (0..map.nodes.len())
        .map(|i| map.name(i, path.nodes[i]))
        .collect()
}

#[test]
fn the_map_opens_from_a_step_shows_every_node_and_goes_back_to_the_same_place() {
    let mut harness = at_tv_step();
    let before = harness.state().walk().cloned();
    click(&mut harness, "Map");
    assert_eq!(harness.state().screen(), Screen::Map);
    harness.get_by_label("Map of Sign out in the TV's Netflix menu");
    // The whole guide in view, then every node by name, side branches too.
    press(&mut harness, Key::Num0);
    let names = expected_names(&harness);
    let guide_nodes = harness
        .state()
        .pack()
        .guide("tv-menu")
        .map(|g| g.guide.nodes.len())
        .unwrap_or_default();
    assert!(
        names.len() > guide_nodes,
        "its nodes and the guides it leads into"
    );
    for name in &names {
        harness.get_by_label(name);
    }
    for literal in [
        "Step: Go to the home screen, done",
        "Question: Where is the menu on your TV?, done",
        "Step: Choose Get Help, current",
        "Step: Choose Sign Out, ahead",
        "End of shared steps: Back to the guide that ran these steps, ahead",
        "Step: Go up to the menu bar, not on your path",
        "Step: Look under Help or Settings, not on your path",
    ] {
        harness.get_by_label(literal);
    }
    // Esc goes back to the same step, nothing moved.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().screen(), Screen::Walk);
    assert_eq!(harness.state().walk().cloned(), before);
    // M opens it again; the Back button closes it.
    press(&mut harness, Key::M);
    assert_eq!(harness.state().screen(), Screen::Map);
    click(&mut harness, "Back to the step");
    assert_eq!(harness.state().screen(), Screen::Walk);
    assert_eq!(harness.state().walk().cloned(), before);
}

#[test]
fn go_here_moves_the_walk_and_back_returns() {
    let mut harness = at_tv_step();
    press(&mut harness, Key::M);
    press(&mut harness, Key::Num0);
    click(
        &mut harness,
        "Step: Look under Help or Settings, not on your path",
    );
    harness.get_by_label("Look under Help or Settings");
    click(&mut harness, "Go here");
    assert_eq!(harness.state().screen(), Screen::Walk);
    let walk = harness.state().walk().cloned().expect("walking");
    assert_eq!(walk.current, NodeRef::new("tv-menu", "side-settings"));
    assert_eq!(
        walk.history.last(),
        Some(&NodeRef::new("tv-menu", "side-get-help"))
    );
    click(&mut harness, "Back");
    let walk = harness.state().walk().cloned().expect("walking");
    assert_eq!(walk.current, NodeRef::new("tv-menu", "side-get-help"));
}

#[test]
fn arrow_keys_follow_the_edges_and_g_goes_there() {
    let mut harness = at_tv_step();
    press(&mut harness, Key::M);
    // The reader's node has the focus when the map opens.
    let current = harness.get_by_label("Step: Choose Get Help, current");
    assert!(current.is_focused());
    // Down: the first way on.
    press(&mut harness, Key::ArrowDown);
    assert!(
        harness
            .get_by_label("Step: Choose Sign Out, ahead")
            .is_focused()
    );
    // Up: the way back, to where the keys came from.
    press(&mut harness, Key::ArrowUp);
    assert!(
        harness
            .get_by_label("Step: Choose Get Help, current")
            .is_focused()
    );
    // Up again: the way walked, to the question's answer before it.
    press(&mut harness, Key::ArrowUp);
    assert!(
        harness
            .get_by_label("Step: Open the side menu, done")
            .is_focused()
    );
    press(&mut harness, Key::ArrowUp);
    assert!(
        harness
            .get_by_label("Question: Where is the menu on your TV?, done")
            .is_focused()
    );
    // Down then Right: the question's second answer.
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowRight);
    assert!(
        harness
            .get_by_label("Step: Go up to the menu bar, not on your path")
            .is_focused()
    );
    press(&mut harness, Key::ArrowLeft);
    assert!(
        harness
            .get_by_label("Step: Open the side menu, done")
            .is_focused()
    );
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::G);
    assert_eq!(harness.state().screen(), Screen::Walk);
    let at = harness.state().walk().map(|w| w.current.to_string());
    assert_eq!(at.as_deref(), Some("tv-menu#open-top-bar"));
}

#[test]
fn the_list_view_names_every_node_with_its_ways_on() {
    let mut harness = at_tv_step();
    press(&mut harness, Key::M);
    click(&mut harness, "List view");
    for name in expected_names(&harness) {
        harness.get_by_label(&name);
    }
    // The question's ways on, each a link that moves the choice there.
    click(
        &mut harness,
        "A menu bar across the top: Step: Go up to the menu bar",
    );
    assert!(
        harness
            .get_by_label("Step: Go up to the menu bar, not on your path")
            .is_focused()
    );
    harness.get_by_label("Go here");
    press(&mut harness, Key::L);
    harness.get_by_label("List view");
}

#[test]
fn the_walk_screen_says_how_many_steps_are_left() {
    let harness = at_tv_step();
    // The line under the title and the progress bar both say it: two
    // more on the way ahead ("I don't see this" detours are not counted),
    // as "Step 4 of 6" says too.
    let said: Vec<String> = harness
        .get_all_by_label_contains("Step 4 of 6 · ")
        .map(|node| {
            let node = node.accesskit_node();
            node.label().or(node.value()).unwrap_or_default()
        })
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    for words in said {
        assert_eq!(words, "Step 4 of 6 · about 2 more steps");
    }
}

/// A pack folder whose one guide has a missing picture, a dead end, a loop
/// with no way out and a node nothing leads to.
fn broken_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("data")).expect("create");
    std::fs::create_dir_all(dir.path().join("assets")).expect("create");
    std::fs::write(
        dir.path().join("data/pack.ron"),
        r#"Pack(id: "bad", title: "Bad", scenarios: [(id: "main", title: "Main guide", start: "main")], fallback: "main#done")"#,
    )
    .expect("write");
    std::fs::write(dir.path().join("data/main.ron"), common::BROKEN_GUIDE).expect("write");
    dir
}

#[test]
fn authors_see_problems_as_badges_and_a_click_asks_to_edit() {
    let dir = broken_pack();
    let mut harness = app(PackSource::Folder(dir.path().to_owned()), SIZE);
    harness
        .state_mut()
        .set_authoring(Some(dir.path().to_owned()));
    settle(&mut harness);
    click(&mut harness, "Main guide");
    press(&mut harness, Key::M);
    press(&mut harness, Key::Num0);
    for name in [
        "Step: Look at the picture, ahead, problems: missing picture",
        "Step: Nowhere to go, not on your path, problems: dead end",
        "Step: Left, not on your path, problems: loop with no way out",
        "Step: Nobody comes here, not on your path, problems: never reached",
        "Question: Which way?, current",
        "Outcome: Done, ahead",
    ] {
        harness.get_by_label(name);
    }
    harness.get_by_label("4 problems on this guide's nodes");
    // A click chooses the node and asks the editor to open it.
    click(
        &mut harness,
        "Step: Nowhere to go, not on your path, problems: dead end",
    );
    assert_eq!(
        harness.state().edit_request(),
        Some(&NodeRef::new("main", "stuck"))
    );
    // The preview lists the problem with its place in the file.
    harness.get_by_label("data/main.ron:21:9");
    harness.get_by_label_contains("this step has no `next` (and no `stuck`)");
}

#[test]
fn readers_see_no_badges() {
    let dir = broken_pack();
    let mut harness = app(PackSource::Folder(dir.path().to_owned()), SIZE);
    settle(&mut harness);
    click(&mut harness, "Main guide");
    press(&mut harness, Key::M);
    press(&mut harness, Key::Num0);
    harness.get_by_label("Step: Nowhere to go, not on your path");
    assert!(harness.query_by_label_contains("problems:").is_none());
    click(&mut harness, "Step: Nowhere to go, not on your path");
    assert_eq!(harness.state().edit_request(), None);
    harness.get_by_label("Go here");
}

#[test]
fn tab_goes_through_the_cards_in_walking_order_and_brings_each_into_view() {
    let mut harness = at_tv_step();
    press(&mut harness, Key::M);
    let (order, names) = {
        let app = harness.state();
        let walk = app.walk().expect("walking");
        let map = GuideMap::build(
            app.pack(),
            &walk.current.guide,
            &stepwise::ui::screens::map::CARDS,
        )
        .expect("a map");
        let path = map.path(walk, app.pack());
        let names: Vec<String> = (0..map.nodes.len())
            .map(|i| map.name(i, path.nodes[i]))
            .collect();
        (map.order.clone(), names)
    };
    let current = order
        .iter()
        .position(|&i| names[i] == "Step: Choose Get Help, current")
        .expect("the current node is on the map");
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(SIZE.0, SIZE.1));
    for &next in &order[current + 1..] {
        press(&mut harness, Key::Tab);
        let node = harness.get_by_label(&names[next]);
        assert!(node.is_focused(), "{} has the focus", names[next]);
        assert!(
            window.contains_rect(node.rect()),
            "{} is in view: {:?}",
            names[next],
            node.rect()
        );
    }
}

/// The map opens on the reader's path, not on one card in an empty window:
/// the card they are on, the one they came from and the next one ahead are
/// all in view, and the whole drawing is not (it would be too small).
#[test]
fn the_map_opens_fitted_to_the_path_around_the_reader() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out on a TV or streaming stick");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Icons down the left edge");
    press(&mut harness, Key::M);
    // The drawing starts under the map's header (its legend ends it).
    let top = harness
        .get_by_label("Dashed lines lead back")
        .rect()
        .bottom();
    let window = egui::Rect::from_min_max(egui::pos2(0.0, top), egui::pos2(SIZE.0, SIZE.1));
    for name in [
        "Step: Open the side menu, current",
        "Question: Where is the menu on your TV?, done",
        "Step: Choose Get Help, ahead",
    ] {
        let node = harness.get_by_label(name);
        assert!(
            window.contains_rect(node.rect()),
            "{name} in view: {:?}",
            node.rect()
        );
    }
    let first = harness.get_by_label("Step: Go to the home screen, done");
    assert!(
        !window.contains_rect(first.rect()),
        "the whole guide is not squeezed in: {:?}",
        first.rect()
    );
}
