//! `booth agenda`: what runs at an instant and what comes next.

use crate::common::{load, to_json};
use booth::agenda::{Agenda, ItemRef};
use booth::late::{Record, StateFile};
use booth::views::{self, AgendaView};
use booth::{Error, Pack};
use chrono_tz::Tz;
use std::path::PathBuf;
use std::process::ExitCode;

/// Show what runs at a given instant (default: now) and what comes next, with times in the event zone, the
/// local zone and UTC. Item times derived from durations are marked "planned".
///
/// The running-late record is applied when there is one: --state FILE, or the file beside --pack DIR
/// (DIR.booth-state.json). --json prints {at, zone, localZone, status, current, next, lateSeconds}, where
/// current and next are items with start/end (UTC, RFC 3339), eventStart/eventEnd and localStart/localEnd.
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Instant as RFC 3339, e.g. 2021-07-07T14:20:00+09:00.
    #[arg(long)]
    at: Option<String>,
    /// IANA zone for "your time" (default: the system's).
    #[arg(long)]
    local_zone: Option<String>,
    /// Running-late state file (default: beside --pack).
    #[arg(long)]
    state: Option<PathBuf>,
    #[arg(long)]
    json: bool,
}

/// The state file of `--state`, else the one beside `--pack` (the built-in pack has none on the CLI).
pub fn state_file(state: Option<PathBuf>, pack: Option<&PathBuf>) -> Option<StateFile> {
    state
        .map(StateFile::new)
        .or_else(|| pack.map(|p| StateFile::for_pack_dir(p)))
}

/// The pack's agenda with the running-late record applied (shifts of removed items ignored, said on
/// stderr), in `local` zone, or an error naming the state file.
pub fn adjusted(pack: &Pack, state: Option<&StateFile>, local: Tz) -> Result<Agenda, String> {
    let (record, path) = match state {
        Some(file) => (
            file.load(&pack.id).map_err(|e| e.to_string())?,
            file.path.display().to_string(),
        ),
        None => (Record::new(&pack.id), String::new()),
    };
    let view = AgendaView::of(pack, &record, local, path, None);
    if let Some(problem) = &view.state_problem {
        eprintln!("booth: {}: {problem}", view.state_file);
    }
    Ok(view.agenda)
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(args.pack.clone())?;
    let at = views::instant(args.at.as_deref())?;
    let local = views::local_zone(args.local_zone.as_deref(), &pack)?;
    let state = state_file(args.state, args.pack.as_ref());
    let agenda = match adjusted(&pack, state.as_ref(), local) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("booth: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let status = agenda.status_at(at);
    let item = |r: Option<ItemRef>| r.map(|r| agenda.item(r));
    if args.json {
        println!(
            "{}",
            to_json(&serde_json::json!({
                "at": at,
                "zone": agenda.zone,
                "localZone": agenda.local_zone,
                "status": status,
                "current": item(status.current),
                "next": item(status.next),
                "lateSeconds": status.late_seconds,
            }))
        );
        return Ok(ExitCode::SUCCESS);
    }
    let reference = pack.locales.first().cloned().unwrap_or_default();
    let describe = |r: ItemRef| {
        let it = agenda.item(r);
        format!(
            "{}–{} {} | {}–{} {} | {}–{} UTC | {}{}",
            it.wall.event_start,
            it.wall.event_end,
            agenda.zone,
            it.wall.local_start,
            it.wall.local_end,
            agenda.local_zone,
            it.start.format("%H:%M"),
            it.end.format("%H:%M"),
            it.title
                .get(&reference)
                .map_or(it.id.as_str(), String::as_str),
            if it.planned { " (planned)" } else { "" }
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
    if status.late_seconds != 0 {
        let m = (status.late_seconds as f64 / 60.0).round() as i64;
        if m >= 0 {
            println!("late:  running {m} min late");
        } else {
            println!("late:  running {} min ahead", -m);
        }
    }
    Ok(ExitCode::SUCCESS)
}
