//! `booth extract`: the candidate terms of speakers' documents that a pack's glossary lacks.

use crate::common::{load, to_json};
use booth::documents;
use booth::Error;
use std::path::PathBuf;
use std::process::ExitCode;

/// Print the terms in documents (PDF, DOCX, PPTX, TXT, Markdown) that the pack's glossary does not have.
///
/// Candidates are ranked by how specific they are to the documents (against a general reference) and how
/// often they occur; each comes with up to three lines it occurs in. Terms the glossary has in any
/// language, and terms dismissed for the pack (documents/dismissed.json), are left out. A file that cannot
/// be read is reported on stderr and the others are still mined (exit status 1). With --add, the files are
/// also kept in the pack's documents/ folder with their text.
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Most candidates to print.
    #[arg(long, default_value_t = 30)]
    limit: usize,
    /// Keep the files in the pack's documents/ folder (never replacing a different file).
    #[arg(long, requires = "pack")]
    add: bool,
    /// Dismiss a candidate for this pack (kept in documents/dismissed.json) before mining; repeatable.
    #[arg(long, requires = "pack", value_name = "TERM")]
    dismiss: Vec<String>,
    /// Add a candidate to the pack's glossary (its term, the acronym the documents define, the document as
    /// its source; the other language is left to fill in), saved at once; repeatable.
    #[arg(long, requires = "pack", value_name = "TERM")]
    accept: Vec<String>,
    /// The two FILEs are one document in English and in Korean (a speech and its translation): print the
    /// term pairs found in their aligned sentences instead of candidates.
    #[arg(long)]
    pair: bool,
    /// Print JSON: [{term, lang, key, acronym?, count, score, contexts: [{document, line}]}]; with --pair
    /// [{en, ko, together, score, example: [english, korean]}].
    #[arg(long)]
    json: bool,
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(args.pack.clone())?;
    if let Some(dir) = &args.pack {
        for term in &args.dismiss {
            documents::dismiss(dir, term)?;
        }
    }
    let mut docs = Vec::new();
    let mut failed = false;
    for file in &args.files {
        match documents::read(file) {
            Ok(read) => {
                for w in &read.extracted.warnings {
                    eprintln!("{}: warning: {}", file.display(), warning(w));
                }
                if args.add {
                    if let Some(dir) = &args.pack {
                        let stored = documents::store(dir, &read)?;
                        eprintln!("{}: kept as {}", file.display(), stored.original);
                    }
                }
                docs.push((read.name.clone(), read.extracted.text()));
            }
            Err(e) => {
                eprintln!("booth: {e}");
                failed = true;
            }
        }
    }
    let mut pack = pack;
    if let (Some(dir), false) = (&args.pack, args.accept.is_empty()) {
        let all = documents::candidates(&pack, Some(dir), &docs, usize::MAX)?;
        for term in &args.accept {
            let key = documents::term_key(term);
            let Some(c) = all.iter().find(|c| c.key == key) else {
                return Err(Error::InvalidArgument(format!(
                    "`{term}` is not a candidate of these documents"
                )));
            };
            let id = documents::accept(dir, c)?;
            eprintln!("added concept-{id}: {}", c.term);
        }
        pack = load(args.pack.clone())?;
    }
    if args.pair {
        let [a, b] = docs.as_slice() else {
            return Err(Error::InvalidArgument(
                "--pair takes two files: one document in English and in Korean".into(),
            ));
        };
        let pairs = documents::pairs(&pack, args.pack.as_deref(), a, b, args.limit)?;
        if pairs.is_empty() {
            eprintln!(
                "no term pairs: no new term of one keeps to the same sentences as one of the other"
            );
        }
        if args.json {
            println!("{}", to_json(&pairs));
        } else {
            for p in &pairs {
                println!(
                    "{:>5.2}  {:>3}×  {}  =  {}",
                    p.score, p.together, p.en, p.ko
                );
                println!("             {}", p.example.0);
                println!("             {}", p.example.1);
            }
        }
        return Ok(if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let cands = documents::candidates(&pack, args.pack.as_deref(), &docs, args.limit)?;
    if args.json {
        println!("{}", to_json(&cands));
    } else {
        for c in &cands {
            let acr = c
                .acronym
                .as_deref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default();
            let lang = match c.lang {
                documents::Lang::En => "en",
                documents::Lang::Ko => "ko",
            };
            println!("{:>7.2}  {:>3}×  {lang}  {}{acr}", c.score, c.count, c.term);
            for ctx in &c.contexts {
                println!("             {}: {}", ctx.document, ctx.line);
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn warning(w: &documents::Warning) -> String {
    use documents::Warning as W;
    match w {
        W::UnreadableUnit { unit } => format!("page or slide {unit} could not be read"),
        W::NoTextOn { units } => format!(
            "no text layer (scanned?) on page(s) {}",
            units
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        W::Truncated { read, total } => {
            format!("took too long: only the first {read} of {total} pages were read")
        }
        W::InvalidEncoding => "bytes that are not valid text were replaced by �".into(),
    }
}
