//! Author keys and signatures, in minisign's format (Ed25519), so a pack's
//! signature can also be checked with the `minisign` tool itself.
//!
//! An author makes a key pair once (`stepwise keygen --name "Ana"`): the
//! secret key stays in their config folder (`keys/author.key`, readable by
//! them only) and never goes into a pack; the public key goes into every
//! pack they sign, with the signature of its listing
//! ([`super::contents::listing`]). The signature's trusted comment names
//! the author, so the name cannot be changed without breaking it. Anyone
//! can make a key with any name: what tells a reader it is the same author
//! as last time is the key, remembered per pack ([`super::trust`]).

use std::io::Cursor;
use std::path::{Path, PathBuf};

use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKey, SecretKeyBox, SignatureBox};

use super::BundleError;

/// Who sealed a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seal {
    /// No signature: anyone could have made or changed it.
    Unsigned,
    /// Signed, and the content is exactly what was signed.
    Signed(Signer),
}

/// An author, as a signature names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
    /// The name the author gave their key.
    pub name: String,
    /// The key's id, 16 hexadecimal digits (as `minisign` prints it).
    pub key_id: String,
    /// The public key, base64 (as in a minisign `.pub` file).
    pub public_key: String,
}

impl Signer {
    /// The key's id as people read it: "3F1A 9C02".
    pub fn short_id(&self) -> String {
        short_id(&self.key_id)
    }
}

/// The first eight digits of a key id, in two groups.
pub fn short_id(key_id: &str) -> String {
    let digits: String = key_id.chars().take(8).collect();
    match digits.split_at_checked(4) {
        Some((a, b)) => format!("{a} {b}"),
        None => digits,
    }
}

/// The trusted comment's start; the author's name follows it.
const SIGNED_BY: &str = "stepwise-pack signed-by=";

/// Checks a pack's signature files against its listing.
pub fn check(
    listing: &str,
    public_key: Option<&[u8]>,
    signature: Option<&[u8]>,
) -> Result<Seal, BundleError> {
    let (public_key, signature) = match (public_key, signature) {
        (None, None) => return Ok(Seal::Unsigned),
        (Some(_), None) => {
            return Err(BundleError::BadSignature(crate::tr!(
                opened_signature_missing
            )));
        }
        (None, Some(_)) => {
            return Err(BundleError::BadSignature(crate::tr!(
                opened_public_key_missing
            )));
        }
        (Some(k), Some(s)) => (k, s),
    };
    let text = |bytes: &[u8], not_text: fn() -> String| {
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| BundleError::BadSignature(not_text()))
    };
    let key_text = text(public_key, || crate::tr!(opened_public_key_not_text))?;
    let public = PublicKeyBox::from_string(&key_text)
        .and_then(PublicKeyBox::into_public_key)
        .map_err(|e| {
            BundleError::BadSignature(crate::tr!(opened_public_key_bad, error = e.to_string()))
        })?;
    let signature_box =
        SignatureBox::from_string(&text(signature, || crate::tr!(opened_signature_not_text))?)
            .map_err(|e| {
                BundleError::BadSignature(crate::tr!(opened_signature_bad, error = e.to_string()))
            })?;
    let key_id = key_id_of(public.keynum());
    let name = signature_box
        .trusted_comment()
        .ok()
        .and_then(|c| c.strip_prefix(SIGNED_BY).map(str::to_owned))
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "an unnamed author".to_owned());
    let verified = minisign::verify(
        &public,
        &signature_box,
        Cursor::new(listing.as_bytes()),
        true,
        false,
        false,
    );
    match verified {
        Ok(()) => Ok(Seal::Signed(Signer {
            name,
            key_id,
            public_key: public_key_base64(&key_text),
        })),
        Err(_) => Err(BundleError::ChangedAfterSigning {
            signer: name,
            key: short_id(&key_id),
        }),
    }
}

/// "3F1A9C0277B10E5D": a key number as minisign prints it.
fn key_id_of(keynum: &[u8]) -> String {
    let mut bytes = [0u8; 8];
    for (to, from) in bytes.iter_mut().zip(keynum) {
        *to = *from;
    }
    format!("{:016X}", u64::from_le_bytes(bytes))
}

/// The base64 line of a minisign public key file.
fn public_key_base64(key_text: &str) -> String {
    key_text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .unwrap_or_default()
        .to_owned()
}

/// An author's key pair, loaded from their keys folder.
pub struct AuthorKey {
    /// The name given at `keygen`.
    pub name: String,
    public: PublicKey,
    secret: SecretKey,
    public_text: String,
}

impl std::fmt::Debug for AuthorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthorKey")
            .field("name", &self.name)
            .field("key_id", &self.key_id())
            .finish_non_exhaustive()
    }
}

/// The secret key's file in a keys folder.
pub fn secret_key_path(keys: &Path) -> PathBuf {
    keys.join("author.key")
}

/// The public key's file in a keys folder.
pub fn public_key_path(keys: &Path) -> PathBuf {
    keys.join("author.pub")
}

/// The public key file's comment line starts with this; the name follows.
const KEY_OF: &str = "untrusted comment: Stepwise author key of ";

