//! `booth search`: glossary search from the command line, for people and scripts (and benchmarks: `--stdin`
//! drives the core with one query per line, without paying for a process or a pack load per query).

use crate::common::{load, to_json};
use booth::search::Hit;
use booth::{Error, Pack};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Search the glossary of a pack in either script.
///
/// Prints a JSON array of hits [{concept, conceptId, kind, field, locale, altIndex, start, end,
/// particleStripped, term}], best first; spans are in characters of the matched field. Without --json, one
/// line per hit: id, kind, field, the terms. With --stdin, reads one query per line and prints one JSON array
/// per line, in order (an empty line gives `[]`).
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Most hits per query (applied after ranking).
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Rank this session's concepts first among equals.
    #[arg(long)]
    session: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Read queries from standard input, one per line; print one JSON line per query.
    #[arg(long, conflicts_with = "query")]
    stdin: bool,
    #[arg(required_unless_present = "stdin")]
    query: Option<String>,
}

/// A hit with the concept's terms, as the JSON output shows it.
fn row(pack: &Pack, h: &Hit) -> serde_json::Value {
    let mut v = serde_json::to_value(h).unwrap_or_default();
    if let Some(c) = pack.glossary.get(h.concept as usize) {
        v["term"] = serde_json::to_value(&c.term).unwrap_or_default();
    }
    v
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(args.pack)?;
    let session = args.session.as_deref();
    if args.stdin {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        for line in stdin.lock().lines() {
            let line = line.map_err(|source| Error::Io {
                path: PathBuf::from("<stdin>"),
                source,
            })?;
            let hits = pack.index().search(&line, args.limit, session);
            let rows: Vec<serde_json::Value> = hits.iter().map(|h| row(&pack, h)).collect();
            let json = serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_owned());
            writeln!(out, "{json}")
                .and_then(|()| out.flush())
                .map_err(|source| Error::Io {
                    path: PathBuf::from("<stdout>"),
                    source,
                })?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let query = args.query.unwrap_or_default();
    let hits = pack.index().search(&query, args.limit, session);
    if args.json {
        let rows: Vec<serde_json::Value> = hits.iter().map(|h| row(&pack, h)).collect();
        println!("{}", to_json(&rows));
    } else {
        for h in &hits {
            let Some(c) = pack.glossary.get(h.concept as usize) else {
                continue;
            };
            let terms: Vec<&str> = pack
                .locales
                .iter()
                .filter_map(|l| c.term.get(l).map(String::as_str))
                .collect();
            println!(
                "{}\t{:?}\t{:?}\t{}",
                c.id,
                h.kind,
                h.field,
                terms.join(" | ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
