//! `booth`: the command line beside the app, for organizers and scripts.
//!
//! Each subcommand lives in its own module under `src/cli/` (arguments + `run`); this file only lists them.
//! Exit status: 0 success (for `check`: no errors), 1 findings, 2 usage or I/O error. JSON output
//! (`--json`) is stable: fields are only ever added.

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "booth",
    version,
    about = "Booth: English–Korean interpretation support — check, search and follow event packs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(cli::check::Args),
    Search(cli::search::Args),
    Agenda(cli::agenda::Args),
    #[command(name = "import-glossary", visible_alias = "import")]
    ImportGlossary(cli::import::Args),
    #[command(name = "export-glossary", visible_alias = "export")]
    ExportGlossary(cli::export::Args),
    Late(cli::late::Args),
    ExportSchedule(cli::schedule::ExportArgs),
    ImportSchedule(cli::schedule::ImportArgs),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Check(args) => cli::check::run(args),
        Command::Search(args) => cli::search::run(args),
        Command::Agenda(args) => cli::agenda::run(args),
        Command::ImportGlossary(args) => cli::import::run(args),
        Command::ExportGlossary(args) => cli::export::run(args),
        Command::Late(args) => cli::late::run(args),
        Command::ExportSchedule(args) => cli::schedule::export(args),
        Command::ImportSchedule(args) => cli::schedule::import(args),
    };
    result.unwrap_or_else(|e| {
        eprintln!("booth: {e}");
        ExitCode::from(2)
    })
}
