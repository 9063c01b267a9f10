//! The command line: `stepwise [--pack DIR]`, `stepwise check [DIR]`,
//! `stepwise search QUERY`, `stepwise new DIR`, `stepwise edit [DIR]`,
//! `stepwise export TARGET`, `stepwise render [DIR] OUT`, `stepwise install`,
//! `stepwise pack`, `stepwise unpack`, `stepwise keygen` (see `share.rs`),
//! and `stepwise FILE.stepwise`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Prints a line to stdout; a closed pipe (`stepwise check | head`) is not
/// an error worth a panic, so write failures are ignored.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

use stepwise::guide::search::SearchIndex;
use stepwise::guide::{self, PackSource, Problem};

/// Visual step-by-step guides with annotated screenshots.
#[derive(Debug, Parser)]
#[command(name = "stepwise", version, about)]
pub struct Cli {
    /// A guide file (`.stepwise`) to open, as a double-click does.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Open a pack folder instead of the built-in pack.
    #[arg(long, value_name = "DIR", global = true)]
    pub pack: Option<PathBuf>,
    /// Start at a guide or a step of it: `--open tv-menu#sign-out`.
    #[arg(long, value_name = "GUIDE#NODE", global = true)]
    pub open: Option<String>,
    /// What to do; without a subcommand the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a pack for mistakes and print each with its file, line and column.
    Check {
        /// The pack folder (holding data/ and assets/); the built-in pack if omitted.
        dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Search a pack the way the search box does and print where each result starts.
    Search {
        /// What to look for, in everyday words.
        query: String,
        /// How many results to print.
        #[arg(long, default_value_t = 5)]
        limit: usize,
    },
    /// Open the window in authoring mode on a pack folder (the current
    /// folder when it holds a pack): draw marks on pictures, drop a picture
    /// to add a step, see problems as you save.
    Edit {
        /// The pack folder (holding data/pack.ron).
        dir: Option<PathBuf>,
    },
    /// Make a starter pack in a new (or empty) folder: a guide with a step, a
    /// question and two endings, with a note on every field.
    New {
        /// The folder to create.
        dir: PathBuf,
    },
    /// Take a guide out of the app: one web page, a Markdown folder or a Graphviz graph.
    Export {
        /// A scenario id (as in pack.ron) or a guide id.
        target: String,
        /// html: one self-contained page; md: a folder with README.md and
        /// its pictures; dot: a Graphviz graph.
        #[arg(long, value_enum, default_value_t = ExportFormat::Html)]
        format: ExportFormat,
        /// Where to write: a file for html and dot, a folder for md.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Replace OUT if it exists (a folder only if an earlier export wrote it).
        #[arg(long)]
        force: bool,
    },
    /// Write every picture of a pack with its marks painted in, one PNG per
    /// step, and a README.md that shows them all: `stepwise render [DIR] OUT`.
    Render {
        /// `[DIR] OUT`: the pack folder (default: --pack, else the built-in
        /// pack) and the folder to write.
        #[arg(num_args = 1..=2, value_names = ["DIR", "OUT"], required = true)]
        paths: Vec<PathBuf>,
        /// Replace OUT if an earlier render or export wrote it.
        #[arg(long)]
        force: bool,
    },
    /// Write a pack folder as one `.stepwise` file to send to someone; it
    /// must pass `stepwise check` first.
    Pack {
        /// The pack folder (holding data/ and assets/); the current folder if omitted.
        dir: Option<PathBuf>,
        /// The file to write (default: the pack's id, `.stepwise`, here).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Sign it with your author key (make one with `stepwise keygen`).
        #[arg(long)]
        sign: bool,
    },
    /// Unpack a `.stepwise` file into a new folder, to read or edit it.
    Unpack {
        /// The `.stepwise` file.
        file: PathBuf,
        /// The folder to make (it must be new or empty).
        dir: PathBuf,
    },
    /// Make your author key pair, for signing packs (`stepwise pack --sign`).
    Keygen {
        /// The name readers see: "Signed by NAME".
        #[arg(long)]
        name: String,
        /// Replace the key you have (readers who trusted it will be warned).
        #[arg(long)]
        force: bool,
    },
    /// Start or bring up to date a translation of a pack: writes
    /// `data/LANG/<guide>.ron` for every guide that has none, each text to
    /// translate with the source words above it, and lists what the
    /// existing ones lack (it never rewrites a translator's file).
    Translate {
        /// The language code (`es`, `de`, `fr`...), as in pack.ron's `languages`.
        lang: String,
        /// The pack folder (default: the current folder).
        dir: Option<PathBuf>,
    },
    /// Add Stepwise to your application menu (a desktop entry, icons and the
    /// `.stepwise` file type under ~/.local/share).
    Install,
    /// Remove exactly what `stepwise install` added.
    Uninstall,
}

/// How `check` prints problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line:col: error: message`, one per line, then a summary.
    Text,
    /// A JSON array of problems, for editors and CI.
    Json,
}

