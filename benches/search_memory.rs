//! How much memory the glossary search index holds, measured by counting every heap allocation (dhat's
//! global allocator) rather than estimated from field sizes: live bytes after `Index::build` minus live bytes
//! before it, the peak during the build, and the process's resident memory for comparison.
//!
//! ```sh
//! cargo bench -p booth --bench search_memory
//! ```
//! (A separate bench from `search`, because a counting allocator would slow the timed benches.)

#[path = "support/gen.rs"]
mod gen;
#[path = "support/real.rs"]
mod real;

use booth::glossary::Concept;
use booth::search::Index;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Resident set size of this process in bytes (Linux), or 0.
fn rss() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096)
}

fn mib(b: u64) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn measure(name: &str, concepts: Vec<Concept>) {
    let before = dhat::HeapStats::get();
    let rss0 = rss();
    let index = Index::build(&concepts);
    let after = dhat::HeapStats::get();
    let rss1 = rss();
    let live = after.curr_bytes.saturating_sub(before.curr_bytes) as u64;
    let peak = after.max_bytes.saturating_sub(before.curr_bytes) as u64;
    println!(
        "| {name} | {} | {:.1} | {:.1} | {:.1} | {:.0} |",
        concepts.len(),
        mib(live),
        mib(peak),
        mib(rss1.saturating_sub(rss0)),
        live as f64 / concepts.len().max(1) as f64
    );
    drop(index);
}

fn main() {
    // Ad-hoc "testing" mode: counts allocations without writing a profile file.
    let _profiler = dhat::Profiler::builder().testing().build();
    // `cargo bench` passes `--bench`; any other argument filters corpora by name.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let want = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    println!("| corpus | concepts | index live MiB | peak during build MiB | RSS growth MiB | bytes/concept |");
    println!("|---|---|---|---|---|---|");
    for n in [1_000, 10_000, 100_000] {
        let name = format!("gen-{}k", n / 1000);
        if want(&name) {
            measure(&name, gen::glossary(n, 1));
        }
    }
    if want("kedict") {
        if let Some(k) = real::kedict() {
            measure("kedict", k);
        }
    }
    if want("firefox") {
        if let Some(f) = real::firefox() {
            measure("firefox", f);
        }
    }
}
