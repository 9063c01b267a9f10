//! The `stepwise` binary: parses the command line; with no subcommand it
//! opens the window.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = stepwise::cli::Cli::parse();
    match cli.command {
        Some(command) => stepwise::cli::run(cli.pack, command),
        None => match stepwise::ui::run_window(cli.pack) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("stepwise: could not open the window: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
