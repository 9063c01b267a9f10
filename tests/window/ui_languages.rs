//! The window in the reader's language, as a person meets it: chosen from
//! the top bar's menu by the language's own name, remembered after a
//! restart, the guides and the search in that language, and a note said
//! once when the guides are translated (or translated only in part).

use crate::common;
use crate::common::ui::{MemoryStorage, app_from, click, settle};
use egui_kittest::kittest::Queryable;
use stepwise::guide::PackSource;
use stepwise::i18n::{Lang, set_thread_language};
use stepwise::ui::StepwiseApp;

const SIZE: (f32, f32) = (1280.0, 1000.0);

fn app_in(lang: Lang, source: PackSource) -> egui_kittest::Harness<'static, StepwiseApp> {
    set_thread_language(lang);
    let mut app = StepwiseApp::new(source);
    app.set_today(common::pinned_today());
    let mut harness = app_from(app, SIZE);
    settle(&mut harness);
    harness
}

#[test]
fn the_language_menu_switches_the_window_and_the_guides_and_is_remembered() {
    let mut harness = app_in(Lang::En, PackSource::Builtin);
    harness.get_by_label("What do you need help with?");
    click(&mut harness, "Language: English");
    click(&mut harness, "Español");
    // The window's words and the guides' titles, at once.
    harness.get_by_label("¿Con qué necesitas ayuda?");
    harness.get_by_label_contains("Cerrar sesión en una tele");
    assert!(
        harness
            .query_by_label("What do you need help with?")
            .is_none()
    );
    // The pack's note for readers of a translation, said once.
    harness.get_by_label_contains("en inglés, como aparecen en las imágenes");
    assert_eq!(harness.state().saved().language.as_deref(), Some("es"));

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    drop(harness);
    // A restart on a thread that speaks English: the choice wins.
    set_thread_language(Lang::En);
    let restarted = StepwiseApp::with_storage(PackSource::Builtin, Some(&storage));
    let mut harness = app_from(restarted, SIZE);
    settle(&mut harness);
    harness.get_by_label("¿Con qué necesitas ayuda?");
    harness.get_by_label("Idioma: Español");
    set_thread_language(Lang::En);
}

#[test]
fn a_walk_in_german_keeps_its_place_when_the_language_changes() {
    let mut harness = app_in(Lang::De, PackSource::Builtin);
    click(
        &mut harness,
        "Auf einem Fernseher oder Streaming-Stick abmelden",
    );
    click(&mut harness, "Schritt für Schritt zeigen");
    let here = harness.state().walk().cloned().expect("walking");
    click(&mut harness, "Sprache: Deutsch");
    click(&mut harness, "English");
    assert_eq!(
        harness.state().walk(),
        Some(&here),
        "the same step, now in English"
    );
    harness.get_by_label("Done, next step");
    set_thread_language(Lang::En);
}

#[test]
fn search_finds_the_right_guide_in_each_language() {
    for (lang, query) in [
        (Lang::Es, "cerrar sesion en la tele del hotel"),
        (Lang::De, "netflix im hotel abmelden"),
    ] {
        set_thread_language(lang);
        let loaded = {
            let mut loaded = stepwise::ui::loader::Loaded::now(PackSource::Builtin);
            loaded.localize(lang.code());
            loaded
        };
        let hits = loaded.index.search(query, 1);
        let first = hits.first().and_then(|h| h.scenario.clone());
        assert_eq!(first.as_deref(), Some("left-behind"), "{lang:?}: {query}");
    }
    set_thread_language(Lang::En);
}

/// An author edits the source words, so the window shows them to an
/// author whatever language its own words are in.
#[test]
fn an_author_sees_the_source_words_whatever_the_window_speaks() {
    let dir = common::copy_fixture("bad/missing-translation");
    let path = dir.path().to_owned();
    set_thread_language(Lang::Es);
    let app = StepwiseApp::new(PackSource::Folder(path.clone())).authoring(path);
    let mut harness = app_from(app, SIZE);
    settle(&mut harness);
    harness.get_by_label("¿Con qué necesitas ayuda?");
    harness.get_by_label_contains("Turn the lamp off");
    assert_eq!(
        harness
            .query_all_by_label_contains("Apagar la lámpara")
            .count(),
        0,
        "an author sees no translation"
    );
    set_thread_language(Lang::En);
}

#[test]
fn a_pack_translated_in_part_opens_and_says_so_once() {
    let dir = common::copy_fixture("bad/missing-translation");
    let mut harness = app_in(Lang::Es, PackSource::Folder(dir.path().to_owned()));
    // Translated texts in Spanish, the missing one in English.
    click(&mut harness, "Apagar la lámpara");
    harness
        .get_by_label_contains("estas guías aún no está traducido")
        .hover();
    if harness
        .query_all_by_label_contains("Busca el interruptor")
        .count()
        == 0
    {
        // The quick answer first, then the step.
        harness.key_press(egui::Key::Enter);
        settle(&mut harness);
    }
    assert!(
        harness
            .query_all_by_label_contains("Busca el interruptor")
            .count()
            > 0
    );
    assert!(
        harness
            .query_all_by_label_contains("Press the switch on the cord.")
            .count()
            > 0
    );
    set_thread_language(Lang::En);
}
