//! The whole app driven by label, as a user would: every scenario from Home
//! to an outcome, the hotel-TV route, a keyboard-only walk, the stuck path,
//! resuming after a restart, and a pack with problems.

use crate::common;
use crate::common::ui::{
    MemoryStorage, app, app_from, click, click_first, press, settle, walk_expected_path,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use stepwise::guide::model::Node;
use stepwise::guide::{Pack, PackSource};
use stepwise::ui::StepwiseApp;
use stepwise::ui::app::Screen;

const SIZE: (f32, f32) = (1280.0, 800.0);

#[test]
fn every_scenario_walks_from_home_to_an_outcome() {
    let (pack, _) = Pack::load(PackSource::Builtin);
    for scenario in &pack.manifest.scenarios {
        let mut harness = app(PackSource::Builtin, SIZE);
        settle(&mut harness);
        click(&mut harness, &scenario.title);
        assert_eq!(harness.state().screen(), Screen::Walk, "{}", scenario.id);
        let passed = walk_expected_path(&mut harness);
        assert!(passed.len() >= 2, "{}: {passed:?}", scenario.id);
        click(&mut harness, "Yes, it's solved");
        assert_eq!(harness.state().screen(), Screen::Home);
        assert!(
            harness.state().saved().finished.contains(&scenario.id),
            "{}",
            scenario.id
        );
        assert!(harness.state().walk().is_none());
    }
}

#[test]
fn the_hotel_scenario_signs_out_every_device_then_changes_the_password() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Netflix is signed in on a TV that isn't mine");
    click(&mut harness, "Walk me through it");
    harness.get_by_label("Are you still in front of that TV?");
    click(&mut harness, "No, I've left it behind");
    click(&mut harness, "Every device (safest)");
    let passed = walk_expected_path(&mut harness);
    for node in [
        "sign-out-all#sign-out-all",
        "sign-out-all#confirm",
        "change-password#new-password",
        "change-password#save",
    ] {
        assert!(passed.iter().any(|p| p == node), "{node} not in {passed:?}");
    }
    // "Where will you do this?" is asked once: after signing out of every
    // device the person is still on the account page, and goes on from there.
    let asked = passed
        .iter()
        .filter(|p| p.as_str() == "account-page#where")
        .count();
    assert_eq!(asked, 1, "{passed:?}");
    // Nor is the person signed in a second time: no sign-in after the sign-out.
    let signed_out = passed
        .iter()
        .position(|p| p == "sign-out-all#confirm")
        .expect("signed out");
    assert!(
        !passed[signed_out..]
            .iter()
            .any(|p| p.starts_with("account-page#")),
        "{passed:?}"
    );
    harness.get_by_label("Your password is changed");
}

/// A guest still in front of the hotel TV finds the tile that fits them,
/// signs out on the TV itself, and goes straight on to a new password.
#[test]
fn a_guest_still_in_the_room_signs_the_tv_out_then_changes_the_password() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Netflix is signed in on a TV that isn't mine");
    click(&mut harness, "Walk me through it");
    harness.get_by_label("Are you still in front of that TV?");
    click(&mut harness, "Yes, I'm in front of it");
    harness.get_by_label("Go to the home screen: current step");
    click(&mut harness, "Done, next step");
    click(&mut harness, "A menu bar across the top");
    click(&mut harness, "Done, next step");
    // The top-bar layout has its own "Help or Settings" step and picture.
    click(&mut harness, "Done, next step");
    click(&mut harness, "I don't see this: I don't see Get Help");
    harness.get_by_label("Look for Help or Settings under your profile: current step");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Done, next step");
    harness.get_by_label("Choose Yes: current step");
    click(&mut harness, "Done, next step");
    harness.get_by_label("Change your password as well?");
    click(&mut harness, "Yes, change my password");
    harness.get_by_label("Where will you do this?: current step");
}

/// The TV guide's happy ending offers the new password as a way on of its
/// own: nobody has to say "it didn't solve it" to get there.
#[test]
fn the_tv_guide_ending_offers_a_new_password_as_a_way_on() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out on a TV or streaming stick");
    walk_expected_path(&mut harness);
    harness.get_by_label("This TV is signed out");
    harness.get_by_label("Want to do more?");
    // The digit picks it, as it picks answers.
    press(&mut harness, Key::Num1);
    harness.get_by_label("Where will you do this?: current step");
    click(&mut harness, "Back");
    harness.get_by_label("This TV is signed out");
    click(&mut harness, "Change my password too");
    harness.get_by_label("Where will you do this?: current step");
}

