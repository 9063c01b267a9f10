//! The window for everyone: text that really grows, keys that really move,
//! and what a screen reader hears. Read through AccessKit, as assistive
//! technology reads it.

use crate::common;
use crate::common::ui::{app, press, settle};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use stepwise::guide::PackSource;
use stepwise::guide::model::Node;
use stepwise::ui::StepwiseApp;
use stepwise::ui::app::Screen;

const SIZE: (f32, f32) = (1280.0, 800.0);

/// The on-screen height of the first widget with this name.
fn height(harness: &Harness<'static, StepwiseApp>, label: &str) -> f32 {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget named {label:?}"))
        .rect()
        .height()
}

fn larger_text_three_times(harness: &mut Harness<'static, StepwiseApp>) {
    for _ in 0..3 {
        harness.get_by_label("Larger text").click();
        settle(harness);
    }
}

fn assert_grew(before: &[(String, f32)], harness: &Harness<'static, StepwiseApp>) {
    for (label, was) in before {
        let now = height(harness, label);
        assert!(
            now >= was * 1.2,
            "{label:?} grew from {was} to {now} points only"
        );
    }
}

#[test]
fn larger_text_grows_every_piece_of_text() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    let home = [
        "What do you need help with?",
        "Sign out on a TV or streaming stick",
        "Help",
    ];
    let before: Vec<(String, f32)> = home
        .iter()
        .map(|l| (l.to_string(), height(&harness, l)))
        .collect();
    larger_text_three_times(&mut harness);
    assert_grew(&before, &harness);

    // A step: its title, its instruction, its buttons and the checklist.
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    harness
        .get_by_label("Sign out on a TV or streaming stick")
        .click();
    settle(&mut harness);
    harness.get_by_label("Walk me through it").click();
    settle(&mut harness);
    let (title, instruction) = match harness
        .state()
        .walk()
        .and_then(|w| w.node(harness.state().pack()))
    {
        Some(Node::Step(step)) => (step.title.clone(), stepwise::text::plain(&step.text)),
        other => panic!("the TV guide starts with a step, not {other:?}"),
    };
    let labels = [
        title.clone(),
        instruction,
        "Done, next step".to_owned(),
        format!("{title}: current step"),
    ];
    let before: Vec<(String, f32)> = labels
        .iter()
        .map(|l| (l.clone(), height(&harness, l)))
        .collect();
    larger_text_three_times(&mut harness);
    assert_grew(&before, &harness);
}

#[test]
fn text_size_runs_from_four_fifths_to_double_and_ctrl_0_resets_it() {
    let mut harness = app(PackSource::Builtin, (800.0, 600.0));
    settle(&mut harness);
    for _ in 0..12 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    }
    settle(&mut harness);
    assert_eq!(harness.state().saved().text_scale, 2.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    settle(&mut harness);
    assert_eq!(harness.state().saved().text_scale, 1.0);
    for _ in 0..12 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    }
    settle(&mut harness);
    assert_eq!(harness.state().saved().text_scale, 0.8);
}

/// Three presses of Ctrl+plus that arrive in one frame (a held key, a fast
/// typist, a busy machine) are three steps up, not one; and at the largest
/// size the Larger text button is greyed out, for eyes and screen readers.
#[test]
fn presses_in_one_frame_all_count_and_the_largest_size_says_so() {
    let mut harness = app(PackSource::Builtin, (800.0, 600.0));
    settle(&mut harness);
    let ctrl_plus = egui::Event::Key {
        key: Key::Plus,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    };
    harness
        .input_mut()
        .events
        .extend([ctrl_plus.clone(), ctrl_plus.clone(), ctrl_plus]);
    harness.step();
    settle(&mut harness);
    assert_eq!(harness.state().saved().text_scale, 1.35);
    assert!(
        !harness
            .get_by_label("Larger text")
            .accesskit_node()
            .is_disabled()
    );
    for _ in 0..6 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    }
    settle(&mut harness);
    assert_eq!(harness.state().saved().text_scale, 2.0);
    assert!(
        harness
            .get_by_label("Larger text")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        !harness
            .get_by_label("Smaller text")
            .accesskit_node()
            .is_disabled()
    );
}

/// Presses Down until the answer with this label has focus, then Enter.
fn answer_with_keys(harness: &mut Harness<'static, StepwiseApp>, label: &str) {
    for _ in 0..10 {
        if harness.get_by_label(label).is_focused() {
            press(harness, Key::Enter);
            return;
        }
        press(harness, Key::ArrowDown);
    }
    panic!("Down never reached the answer {label:?}");
}

