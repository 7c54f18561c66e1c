//! `booth export-schedule` and `booth import-schedule`: the agenda to iCalendar or c3voc/frab JSON, and c3voc/frab JSON into a
//! new pack.

use crate::agenda::{adjusted, state_file};
use crate::common::{load, to_json};
use booth::schedule::{frab, ical};
use booth::Error;
use chrono::Utc;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum Format {
    /// iCalendar (.ics) with TZID and VTIMEZONE.
    Ics,
    /// c3voc/frab schedule JSON (what pretalx exports).
    Frab,
}

/// Export the agenda as iCalendar or c3voc/frab schedule JSON.
///
/// Writes to --output FILE or stdout. With --adjusted, the running-late record (--state FILE or the file
/// beside --pack) is applied first. Exit status: 0 written, 2 usage or I/O error.
#[derive(clap::Args)]
pub struct ExportArgs {
    format: Format,
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Language of titles and names (default: the pack's reference locale).
    #[arg(long)]
    locale: Option<String>,
    /// Apply the running-late record.
    #[arg(long)]
    adjusted: bool,
    #[arg(long)]
    state: Option<PathBuf>,
    #[arg(long, short)]
    output: Option<PathBuf>,
}

pub fn export(args: ExportArgs) -> Result<ExitCode, Error> {
    let pack = load(args.pack.clone())?;
    let agenda = if args.adjusted {
        let file = state_file(args.state, args.pack.as_ref());
        match adjusted(&pack, file.as_ref(), pack.agenda.event_tz()) {
            Ok(a) => a,
            Err(e) => return Err(Error::InvalidArgument(e)),
        }
    } else {
        pack.agenda.clone()
    };
    let locale = args
        .locale
        .or_else(|| pack.locales.first().cloned())
        .unwrap_or_default();
    if !pack.locales.contains(&locale) {
        return Err(Error::InvalidArgument(format!(
            "the pack has no locale `{locale}` (it has {})",
            pack.locales.join(", ")
        )));
    }
    let text = match args.format {
        Format::Ics => ical::export(&pack, &agenda, &locale, Utc::now()),
        Format::Frab => to_json(&frab::export(&pack, &agenda, &locale)) + "\n",
    };
    match args.output {
        Some(path) => std::fs::write(&path, text).map_err(|source| Error::Io { path, source })?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// Import a c3voc/frab schedule JSON (e.g. pretalx's schedule export) as a new pack folder.
///
/// One day and one room become the pack (Booth packs are one day of one event): --day N (frab day index,
/// default the first day with events) and --room NAME (default the busiest room). Each event becomes a block
/// with one item, tracks become sessions, persons become people: the first person of a talk is its speaker,
/// the others its cospeakers; abstracts become the item's `.abstract`, biographies the person's `.bio`.
/// Texts are written in the first of --locales (the schedule's language, default --locale); the others
/// (default: ko) get empty files, so `booth check OUT` lists what is left to translate. Prints what was left out. OUT must not exist or be
/// empty: an import never replaces or mixes into an existing pack (it refuses, writing nothing). Exit
/// status: 0 written, 2 usage, format or I/O error, or OUT not empty.
#[derive(clap::Args)]
pub struct ImportArgs {
    /// The schedule JSON file.
    file: PathBuf,
    /// The pack folder to write.
    #[arg(long)]
    out: PathBuf,
    /// The schedule's language.
    #[arg(long, default_value = "en-US")]
    locale: String,
    /// The pack's locales, the schedule's language first (default: --locale and ko).
    #[arg(long, value_delimiter = ',')]
    locales: Vec<String>,
    #[arg(long)]
    day: Option<u32>,
    #[arg(long)]
    room: Option<String>,
}

pub fn import(args: ImportArgs) -> Result<ExitCode, Error> {
    let text = std::fs::read_to_string(&args.file).map_err(|source| Error::Io {
        path: args.file.clone(),
        source,
    })?;
    let fail = |e: booth::schedule::InterchangeError| {
        eprintln!("booth: {}: {e}", args.file.display());
        ExitCode::from(2)
    };
    let mut locales: Vec<String> = args.locales.clone();
    if locales.is_empty() {
        locales = vec![args.locale.clone(), "ko".to_owned()];
    }
    locales.dedup();
    let pack = match frab::import_locales(&text, &locales, args.day, args.room.as_deref()) {
        Ok(p) => p,
        Err(e) => return Ok(fail(e)),
    };
    if let Err(e) = pack.write(&args.out) {
        return Ok(fail(e));
    }
    for n in &pack.notes {
        eprintln!("note: {n}");
    }
    println!("wrote {} files to {}", pack.files.len(), args.out.display());
    Ok(ExitCode::SUCCESS)
}