/// What `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One self-contained web page, to open, print or send.
    Html,
    /// A folder with README.md and its pictures, for a wiki.
    Md,
    /// A Graphviz graph of the nodes and the ways between them.
    Dot,
}

/// The pack source for an optional folder or `.stepwise` argument; a file
/// that cannot be opened stands for the built-in pack here (the window
/// says why it was refused).
pub fn source_for(dir: Option<PathBuf>) -> PackSource {
    open_source(dir).unwrap_or(PackSource::Builtin)
}

/// Checks `--open` against the pack before the window opens, so a typo is
/// told in the terminal it was typed in: which guide has no such step, and
/// the nearest step ids.
pub fn check_open(pack: Option<PathBuf>, target: &str) -> Result<(), String> {
    let (pack, _) = guide::Pack::load(source_for(pack));
    // A pack that failed to load is the window's to explain.
    if !pack.manifest_loaded || pack.resolve(None, target).is_ok() {
        return Ok(());
    }
    Err(format!(
        "stepwise: cannot open \"{target}\": {}",
        pack.explain_unresolved(target)
    ))
}

/// Runs a subcommand and returns the process exit code. `pack` is the
/// global `--pack` folder, `open` the global `--open` node.
pub fn run(pack: Option<PathBuf>, open: Option<String>, command: Command) -> ExitCode {
    match command {
        Command::Edit { dir } => edit(dir.or(pack), open),
        Command::Check { dir, format } => check(dir.or(pack), format),
        Command::Search { query, limit } => search(pack, &query, limit),
        Command::New { dir } => new_pack(&dir),
        Command::Export {
            target,
            format,
            output,
            force,
        } => export(pack, &target, format, &output, force),
        Command::Render { mut paths, force } => {
            let out = paths.pop().unwrap_or_default();
            render(paths.pop().or(pack), &out, force)
        }
        Command::Pack { dir, output, sign } => crate::share::pack(
            &dir.or(pack).unwrap_or_else(|| PathBuf::from(".")),
            output,
            sign,
        ),
        Command::Unpack { file, dir } => crate::share::unpack(&file, &dir),
        Command::Keygen { name, force } => crate::share::keygen(&name, force),
        Command::Translate { lang, dir } => translate(&lang, dir.or(pack)),
        Command::Install => install(),
        Command::Uninstall => uninstall(),
    }
}