#[test]
fn keyboard_only_from_typing_hotel_to_the_password_step() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    // The search box has the focus from the start: just type.
    harness.event(egui::Event::Text("hotel".to_owned()));
    settle(&mut harness);
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().screen(), Screen::Walk);
    let mut passed = Vec::new();
    for _ in 0..40 {
        let (at, node) = {
            let app = harness.state();
            let walk = app.walk().expect("walking");
            (walk.current.to_string(), walk.node(app.pack()).cloned())
        };
        passed.push(at.clone());
        if at.starts_with("change-password#") {
            break;
        }
        if !harness.state().saved().walk_begun {
            // The quick answer: Enter is "Walk me through it".
            press(&mut harness, Key::Enter);
            continue;
        }
        match node {
            Some(Node::Question(q)) => {
                // The way a hotel guest goes: away from the TV, everywhere.
                let pick = q
                    .options
                    .iter()
                    .find(|o| {
                        let l = o.label.to_lowercase();
                        l.contains("left") || l.contains("every") || l.contains("computer")
                    })
                    .unwrap_or(&q.options[0])
                    .label
                    .clone();
                answer_with_keys(&mut harness, &pick);
            }
            Some(Node::Outcome(_)) => press(&mut harness, Key::N),
            _ => press(&mut harness, Key::Enter),
        }
    }
    assert!(
        passed.iter().any(|p| p.starts_with("sign-out-all#")),
        "the hotel route signs out every device: {passed:?}"
    );
    assert!(
        passed.iter().any(|p| p.starts_with("change-password#")),
        "and then changes the password: {passed:?}"
    );
}

#[test]
fn arrow_keys_move_between_tiles_as_a_grid_and_enter_opens() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    let titles: Vec<String> = harness
        .state()
        .pack()
        .manifest
        .scenarios
        .iter()
        .map(|s| s.title.clone())
        .collect();
    let focused = |harness: &Harness<'static, StepwiseApp>| {
        titles
            .iter()
            .position(|t| harness.get_by_label(t).is_focused())
    };
    // From the search box, Down goes to the first tile.
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused(&harness), Some(0));
    press(&mut harness, Key::ArrowRight);
    assert_eq!(focused(&harness), Some(1));
    // Three tiles a row at this width: Down is the tile under it.
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused(&harness), Some(4));
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(focused(&harness), Some(3));
    press(&mut harness, Key::Enter);
    let scenario = harness.state().walk().and_then(|w| w.scenario.clone());
    let expected = harness.state().pack().manifest.scenarios[3].id.clone();
    assert_eq!(scenario, Some(expected));
}

#[test]
fn up_and_down_move_between_answers() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    harness
        .get_by_label("Netflix is signed in on a TV that isn't mine")
        .click();
    settle(&mut harness);
    harness.get_by_label("Walk me through it").click();
    settle(&mut harness);
    let options = match harness
        .state()
        .walk()
        .and_then(|w| w.node(harness.state().pack()))
    {
        Some(Node::Question(q)) => q
            .options
            .iter()
            .map(|o| o.label.clone())
            .collect::<Vec<_>>(),
        other => panic!("expected a question, not {other:?}"),
    };
    assert!(options.len() >= 2);
    press(&mut harness, Key::ArrowDown);
    assert!(harness.get_by_label(&options[0]).is_focused());
    press(&mut harness, Key::ArrowDown);
    assert!(harness.get_by_label(&options[1]).is_focused());
    press(&mut harness, Key::ArrowUp);
    assert!(harness.get_by_label(&options[0]).is_focused());
    press(&mut harness, Key::ArrowUp);
    assert!(
        harness
            .get_by_label(options.last().expect("options"))
            .is_focused(),
        "Up from the first answer wraps to the last"
    );
}

#[test]
fn a_new_step_is_announced_politely_and_the_progress_bar_has_a_value() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    harness
        .get_by_label("Sign out on a TV or streaming stick")
        .click();
    settle(&mut harness);
    harness.get_by_label("Walk me through it").click();
    settle(&mut harness);
    // The one polite live region, and what it says.
    let live = |harness: &Harness<'static, StepwiseApp>| {
        let regions: Vec<String> = harness
            .query_all(
                egui_kittest::kittest::By::new()
                    .predicate(|node| node.live() == egui::accesskit::Live::Polite),
            )
            .map(|node| {
                let node = node.accesskit_node();
                // A label's words are its value (what a screen reader reads).
                node.value().or_else(|| node.label()).unwrap_or_default()
            })
            .collect();
        assert_eq!(regions.len(), 1, "{regions:?}");
        regions[0].clone()
    };
    let first = live(&harness);
    assert!(first.starts_with("Step 1 of 6. "), "{first}");
    let (title, instruction) = match harness
        .state()
        .walk()
        .and_then(|w| w.node(harness.state().pack()))
    {
        Some(Node::Step(step)) => (step.title.clone(), stepwise::text::plain(&step.text)),
        other => panic!("a step, not {other:?}"),
    };
    assert!(
        first.contains(&title) && first.contains(&instruction),
        "{first}"
    );
    press(&mut harness, Key::Enter);
    let second = live(&harness);
    assert_ne!(first, second, "the announcement changes with the step");
    // Nothing changed: nothing new to announce.
    settle(&mut harness);
    assert_eq!(live(&harness), second);
    let bar = harness.get_by_role(egui::accesskit::Role::ProgressIndicator);
    let node = bar.accesskit_node();
    assert_eq!(node.numeric_value(), Some(1.0));
    assert!(node.max_numeric_value().is_some_and(|max| max > 1.0));
}

