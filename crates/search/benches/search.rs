//! Glossary search benchmarks (criterion): index build time, and per-query latency over the as-you-type
//! query set, on generated glossaries of 1k, 10k and 100k concepts and on real data (cc-kedict, Firefox).
//!
//! Criterion reports the mean; the issue's target is a p99, so the query benchmark also times every single
//! query it runs and prints p50/p90/p99/max per corpus and per kind of query when it finishes.
//!
//! ```sh
//! cargo bench -p booth-search --bench search -- --warm-up-time 1 --measurement-time 5
//! cargo bench -p booth-search --bench search -- 'query/gen-100k'      # one corpus
//! ```

#[path = "support/gen.rs"]
mod gen;
#[path = "support/real.rs"]
mod real;

use booth_search::Index;
use booth_search::PlainEntry as Concept;
use criterion::{black_box, BenchmarkId, Criterion, SamplingMode, Throughput};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Result limit used by the window.
const LIMIT: usize = 50;
/// Terms sampled for the as-you-type query set.
const TERMS: usize = 200;

type Samples = BTreeMap<(String, &'static str), Vec<u32>>;

static SAMPLES: Mutex<Samples> = Mutex::new(BTreeMap::new());

fn corpora() -> Vec<(String, Vec<Concept>)> {
    let mut out: Vec<(String, Vec<Concept>)> = [1_000, 10_000, 100_000]
        .into_iter()
        .map(|n| (format!("gen-{}k", n / 1000), gen::glossary(n, 1)))
        .collect();
    if let Some(k) = real::kedict() {
        out.push(("kedict".to_owned(), k));
    }
    if let Some(f) = real::firefox() {
        out.push(("firefox".to_owned(), f));
    }
    out
}

fn bench_build(c: &mut Criterion, corpora: &[(String, Vec<Concept>)]) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    for (name, concepts) in corpora {
        g.throughput(Throughput::Elements(concepts.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), concepts, |b, cs| {
            // The app builds one index and keeps it: dropping the previous one is not part of a build.
            b.iter_with_large_drop(|| Index::build(black_box(cs)))
        });
    }
    g.finish();
}

fn bench_queries(c: &mut Criterion, corpora: &[(String, Vec<Concept>)]) {
    let mut g = c.benchmark_group("query");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    for (name, concepts) in corpora {
        let index = Index::build(concepts);
        let queries = gen::query_set(concepts, TERMS);
        g.throughput(Throughput::Elements(queries.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter_custom(|iters| {
                let mut local: Samples = BTreeMap::new();
                let start = Instant::now();
                for _ in 0..iters {
                    for (kind, q) in &queries {
                        let t = Instant::now();
                        black_box(index.search(black_box(q), LIMIT, None));
                        let ns = u32::try_from(t.elapsed().as_nanos()).unwrap_or(u32::MAX);
                        local.entry((name.clone(), *kind)).or_default().push(ns);
                    }
                }
                let total = start.elapsed();
                if let Ok(mut all) = SAMPLES.lock() {
                    for (k, v) in local {
                        all.entry(k).or_default().extend(v);
                    }
                }
                total
            })
        });
    }
    g.finish();
}

fn pct(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    f64::from(sorted[i]) / 1000.0
}

fn report() {
    let Ok(all) = SAMPLES.lock() else { return };
    if all.is_empty() {
        return;
    }
    let mut by_corpus: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    println!("\nPer-query latency (µs), every query of the as-you-type set, limit {LIMIT}:");
    println!("| corpus | queries | samples | p50 | p90 | p99 | max |");
    println!("|---|---|---|---|---|---|---|");
    let mut lines = Vec::new();
    for ((corpus, kind), v) in all.iter() {
        let mut s = v.clone();
        s.sort_unstable();
        lines.push(format!(
            "| {corpus} / {kind} | | {} | {:.1} | {:.1} | {:.1} | {:.1} |",
            s.len(),
            pct(&s, 0.5),
            pct(&s, 0.9),
            pct(&s, 0.99),
            pct(&s, 1.0)
        ));
        by_corpus.entry(corpus).or_default().extend(v);
    }
    for (corpus, v) in by_corpus {
        let mut s = v.clone();
        s.sort_unstable();
        println!(
            "| **{corpus}** | {} | {} | {:.1} | {:.1} | **{:.1}** | {:.1} |",
            query_count(corpus),
            s.len(),
            pct(&s, 0.5),
            pct(&s, 0.9),
            pct(&s, 0.99),
            pct(&s, 1.0)
        );
    }
    for l in lines {
        println!("{l}");
    }
}

fn query_count(corpus: &str) -> String {
    QUERY_COUNTS
        .lock()
        .ok()
        .and_then(|m| m.get(corpus).copied())
        .map_or_else(String::new, |n| n.to_string())
}

static QUERY_COUNTS: Mutex<BTreeMap<String, usize>> = Mutex::new(BTreeMap::new());

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let corpora = corpora();
    if let Ok(mut m) = QUERY_COUNTS.lock() {
        for (name, cs) in &corpora {
            m.insert(name.clone(), gen::query_set(cs, TERMS).len());
        }
    }
    bench_build(&mut c, &corpora);
    bench_queries(&mut c, &corpora);
    c.final_summary();
    report();
}