#[test]
fn a_walk_needs_no_mouse() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut harness);
    harness.event(egui::Event::Text("iphone".to_owned()));
    settle(&mut harness);
    harness.get_by_label("Sign out on this phone or tablet");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().screen(), Screen::Walk);
    // Enter: past the quick answer, then through every step.
    for _ in 0..20 {
        if harness
            .state()
            .walk()
            .is_some_and(|w| w.is_finished(harness.state().pack()))
        {
            break;
        }
        press(&mut harness, Key::Enter);
    }
    harness.get_by_label("This phone or tablet is signed out");
    // Backspace goes back, Enter comes forward again, Y says it is solved.
    press(&mut harness, Key::Backspace);
    harness.get_by_label("Confirm: current step");
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Y);
    assert!(harness.state().saved().finished.contains("phone"));
    assert_eq!(harness.state().screen(), Screen::Home);
}

#[test]
fn digits_answer_questions_and_escape_goes_home() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out on a TV or streaming stick");
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Where is the menu on your TV?");
    press(&mut harness, Key::Num2);
    harness.get_by_label("Go up to the menu bar: current step");
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().screen(), Screen::Home);
    harness.get_by_label("Continue where you left off");
}

#[test]
fn the_stuck_button_takes_the_other_way() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out on a TV or streaming stick");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Icons down the left edge");
    harness.get_by_label("Open the side menu: current step");
    click(&mut harness, "I don't see this: Nothing opens on the left");
    harness.get_by_label("Go up to the menu bar: current step");
    click(
        &mut harness,
        "I don't see this: There is no menu at the top either",
    );
    // The website fallback for odd TVs: this TV alone, or every device.
    harness.get_by_label("Sign out from your phone or computer instead?: current step");
    click(&mut harness, "Sign out just this TV");
    harness.get_by_label("Where will you do this?");
    click(&mut harness, "In a web browser, on a computer or phone");
    harness.get_by_label("Sign in on the website: current step");
    click(&mut harness, "Back");
    click(&mut harness, "Back");
    harness.get_by_label("Sign out from your phone or computer instead?: current step");
    click(&mut harness, "Sign out of all devices");
    harness.get_by_label("Where will you do this?: current step");
}

#[test]
fn a_walk_resumes_at_the_same_step_after_a_restart() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out on this phone or tablet");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Light or dark");
    let before = harness.state().walk().cloned().expect("walking");
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    drop(harness);

    let restarted = StepwiseApp::with_storage(PackSource::Builtin, Some(&storage));
    let mut harness = app_from(restarted, SIZE);
    settle(&mut harness);
    assert_eq!(harness.state().screen(), Screen::Home);
    assert!(harness.state().saved().dark, "the theme is remembered");
    harness.get_by_label("Continue where you left off");
    click(&mut harness, "Continue");
    assert_eq!(harness.state().walk(), Some(&before));
    harness.get_by_label("Open the menu: current step");
    click(&mut harness, "Back");
    harness.get_by_label("Tap My Netflix: current step");
}

#[test]
fn a_saved_walk_that_no_longer_fits_is_dropped_with_a_notice() {
    let dir = common::copy_fixture("ok");
    let mut harness = app(PackSource::Folder(dir.path().to_owned()), SIZE);
    settle(&mut harness);
    click(&mut harness, "Restart my router");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "Done, next step");
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    drop(harness);

    let file = dir.path().join("data/restart-router.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replace("\"unplug\"", "\"pull-the-plug\"")).expect("write");
    let restarted =
        StepwiseApp::with_storage(PackSource::Folder(dir.path().to_owned()), Some(&storage));
    assert!(restarted.walk().is_none());
    let mut harness = app_from(restarted, SIZE);
    settle(&mut harness);
    assert!(
        harness
            .query_by_label("Continue where you left off")
            .is_none()
    );
    let notice = harness.query_by_label_contains("was dropped");
    assert!(
        notice.is_some(),
        "a notice says the saved place was dropped"
    );
}

#[test]
fn a_pack_with_problems_lists_them_and_keeps_the_good_guides() {
    let dir = common::copy_fixture("ok");
    std::fs::write(
        dir.path().join("data/change-password.ron"),
        "Guide(id: \"change-password\", title: ",
    )
    .expect("write");
    let mut harness = app(PackSource::Folder(dir.path().to_owned()), SIZE);
    settle(&mut harness);
    click(&mut harness, "Show the problems");
    assert_eq!(harness.state().screen(), Screen::Problems);
    harness.get_by_label("Problems in this pack");
    harness.get_by_label("data/change-password.ron");
    click_first(&mut harness, "Home");
    click(&mut harness, "Restart my router");
    click(&mut harness, "Walk me through it");
    harness.get_by_label("Find the router: current step");
}

