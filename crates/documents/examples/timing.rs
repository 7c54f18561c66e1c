//! Times extraction on large documents built here (a 500-page PDF, a 2,000-paragraph DOCX, a 300-slide
//! PPTX, an 8 MB zip bomb) and candidate mining on the evaluation texts:
//! `cargo run --release -p booth-documents --example timing`.

#[path = "../tests/support.rs"]
mod support;

use booth_documents::{candidates, extract, Limits, Source};
use std::time::Instant;

fn time<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let r = f();
    println!("{what}: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    r
}

fn main() {
    let page = "Local governments play a critical role in advancing the 2030 Agenda for Sustainable Development.\nPublic-Private-People Partnerships (PPPPs) at the local level are particularly important.";
    let pages: Vec<&str> = vec![page; 500];
    let pdf = support::pdf(&pages);
    let r = time("PDF, 500 pages (extract)", || {
        extract("big.pdf", &pdf, &Limits::default())
    });
    println!(
        "  {} bytes → {} pages",
        pdf.len(),
        r.map(|x| x.units.len()).unwrap_or(0)
    );
    let paras: Vec<&str> = vec![page; 2000];
    let docx = support::docx(&paras);
    time("DOCX, 2,000 paragraphs (extract)", || {
        extract("big.docx", &docx, &Limits::default())
            .map(|x| x.units.len())
            .ok()
    });
    let slides: Vec<&str> = vec![page; 300];
    let pptx = support::pptx(&slides, "Notes");
    time("PPTX, 300 slides (extract)", || {
        extract("big.pptx", &pptx, &Limits::default())
            .map(|x| x.units.len())
            .ok()
    });
    let bomb = support::zip_bomb(64 << 20);
    let r = time(
        "zip bomb, 64 MB inflated from a small file (refused)",
        || extract("bomb.docx", &bomb, &Limits::default()),
    );
    println!("  {} bytes → {:?}", bomb.len(), r.err());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let texts: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("eval")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    let sources: Vec<Source> = texts
        .iter()
        .map(|(n, t)| Source { name: n, text: t })
        .collect();
    let chars: usize = texts.iter().map(|(_, t)| t.chars().count()).sum();
    time(
        &format!("candidates of the 9 evaluation texts ({chars} characters)"),
        || candidates(&sources, &[], 30).len(),
    );
    let big = texts
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n")
        .repeat(20);
    time(
        &format!(
            "candidates of {} characters (the texts ×20)",
            big.chars().count()
        ),
        || {
            candidates(
                &[Source {
                    name: "big",
                    text: &big,
                }],
                &[],
                30,
            )
            .len()
        },
    );
}
