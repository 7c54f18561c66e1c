//! `booth`: the command line beside the app, for organizers and scripts.
//!
//! Each subcommand lives in its own module beside this file (arguments + `run`); this file only lists them.
//! Exit status: 0 success (for `check`: no errors), 1 findings, 2 usage or I/O error. JSON output
//! (`--json`) is stable: fields are only ever added.

mod agenda;
mod check;
mod common;
mod drill;
mod export;
mod extract;
mod import;
mod late;
mod listen;
mod prompt;
mod schedule;
mod search;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mimalloc, not the system allocator: see Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Check(check::Args),
    Search(search::Args),
    Agenda(agenda::Args),
    #[command(name = "import-glossary", visible_alias = "import")]
    ImportGlossary(import::Args),
    #[command(name = "export-glossary", visible_alias = "export")]
    ExportGlossary(export::Args),
    Late(late::Args),
    ExportSchedule(schedule::ExportArgs),
    ImportSchedule(schedule::ImportArgs),
    Prompt(prompt::PromptArgs),
    Number(prompt::NumberArgs),
    Listen(listen::Args),
    Extract(extract::Args),
    Drill(drill::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Check(args) => check::run(args),
        Command::Search(args) => search::run(args),
        Command::Agenda(args) => agenda::run(args),
        Command::ImportGlossary(args) => import::run(args),
        Command::ExportGlossary(args) => export::run(args),
        Command::Late(args) => late::run(args),
        Command::ExportSchedule(args) => schedule::export(args),
        Command::ImportSchedule(args) => schedule::import(args),
        Command::Prompt(args) => prompt::prompt(args),
        Command::Number(args) => prompt::number(args),
        Command::Listen(args) => listen::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Drill(args) => drill::run(args),
    };
    result.unwrap_or_else(|e| {
        eprintln!("booth: {e}");
        ExitCode::from(2)
    })
}
