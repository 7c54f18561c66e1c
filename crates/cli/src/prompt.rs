//! `booth prompt` and `booth number`: the prompts engine on typed or piped text, for preparing a script
//! and for scripts of its own.

use crate::common::{load, to_json};
use booth::numbers::{self, FoundKind};
use booth::prompts::{PromptKind, Prompter};
use booth::views::{PromptRequest, Prompted};
use booth::Error;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Prompts from running text: numbers converted between the Korean and English scales, glossary terms and
/// people of the pack, one input line at a time.
///
/// Reads lines on stdin; for each line writes the prompts found. With --json, one JSON array per input line:
/// [{kind: "number"|"term"|"person", start, end (characters of the line), text, id, en, ko, and for numbers
/// value, unit and number (the full conversion), for terms concept, for people person}]. A term or person
/// is prompted once per --cooldown seconds of wall-clock time (default 60; 0: every time), numbers always.
#[derive(clap::Args)]
pub struct PromptArgs {
    #[command(flatten)]
    pub options: PromptOptions,
}

/// What `booth prompt` and `booth listen` share: which pack, how often a prompt repeats, and when.
#[derive(clap::Args)]
pub struct PromptOptions {
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pub pack: Option<PathBuf>,
    /// Seconds before a term or person is prompted again.
    #[arg(long, default_value_t = 60)]
    pub cooldown: u64,
    /// When the speech starts (RFC 3339; default now): the agenda then says who is speaking.
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// A prompt as the JSON output shows it: the prompt's fields, with a number's value and unit at the top.
fn row(p: &Prompted) -> serde_json::Value {
    let mut v = serde_json::to_value(p).unwrap_or_default();
    if let Some(q) = &p.prompt.number {
        v["value"] = serde_json::to_value(&q.value).unwrap_or_default();
        v["unit"] = serde_json::to_value(q.unit).unwrap_or_default();
    }
    v
}

pub fn prompt(PromptArgs { options: args }: PromptArgs) -> Result<ExitCode, Error> {
    let pack = load(args.pack)?;
    let mut prompter = Prompter::new(args.cooldown.saturating_mul(1000));
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let io = |source| Error::Io {
        path: PathBuf::from("<stdout>"),
        source,
    };
    for line in stdin.lock().lines() {
        let text = line.map_err(|source| Error::Io {
            path: PathBuf::from("<stdin>"),
            source,
        })?;
        let request = PromptRequest {
            text,
            at: args.at.clone(),
        };
        let prompted = request.answer(&pack, &mut prompter)?;
        if args.json {
            let rows: Vec<serde_json::Value> = prompted.iter().map(row).collect();
            let json = serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_owned());
            writeln!(out, "{json}").map_err(io)?;
        } else {
            for p in &prompted {
                let kind = match p.prompt.kind {
                    PromptKind::Number => "number",
                    PromptKind::Term => "term",
                    PromptKind::Person => "person",
                };
                writeln!(out, "{kind}\t{}\t{} | {}", p.prompt.text, p.en, p.ko).map_err(io)?;
            }
        }
        out.flush().map_err(io)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Convert the numbers in TEXT between the Korean scale (만/억/조) and the English one
/// (thousand/million/billion).
///
/// Prints one line per number: the words, the exact value, and the English and Korean renderings with the
/// unit. What is not a quantity (a year, a date, a time, an ordinal, an identifier, a phone number) is
/// named as such. With --json, the array of findings [{span: {start, end} (bytes), text, kind}]. Exit status
/// 0 when a number was found, 1 when none.
#[derive(clap::Args)]
pub struct NumberArgs {
    text: String,
    #[arg(long)]
    json: bool,
}

pub fn number(args: NumberArgs) -> Result<ExitCode, Error> {
    let found = numbers::scan(&args.text);
    if args.json {
        println!("{}", to_json(&found));
    } else {
        for f in &found {
            match &f.kind {
                FoundKind::Quantity(q) => {
                    println!(
                        "{}\t{}\t{} | {}",
                        f.text,
                        value(&q.value),
                        q.en_phrase,
                        q.ko_phrase
                    );
                }
                other => {
                    let kind = serde_json::to_value(other).unwrap_or_default();
                    println!("{}\t{}", f.text, kind["type"].as_str().unwrap_or("?"));
                }
            }
        }
    }
    Ok(if found.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A value as a person reads it: exact, approximate (~), a range (lo..hi), an order of magnitude, or why
/// there is none.
fn value(a: &numbers::Amount) -> String {
    use numbers::Amount;
    match a {
        Amount::Exact { value } => value.to_string(),
        Amount::Approx { value } => format!("~{value}"),
        Amount::Range { lo, hi, approx } => format!("{}{lo}..{hi}", if *approx { "~" } else { "" }),
        Amount::Vague { order } => format!("order of {order}"),
        Amount::Invalid { reason } => format!("({reason})"),
    }
}
