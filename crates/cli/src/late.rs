//! `booth late`: the running-late record from the command line (the same file the app writes).

use crate::agenda::state_file;
use crate::common::{load, to_json};
use booth::late::LateError;
use booth::Error;
use std::path::PathBuf;
use std::process::ExitCode;

/// Show or change the running-late record of a pack.
///
/// Without an action, prints the record. --shift MIN moves the item running at --at (or the next one) and
/// everything after it; --started ITEM records that ITEM started at --at; --undo removes the last change.
/// The record is the state file beside --pack DIR (DIR.booth-state.json) or --state FILE; it is written
/// atomically. Exit status: 0 done, 1 nothing to do (no item left to shift, nothing to undo), 2 usage or
/// I/O error.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pack: Option<PathBuf>,
    #[arg(long)]
    state: Option<PathBuf>,
    /// Instant as RFC 3339 (default: now).
    #[arg(long)]
    at: Option<String>,
    #[arg(long, allow_hyphen_values = true, conflicts_with_all = ["started", "undo"])]
    shift: Option<i64>,
    #[arg(long, conflicts_with = "undo")]
    started: Option<String>,
    #[arg(long)]
    undo: bool,
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(args.pack.clone())?;
    let Some(file) = state_file(args.state, args.pack.as_ref()) else {
        return Err(Error::InvalidArgument(
            "the built-in pack keeps its record in the app's data folder: pass --state FILE"
                .to_owned(),
        ));
    };
    let at = booth::views::instant(args.at.as_deref())?;
    let report = |e: LateError| {
        eprintln!("booth: {e}");
        ExitCode::from(match e {
            LateError::NothingToShift | LateError::NothingToUndo | LateError::UnknownItem(_) => 1,
            _ => 2,
        })
    };
    let mut record = match file.load(&pack.id) {
        Ok(r) => r,
        Err(e) => return Ok(report(e)),
    };
    let changed = if let Some(m) = args.shift {
        record.shift_remaining(&pack.agenda, at, m).map(|_| true)
    } else if let Some(item) = &args.started {
        record.mark_started(&pack.agenda, item, at).map(|_| true)
    } else if args.undo {
        record.undo().map(|_| true)
    } else {
        Ok(false)
    };
    match changed {
        Ok(true) => {
            if let Err(e) = file.save(&record) {
                return Ok(report(e));
            }
        }
        Ok(false) => {}
        Err(e) => return Ok(report(e)),
    }
    if args.json {
        println!("{}", to_json(&record));
    } else {
        println!("{}: {} shift(s)", file.path.display(), record.shifts.len());
        for s in &record.shifts {
            println!("  {:+} s from `{}` ({:?})", s.seconds, s.item, s.kind);
        }
    }
    Ok(ExitCode::SUCCESS)
}
