//! The window, driven through AccessKit by label (no GPU needed).

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stepwise::guide::PackSource;
use stepwise::ui::StepwiseApp;
use stepwise::ui::app::Screen;

fn harness(source: PackSource) -> Harness<'static, StepwiseApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, app: &mut StepwiseApp| app.ui_contents(ui),
            StepwiseApp::new(source),
        )
}

#[test]
fn home_lists_every_scenario_and_a_walk_reaches_an_outcome() {
    let mut harness = harness(PackSource::Folder(common::fixture("ok")));
    harness.run();
    harness.get_by_label("What do you need help with?");
    for title in [
        "Restart my router",
        "All the lights on the router are off",
        "Change the Wi-Fi password",
    ] {
        harness.get_by_label(title);
    }
    harness.get_by_label("Restart my router").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Walk);
    harness.get_by_label("Walk me through it").click();
    harness.run();
    harness.get_by_label("Find the router: current step");
    harness.get_by_label("Done, next step").click();
    harness.run();
    harness
        .get_by_label("I don't see this: I can't find the power cable")
        .click();
    harness.run();
    harness.get_by_label("Check the power: current step");
    harness.get_by_label("Done, next step").click();
    harness.run();
    harness.get_by_label("Yes, it is green").click();
    harness.run();
    harness.get_by_label("Your router is back");
    harness.get_by_label("Yes, it's solved").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Home);
    assert!(harness.state().settings().finished.contains("restart"));
}

#[test]
fn the_built_in_pack_shows_its_scenarios() {
    let mut harness = harness(PackSource::Builtin);
    harness.run();
    let (pack, _) = stepwise::guide::Pack::load(PackSource::Builtin);
    assert!(!pack.manifest.scenarios.is_empty());
    for scenario in &pack.manifest.scenarios {
        harness.get_by_label(&scenario.title);
    }
}
