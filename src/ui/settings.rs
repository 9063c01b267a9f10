//! What the app remembers between runs, saved through eframe's storage:
//! theme, text size, the walk in progress and the guides already done.
//! Guides themselves never live here: only where the user was in them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::guide::walk::Walk;

/// The storage key of [`Settings`].
pub const KEY: &str = "stepwise-settings";

/// Bumped when the saved shape changes incompatibly.
pub const VERSION: u32 = 1;

/// Smallest and largest text size the user can choose.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.8..=1.6;

/// The saved state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The version this was saved by.
    pub version: u32,
    /// Dark theme on.
    pub dark: bool,
    /// Text size multiplier (1.0 = normal).
    pub text_scale: f32,
    /// The walk in progress, if any.
    pub walk: Option<Walk>,
    /// Whether the walk in progress has passed its quick answer.
    pub walk_begun: bool,
    /// Scenarios and guides the user marked as solved.
    pub finished: BTreeSet<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            version: VERSION,
            dark: false,
            text_scale: 1.0,
            walk: None,
            walk_begun: false,
            finished: BTreeSet::new(),
        }
    }
}

impl Settings {
    /// Reads saved settings; `None` and a notice when what was saved cannot be used.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> (Settings, Option<String>) {
        let Some(text) = storage.and_then(|s| s.get_string(KEY)) else {
            return (Settings::default(), None);
        };
        match ron::from_str::<Settings>(&text) {
            Ok(settings) if settings.version == VERSION => (settings.sanitised(), None),
            Ok(_) => (
                Settings::default(),
                Some(
                    "Your saved settings came from another version of Stepwise and were reset."
                        .to_owned(),
                ),
            ),
            Err(_) => (
                Settings::default(),
                Some("Your saved settings could not be read and were reset.".to_owned()),
            ),
        }
    }

    /// Writes the settings into eframe's storage.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = ron::to_string(self) {
            storage.set_string(KEY, text);
        }
    }

    /// Clamps values a hand-edited file could have set out of range.
    fn sanitised(mut self) -> Settings {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self
            .text_scale
            .clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end());
        self
    }
}