#[test]
fn the_help_overlay_lists_every_shortcut() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    press(&mut harness, Key::F1);
    harness.get_by_label("Keyboard shortcuts");
    // Every command that has a key is there, with its words.
    for (_, command, _) in stepwise::ui::command::UiCommand::all_keys() {
        harness.get_by_label(&command.tooltip());
    }
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
}

#[test]
fn text_size_and_theme_change_from_the_keyboard() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    settle(&mut harness);
    assert!((harness.state().saved().text_scale - 1.1).abs() < 1e-4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    settle(&mut harness);
    assert!((harness.state().saved().text_scale - 0.9).abs() < 1e-4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::T);
    settle(&mut harness);
    assert!(harness.state().saved().dark);
}

#[test]
fn the_checklist_shows_the_steps_of_a_shared_flow_in_place() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out one device from the website");
    // The quick answer is the device guide's, though its first steps are
    // the shared account-page flow's.
    harness.get_by_label(
        "Choose Manage access and devices (or Manage account access and devices), find the device in the list and choose Sign out next to it.",
    );
    click(&mut harness, "Walk me through it");
    harness.get_by_label("Where will you do this?: current step");
    harness.get_by_label("Sign in on the website: ahead");
    harness.get_by_label("Open your Account page: ahead");
    harness.get_by_label("Open Manage access and devices: ahead");
    click(&mut harness, "In a web browser, on a computer or phone");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Done, next step");
    // Out of the flow, into the device guide's own steps.
    harness.get_by_label("Where will you do this?: done");
    harness.get_by_label("Open your Account page: done");
    harness.get_by_label("Open Manage access and devices: current step");
    click(&mut harness, "Back");
    harness.get_by_label("Open your Account page: current step");
}

#[test]
fn after_signing_out_one_device_the_password_change_does_not_sign_in_again() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out one device from the website");
    let passed = {
        click(&mut harness, "Walk me through it");
        let mut passed = Vec::new();
        for _ in 0..20 {
            let (at, node) = {
                let app = harness.state();
                let walk = app.walk().expect("walking");
                (walk.current.to_string(), walk.node(app.pack()).cloned())
            };
            passed.push(at.clone());
            if at == "sign-out-device-web#change-password-too" {
                break;
            }
            match node {
                Some(Node::Question(q)) => click(&mut harness, &q.options[0].label),
                _ => click(&mut harness, "Done, next step"),
            }
        }
        passed
    };
    assert_eq!(
        passed.last().map(String::as_str),
        Some("sign-out-device-web#change-password-too"),
        "{passed:?}"
    );
    click(&mut harness, "Yes, change my password");
    // Still signed in, on the device list: one step back to the Account
    // page, then the Password row. No sign-in, no "Where will you do this?".
    harness.get_by_label("Go back to your Account page: current step");
    let rest = walk_expected_path(&mut harness);
    assert_eq!(
        rest,
        [
            "account-page#overview",
            "change-password#password-row",
            "change-password#know-password",
            "change-password#new-password",
            "change-password#save",
            "change-password#done",
        ]
    );
    let all: Vec<&String> = passed.iter().chain(&rest).collect();
    for once in ["account-page#where", "account-page#sign-in"] {
        assert_eq!(
            all.iter().filter(|p| p.as_str() == once).count(),
            1,
            "{once}: {all:?}"
        );
    }
    // 14 before the account page was a shared flow.
    let label = {
        let app = harness.state();
        app.walk().expect("walking").step_label(app.pack())
    };
    assert_eq!(label, "All 12 steps done");
}

#[test]
fn a_walk_inside_a_shared_flow_resumes_with_its_way_back_after_a_restart() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    click(&mut harness, "Sign out of all devices at once");
    click(&mut harness, "Walk me through it");
    click(&mut harness, "In the Netflix app on my phone or tablet");
    click(&mut harness, "Done, next step");
    let before = harness.state().walk().cloned().expect("walking");
    assert_eq!(before.current.to_string(), "account-page#app-menu");
    assert_eq!(before.stack.len(), 1, "inside the flow");
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    drop(harness);

    let restarted = StepwiseApp::with_storage(PackSource::Builtin, Some(&storage));
    let mut harness = app_from(restarted, SIZE);
    settle(&mut harness);
    click(&mut harness, "Continue");
    assert_eq!(harness.state().walk(), Some(&before));
    harness.get_by_label("Open the menu: current step");
    click(&mut harness, "Done, next step");
    click(&mut harness, "Done, next step");
    // The flow went back to the guide that ran it.
    harness.get_by_label("Choose Sign out of all devices: current step");
    click(&mut harness, "Back");
    harness.get_by_label("Tap Account: current step");
}
