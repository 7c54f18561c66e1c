//! The prompts engine on a sentence of about 30 words, against glossaries of 1,000 to 100,000 concepts
//! (the search benchmarks' deterministic generator). The issue's target is a p99 (≤ 1 ms per sentence at
//! 100k), so besides criterion's mean every sentence is also timed singly and p50/p99/max printed.
//!
//! ```sh
//! cargo bench -p booth-prompts --bench prompts -- --warm-up-time 1 --measurement-time 5
//! ```

#[path = "../../search/benches/support/gen.rs"]
mod gen;

use booth_prompts::{Context, Lexicon, PersonEntry, Prompter};
use booth_search::PlainEntry;
use criterion::{black_box, BenchmarkId, Criterion, SamplingMode};
use std::time::Instant;

/// English and Korean sentences of about 30 words, each with three glossary terms, numbers in both scales
/// and a person, in the register of a public-governance forum.
fn sentences(glossary: &[PlainEntry], n: usize) -> Vec<String> {
    let step = (glossary.len() / (n * 3)).max(1);
    let term = |i: usize, l: &str| -> String {
        glossary[(i * step) % glossary.len()]
            .term
            .get(l)
            .cloned()
            .unwrap_or_default()
    };
    (0..n)
        .map(|i| {
            if i % 2 == 0 {
                format!(
                    "As Professor Kuhlmann noted, the {} programme raised 3.5 billion dollars, about 350 million won per city, \
                     while {} and the {} of local governments grew by 12.5 percent in 2021 across 1,250,000 households.",
                    term(3 * i, "en-US"),
                    term(3 * i + 1, "en-US"),
                    term(3 * i + 2, "en-US")
                )
            } else {
                format!(
                    "김 원장님 말씀처럼 {}의 예산은 약 3억 5천만 원이며 {}와 {}에 2021년까지 1조 2천억 원이 투입되어 \
                     지방정부들의 역량이 12.5% 높아졌고 수십억 원의 추가 재원이 필요합니다.",
                    term(3 * i, "ko"),
                    term(3 * i + 1, "ko"),
                    term(3 * i + 2, "ko")
                )
            }
        })
        .collect()
}

fn people() -> Vec<PersonEntry> {
    vec![
        PersonEntry {
            id: "sabine-kuhlmann".into(),
            names: vec!["Sabine Kuhlmann".into()],
            titles: vec!["Professor".into()],
        },
        PersonEntry {
            id: "iljae-kim".into(),
            names: vec!["Iljae Kim".into(), "김일재".into()],
            titles: vec!["원장".into()],
        },
    ]
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    for n in [1_000, 10_000, 100_000] {
        let glossary = gen::glossary(n, 1);
        let t = Instant::now();
        let lexicon = Lexicon::build(&glossary, &people());
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let texts = sentences(&glossary, 100);
        let words: usize = texts
            .iter()
            .map(|s| s.split_whitespace().count())
            .sum::<usize>()
            / texts.len();
        let ctx = Context::default();
        // Every sentence singly, cool-down off so every hit becomes a prompt (the worst case).
        let mut times: Vec<f64> = Vec::new();
        let mut prompts = 0usize;
        let mut prompter = Prompter::new(0);
        for _ in 0..20 {
            for s in &texts {
                let t = Instant::now();
                let p = prompter.prompts(&lexicon, black_box(s), 0, &ctx);
                times.push(t.elapsed().as_secs_f64() * 1e6);
                prompts += p.len();
            }
        }
        times.sort_by(f64::total_cmp);
        let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
        eprintln!(
            "prompts/gen-{}k: lexicon {} keys built in {build_ms:.0} ms; {} sentences of ~{words} words: \
             p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs; {:.1} prompts per sentence",
            n / 1000,
            lexicon.len(),
            texts.len(),
            pct(0.5),
            pct(0.99),
            times[times.len() - 1],
            prompts as f64 / times.len() as f64
        );
        let mut g = c.benchmark_group("sentence");
        g.sampling_mode(SamplingMode::Flat);
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("gen-{}k", n / 1000)),
            &texts,
            |b, texts| {
                let mut i = 0;
                let mut prompter = Prompter::new(0);
                b.iter(|| {
                    i = (i + 1) % texts.len();
                    prompter.prompts(&lexicon, black_box(&texts[i]), 0, &ctx)
                })
            },
        );
        g.finish();
    }
    c.final_summary();
}
