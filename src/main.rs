//! The `stepwise` binary: parses the command line (`cli.rs`); with no
//! subcommand it opens the window. The installer (`install.rs`) belongs to
//! the binary too: the library (what tests and the fuzzer build) is the
//! engine and the window only.

// Windows release builds open no console window; subcommands attach to the
// console they were started from (see `console` below).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

mod cli;
mod install;
mod share;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    console::attach_to_parent();
    let cli = cli::Cli::parse();
    match cli.command {
        Some(_) if cli.file.is_some() => {
            // `stepwise guide.stepwise check`: the subcommands take their own file.
            eprintln!(
                "stepwise: a file to open and a subcommand cannot go together; \
                 give the file to the subcommand instead (for example `stepwise check FILE`)"
            );
            ExitCode::from(2)
        }
        Some(command) => cli::run(cli.pack, cli.open, command),
        None => {
            if let Some(target) = &cli.open
                && let Err(message) = cli::check_open(cli.pack.clone(), target)
            {
                eprintln!("{message}");
                return ExitCode::from(2);
            }
            open_window(cli)
        }
    }
}

fn open_window(cli: cli::Cli) -> ExitCode {
    // A folder given as FILE is a pack folder, as with --pack.
    let (pack, file) = match cli.file {
        Some(path) if path.is_dir() => (Some(path), None),
        Some(path) => (cli.pack, Some(path)),
        None => (cli.pack, None),
    };
    let options = stepwise::ui::WindowOptions {
        pack,
        authoring: false,
        open: cli.open,
        file,
    };
    match stepwise::ui::run_window(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stepwise: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(windows)]
mod console {
    /// A GUI-subsystem program has no console; when started from one (to run
    /// `stepwise check`), print there.
    #[allow(unsafe_code)]
    pub fn attach_to_parent() {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
        // SAFETY: AttachConsole takes a process id and has no other
        // preconditions; failure (no parent console) is harmless.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

#[cfg(not(windows))]
mod console {
    /// Other systems always have their console.
    pub fn attach_to_parent() {}
}
