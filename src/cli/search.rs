//! `booth search`: glossary search from the command line, for people and scripts.

use super::{load, to_json};
use booth::Error;
use std::path::PathBuf;
use std::process::ExitCode;

/// Search the glossary of a pack in either script.
///
/// Prints a JSON array of hits [{concept, conceptId, kind, field, locale, altIndex, start, end, term}],
/// best first; spans are in characters of the matched field. Without --json, one line per hit.
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pack: Option<PathBuf>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    query: String,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(args.pack)?;
    let hits = pack.index().search(&args.query, args.limit, None);
    if args.json {
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
