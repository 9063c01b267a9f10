//! Snapshot tests: every screen, light and dark, at 1280x800 and 800x600,
//! rendered with wgpu (Mesa's software renderer is enough). Refresh the
//! PNGs in tests/snapshots/ with `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.

use crate::common;
use crate::common::ui::settle;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotResults};
use stepwise::bundle::ReaderFiles;
use stepwise::guide::PackSource;
use stepwise::ui::StepwiseApp;

const SIZES: [(f32, f32); 2] = [(1280.0, 800.0), (800.0, 600.0)];

/// One test renders at a time: the software renderer shares two cores with
/// everything else, and renders queued side by side can outlast
/// egui_kittest's wait for the GPU.
static RENDERING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    // A test that failed while holding the lock leaves it usable.
    RENDERING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn harness_of(mut app: StepwiseApp, size: (f32, f32), dark: bool) -> Harness<'static, StepwiseApp> {
    app.set_today(common::pinned_today());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .wgpu()
        .build_ui_state(|ui, app: &mut StepwiseApp| app.ui_contents(ui), app);
    settle(&mut harness);
    if dark {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::T);
        settle(&mut harness);
    }
    harness
}

fn click(harness: &mut Harness<'static, StepwiseApp>, label: &str) {
    harness.get_by_label(label).click();
    settle(harness);
}

fn shoot(harness: &mut Harness<'static, StepwiseApp>, screen: &str, size: (f32, f32), dark: bool) {
    harness.remove_cursor();
    settle(harness);
    let theme = if dark { "dark" } else { "light" };
    harness.snapshot(format!("{screen}-{theme}-{}x{}", size.0, size.1));
}

