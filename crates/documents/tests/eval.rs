//! Candidate terms against hand-made lists (tests/eval/README.md): precision of the top 30 and recall of
//! the hand list, per document, in English and Korean. Run with `-- --nocapture` to see the table; the
//! floors below are the numbers measured when this evaluation was written (BENCHMARKS.md, issue 19), so a
//! change that makes extraction worse fails here.

use booth_documents::{candidates, term_key, Candidate, Source};
use std::path::Path;

const TOP: usize = 30;

struct Score {
    name: String,
    precision: f64,
    recall: f64,
    recall_all: f64,
    missed: Vec<String>,
    wrong: Vec<String>,
}

fn hits(c: &Candidate, entry: &[String]) -> bool {
    entry
        .iter()
        .any(|alt| *alt == c.key || c.acronym.as_deref().is_some_and(|a| term_key(a) == *alt))
}

fn score(name: &str) -> Score {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("document");
    let hand: Vec<Vec<String>> = std::fs::read_to_string(dir.join(format!("{name}.terms")))
        .expect("hand list")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(" | ").map(term_key).collect())
        .collect();
    let all = candidates(&[Source { name, text: &text }], &[], 10_000);
    let top = &all[..all.len().min(TOP)];
    let good = top
        .iter()
        .filter(|c| hand.iter().any(|e| hits(c, e)))
        .count();
    let found = |cands: &[Candidate]| {
        hand.iter()
            .filter(|e| cands.iter().any(|c| hits(c, e)))
            .count()
    };
    Score {
        name: name.to_owned(),
        precision: good as f64 / TOP as f64,
        recall: found(top) as f64 / hand.len() as f64,
        recall_all: found(&all) as f64 / hand.len() as f64,
        missed: hand
            .iter()
            .filter(|e| !top.iter().any(|c| hits(c, e)))
            .map(|e| e[0].clone())
            .collect(),
        wrong: top
            .iter()
            .filter(|c| !hand.iter().any(|e| hits(c, e)))
            .map(|c| c.term.clone())
            .collect(),
    }
}

fn table(names: &[&str]) -> (f64, f64) {
    let scores: Vec<Score> = names.iter().map(|n| score(n)).collect();
    println!("| document | P@30 | recall@30 | recall (all candidates) |");
    println!("|---|---|---|---|");
    for s in &scores {
        println!(
            "| {} | {:.0} % | {:.0} % | {:.0} % |",
            s.name,
            s.precision * 100.0,
            s.recall * 100.0,
            s.recall_all * 100.0
        );
    }
    let n = scores.len() as f64;
    let p = scores.iter().map(|s| s.precision).sum::<f64>() / n;
    let r = scores.iter().map(|s| s.recall).sum::<f64>() / n;
    let ra = scores.iter().map(|s| s.recall_all).sum::<f64>() / n;
    println!(
        "| **mean** | **{:.0} %** | **{:.0} %** | {:.0} % |",
        p * 100.0,
        r * 100.0,
        ra * 100.0
    );
    if std::env::var_os("EVAL_DETAIL").is_some() {
        for s in &scores {
            println!(
                "\n{}: not on the list: {:?}\n  missed: {:?}",
                s.name, s.wrong, s.missed
            );
        }
    }
    (p, r)
}

#[test]
fn english_candidates_against_the_hand_lists() {
    let (p, r) = table(&[
        "en-1-background",
        "en-2-recovery",
        "en-3-digital",
        "en-4-session1",
        "en-5-session2",
        "en-6-organizers",
    ]);
    // Measured 0.68 and 0.69 (BENCHMARKS.md, issue 19); the target for precision is 0.60.
    assert!(p >= 0.66, "English P@30 {p:.2}");
    assert!(r >= 0.67, "English recall@30 {r:.2}");
}

#[test]
fn korean_candidates_against_the_hand_lists() {
    let (p, r) = table(&["ko-1-background", "ko-2-digital", "ko-3-organizers"]);
    // Measured 0.76 and 0.60; the target for precision is 0.50.
    assert!(p >= 0.74, "Korean P@30 {p:.2}");
    assert!(r >= 0.58, "Korean recall@30 {r:.2}");
}
