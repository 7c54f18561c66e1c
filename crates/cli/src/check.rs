//! `booth check`: the locale checker on a pack or any Mozilla-style folder of per-locale `.ftl` files.

use crate::common::to_json;
use booth::check::{self, Report, ReportKind};
use booth::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Check Fluent files: syntax, duplicates, missing and obsolete files, messages, terms, values and
/// attributes, references, `$variables`, empty values; for a pack also its glossary and event.json.
///
/// PATH is a pack (a folder with event.json) or any folder with one sub-folder per locale holding `.ftl`
/// files at the same relative paths, as Mozilla lays them out (default: the current folder).
///
/// Output: one line per finding, `file:line:col: severity[code]: message`, then one summary line per
/// locale and a total. Severity is error, warning, missing or obsolete (compare-locales' categories; in
/// a pack missing content is an error and obsolete content a warning). Codes: docs/CHECK.md.
///
/// --json prints one object (format 1; fields are only ever added):
///   {format, kind: "pack"|"folder", reference, files, errors, warnings,
///    locales: [{locale, files, missing, missingWords, missingEntries, missingFiles, obsolete,
///               obsoleteFiles, changed, changedWords, unchanged, unchangedWords, keys, errors, warnings}],
///    diagnostics: [{severity, code, file, line, column, message, locale, id, attribute,
///                   reference: {file, line, column} | null}]}
/// Paths are relative to PATH and `/`-separated; line and column are 1-based (column in characters) or
/// null; absent fields are null.
///
/// --config FILE reads a Mozilla project configuration (l10n.toml): only its locales are checked, each
/// only against the paths configured for it, excluded files left out, as compare-locales does. A folder
/// holding an l10n.toml is checked with it unless --no-config is given. Without a config every locale
/// folder and every file is checked.
///
/// Exit status: 0 no errors (warnings, missing and obsolete content allowed), 1 errors found, 2 usage or
/// I/O error (PATH unreadable, no reference folder).
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A pack, or a folder of locale folders [default: .].
    path: Option<PathBuf>,
    /// Reference locale folder [default: a pack's first locale, else en-US].
    #[arg(long)]
    reference: Option<String>,
    /// Print the report as JSON (format above).
    #[arg(long)]
    json: bool,
    /// A Mozilla project configuration (l10n.toml) saying which files each locale needs.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore an l10n.toml found in PATH.
    #[arg(long)]
    no_config: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let path = args.path.unwrap_or_else(|| PathBuf::from("."));
    let found = path.join(check::CONFIG_FILE);
    let config = match args.config {
        Some(c) => Some(c),
        None if !args.no_config && found.is_file() => Some(found),
        None => None,
    };
    let report = match config {
        Some(c) => {
            let config = check::ProjectConfig::read(&c)?;
            check::check_with_config(&config, args.reference.as_deref())?
        }
        None => check::check(&path, args.reference.as_deref())?,
    };
    let text = if args.json {
        to_json(&report) + "\n"
    } else {
        human(&report)
    };
    print!("{text}");
    Ok(if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The report as people read it: findings, then per-locale totals in compare-locales' terms.
pub fn human(report: &Report) -> String {
    let mut s = String::new();
    for f in &report.diagnostics {
        let _ = writeln!(s, "{f}");
    }
    for l in &report.locales {
        let files =
            |n: u32, what: &str| format!("{n} {what} file{}", if n == 1 { "" } else { "s" });
        let mut missing = format!("{} missing", l.missing);
        if l.missing_files > 0 {
            let entries = l.missing_entries;
            let in_files = l.missing - entries;
            let _ = write!(
                missing,
                " ({entries} entries + {in_files} in {})",
                files(l.missing_files, "missing")
            );
        }
        let mut obsolete = format!("{} obsolete", l.obsolete);
        if l.obsolete_files > 0 {
            let _ = write!(obsolete, " (+ {})", files(l.obsolete_files, "obsolete"));
        }
        let _ = writeln!(
            s,
            "{}: {missing}, {obsolete}, {} errors, {} warnings; {} changed, {} unchanged, {} keys",
            l.locale, l.errors, l.warnings, l.changed, l.unchanged, l.keys
        );
    }
    let kind = match report.kind {
        ReportKind::Pack => "pack",
        ReportKind::Folder => "folder",
    };
    let _ = writeln!(
        s,
        "{kind}: {} files, {} locales (reference {}): {} errors, {} warnings",
        report.files,
        report.locales.len() + 1,
        report.reference,
        report.errors,
        report.warnings
    );
    s
}
