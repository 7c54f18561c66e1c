//! One query, timed alone on a generated glossary: for profiling a slow query that `slow_queries` found
//! (`perf record -D 8000` skips the build).
//!
//! ```sh
//! cargo run -q --release --example one_query -- 1000000 "pharmaceuticla e" 500
//! ```
#[path = "../benches/support/gen.rs"]
mod gen;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let query = args.next().unwrap_or_else(|| "digital e".into());
    let reps: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100);
    let ix = booth_search::Index::build(&gen::glossary(n, 1));
    // The first query after a build is timed apart: at a million concepts it took 0.6 s, in glibc's
    // allocator and page faults (the build had just freed the generated glossary), not in the lookups.
    let t = std::time::Instant::now();
    ix.search(&query, 50, None);
    let first = t.elapsed().as_secs_f64() * 1e6;
    let t = std::time::Instant::now();
    let mut hits = 0;
    for _ in 0..reps {
        hits = ix.search(&query, 50, None).len();
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / reps.max(1) as f64;
    println!("{query:?} at {n} concepts: {us:.0} µs per query (mean of {reps}; first {first:.0} µs), {hits} hits");
}
