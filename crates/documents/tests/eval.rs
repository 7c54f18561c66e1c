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

/// Documents kept out of every tuning of the extractor (tests/eval/README.md): written with their hand lists
/// before the extractor ran on them, to tell how it does on text it was not shaped on.
#[test]
fn held_out_documents_against_their_hand_lists() {
    let (p, r) = table(&["held-en-1-services", "held-ko-1-services"]);
    // First run (before the irregular verbs and Korean past/negative endings): 0.55 and 0.49; since, 0.62
    // and 0.54 (BENCHMARKS.md, issue 19).
    assert!(p >= 0.60, "held-out P@30 {p:.2}");
    assert!(r >= 0.52, "held-out recall@30 {r:.2}");
}

/// Term pairs from a speech and its translation (tests/eval/pair-*.ko.txt translates the matching en-*.txt;
/// pair-*.pairs is the hand list of pairs, written with the translation, before the pairing ran).
#[test]
fn pairs_from_a_translated_speech_against_the_hand_list() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("eval file");
    let en = read("en-4-session1.txt");
    let ko = read("pair-session1.ko.txt");
    let hand: Vec<(String, String)> = read("pair-session1.pairs")
        .lines()
        .filter_map(|l| l.split_once(" | "))
        .map(|(e, k)| (term_key(e), term_key(k).replace(' ', "")))
        .collect();
    let pairs = booth_documents::pairs(
        Source {
            name: "en",
            text: &en,
        },
        Source {
            name: "ko",
            text: &ko,
        },
        &[],
        100,
    );
    let right = |p: &booth_documents::Pair| {
        hand.contains(&(term_key(&p.en), term_key(&p.ko).replace(' ', "")))
    };
    let good = pairs.iter().filter(|p| right(p)).count();
    for p in &pairs {
        println!(
            "{} {:<40} {:<20} together {} dice {:.2}",
            if right(p) { "ok   " } else { "WRONG" },
            p.en,
            p.ko,
            p.together,
            p.score
        );
    }
    let precision = good as f64 / pairs.len().max(1) as f64;
    let recall = good as f64 / hand.len() as f64;
    println!(
        "pairs: {} proposed, {good} right: precision {:.0} %, recall {:.0} % of {}",
        pairs.len(),
        precision * 100.0,
        recall * 100.0,
        hand.len()
    );
    // Floors at what was measured when the pairing was written (BENCHMARKS.md, issue 19): 3 of the 5
    // proposed are on the hand list; the other two (COVID-19 → 코로나19, pandemic → 팬데믹) are right
    // translations that the list, written before the run, does not hold.
    assert!(good >= 3, "{good} right pairs");
    assert!(precision >= 0.6, "precision {precision}");
}
