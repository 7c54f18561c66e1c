//! `booth check`: the locale checker on a pack or any Mozilla-style folder of per-locale `.ftl` files.

use super::to_json;
use booth::{check, Error};
use std::path::PathBuf;
use std::process::ExitCode;

/// Check Fluent files: syntax, duplicates, missing and obsolete files/messages/attributes between
/// locales; for a pack also the references of event.json.
///
/// PATH is a pack or any folder with one sub-folder per locale (default: current folder).
/// Output: one line per finding, `file:line:col: level[code]: message`, then a summary.
/// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.
#[derive(clap::Args)]
pub struct Args {
    path: Option<PathBuf>,
    /// Reference locale folder.
    #[arg(long, default_value = "en-US")]
    reference: String,
    /// Print the report as JSON: {reference, locales, files, diagnostics:[{severity, code, file, line, column, message}]}.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let path = args.path.unwrap_or_else(|| PathBuf::from("."));
    let report = check::check(&path, &args.reference)?;
    if args.json {
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
