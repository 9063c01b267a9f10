//! The home screen and a short walk on the small fixture pack, driven
//! through AccessKit by label (no GPU needed).

use crate::common;
use crate::common::ui::{app, click, settle};
use egui_kittest::kittest::Queryable;
use stepwise::guide::PackSource;
use stepwise::ui::app::Screen;

#[test]
fn home_lists_every_scenario_and_a_walk_reaches_an_outcome() {
    let mut harness = app(PackSource::Folder(common::fixture("ok")), (1280.0, 800.0));
    settle(&mut harness);
    harness.get_by_label("What do you need help with?");
    for title in [
        "Restart my router",
        "All the lights on the router are off",
        "Change the Wi-Fi password",
    ] {
        harness.get_by_label(title);
    }
    click(&mut harness, "Restart my router");
    assert_eq!(harness.state().screen(), Screen::Walk);
    click(&mut harness, "Walk me through it");
    harness.get_by_label("Find the router: current step");
    click(&mut harness, "Done, next step");
    click(
        &mut harness,
        "I don't see this: I can't find the power cable",
    );
    harness.get_by_label("Check the power: current step");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Yes, it is green");
    harness.get_by_label("Your router is back");
    click(&mut harness, "Yes, it's solved");
    assert_eq!(harness.state().screen(), Screen::Home);
    assert!(harness.state().saved().finished.contains("restart"));
}

#[test]
fn the_built_in_pack_shows_its_scenarios() {
    let mut harness = app(PackSource::Builtin, (1280.0, 800.0));
    settle(&mut harness);
    let (pack, _) = stepwise::guide::Pack::load(PackSource::Builtin);
    assert!(!pack.manifest.scenarios.is_empty());
    for scenario in &pack.manifest.scenarios {
        harness.get_by_label(&scenario.title);
    }
}

/// "About these guides" says what each guide was checked against and when,
/// and Esc goes back home.
#[test]
fn about_these_guides_names_every_guide_with_its_sources() {
    let mut harness = app(PackSource::Builtin, (1280.0, 800.0));
    settle(&mut harness);
    click(&mut harness, "About these guides");
    let pack = stepwise::guide::Pack::load(PackSource::Builtin).0;
    for loaded in &pack.guides {
        // Some guide titles are also a scenario's; the screen has them once.
        assert!(harness.query_all_by_label(&loaded.guide.title).count() >= 1);
        for source in &loaded.guide.sources {
            assert!(
                harness.query_all_by_label(&source.title).count() >= 1,
                "{}",
                source.title
            );
        }
    }
    assert!(harness.query_all_by_label("Checked 4 Dec 2026").count() >= pack.guides.len() - 1);
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    harness.get_by_label("What do you need help with?");
}