impl AuthorKey {
    /// Makes a new key pair named `name` in the folder `keys`. An existing
    /// key is kept unless `replace`: readers who trusted it would be warned
    /// about every pack signed with the new one.
    pub fn generate(keys: &Path, name: &str, replace: bool) -> Result<AuthorKey, BundleError> {
        let name = name.trim();
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(BundleError::Key(
                "give your key a name people will recognise: --name \"Ana Lopez\"".to_owned(),
            ));
        }
        let secret_path = secret_key_path(keys);
        if secret_path.exists() && !replace {
            return Err(BundleError::Key(format!(
                "you already have a key ({}); readers who trusted it would be warned about \
                 packs signed with a new one. Add --force to replace it anyway",
                secret_path.display()
            )));
        }
        let pair = KeyPair::generate_unencrypted_keypair()
            .map_err(|e| BundleError::Key(format!("cannot make a key: {e}")))?;
        let secret_text = pair
            .sk
            .to_box(Some(&format!(
                "Stepwise author key of {name}: keep it secret"
            )))
            .map_err(|e| BundleError::Key(format!("cannot write the key: {e}")))?
            .into_string();
        let public_text = format!("{KEY_OF}{name}\n{}\n", pair.pk.to_base64());
        crate::files::write_atomically_private(&secret_path, secret_text.as_bytes())
            .map_err(|e| BundleError::io(&secret_path, e))?;
        let public_path = public_key_path(keys);
        crate::files::write_atomically(&public_path, public_text.as_bytes())
            .map_err(|e| BundleError::io(&public_path, e))?;
        Ok(AuthorKey {
            name: name.to_owned(),
            public: pair.pk,
            secret: pair.sk,
            public_text,
        })
    }

    /// Loads the key pair from the folder `keys`.
    pub fn load(keys: &Path) -> Result<AuthorKey, BundleError> {
        let secret_path = secret_key_path(keys);
        let public_path = public_key_path(keys);
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    BundleError::Key(format!(
                        "no author key yet ({} is missing): make one with \
                         stepwise keygen --name \"Your Name\"",
                        path.display()
                    ))
                } else {
                    BundleError::io(path, e)
                }
            })
        };
        let secret_text = read(&secret_path)?;
        let public_text = read(&public_path)?;
        let unreadable = |what: &Path, e: minisign::PError| {
            BundleError::Key(format!("{} cannot be read as a key: {e}", what.display()))
        };
        let secret = SecretKeyBox::from_string(&secret_text)
            .and_then(SecretKeyBox::into_unencrypted_secret_key)
            .map_err(|e| unreadable(&secret_path, e))?;
        let public = PublicKeyBox::from_string(&public_text)
            .and_then(PublicKeyBox::into_public_key)
            .map_err(|e| unreadable(&public_path, e))?;
        if secret.keynum() != public.keynum() {
            return Err(BundleError::Key(format!(
                "{} and {} are not one key pair",
                secret_path.display(),
                public_path.display()
            )));
        }
        let name = public_text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix(KEY_OF))
            .unwrap_or("an unnamed author")
            .trim()
            .to_owned();
        Ok(AuthorKey {
            name,
            public,
            secret,
            public_text,
        })
    }

    /// The key id, 16 hexadecimal digits.
    pub fn key_id(&self) -> String {
        key_id_of(self.public.keynum())
    }

    /// Signs `listing`: the public key file and the signature file to put
    /// into the pack.
    pub fn sign(&self, listing: &str) -> Result<(String, String), BundleError> {
        let trusted = format!("{SIGNED_BY}{}", self.name);
        let signature = minisign::sign(
            Some(&self.public),
            &self.secret,
            Cursor::new(listing.as_bytes()),
            Some(&trusted),
            Some("signature of a Stepwise pack's contents listing"),
        )
        .map_err(|e| BundleError::Key(format!("cannot sign: {e}")))?;
        Ok((self.public_text.clone(), signature.into_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_names_its_author_and_breaks_on_any_change() {
        let keys = tempfile::tempdir().expect("dir");
        let key = AuthorKey::generate(keys.path(), "Ana Lopez", false).expect("keygen");
        let listing = "stepwise-pack-contents 1\nabc 3 data/pack.ron\n";
        let (public, signature) = key.sign(listing).expect("sign");
        let seal = check(listing, Some(public.as_bytes()), Some(signature.as_bytes()));
        let Ok(Seal::Signed(signer)) = seal else {
            panic!("not signed: {seal:?}");
        };
        assert_eq!(signer.name, "Ana Lopez");
        assert_eq!(signer.key_id, key.key_id());
        let changed = listing.replace("abc", "abd");
        let seal = check(
            &changed,
            Some(public.as_bytes()),
            Some(signature.as_bytes()),
        );
        assert!(
            matches!(&seal, Err(BundleError::ChangedAfterSigning { signer, .. }) if signer == "Ana Lopez"),
            "{seal:?}"
        );
    }

    #[test]
    fn a_key_is_not_replaced_by_accident_and_reloads_the_same() {
        let keys = tempfile::tempdir().expect("dir");
        let first = AuthorKey::generate(keys.path(), "Ana", false).expect("keygen");
        let again = AuthorKey::generate(keys.path(), "Ana", false);
        assert!(matches!(again, Err(BundleError::Key(m)) if m.contains("--force")));
        let loaded = AuthorKey::load(keys.path()).expect("load");
        assert_eq!(
            (loaded.name.as_str(), loaded.key_id()),
            ("Ana", first.key_id())
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(secret_key_path(keys.path()))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(
                mode & 0o077,
                0,
                "the secret key is readable by its owner only"
            );
        }
    }

    #[test]
    fn half_a_signature_and_garbage_are_refused_with_words() {
        let listing = "x";
        for (key, sig) in [
            (Some(&b"k"[..]), None),
            (None, Some(&b"s"[..])),
            (Some(&b"not a key"[..]), Some(&b"not a signature"[..])),
            (Some(&[0xff, 0xfe][..]), Some(&b"s"[..])),
        ] {
            let seal = check(listing, key, sig);
            assert!(
                matches!(seal, Err(BundleError::BadSignature(_))),
                "{seal:?}"
            );
        }
    }
}
