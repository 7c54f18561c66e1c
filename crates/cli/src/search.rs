//! `booth search`: glossary search from the command line, for people and scripts (and benchmarks: `--stdin`
//! drives the core with one query per line, without paying for a process or a pack load per query).

use crate::common::{load, to_json};
use booth::views::{Found, SearchRequest};
use booth::Error;
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
    /// Most hits per query (applied after ranking; at most 500, as in the window).
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

/// The hits of one query as the JSON output shows them: each hit's fields and its concept's terms.
fn rows(found: &[Found]) -> Vec<serde_json::Value> {
    found
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(&f.hit).unwrap_or_default();
            v["term"] = serde_json::to_value(&f.concept.term).unwrap_or_default();
            v
        })
        .collect()
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    // Never dropped: the process ends after the answer, and the OS takes the memory back at once, where
    // dropping would free a 100,000-concept glossary one allocation at a time.
    let pack = std::mem::ManuallyDrop::new(load(args.pack)?);
    let request = |query: String| SearchRequest {
        query,
        limit: u32::try_from(args.limit).unwrap_or(u32::MAX),
        session: args.session.clone(),
    };
    if args.stdin {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        for line in stdin.lock().lines() {
            let line = line.map_err(|source| Error::Io {
                path: PathBuf::from("<stdin>"),
                source,
            })?;
            let found = request(line).answer(&pack);
            let json = serde_json::to_string(&rows(&found)).unwrap_or_else(|_| "[]".to_owned());
            writeln!(out, "{json}")
                .and_then(|()| out.flush())
                .map_err(|source| Error::Io {
                    path: PathBuf::from("<stdout>"),
                    source,
                })?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let found = request(args.query.clone().unwrap_or_default()).answer(&pack);
    if args.json {
        println!("{}", to_json(&rows(&found)));
    } else {
        for Found { hit: h, concept: c } in &found {
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
