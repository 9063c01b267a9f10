//! What the app remembers between runs ([`SavedState`]), saved through
//! eframe's storage: theme, text size, the walk in progress and the guides
//! already done. Guides themselves never live here: only where the user was
//! in them. What lasts only while the window is open lives in the app.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::guide::walk::Walk;

/// The storage key of [`SavedState`].
pub const KEY: &str = "stepwise-settings";

/// Bumped when the saved shape changes incompatibly.
pub const VERSION: u32 = 1;

/// The text sizes Larger and Smaller text step through (1.0 = 100 %):
/// small steps near normal, bigger ones towards 200 %.
pub const TEXT_SCALES: [f32; 9] = [0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.75, 2.0];

/// Smallest and largest text size the person can choose.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.8..=2.0;

/// The next text size up (or down) from `scale`; the ends stay put. A
/// size between two steps (an old saved state) moves to the neighbour.
pub fn next_text_scale(scale: f32, bigger: bool) -> f32 {
    const CLOSE: f32 = 0.001;
    let next = if bigger {
        TEXT_SCALES.iter().find(|&&s| s > scale + CLOSE)
    } else {
        TEXT_SCALES.iter().rev().find(|&&s| s < scale - CLOSE)
    };
    next.copied().unwrap_or(scale)
}

/// The saved state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedState {
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
    /// Walks in other packs than the one on show, by pack id, with whether
    /// each had passed its quick answer: taken up again when that pack is.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub parked: std::collections::BTreeMap<String, (Walk, bool)>,
    /// The language chosen in the window (`es`), if one was: otherwise the
    /// system's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The language whose note about the translated guides was last said
    /// (said again only when the language changes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language_noticed: Option<String>,
}

impl Default for SavedState {
    fn default() -> SavedState {
        SavedState {
            version: VERSION,
            dark: false,
            text_scale: 1.0,
            walk: None,
            walk_begun: false,
            parked: Default::default(),
            finished: BTreeSet::new(),
            language: None,
            language_noticed: None,
        }
    }
}

impl SavedState {
    /// Reads saved settings; `None` and a notice when what was saved cannot be used.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> (SavedState, Option<String>) {
        let Some(text) = storage.and_then(|s| s.get_string(KEY)) else {
            return (SavedState::default(), None);
        };
        match ron::from_str::<SavedState>(&text) {
            Ok(settings) if settings.version == VERSION => (settings.sanitised(), None),
            Ok(_) => (SavedState::default(), Some(crate::tr!(saved_other_version))),
            Err(_) => (SavedState::default(), Some(crate::tr!(saved_unreadable))),
        }
    }

    /// Writes the settings into eframe's storage.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = ron::to_string(self) {
            storage.set_string(KEY, text);
        }
    }

    /// Clamps values a hand-edited file could have set out of range.
    fn sanitised(mut self) -> SavedState {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self
            .text_scale
            .clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end());
        self
    }
}

/// Checks eframe's saved-state file before eframe reads it. A file that is
/// not readable RON, or whose Stepwise settings are corrupt or from another
/// version, is renamed to `app.ron.unreadable-<seconds since 1970>` so
/// nothing is lost and the app starts clean; the returned sentence tells
/// the user where it went. eframe itself would silently start empty and
/// later overwrite the file.
pub fn set_aside_unreadable(path: &Path) -> Option<String> {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(_) => return None, // No saved state yet: nothing to check.
    };
    let readable = std::str::from_utf8(&text)
        .ok()
        .and_then(|text| ron::from_str::<HashMap<String, String>>(text).ok())
        .is_some_and(|kv| match kv.get(KEY) {
            None => true,
            Some(saved) => ron::from_str::<SavedState>(saved).is_ok_and(|s| s.version == VERSION),
        });
    if readable {
        return None;
    }
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut aside = PathBuf::from(path);
    aside.set_extension(format!("ron.unreadable-{seconds}"));
    match std::fs::rename(path, &aside) {
        Ok(()) => Some(crate::tr!(
            saved_set_aside,
            file = aside.display().to_string()
        )),
        Err(e) => Some(crate::tr!(saved_not_set_aside, error = e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sizes_step_up_to_double_and_down_to_four_fifths() {
        let mut scale = 1.0;
        let mut ups = Vec::new();
        for _ in 0..10 {
            scale = next_text_scale(scale, true);
            ups.push(scale);
        }
        assert_eq!(ups[..3], [1.1, 1.2, 1.35]);
        assert_eq!(*ups.last().expect("steps"), 2.0);
        let mut scale = 1.0;
        for _ in 0..5 {
            scale = next_text_scale(scale, false);
        }
        assert_eq!(scale, 0.8);
        assert_eq!(next_text_scale(1.6, true), 1.75, "between steps");
        assert_eq!(next_text_scale(1.6, false), 1.5);
    }

    fn saved(settings: &str) -> String {
        let kv: HashMap<String, String> = [(KEY.to_owned(), settings.to_owned())].into();
        ron::to_string(&kv).expect("serialise")
    }

    fn aside_files(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .expect("list")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|name| name.contains("unreadable"))
            .collect()
    }

    #[test]
    fn good_or_missing_files_stay() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("app.ron");
        assert_eq!(set_aside_unreadable(&path), None);
        let good = ron::to_string(&SavedState::default()).expect("serialise");
        std::fs::write(&path, saved(&good)).expect("write");
        assert_eq!(set_aside_unreadable(&path), None);
        std::fs::write(&path, "{\"egui\": \"()\"}").expect("write");
        assert_eq!(
            set_aside_unreadable(&path),
            None,
            "a file without our key is fine"
        );
        assert!(path.exists());
    }

    #[test]
    fn corrupt_truncated_foreign_and_old_files_are_set_aside() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        let old = saved("(version: 0)");
        let foreign = saved("[1, 2, 3]");
        let cases: [&[u8]; 5] = [
            b"\x00\xff garbage",
            b"{\"stepwise-settings\": \"(dar",
            old.as_bytes(),
            foreign.as_bytes(),
            b"[]",
        ];
        for (i, bytes) in cases.into_iter().enumerate() {
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("app.ron");
            std::fs::write(&path, bytes).expect("write");
            let notice = set_aside_unreadable(&path);
            assert!(notice.is_some_and(|n| n.contains("kept as")), "case {i}");
            assert!(!path.exists(), "case {i}: the file was moved");
            assert_eq!(aside_files(dir.path()).len(), 1, "case {i}");
        }
    }
}