/// Runs `screen` for every size and theme.
fn each(
    screen: &str,
    source: impl Fn() -> PackSource,
    go: impl Fn(&mut Harness<'static, StepwiseApp>),
) {
    each_app(screen, || StepwiseApp::new(source()), go);
}

/// Runs `screen` for every size and theme, on the app `make` builds.
fn each_app(
    screen: &str,
    make: impl Fn() -> StepwiseApp,
    go: impl Fn(&mut Harness<'static, StepwiseApp>),
) {
    let _turn = one_at_a_time();
    let mut results = SnapshotResults::new();
    for size in SIZES {
        for dark in [false, true] {
            let mut harness = harness_of(make(), size, dark);
            go(&mut harness);
            shoot(&mut harness, screen, size, dark);
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

/// Runs `screen` at the largest text size in the smallest window, light
/// and dark: nothing may be cut off or overlap.
fn each_at_double_text(screen: &str, go: impl Fn(&mut Harness<'static, StepwiseApp>)) {
    each_app_at_double_text(screen, || StepwiseApp::new(PackSource::Builtin), go, None);
}

/// As [`each_at_double_text`] on the app `make` builds; with `show`, the
/// text of that name is scrolled into view once the text is large.
fn each_app_at_double_text(
    screen: &str,
    make: impl Fn() -> StepwiseApp,
    go: impl Fn(&mut Harness<'static, StepwiseApp>),
    show: Option<&str>,
) {
    let _turn = one_at_a_time();
    let mut results = SnapshotResults::new();
    let size = (800.0, 600.0);
    for dark in [false, true] {
        let mut harness = harness_of(make(), size, dark);
        // Get there first (a test can only press what is in view), then
        // make the text as large as it goes.
        go(&mut harness);
        while harness.state().saved().text_scale < 2.0 {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
            settle(&mut harness);
        }
        if let Some(label) = show {
            harness.get_by_label(label).scroll_to_me();
            settle(&mut harness);
        }
        let theme = if dark { "dark" } else { "light" };
        harness.remove_cursor();
        settle(&mut harness);
        let cut = cut_off_text(&harness);
        assert!(
            cut.is_empty(),
            "{screen} at 200 %, {theme}: text cut off: {cut:#?}"
        );
        harness.snapshot(format!("{screen}-200-{theme}-800x600"));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

/// The texts of the last frame that do not fit across their clip rect:
/// cut off at a side (text scrolled out at the top or bottom of a list is
/// not cut, it is one scroll away). Read from the shapes egui emitted.
fn cut_off_text<S>(harness: &Harness<'_, S>) -> Vec<String> {
    let mut cut = Vec::new();
    for clipped in &harness.output().shapes {
        let mut texts = Vec::new();
        collect_texts(&clipped.shape, &mut texts);
        for (rect, words) in texts {
            let clip = clipped.clip_rect;
            let visible = rect.intersects(clip);
            let across = rect.left() >= clip.left() - 1.0 && rect.right() <= clip.right() + 1.0;
            if visible && !across && !words.trim().is_empty() {
                cut.push(format!("{words:?} at {rect:?}, clipped to {clip:?}"));
            }
        }
    }
    cut
}

fn collect_texts(shape: &egui::Shape, out: &mut Vec<(egui::Rect, String)>) {
    match shape {
        egui::Shape::Text(text) => {
            let rect = text.galley.rect.translate(text.pos.to_vec2());
            out.push((rect, text.galley.text().to_owned()));
        }
        egui::Shape::Vec(shapes) => {
            for shape in shapes {
                collect_texts(shape, out);
            }
        }
        _ => {}
    }
}

/// The check itself can fail: a label too wide for the box it is clipped
/// to is found; the same label with room is not.
#[test]
fn a_label_cut_at_its_side_is_found() {
    let frame = |width: f32| {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(400.0, 100.0))
            .build_ui(move |ui| {
                ui.allocate_ui(egui::vec2(width, 40.0), |ui| {
                    ui.set_clip_rect(ui.max_rect());
                    ui.add(egui::Label::new("A label far too wide for its box").extend());
                });
            });
        harness.run();
        cut_off_text(&harness)
    };
    assert_eq!(frame(60.0).len(), 1, "{:?}", frame(60.0));
    assert!(frame(380.0).is_empty());
}

#[test]
fn home_at_double_text() {
    each_at_double_text("home", |_| {});
}

#[test]
fn step_at_double_text() {
    each_at_double_text("step", to_marked_step);
}

#[test]
fn question_at_double_text() {
    each_at_double_text("question", |harness| {
        click(harness, "Sign out on a TV or streaming stick");
        click(harness, "Walk me through it");
        click(harness, "Done, next step");
    });
}

#[test]
fn outcome_at_double_text() {
    each_at_double_text("outcome", |harness| {
        to_marked_step(harness);
        click(harness, "Done, next step");
        click(harness, "Done, next step");
        click(harness, "Done, next step");
    });
}

/// From home to the TV guide's step that has a highlight, an arrow and a callout.
fn to_marked_step(harness: &mut Harness<'static, StepwiseApp>) {
    click(harness, "Sign out on a TV or streaming stick");
    click(harness, "Walk me through it");
    click(harness, "Done, next step");
    click(harness, "Icons down the left edge");
    click(harness, "Done, next step");
    let at = harness.state().walk().map(|w| w.current.to_string());
    assert_eq!(at.as_deref(), Some("tv-menu#side-get-help"));
}

#[test]
fn home() {
    each("home", || PackSource::Builtin, |_| {});
}

#[test]
fn about() {
    each(
        "about",
        || PackSource::Builtin,
        |harness| {
            harness.key_press(Key::F2);
            settle(harness);
        },
    );
}

#[test]
fn about_at_double_text() {
    each_at_double_text("about", |harness| {
        harness.key_press(Key::F2);
        settle(harness);
    });
}

#[test]
fn search_results() {
    each(
        "search",
        || PackSource::Builtin,
        |harness| {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
            harness.event(egui::Event::Text("hotel tv".to_owned()));
            settle(harness);
        },
    );
}

#[test]
fn question() {
    each(
        "question",
        || PackSource::Builtin,
        |harness| {
            click(harness, "Sign out on a TV or streaming stick");
            click(harness, "Walk me through it");
            click(harness, "Done, next step");
            harness.get_by_label("Where is the menu on your TV?");
        },
    );
}

#[test]
fn step_with_every_kind_of_mark() {
    each("step", || PackSource::Builtin, to_marked_step);
}

#[test]
fn zoom_view() {
    each(
        "zoom",
        || PackSource::Builtin,
        |harness| {
            to_marked_step(harness);
            harness.key_press(Key::Z);
            settle(harness);
            harness.get_by_label_contains("Zoomed picture");
        },
    );
}

#[test]
fn outcome() {
    each(
        "outcome",
        || PackSource::Builtin,
        |harness| {
            to_marked_step(harness);
            click(harness, "Done, next step");
            click(harness, "Done, next step");
            click(harness, "Done, next step");
            harness.get_by_label("This TV is signed out");
        },
    );
}

#[test]
fn problems() {
    // A fixed folder name, since the problems view names the pack's folder.
    let dir = common::copy_fixture("ok");
    let path = dir.path().join("broken-pack");
    std::fs::create_dir(&path).expect("create");
    for sub in ["data", "assets"] {
        std::fs::rename(dir.path().join(sub), path.join(sub)).expect("move");
    }
    std::fs::write(
        path.join("data/change-password.ron"),
        "Guide(id: \"change-password\", title: ",
    )
    .expect("write");
    each(
        "problems",
        || PackSource::Folder(path.clone()),
        |harness| {
            click(harness, "Show the problems");
            harness.get_by_label("Problems in this pack");
        },
    );
}

#[test]
fn mark_editor() {
    let _turn = one_at_a_time();
    let mut results = SnapshotResults::new();
    for dark in [false, true] {
        let root = tempfile::tempdir().expect("dir");
        let dir = root.path().join("pack");
        stepwise::scaffold::new_pack(&dir).expect("starter pack");
        let mut app = StepwiseApp::new(PackSource::Folder(dir.clone())).authoring(dir.clone());
        app.set_today(common::pinned_today());
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .wgpu()
            .build_ui_state(|ui, app: &mut StepwiseApp| app.ui_contents(ui), app);
        settle(&mut harness);
        if dark {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::T);
            settle(&mut harness);
        }
        click(&mut harness, "Do the first thing");
        click(&mut harness, "Walk me through it");
        click(&mut harness, "Edit marks");
        // Select the highlight, so its handles show.
        harness
            .get_all_by_label_contains("Highlight at x")
            .next()
            .expect("the highlight in the list")
            .click();
        settle(&mut harness);
        let theme = if dark { "dark" } else { "light" };
        harness.remove_cursor();
        settle(&mut harness);
        harness.snapshot(format!("editor-{theme}-1280x800"));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

#[test]
fn map() {
    each(
        "map",
        || PackSource::Builtin,
        |harness| {
            to_marked_step(harness);
            harness.key_press(Key::M);
            settle(harness);
            harness.get_by_label("Step: Choose Get Help, current");
        },
    );
}

#[test]
fn map_fitted() {
    each(
        "map-fit",
        || PackSource::Builtin,
        |harness| {
            to_marked_step(harness);
            click(harness, "Map");
            click(harness, "Fit");
        },
    );
}

#[test]
fn map_list() {
    each(
        "map-list",
        || PackSource::Builtin,
        |harness| {
            to_marked_step(harness);
            harness.key_press(Key::M);
            settle(harness);
            click(harness, "List view");
        },
    );
}

#[test]
fn map_for_authors() {
    // A guide with a dead end, a loop with no way out, a missing picture
    // and a node nothing leads to, each wearing its badge.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken-pack");
    std::fs::create_dir_all(path.join("data")).expect("create");
    std::fs::create_dir_all(path.join("assets")).expect("create");
    std::fs::write(
        path.join("data/pack.ron"),
        r#"Pack(id: "bad", title: "A pack with mistakes", scenarios: [(id: "main", title: "Main guide", start: "main")], fallback: "main#done")"#,
    )
    .expect("write");
    std::fs::write(path.join("data/main.ron"), common::BROKEN_GUIDE).expect("write");
    each(
        "map-authoring",
        || PackSource::Folder(path.clone()),
        |harness| {
            harness.state_mut().set_authoring(Some(path.clone()));
            click(harness, "Main guide");
            harness.key_press(Key::M);
            settle(harness);
            harness.get_by_label("Step: Nowhere to go, not on your path, problems: dead end");
        },
    );
}

/// A fresh reader (empty library, no known authors) in `home`, opening
/// `file` as a double-click does.
fn opening(home: &std::path::Path, file: &str) -> StepwiseApp {
    StepwiseApp::with_storage_only(None)
        .with_reader(ReaderFiles::under(home))
        .open_file_now(&common::fixture(file))
}

/// A new temporary folder per app built, so every shot starts fresh.
fn fresh_home() -> std::path::PathBuf {
    let dir = tempfile::tempdir().expect("dir");
    // Kept until the process ends: the app reads the folder as it draws.
    #[allow(deprecated)]
    dir.into_path()
}

#[test]
fn opened_signed_file() {
    each_app(
        "opened-signed",
        || opening(&fresh_home(), "packs/signed.stepwise"),
        |_| {},
    );
}

#[test]
fn opened_signed_file_at_double_text() {
    each_app_at_double_text(
        "opened-signed",
        || opening(&fresh_home(), "packs/signed.stepwise"),
        |_| {},
        Some("Add to my guides"),
    );
}

#[test]
fn opened_file_refused() {
    each_app(
        "opened-refused",
        || opening(&fresh_home(), "hostile/tampered.stepwise"),
        |_| {},
    );
}

#[test]
fn opened_file_signed_with_another_key() {
    each_app(
        "opened-other-key",
        || {
            let home = fresh_home();
            // The pack was seen before, signed with a key that is not this one.
            std::fs::write(
                home.join("known-authors.ron"),
                r#"(packs: {"sample": (key_id: "0123456789ABCDEF", name: "Fixture Author", public_key: "RWQBI0VniavN7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")})"#,
            )
            .expect("write known authors");
            opening(&home, "packs/signed.stepwise")
        },
        |_| {},
    );
}

#[test]
fn your_guides_after_adding_one() {
    each_app(
        "your-guides",
        || opening(&fresh_home(), "packs/unsigned.stepwise"),
        |harness| click(harness, "Add to my guides"),
    );
}

#[test]
fn your_guides_at_double_text() {
    each_app_at_double_text(
        "your-guides",
        || opening(&fresh_home(), "packs/unsigned.stepwise"),
        |harness| {
            click(harness, "Add to my guides");
            click(harness, "Dismiss");
        },
        Some("Remove…"),
    );
}

/// Words of the last frame, seen or heard, that are English in the
/// pseudo-locale: every text egui drew and every accessible name and
/// value, with what is inside `[...]` (a pseudo-locale text) taken out.
/// What is left may hold numbers, punctuation and key names, never a word.
fn english_left<S>(harness: &Harness<'_, S>) -> Vec<String> {
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        let mut found = Vec::new();
        collect_texts(&clipped.shape, &mut found);
        texts.extend(found.into_iter().map(|(_, words)| words));
    }
    for node in harness.query_all(egui_kittest::kittest::By::new()) {
        use egui_kittest::kittest::NodeT as _;
        let node = node.accesskit_node();
        texts.extend(node.label());
        texts.extend(node.value());
    }
    let mut left: Vec<String> = texts
        .into_iter()
        // What the person typed is theirs, not the window's.
        .filter(|text| !TYPED.contains(&text.as_str()))
        .filter(|text| has_english_word(&outside_brackets(text)))
        .collect();
    left.sort();
    left.dedup();
    left
}

/// What the pseudo-locale tests type into the search box.
const TYPED: &[&str] = &["tv", "tvzzzzqx"];

/// `text` without its bracketed parts (brackets nest). A piece of a text
/// egui drew in parts may close a bracket it did not open: what comes
/// before that is inside.
fn outside_brackets(text: &str) -> String {
    let unopened = text.find(']').filter(|at| !text[..*at].contains('['));
    let text = match unopened {
        Some(at) => &text[at + 1..],
        None => text,
    };
    let mut depth = 0usize;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A run of two or more Latin letters that is not a key's name (egui
/// writes shortcuts itself: "Ctrl+F") nor the app's name.
fn has_english_word(text: &str) -> bool {
    const NOT_WORDS: &[&str] = &[
        "Ctrl",
        "Shift",
        "Alt",
        "Cmd",
        "Esc",
        "Escape",
        "Enter",
        "Backspace",
        "Delete",
        "Del",
        "Plus",
        "Minus",
        "Stepwise",
        "F1",
        "F2",
    ];
    text.split_whitespace()
        // An address is not a word to translate.
        .filter(|w| !w.contains("://"))
        // A pseudo-locale word has accents or padding; an English one not.
        .filter(|w| !w.contains('~') && w.is_ascii())
        .flat_map(|w| w.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .any(|w| !NOT_WORDS.contains(&w))
}

/// An app in the pseudo-locale on this test's thread.
fn pseudo_app() -> StepwiseApp {
    stepwise::i18n::set_thread_language(stepwise::i18n::Lang::Pseudo);
    StepwiseApp::new(PackSource::Builtin)
}

/// Opens the TV scenario and its first step by keys alone (names are
/// pseudo-words here).
fn to_pseudo_step(harness: &mut Harness<'static, StepwiseApp>) {
    let tile = stepwise::i18n::pseudo_text("Sign out on a TV or streaming stick");
    harness.get_by_label_contains(&tile).click();
    settle(harness);
    harness.key_press(Key::Enter);
    settle(harness);
}

/// The check can fail: a literal that skipped Fluent is found, and a
/// pseudo-locale text is not.
#[test]
fn an_english_word_in_the_pseudo_locale_is_found() {
    let frame = |words: &'static str| {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(400.0, 100.0))
            .build_ui(move |ui| {
                ui.label(words);
                let _ = ui.button("[Ðöñé~~, ñéxţ~ šţéþ~]");
            });
        harness.run();
        english_left(&harness)
    };
    assert_eq!(
        frame("Back to the list"),
        vec!["Back to the list".to_owned()]
    );
    assert!(
        frame("[Bááçk~~]  3 · Ctrl+F").is_empty(),
        "{:?}",
        frame("[Bááçk~~]  3 · Ctrl+F")
    );
}

/// Every screen a reader meets, in the pseudo-locale: no English word
/// left anywhere (drawn or named), at the largest text size nothing cut
/// off, and a snapshot of each.
#[test]
fn pseudo_locale_home_has_no_english_at_double_text() {
    pseudo_at_double_text("pseudo-home", |_| {});
}

#[test]
fn pseudo_locale_step_has_no_english_at_double_text() {
    pseudo_at_double_text("pseudo-step", to_pseudo_step);
}

/// The question, an outcome and search results in the pseudo-locale.
#[test]
fn pseudo_locale_question_outcome_and_search_have_no_english() {
    let _turn = one_at_a_time();
    let mut found = Vec::new();
    for target in ["tv-menu#which-menu", "sign-out-tv#done"] {
        let app = pseudo_app().open_at(Some(target.to_owned()));
        let mut harness = harness_of(app, (1280.0, 800.0), false);
        found.extend(
            english_left(&harness)
                .into_iter()
                .map(|t| format!("{target}: {t}")),
        );
        // The walk's own buttons on an ending: Back, Start over, Home...
        harness.key_press(Key::Tab);
        settle(&mut harness);
        found.extend(
            english_left(&harness)
                .into_iter()
                .map(|t| format!("{target}: {t}")),
        );
    }
    let mut harness = harness_of(pseudo_app(), (1280.0, 800.0), false);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.event(egui::Event::Text("tv".to_owned()));
    settle(&mut harness);
    found.extend(
        english_left(&harness)
            .into_iter()
            .map(|t| format!("search: {t}")),
    );
    harness.event(egui::Event::Text("zzzzqx".to_owned()));
    settle(&mut harness);
    found.extend(
        english_left(&harness)
            .into_iter()
            .map(|t| format!("no results: {t}")),
    );
    assert!(
        found.is_empty(),
        "English left in the pseudo-locale: {found:#?}"
    );
}

#[test]
fn pseudo_locale_help_and_about_have_no_english() {
    let _turn = one_at_a_time();
    let mut harness = harness_of(pseudo_app(), (1280.0, 800.0), false);
    let mut found = Vec::new();
    for key in [Key::F1, Key::Escape, Key::F2] {
        harness.key_press(key);
        settle(&mut harness);
        found.extend(english_left(&harness));
    }
    harness.key_press(Key::Escape);
    settle(&mut harness);
    to_pseudo_step(&mut harness);
    for key in [Key::M, Key::Escape, Key::Z] {
        harness.key_press(key);
        settle(&mut harness);
        found.extend(english_left(&harness));
    }
    assert!(
        found.is_empty(),
        "English left in the pseudo-locale: {found:#?}"
    );
}

/// Spanish and German, the longest words of the three, at 200 % in the
/// smallest window: home and a marked step, nothing cut off.
#[test]
fn spanish_and_german_at_double_text() {
    use stepwise::i18n::{Lang, set_thread_language};
    let _turn = one_at_a_time();
    let mut results = SnapshotResults::new();
    for lang in [Lang::Es, Lang::De] {
        for (screen, open) in [("home", None), ("step", Some("tv-menu#side-get-help"))] {
            set_thread_language(lang);
            let app = StepwiseApp::new(PackSource::Builtin).open_at(open.map(str::to_owned));
            let mut harness = harness_of(app, (800.0, 600.0), false);
            // The one-time note about the pictures' English buttons.
            harness.get_by_label(&stepwise::tr!(chrome_dismiss)).click();
            settle(&mut harness);
            while harness.state().saved().text_scale < 2.0 {
                harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
                settle(&mut harness);
            }
            harness.remove_cursor();
            settle(&mut harness);
            let cut = cut_off_text(&harness);
            assert!(
                cut.is_empty(),
                "{lang:?} {screen} at 200 %: text cut off: {cut:#?}"
            );
            harness.snapshot(format!("{}-{screen}-200-light-800x600", lang.code()));
            results.extend_harness(&mut harness);
        }
    }
    set_thread_language(Lang::En);
    results.unwrap();
}

fn pseudo_at_double_text(screen: &str, go: impl Fn(&mut Harness<'static, StepwiseApp>)) {
    let _turn = one_at_a_time();
    let mut harness = harness_of(pseudo_app(), (800.0, 600.0), false);
    // The one-time note about the pictures, read, then put away.
    let mut english = english_left(&harness);
    if let Some(dismiss) = harness.query_by_label(&stepwise::tr!(chrome_dismiss)) {
        dismiss.click();
        settle(&mut harness);
    }
    go(&mut harness);
    english.extend(english_left(&harness));
    assert!(english.is_empty(), "{screen}: English left: {english:#?}");
    while harness.state().saved().text_scale < 2.0 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        settle(&mut harness);
    }
    harness.remove_cursor();
    settle(&mut harness);
    let cut = cut_off_text(&harness);
    assert!(cut.is_empty(), "{screen} at 200 %: text cut off: {cut:#?}");
    harness.snapshot(format!("{screen}-200-light-800x600"));
}
