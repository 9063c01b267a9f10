//! Trust on first use: the first time a signed pack is opened, its key is
//! remembered under the pack's id; later packs with that id are compared
//! with it. The same key says "the same author as before"; a different
//! key for the same pack is the one thing worth a loud warning, because
//! that is what a changed-and-re-signed copy looks like.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::seal::{Seal, Signer};

/// What is known about a pack's author before this file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
    /// Not signed: nothing to compare.
    Unsigned,
    /// Signed, and no key was remembered for this pack yet.
    FirstSeen,
    /// Signed with the key remembered for this pack.
    Known,
    /// Signed with another key than the one remembered for this pack.
    DifferentKey {
        /// Who signed the packs seen before.
        before: KnownKey,
    },
}

/// A key remembered for a pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownKey {
    /// The key id.
    pub key_id: String,
    /// The name the author gave it.
    pub name: String,
    /// The public key, base64.
    pub public_key: String,
}

impl KnownKey {
    fn of(signer: &Signer) -> KnownKey {
        KnownKey {
            key_id: signer.key_id.clone(),
            name: signer.name.clone(),
            public_key: signer.public_key.clone(),
        }
    }
}

/// The remembered keys, by pack id, kept in one small file.
#[derive(Debug)]
pub struct TrustStore {
    path: PathBuf,
    keys: BTreeMap<String, KnownKey>,
}

#[derive(Default, Serialize, Deserialize)]
struct Saved {
    #[serde(default)]
    packs: BTreeMap<String, KnownKey>,
}

impl TrustStore {
    /// Loads the store at `path`. A missing file is an empty store; an
    /// unreadable one is set aside (renamed `.unreadable`) so nothing it
    /// held is lost, and the store starts empty: the reason is returned.
    pub fn load(path: &Path) -> (TrustStore, Option<String>) {
        let empty = |why: Option<String>| {
            let store = TrustStore {
                path: path.to_owned(),
                keys: BTreeMap::new(),
            };
            (store, why)
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return empty(None),
            Err(e) => return empty(Some(format!("{}: {e}", path.display()))),
        };
        match ron::from_str::<Saved>(&text) {
            Ok(saved) => (
                TrustStore {
                    path: path.to_owned(),
                    keys: saved.packs,
                },
                None,
            ),
            Err(e) => {
                let aside = path.with_extension("ron.unreadable");
                let _ = std::fs::rename(path, &aside);
                empty(Some(format!(
                    "the list of known guide authors could not be read ({e}); it was kept as {}",
                    aside.display()
                )))
            }
        }
    }

    /// How `seal` on the pack `pack_id` compares with what was seen before.
    pub fn judge(&self, pack_id: &str, seal: &Seal) -> Trust {
        match seal {
            Seal::Unsigned => Trust::Unsigned,
            Seal::Signed(signer) => match self.keys.get(pack_id) {
                None => Trust::FirstSeen,
                Some(known)
                    if known.key_id == signer.key_id && known.public_key == signer.public_key =>
                {
                    Trust::Known
                }
                Some(known) => Trust::DifferentKey {
                    before: known.clone(),
                },
            },
        }
    }

    /// Remembers `signer` as the author of `pack_id`, replacing any key
    /// remembered before, and saves the store.
    pub fn remember(&mut self, pack_id: &str, signer: &Signer) -> std::io::Result<()> {
        let known = KnownKey::of(signer);
        if self.keys.get(pack_id) == Some(&known) {
            return Ok(());
        }
        self.keys.insert(pack_id.to_owned(), known);
        let saved = Saved {
            packs: self.keys.clone(),
        };
        let text = ron::ser::to_string_pretty(&saved, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        crate::files::write_atomically(&self.path, text.as_bytes())
    }

    /// How `seal` is judged with no store at all: every key is new.
    pub fn judge_alone(seal: &Seal) -> Trust {
        match seal {
            Seal::Unsigned => Trust::Unsigned,
            Seal::Signed(_) => Trust::FirstSeen,
        }
    }

    /// Judges `seal` and, the first time a pack is seen signed, remembers
    /// its key. A different key is never remembered here: the reader is
    /// warned, and only adding the pack to their guides accepts it.
    pub fn first_use(&mut self, pack_id: &str, seal: &Seal) -> (Trust, Option<String>) {
        let trust = self.judge(pack_id, seal);
        let mut error = None;
        if let (Trust::FirstSeen, Seal::Signed(signer)) = (&trust, seal)
            && let Err(e) = self.remember(pack_id, signer)
        {
            error = Some(format!("the author's key could not be remembered: {e}"));
        }
        (trust, error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer(key: &str) -> Seal {
        Seal::Signed(Signer {
            name: "Ana".to_owned(),
            key_id: key.to_owned(),
            public_key: format!("RW{key}"),
        })
    }

    #[test]
    fn first_seen_then_known_then_a_different_key_is_told() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("known-authors.ron");
        let (mut store, why) = TrustStore::load(&path);
        assert_eq!(why, None);
        assert_eq!(store.first_use("pack", &signer("AAAA")).0, Trust::FirstSeen);
        let (store2, _) = TrustStore::load(&path);
        assert_eq!(store2.judge("pack", &signer("AAAA")), Trust::Known);
        assert!(matches!(
            store2.judge("pack", &signer("BBBB")),
            Trust::DifferentKey { before } if before.key_id == "AAAA"
        ));
        assert_eq!(store2.judge("other", &signer("BBBB")), Trust::FirstSeen);
        assert_eq!(store2.judge("pack", &Seal::Unsigned), Trust::Unsigned);
        // A different key is not remembered by merely opening it.
        assert!(matches!(
            store.first_use("pack", &signer("BBBB")).0,
            Trust::DifferentKey { .. }
        ));
        assert_eq!(
            TrustStore::load(&path).0.judge("pack", &signer("AAAA")),
            Trust::Known
        );
    }

    #[test]
    fn an_unreadable_store_is_set_aside_not_lost() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("known-authors.ron");
        std::fs::write(&path, "(packs: {\"x\": (key_id: ").expect("write");
        let (store, why) = TrustStore::load(&path);
        assert!(why.is_some_and(|w| w.contains("kept as")));
        assert_eq!(store.judge("x", &signer("AAAA")), Trust::FirstSeen);
        assert!(path.with_extension("ron.unreadable").exists());
    }
}