#[test]
fn escape_closes_the_topmost_overlay_first() {
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    harness
        .get_by_label("Sign out on a TV or streaming stick")
        .click();
    settle(&mut harness);
    harness.get_by_label("Walk me through it").click();
    settle(&mut harness);
    press(&mut harness, Key::Z);
    harness.get_by_label_contains("Zoomed picture");
    press(&mut harness, Key::F1);
    harness.get_by_label("Keyboard shortcuts");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
    harness.get_by_label_contains("Zoomed picture");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label_contains("Zoomed picture").is_none());
    assert_eq!(harness.state().screen(), Screen::Walk);
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().screen(), Screen::Home);
}

#[test]
fn the_search_hint_belongs_to_the_pack() {
    // The built-in pack names its own examples; a pack without a hint gets
    // a neutral sentence, never another pack's examples.
    let builtin = stepwise::guide::Pack::load(PackSource::Builtin).0;
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    let hint = builtin.manifest.search_hint.clone();
    assert!(!hint.is_empty(), "the built-in pack sets its hint");
    let placeholder = |harness: &Harness<'static, StepwiseApp>| {
        harness
            .get_by_label("Search guides")
            .accesskit_node()
            .placeholder()
            .map(str::to_owned)
    };
    assert_eq!(placeholder(&harness), Some(hint.clone()));
    let dir = common::copy_fixture("ok");
    let mut harness = app(PackSource::Folder(dir.path().to_owned()), SIZE);
    settle(&mut harness);
    assert_eq!(
        placeholder(&harness).as_deref(),
        Some("Type what you need help with, in your own words"),
        "a pack without a hint gets a neutral one, never another pack's examples"
    );
}

#[test]
fn what_a_key_changes_is_painted_without_waiting_for_more_input() {
    // Actions are applied after a frame is drawn; the app must ask for the
    // next frame itself, or a real window would show the change only at
    // the next mouse move.
    let mut harness = app(PackSource::Builtin, SIZE);
    settle(&mut harness);
    assert!(
        !harness.ctx.has_requested_repaint(),
        "idle: no frames asked for"
    );
    harness.key_press(Key::F1);
    harness.step();
    assert!(harness.ctx.has_requested_repaint());
    harness.step();
    harness.get_by_label("Keyboard shortcuts");
}

#[test]
fn a_guide_says_when_it_was_checked_and_calmly_when_that_is_long_ago() {
    let open_tv_step = |today: &str| {
        let mut app = StepwiseApp::new(PackSource::Builtin);
        app.set_today(stepwise::guide::date::Date::parse(today).expect("a date"));
        let mut harness = common::ui::app_from(app, SIZE);
        settle(&mut harness);
        harness
            .get_by_label("Sign out on a TV or streaming stick")
            .click();
        settle(&mut harness);
        harness.get_by_label("Walk me through it").click();
        settle(&mut harness);
        harness
    };
    // The date the guide was compared with its sources, and which they were.
    let pack = stepwise::guide::Pack::load(PackSource::Builtin).0;
    let guide = &pack.guide("tv-menu").expect("the TV menu guide").guide;
    let verified = guide.verified.clone().expect("the TV guide is dated");
    let date = stepwise::guide::date::Date::parse(&verified).expect("a date");
    let checked = format!("Checked {}", date.readable());
    assert!(!guide.sources.is_empty(), "the TV guide names its sources");
    let mut fresh = open_tv_step("2026-12-04");
    fresh.get_by_label(&checked);
    assert!(fresh.query_by_label_contains("Menus change").is_none());
    // The sources fold away under the date; opened, each is named.
    assert!(fresh.query_by_label(&guide.sources[0].title).is_none());
    fresh
        .get_by_label(&format!("Sources ({})", guide.sources.len()))
        .click();
    settle(&mut fresh);
    for source in &guide.sources {
        fresh.get_by_label(&source.title);
    }
    let years_later = open_tv_step("2031-01-01");
    years_later.get_by_label(&checked);
    years_later.get_by_label_contains("Menus change");
}
