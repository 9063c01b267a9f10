//! The command line's side of sharing a guide as one file: `stepwise pack`,
//! `stepwise unpack`, `stepwise keygen`, and what `check` and `edit` say
//! about a `.stepwise` file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use stepwise::bundle::seal::AuthorKey;
use stepwise::bundle::{self, Bundle, Seal};
use stepwise::guide::{self, PackSource};

/// Prints a line to stdout; a closed pipe is not worth a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `stepwise pack [DIR] [-o FILE] [--sign]`.
pub fn pack(dir: &Path, out: Option<PathBuf>, sign: bool) -> ExitCode {
    if !dir.join("data").join("pack.ron").is_file() {
        eprintln!(
            "stepwise: {} is not a pack folder (it has no data/pack.ron); \
             make one with: stepwise new FOLDER",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let (pack, problems) = guide::check(PackSource::Folder(dir.to_owned()));
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    if !errors.is_empty() {
        for problem in &errors {
            eprintln!("{problem}");
        }
        eprintln!(
            "stepwise: not packed: {} must be fixed first (stepwise check {} lists them)",
            stepwise::text::plural(errors.len(), "problem"),
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let key = if sign {
        let Some(keys) = stepwise::places::keys_dir() else {
            eprintln!("stepwise: cannot find your config folder: set HOME or STEPWISE_HOME");
            return ExitCode::FAILURE;
        };
        match AuthorKey::load(&keys) {
            Ok(key) => Some(key),
            Err(e) => {
                eprintln!("stepwise: not packed: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        None
    };
    let out = out.unwrap_or_else(|| {
        let id = stepwise::bundle::library::Library::at(PathBuf::new()).file_for(&pack.manifest.id);
        PathBuf::from(id.file_name().unwrap_or_default())
    });
    match bundle::write::pack(dir, &out, key.as_ref()) {
        Ok(packed) => {
            let warnings = problems.len() - errors.len();
            say!(
                "wrote {} ({} files, {} unpacked, {})",
                packed.path.display(),
                packed.files,
                bundle::read::megabytes(packed.unpacked_bytes),
                bundle::read::megabytes(packed.packed_bytes)
            );
            match &packed.signed_by {
                Some((name, id)) => say!(
                    "signed by {name}, key {} ({id})",
                    bundle::seal::short_id(id)
                ),
                None => say!("not signed (add --sign after stepwise keygen to sign it)"),
            }
            if warnings > 0 {
                say!(
                    "note: {} (stepwise check {} shows them)",
                    stepwise::text::plural(warnings, "warning"),
                    dir.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stepwise: not packed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `stepwise unpack FILE DIR`.
pub fn unpack(file: &Path, dir: &Path) -> ExitCode {
    let bundle = match Bundle::open(file) {
        Ok(bundle) => bundle,
        Err(e) => {
            eprintln!("stepwise: {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    say!("{}", describe_seal(bundle.seal()));
    match bundle::unpack::unpack(&bundle, dir) {
        Ok(count) => {
            say!(
                "unpacked {} into {}; edit it with: stepwise edit {}",
                stepwise::text::plural(count, "file"),
                dir.display(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stepwise: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `stepwise keygen --name NAME [--force]`.
pub fn keygen(name: &str, force: bool) -> ExitCode {
    let Some(keys) = stepwise::places::keys_dir() else {
        eprintln!("stepwise: cannot find your config folder: set HOME or STEPWISE_HOME");
        return ExitCode::FAILURE;
    };
    match AuthorKey::generate(&keys, name, force) {
        Ok(key) => {
            let id = key.key_id();
            say!(
                "made the author key \"{}\", key {} ({id})",
                key.name,
                bundle::seal::short_id(&id)
            );
            say!(
                "secret key: {} (keep it; never send it to anyone)",
                bundle::seal::secret_key_path(&keys).display()
            );
            say!(
                "public key: {}",
                bundle::seal::public_key_path(&keys).display()
            );
            say!("sign a pack with: stepwise pack FOLDER --sign");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stepwise: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One line about who signed a pack.
pub fn describe_seal(seal: &Seal) -> String {
    match seal {
        Seal::Unsigned => "not signed: anyone could have made or changed it".to_owned(),
        Seal::Signed(signer) => format!(
            "signed by {}, key {} ({}); its content is exactly what was signed",
            signer.name,
            signer.short_id(),
            signer.key_id
        ),
    }
}

/// A pack source for a path given on the command line: a `.stepwise`
/// file is opened and checked (what it is refused for is the error), a
/// folder is a pack folder.
pub fn source_for_path(path: &Path) -> Result<PackSource, String> {
    if bundle::is_bundle_path(path) || path.is_file() {
        Bundle::open(path)
            .map(|b| PackSource::Bundle(std::sync::Arc::new(b)))
            .map_err(|e| format!("{}: {e}", path.display()))
    } else {
        Ok(PackSource::Folder(path.to_owned()))
    }
}

/// What `stepwise edit` says about a pack file: edit its folder instead.
pub fn edit_explanation(file: &Path) -> String {
    let folder = file.with_extension("");
    format!(
        "stepwise: {} is a packed guide file; Stepwise edits pack folders, not files.\n\
         Unpack it first, then edit the folder and pack it again:\n  \
         stepwise unpack {} {}\n  stepwise edit {}\n  stepwise pack {} -o {} --sign",
        file.display(),
        file.display(),
        folder.display(),
        folder.display(),
        folder.display(),
        file.display()
    )
}
