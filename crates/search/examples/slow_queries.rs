//! The slowest queries of the as-you-type set on a generated glossary. The set is run 5 times in its
//! typing order and each query keeps its best time: the scheduler's noise is filtered out, and each query
//! meets the index as it would while typing (the same previous keystrokes before it in every pass).
//!
//! ```sh
//! cargo run -q --release --example slow_queries -- 100000 30
//! ```
#[path = "../benches/support/gen.rs"]
mod gen;

fn main() {
    let (glossary, show) = gen::example_args(30);
    let ix = booth_search::Index::build(&glossary);
    let queries = gen::query_set(&glossary, 200);
    let mut best = vec![f64::MAX; queries.len()];
    let mut tops = vec![String::new(); queries.len()];
    for _ in 0..5 {
        for (i, (_, q)) in queries.iter().enumerate() {
            let t = std::time::Instant::now();
            let hits = ix.search(q, 50, None);
            best[i] = best[i].min(t.elapsed().as_secs_f64() * 1e6);
            tops[i] = hits
                .iter()
                .take(1)
                .map(|h| format!("{} {:?} {}", hits.len(), h.kind, h.concept_id))
                .collect();
        }
    }
    let mut times: Vec<(f64, &str, &str, String)> = queries
        .iter()
        .zip(best)
        .zip(tops)
        .map(|(((kind, q), t), top)| (t, *kind, q.as_str(), top))
        .collect();
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    let p = |q: f64| {
        let mut v: Vec<f64> = times.iter().map(|t| t.0).collect();
        v.sort_by(f64::total_cmp);
        v[((v.len() as f64 - 1.0) * q) as usize]
    };
    println!(
        "{} queries, best-of-5 µs: p50 {:.0}, p90 {:.0}, p99 {:.0}, max {:.0}",
        times.len(),
        p(0.5),
        p(0.9),
        p(0.99),
        p(1.0)
    );
    for (t, kind, q, top) in times.iter().take(show) {
        println!("{t:8.0} µs  {kind:12} {q:30} {top}");
    }
}
