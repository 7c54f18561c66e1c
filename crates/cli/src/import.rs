//! `booth import-glossary`: a CSV, TBX or XLSX glossary into a pack, previewed before anything is written.

use crate::common::to_json;
use booth::edit::Editor;
use booth::glossary_files::{self, Decision, Format, Progress};
use booth::Error;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum FormatArg {
    Csv,
    Tbx,
    Xlsx,
}

/// Import a glossary (CSV, TBX v2/v3, XLSX) into a pack folder.
///
/// Reads FILE, compares it with the pack and prints the preview: concepts added, changed (empty fields
/// filled, renderings or sessions added) and conflicts (same id with other content; same term with another
/// rendering). Conflicts are skipped unless --take-conflicts is given. Without --dry-run the result is saved
/// with the pack's safe save (atomic; refused if a file changed on disk meanwhile). --json prints
/// {preview, summary, written}. Exit status: 0 imported (or previewed), 1 conflicts were skipped, 2 usage,
/// format or I/O error.
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder to import into.
    #[arg(long)]
    pack: PathBuf,
    /// The glossary file.
    file: PathBuf,
    /// File format (default: from the file name's extension).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Show what would happen; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Take the file's version of every conflicting concept instead of skipping it.
    #[arg(long)]
    take_conflicts: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let name = args.file.display().to_string();
    let format = args.format.map(|f| match f {
        FormatArg::Csv => Format::Csv,
        FormatArg::Tbx => Format::Tbx,
        FormatArg::Xlsx => Format::Xlsx,
    });
    let mut editor = Editor::open(&args.pack)?;
    let pack = editor.pack()?;
    let size = std::fs::metadata(&args.file).map_or(0, |m| m.len());
    let show_progress = !args.json && size > 1_000_000;
    let mut on_progress = |p: Progress| {
        if show_progress && p.total > 0 {
            eprint!("\rreading {name}: {}%", p.done * 100 / p.total);
            let _ = std::io::stderr().flush();
        }
    };
    let incoming =
        glossary_files::read_file(&args.file, &name, format, &pack.locales, &mut on_progress)?
            .incoming;
    if show_progress {
        eprintln!();
    }
    let preview = glossary_files::preview(&pack, &incoming);
    let decisions: HashMap<String, Decision> = if args.take_conflicts {
        preview
            .conflicts
            .iter()
            .map(|c| (c.key.clone(), Decision::Import))
            .collect()
    } else {
        HashMap::new()
    };
    let (summary, written) = if args.dry_run {
        (None, Vec::new())
    } else {
        let summary = glossary_files::apply(&mut editor, &preview, &decisions)?;
        let report = editor.save()?;
        (Some(summary), report.written)
    };
    if args.json {
        println!(
            "{}",
            to_json(&serde_json::json!({
                "preview": preview,
                "summary": summary,
                "written": written,
            }))
        );
    } else {
        for w in &preview.warnings {
            eprintln!("{w}");
        }
        for c in &preview.added {
            println!("add\t{}\t{}", c.id, terms(&c.term, &pack.locales));
        }
        for c in &preview.changed {
            println!("change\t{}\t{}", c.after.id, c.fields.join(", "));
        }
        for c in &preview.conflicts {
            println!(
                "conflict\t{}\t{:?} with {}: {}",
                c.incoming.id,
                c.kind,
                c.existing.id,
                c.fields.join(", ")
            );
        }
        println!(
            "{} entries: {} to add, {} to change, {} unchanged, {} conflicts{}",
            preview.entries,
            preview.added.len(),
            preview.changed.len(),
            preview.unchanged,
            preview.conflicts.len(),
            match (&summary, args.dry_run) {
                (_, true) => " (dry run: nothing written)".to_owned(),
                (Some(s), false) => format!(
                    "; wrote {} file(s), {} conflicts taken, {} skipped",
                    written.len(),
                    s.conflicts_imported,
                    s.conflicts_skipped
                ),
                (None, false) => String::new(),
            }
        );
    }
    let skipped = summary.map_or(
        if args.take_conflicts {
            0
        } else {
            preview.conflicts.len()
        },
        |s| s.conflicts_skipped,
    );
    Ok(if skipped > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn terms(t: &booth::Text, locales: &[String]) -> String {
    locales
        .iter()
        .filter_map(|l| t.get(l).map(String::as_str))
        .collect::<Vec<_>>()
        .join(" | ")
}
