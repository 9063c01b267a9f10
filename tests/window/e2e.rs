//! The real window, driven as a screen reader and a keyboard-only person
//! meet it: tests/e2e/run.sh starts the binary on a virtual X screen with
//! the accessibility bus, and tests/e2e/drive.py reads it through AT-SPI
//! and types with xdotool.
//!
//! The tools come from Debian packages (.ci/run installs them). Where they
//! are missing these tests say so and pass, unless `STEPWISE_E2E=1` asks
//! for them (CI sets it), in which case a missing tool fails.

use std::path::Path;
use std::process::Command;

/// What the scenarios need, and where it comes from.
const NEEDS: &[(&str, &str)] = &[
    ("/usr/bin/Xvfb", "xvfb"),
    ("/usr/bin/xdotool", "xdotool"),
    ("/usr/bin/dbus-run-session", "dbus"),
    ("/usr/bin/gdbus", "libglib2.0-bin"),
    ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ("/usr/libexec/at-spi2-registryd", "at-spi2-core"),
    ("/usr/lib/python3/dist-packages/pyatspi", "python3-pyatspi"),
];

/// What a double-click on a file needs besides.
const DOUBLE_CLICK: &[(&str, &str)] = &[
    ("/usr/bin/xdg-open", "xdg-utils"),
    ("/usr/bin/gio", "libglib2.0-bin"),
    ("/usr/bin/update-mime-database", "shared-mime-info"),
    ("/usr/bin/update-desktop-database", "desktop-file-utils"),
];

/// Runs one scenario; `None` when the tools are missing and not required.
fn scenario(name: &str, args: &[&str]) -> Option<String> {
    scenario_needing(name, args, &[])
}

fn scenario_needing(name: &str, args: &[&str], more: &[(&str, &str)]) -> Option<String> {
    let missing: Vec<&str> = NEEDS
        .iter()
        .chain(more)
        .filter(|(path, _)| !Path::new(path).exists())
        .map(|(_, package)| *package)
        .collect();
    if !missing.is_empty() {
        let required = std::env::var("STEPWISE_E2E").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "STEPWISE_E2E=1, but these packages are missing: {missing:?}"
        );
        eprintln!("skipped: the end-to-end tools are missing ({missing:?})");
        return None;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/run.sh");
    let output = Command::new(script)
        .arg(env!("CARGO_BIN_EXE_stepwise"))
        .arg(name)
        .args(args)
        .output()
        .expect("tests/e2e/run.sh runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "e2e {name} failed:\n{said}");
    Some(said)
}

#[test]
fn the_hotel_route_by_keyboard_alone_from_a_fresh_start() {
    if let Some(said) = scenario("hotel-keys", &[]) {
        assert!(said.contains("now 'Your password is changed'"), "{said}");
    }
}

/// The same route in a window opened with `LANG=es_ES.UTF-8` and with
/// `LANG=de_DE.UTF-8`, found by the translated names only.
#[test]
fn the_hotel_route_in_spanish_and_german_by_keyboard_and_names() {
    for name in ["hotel-es", "hotel-de"] {
        if let Some(said) = scenario(name, &[]) {
            assert!(said.contains(&format!("e2e {name}: passed")), "{said}");
            assert!(
                !said.contains("now 'Your password is changed'"),
                "English: {said}"
            );
        }
    }
}

/// The language menu with Tab and Return alone, heard by name; and a
/// language forced by STEPWISE_LANG said in the menu.
#[test]
fn the_language_is_chosen_with_the_keyboard_alone() {
    if let Some(said) = scenario("language-keys", &[]) {
        assert!(said.contains("now 'Wobei brauchen Sie Hilfe?'"), "{said}");
        assert!(
            said.contains("now 'Lo elige STEPWISE_LANG: Español'"),
            "{said}"
        );
    }
}

#[test]
fn every_text_on_every_screen_grows_at_the_largest_size() {
    if let Some(said) = scenario("text-grows", &[]) {
        for screen in ["home", "step", "question", "outcome", "map", "help"] {
            assert!(
                said.contains(&format!("  {screen}: ")),
                "{screen} not measured:\n{said}"
            );
        }
    }
}

#[test]
fn a_signed_guide_travels_as_one_file_and_opens_on_double_click() {
    // new -> edit -> keygen -> pack --sign -> install -> xdg-open -> walked
    // by name -> Add to my guides -> restart -> still there, signed.
    if let Some(said) = scenario_needing("share", &[], DOUBLE_CLICK) {
        for step in [
            "the window says: 'Signed by Ana Lopez · key ",
            "walked the guide to its end by name",
            "added to my guides",
            "after a restart: 'Kitchen help', 'Signed by Ana Lopez (key ",
            "opened from my guides",
        ] {
            assert!(said.contains(step), "missing {step:?}:\n{said}");
        }
    }
}
