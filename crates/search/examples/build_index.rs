//! Builds the search index of a generated glossary N times and prints each build's wall time: with
//! `perf stat -e task-clock` around it, the CPU time of a build (which, unlike wall time, does not depend
//! on what else the machine runs).
//!
//! ```sh
//! perf stat -e task-clock cargo run -q --release --example build_index -- 100000 10
//! ```
#[path = "../benches/support/gen.rs"]
mod gen;

fn main() {
    let (glossary, times) = gen::example_args(10);
    let mut walls = Vec::new();
    for _ in 0..times {
        let t = std::time::Instant::now();
        let ix = booth_search::Index::build(&glossary);
        walls.push(t.elapsed().as_secs_f64() * 1e3);
        std::mem::forget(ix);
    }
    walls.sort_by(f64::total_cmp);
    println!(
        "{} concepts, {times} builds: wall min {:.0} ms, median {:.0} ms",
        glossary.len(),
        walls[0],
        walls[walls.len() / 2]
    );
}
