//! `booth`: the command line beside the app, for organizers and scripts.
//!
//! Exit status: 0 success (for `check`: no errors), 1 findings, 2 usage or I/O error. JSON output
//! (`--json`) is stable: fields are only ever added.

use booth::{check, Error, Pack};
use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
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
    /// Check Fluent files: syntax, duplicates, missing and obsolete files/messages/attributes between
    /// locales; for a pack also the references of event.json.
    ///
    /// PATH is a pack or any folder with one sub-folder per locale (default: current folder).
    /// Output: one line per finding, `file:line:col: level[code]: message`, then a summary.
    /// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.
    Check {
        path: Option<PathBuf>,
        /// Reference locale folder.
        #[arg(long, default_value = "en-US")]
        reference: String,
        /// Print the report as JSON: {reference, locales, files, diagnostics:[{severity, code, file, line, column, message}]}.
        #[arg(long)]
        json: bool,
    },
    /// Search the glossary of a pack in either script.
    ///
    /// Prints a JSON array of hits [{concept, conceptId, kind, field, locale, altIndex, start, end, term}],
    /// best first; spans are in characters of the matched field. Without --json, one line per hit.
    Search {
        /// Pack folder (default: the built-in forum pack).
        #[arg(long)]
        pack: Option<PathBuf>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        query: String,
    },
    /// Show what runs at a given instant (default: now) and what comes next.
    Agenda {
        #[arg(long)]
        pack: Option<PathBuf>,
        /// Instant as RFC 3339, e.g. 2021-07-07T14:20:00+09:00.
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("booth: {e}");
            ExitCode::from(2)
        }
    }
}

fn load(pack: Option<PathBuf>) -> Result<Pack, Error> {
    let pack = match pack {
        Some(dir) => Pack::open(&dir)?,
        None => Pack::embedded()?,
    };
    for d in &pack.diagnostics {
        eprintln!("{d}");
    }
    Ok(pack)
}

fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Check {
            path,
            reference,
            json,
        } => {
            let path = path.unwrap_or_else(|| PathBuf::from("."));
            let report = check::check(&path, &reference)?;
            if json {
                println!("{}", to_json(&report));
            } else {
                for d in &report.diagnostics {
                    println!("{d}");
                }
                println!(
                    "{} files, {} locales ({} reference): {} errors, {} warnings",
                    report.files,
                    report.locales.len(),
                    report.reference,
                    report.errors(),
                    report.warnings()
                );
            }
            Ok(if report.errors() > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Search {
            pack,
            limit,
            json,
            query,
        } => {
            let pack = load(pack)?;
            let hits = pack.index().search(&query, limit, None);
            if json {
                let rows: Vec<serde_json::Value> = hits
                    .iter()
                    .map(|h| {
                        let mut v = serde_json::to_value(h).unwrap_or_default();
                        v["term"] = serde_json::to_value(&pack.glossary[h.concept as usize].term)
                            .unwrap_or_default();
                        v
                    })
                    .collect();
                println!("{}", to_json(&rows));
            } else {
                for h in &hits {
                    let c = &pack.glossary[h.concept as usize];
                    let terms: Vec<&str> = pack
                        .locales
                        .iter()
                        .filter_map(|l| c.term.get(l).map(String::as_str))
                        .collect();
                    println!("{}\t{:?}\t{}", c.id, h.kind, terms.join(" | "));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Agenda { pack, at, json } => {
            let pack = load(pack)?;
            let at: DateTime<Utc> = match at {
                Some(s) => DateTime::parse_from_rfc3339(&s)
                    .map_err(|e| Error::InvalidArgument(format!("--at `{s}`: {e}")))?
                    .with_timezone(&Utc),
                None => Utc::now(),
            };
            let status = pack.agenda.status_at(at);
            if json {
                println!("{}", to_json(&status));
            } else {
                let reference = pack.locales.first().cloned().unwrap_or_default();
                let describe = |r: booth::agenda::ItemRef| {
                    let it = &pack.agenda.blocks[r.block].items[r.item];
                    format!(
                        "{}–{} {} ({}–{} UTC) {}",
                        it.event_start,
                        it.event_end,
                        pack.agenda.zone,
                        it.start.format("%H:%M"),
                        it.end.format("%H:%M"),
                        it.title
                            .get(&reference)
                            .map_or(it.id.as_str(), String::as_str)
                    )
                };
                println!("phase: {:?}", status.phase);
                if let Some(c) = status.current {
                    println!("now:   {}", describe(c));
                }
                if let Some(n) = status.next {
                    println!("next:  {}", describe(n));
                }
                if let Some(s) = status.seconds_left {
                    println!("left:  {}:{:02}", s / 60, s % 60);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
