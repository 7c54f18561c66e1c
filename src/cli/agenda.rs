//! `booth agenda`: what runs at an instant and what comes next.

use super::{load, to_json};
use booth::Error;
use chrono::{DateTime, Utc};
use std::path::PathBuf;
use std::process::ExitCode;

/// Show what runs at a given instant (default: now) and what comes next.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Instant as RFC 3339, e.g. 2021-07-07T14:20:00+09:00.
    #[arg(long)]
    at: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(args.pack)?;
    let at: DateTime<Utc> = match args.at {
        Some(s) => DateTime::parse_from_rfc3339(&s)
            .map_err(|e| Error::InvalidArgument(format!("--at `{s}`: {e}")))?
            .with_timezone(&Utc),
        None => Utc::now(),
    };
    let status = pack.agenda.status_at(at);
    if args.json {
        println!("{}", to_json(&status));
        return Ok(ExitCode::SUCCESS);
    }
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
    Ok(ExitCode::SUCCESS)
}
