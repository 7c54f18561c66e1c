//! `booth drill`: memorise a pack's terms and its documents' numbers from the keyboard, with spaced
//! repetition (FSRS) and progress kept beside the pack.

use crate::common::load;
use booth::drill::{cards, is_right, Grade, Progress};
use booth::{documents, Error};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Drill the pack's glossary (term → other language, both ways) and the numbers in its documents.
///
/// Each card prints its prompt; type the answer and press Enter (right: graded Good; wrong: Again, and the
/// answer is shown), or press Enter alone to see the answer and grade yourself: 1 again, 2 hard, 3 good,
/// 4 easy. `q` stops. Progress is saved after every card in `<pack>.booth-drill.json` beside the pack
/// folder, per user.
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder.
    #[arg(long)]
    pack: PathBuf,
    /// Whose progress (default: $USER).
    #[arg(long)]
    user: Option<String>,
    /// Only this session's concepts.
    #[arg(long)]
    session: Option<String>,
    /// Stop after this many cards.
    #[arg(long, default_value_t = 20)]
    count: usize,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let pack = load(Some(args.pack.clone()))?;
    let docs = documents::stored(&args.pack)?;
    let deck = cards(&pack, &docs, args.session.as_deref());
    let user = args
        .user
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "default".into());
    let path = Progress::path_for(&args.pack);
    let mut progress = Progress::load(&path, &pack.id)?;
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut out = std::io::stdout();
    let mut done = 0;
    while done < args.count {
        let now = chrono::Utc::now();
        let Some(card) = progress.next(&user, &deck, now).cloned() else {
            println!("Nothing due: every card is scheduled later.");
            break;
        };
        print!("[{} → {}] {}\n> ", card.from, card.to, card.prompt);
        let _ = out.flush();
        let Some(Ok(typed)) = lines.next() else { break };
        let typed = typed.trim();
        if typed == "q" {
            break;
        }
        let grade = if typed.is_empty() {
            print!("  {}\n  1 again · 2 hard · 3 good · 4 easy > ", card.answer);
            let _ = out.flush();
            match lines.next().and_then(Result::ok).as_deref().map(str::trim) {
                Some("1") => Grade::Again,
                Some("2") => Grade::Hard,
                Some("4") => Grade::Easy,
                Some("q") | None => break,
                _ => Grade::Good,
            }
        } else if is_right(&card, typed) {
            println!("  ✓ {}", card.answer);
            Grade::Good
        } else {
            println!("  ✗ {}", card.answer);
            Grade::Again
        };
        progress.grade(&user, &card, grade, now);
        progress.save(&path)?;
        done += 1;
    }
    println!("{done} card(s) reviewed; progress in {}", path.display());
    Ok(ExitCode::SUCCESS)
}