fn translate(lang: &str, dir: Option<PathBuf>) -> ExitCode {
    use stepwise::guide::translate::{Overlay, overlay_path, skeleton};
    let valid = !lang.is_empty()
        && lang.len() <= 12
        && lang
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid {
        eprintln!(
            "stepwise translate: \"{lang}\" is not a language code; write one like es, de or pt-BR"
        );
        return ExitCode::from(2);
    }
    let dir = match dir.map_or_else(std::env::current_dir, Ok) {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("stepwise translate: cannot tell which folder this is: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (pack, _) = stepwise::guide::Pack::load(PackSource::Folder(dir.clone()));
    if !pack.manifest_loaded {
        eprintln!(
            "stepwise translate: {} has no readable data/pack.ron; run `stepwise check` first",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    if pack
        .manifest
        .languages
        .first()
        .is_some_and(|source| source == lang)
    {
        eprintln!("stepwise translate: {lang} is this pack's own language");
        return ExitCode::from(2);
    }
    let mut files = vec![stepwise::guide::load::MANIFEST_FILE.to_owned()];
    files.extend(pack.guides.iter().map(|g| g.file.clone()));
    let (mut written, mut to_fill) = (0, 0);
    for file in files {
        let rel = overlay_path(&file, lang);
        let path = dir.join(&rel);
        let existing = match std::fs::read_to_string(&path) {
            Ok(text) => match ron::Options::default().from_str::<Overlay>(&text) {
                Ok(overlay) => Some(overlay),
                Err(e) => {
                    eprintln!("{rel}: not a translation file ({e}); left as it is");
                    continue;
                }
            },
            Err(_) => None,
        };
        let Some(text) = skeleton(&pack, &file, lang, existing.as_ref()) else {
            continue;
        };
        let empty = text
            .lines()
            .filter(|l| l.contains(": (\"\", \"") || l.contains(": ([], \""))
            .count();
        to_fill += empty;
        match existing {
            None => {
                if let Some(parent) = path.parent()
                    && let Err(e) = std::fs::create_dir_all(parent)
                {
                    eprintln!("stepwise translate: cannot make {}: {e}", parent.display());
                    return ExitCode::FAILURE;
                }
                if let Err(e) = stepwise::files::write_atomically(&path, text.as_bytes()) {
                    eprintln!("stepwise translate: cannot write {rel}: {e}");
                    return ExitCode::FAILURE;
                }
                written += 1;
                println!(
                    "{rel}: written, {} to translate",
                    stepwise::text::plural(empty, "text")
                );
            }
            Some(_) if empty > 0 => {
                println!(
                    "{rel}: {} to translate or update; add these entries:",
                    stepwise::text::plural(empty, "text")
                );
                for pair in text.lines().collect::<Vec<_>>().windows(2) {
                    if pair[1].contains(": (\"\", \"") || pair[1].contains(": ([], \"") {
                        println!("{}\n{}", pair[0], pair[1]);
                    }
                }
            }
            Some(_) => {}
        }
    }
    if !pack.manifest.languages.iter().any(|l| l == lang) {
        println!(
            "Add \"{lang}\" to `languages` in data/pack.ron (after the pack's own language) so the window offers it and `stepwise check` follows it."
        );
    }
    println!(
        "{} written; {} to translate. `stepwise check` lists what is left.",
        stepwise::text::plural(written, "file"),
        stepwise::text::plural(to_fill, "text")
    );
    ExitCode::SUCCESS
}

fn edit(dir: Option<PathBuf>, open: Option<String>) -> ExitCode {
    let dir = match dir {
        Some(dir) => dir,
        None => match std::env::current_dir() {
            Ok(here) => here,
            Err(e) => {
                eprintln!("stepwise edit: cannot tell which folder this is: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    if stepwise::bundle::is_bundle_path(&dir) && dir.is_file() {
        eprintln!("{}", crate::share::edit_explanation(&dir));
        return ExitCode::from(2);
    }
    if !dir.join(stepwise::guide::load::MANIFEST_FILE).is_file() {
        eprintln!(
            "stepwise edit: {} holds no pack (no data/pack.ron); make one with `stepwise new DIR`, or name the pack folder: `stepwise edit DIR`",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let options = stepwise::ui::WindowOptions {
        pack: Some(dir),
        authoring: true,
        open,
        file: None,
    };
    match stepwise::ui::run_window(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stepwise edit: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

fn new_pack(dir: &std::path::Path) -> ExitCode {
    match stepwise::scaffold::new_pack(dir) {
        Ok(files) => {
            for file in &files {
                say!("wrote      {}", file.display());
            }
            let shown = dir.display();
            say!("A starter pack is ready. Next:");
            say!(
                "  stepwise edit {shown}       open it to edit: draw marks, drop in your screenshots"
            );
            say!("  stepwise check {shown}      check it after you change it");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stepwise new: {e}");
            ExitCode::FAILURE
        }
    }
}

fn install() -> ExitCode {
    let result = crate::install::data_home().and_then(|home| {
        let exe = std::env::current_exe()
            .and_then(|p| p.canonicalize())
            .map_err(|source| crate::install::InstallError::Io {
                path: "the running program".into(),
                source,
            })?;
        Ok((crate::install::install(&home, &exe)?, home))
    });
    match result {
        Ok((changes, home)) => {
            for change in &changes {
                say!("{change}");
            }
            for line in crate::install::refresh_caches(&home) {
                say!("{line}");
            }
            say!(
                "Stepwise is in your application menu now; `stepwise uninstall` removes it again."
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stepwise install: {e}");
            ExitCode::FAILURE
        }
    }
}

fn uninstall() -> ExitCode {
    let result =
        crate::install::data_home().and_then(|home| Ok((crate::install::uninstall(&home)?, home)));
    match result {
        Ok((changes, _)) if changes.is_empty() => {
            say!("Nothing to remove: Stepwise was not installed with `stepwise install`.");
            ExitCode::SUCCESS
        }
        Ok((changes, home)) => {
            for change in &changes {
                say!("{change}");
            }
            for line in crate::install::refresh_caches(&home) {
                say!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stepwise uninstall: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The pack a command works on: the built-in pack, a pack folder, or a
/// `.stepwise` file (opened and checked; what it is refused for is the error).
fn open_source(dir: Option<PathBuf>) -> Result<PackSource, String> {
    let Some(dir) = dir else {
        return Ok(PackSource::Builtin);
    };
    if dir.is_file() {
        return crate::share::source_for_path(&dir).map_err(|e| format!("stepwise: {e}"));
    }
    if dir.is_dir() {
        Ok(PackSource::Folder(dir))
    } else {
        Err(format!(
            "stepwise: {} is not a folder or a .stepwise file",
            dir.display()
        ))
    }
}

fn check(dir: Option<PathBuf>, format: Format) -> ExitCode {
    let source = match open_source(dir) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    if let (PackSource::Bundle(bundle), Format::Text) = (&source, format) {
        say!(
            "{}: {}",
            bundle.path().display(),
            crate::share::describe_seal(bundle.seal())
        );
    }
    let (pack, problems) = guide::check(source);
    let mut out = std::io::stdout().lock();
    let written = match format {
        Format::Text => write_text(&mut out, &pack, &problems),
        Format::Json => match serde_json::to_string_pretty(&problems) {
            Ok(json) => writeln!(out, "{json}"),
            Err(e) => writeln!(out, "[]").and(Err(std::io::Error::other(e))),
        },
    };
    if written.is_err() {
        // stdout closed (a pipe to `head`): the exit code still tells.
    }
    if problems.iter().any(Problem::is_error) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The text report: one line per problem, then a summary line.
pub fn write_text(
    out: &mut impl Write,
    pack: &guide::Pack,
    problems: &[Problem],
) -> std::io::Result<()> {
    for problem in problems {
        writeln!(out, "{problem}")?;
    }
    writeln!(out, "{}", summary(pack, problems))
}

/// "2 errors, 1 warning in 5 guides of the built-in pack".
pub fn summary(pack: &guide::Pack, problems: &[Problem]) -> String {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let guides = plural(pack.guides.len(), "guide");
    let nodes: usize = pack.guides.iter().map(|g| g.guide.nodes.len()).sum();
    let scope = format!(
        "{guides}, {} in {}",
        plural(nodes, "node"),
        pack.source.describe()
    );
    if problems.is_empty() {
        format!("ok: no problems; {scope}")
    } else {
        format!(
            "{}, {}; {scope}",
            plural(errors, "error"),
            plural(warnings, "warning")
        )
    }
}

fn export(
    dir: Option<PathBuf>,
    target: &str,
    format: ExportFormat,
    output: &std::path::Path,
    force: bool,
) -> ExitCode {
    use stepwise::export::{self, ExportError, Format, output::WriteError};
    let source = match open_source(dir) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let (pack, _) = guide::Pack::load(source);
    let format = match format {
        ExportFormat::Html => Format::Html,
        ExportFormat::Md => Format::Markdown,
        ExportFormat::Dot => Format::Dot,
    };
    match export::export(&pack, target, format, output, force) {
        Ok(report) => {
            let _ = write!(std::io::stdout().lock(), "{report}");
            ExitCode::SUCCESS
        }
        Err(ExportError::Write(WriteError::Exists(path))) => {
            eprintln!(
                "stepwise export: {} already exists; add --force to replace it, or give another name",
                path.display()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("stepwise export: {e}");
            ExitCode::FAILURE
        }
    }
}

fn render(dir: Option<PathBuf>, out: &std::path::Path, force: bool) -> ExitCode {
    use stepwise::export::output::WriteError;
    let source = match open_source(dir) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let (pack, _) = guide::Pack::load(source);
    match stepwise::export::render::render_pack(&pack, out, force) {
        Ok(report) => {
            let _ = write!(
                std::io::stdout().lock(),
                "wrote {}: {report}",
                out.display()
            );
            if report.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(WriteError::Exists(path)) => {
            eprintln!(
                "stepwise render: {} already exists; add --force to replace it, or give another name",
                path.display()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("stepwise render: {e}");
            ExitCode::FAILURE
        }
    }
}

fn search(dir: Option<PathBuf>, query: &str, limit: usize) -> ExitCode {
    let source = match open_source(dir) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let (pack, _) = guide::Pack::load(source);
    let index = SearchIndex::new(&pack);
    let hits = index.search(query, limit);
    if hits.is_empty() {
        say!("nothing found for \"{query}\"");
        return ExitCode::FAILURE;
    }
    for hit in hits {
        // A start that runs a shared flow shows the flow's first step.
        let first = guide::walk::first_shown(&pack, &hit.starts_at);
        let start = first
            .and_then(|at| pack.node(&at))
            .map_or("", |n| n.title());
        say!(
            "{}  (starts at: {start}; matched \"{}\")",
            hit.title,
            hit.matched
        );
    }
    ExitCode::SUCCESS
}
