//! How much memory the glossary search index holds, measured by counting every heap allocation (dhat's
//! global allocator) rather than estimated from field sizes: live bytes after `Index::build` minus live bytes
//! before it, the peak during the build, and the process's resident memory for comparison. Each corpus runs
//! in a child process of its own, so peaks and resident memory do not carry over from one to the next.
//!
//! It also reports the build's wall time next to the CPU time the process used for it (all threads, from
//! /proc/self/stat): on a shared 2-core machine the wall time says as much about the neighbours as about
//! the code, the CPU time does not. (Allocation counting slows the build down; `--bench search` times it
//! without.)
//!
//! ```sh
//! cargo bench -p booth-search --bench search_memory
//! cargo bench -p booth-search --bench search_memory -- gen-1m     # one corpus, also the 1M one
//! ```
//! (A separate bench from `search`, because a counting allocator would slow the timed benches.)

#[path = "support/gen.rs"]
mod gen;
#[path = "support/real.rs"]
mod real;

use booth_search::Index;
use booth_search::PlainEntry as Concept;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Resident set size of this process in bytes (Linux), or 0.
fn rss() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// CPU time this process has used (user + system, all threads including finished ones), in ms.
fn cpu_ms() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which is in parentheses and may contain spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the line, 11 and 12 after the name; 100 ticks per second.
    (ticks(11) + ticks(12)) * 10.0
}

fn mib(b: u64) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn measure(name: &str, concepts: Vec<Concept>) {
    let before = dhat::HeapStats::get();
    let rss0 = rss();
    let cpu0 = cpu_ms();
    let t = std::time::Instant::now();
    let index = Index::build(&concepts);
    let wall = t.elapsed().as_secs_f64() * 1000.0;
    let cpu = cpu_ms() - cpu0;
    let after = dhat::HeapStats::get();
    let rss1 = rss();
    let live = after.curr_bytes.saturating_sub(before.curr_bytes) as u64;
    let peak = after.max_bytes.saturating_sub(before.curr_bytes) as u64;
    println!(
        "| {name} | {} | {:.1} | {:.1} | {:.1} | {:.0} | {wall:.0} | {cpu:.0} |",
        concepts.len(),
        mib(live),
        mib(peak),
        mib(rss1.saturating_sub(rss0)),
        live as f64 / concepts.len().max(1) as f64
    );
    drop(index);
}

const CORPORA: [&str; 5] = ["gen-1k", "gen-10k", "gen-100k", "kedict", "firefox"];

fn main() {
    // `cargo bench` passes `--bench`; a bare argument names one corpus (then this process measures it).
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let Some(name) = args.first() else {
        println!("| corpus | concepts | index live MiB | peak during build MiB | RSS growth MiB | bytes/concept | build wall ms (counting allocator) | build CPU ms |");
        println!("|---|---|---|---|---|---|---|---|");
        let Ok(me) = std::env::current_exe() else {
            return;
        };
        for c in CORPORA {
            match std::process::Command::new(&me).arg(c).status() {
                Ok(s) if s.success() => {}
                other => eprintln!("{c}: {other:?}"),
            }
        }
        return;
    };
    // Ad-hoc "testing" mode: counts allocations without writing a profile file.
    let _profiler = dhat::Profiler::builder().testing().build();
    let concepts = match name.as_str() {
        "gen-1k" => Some(gen::glossary(1_000, 1)),
        "gen-10k" => Some(gen::glossary(10_000, 1)),
        "gen-100k" => Some(gen::glossary(100_000, 1)),
        // Not in the default list (a minute with the counting allocator): `-- gen-1m` (issue 16's growth).
        "gen-1m" => Some(gen::glossary(1_000_000, 1)),
        "kedict" => real::kedict(),
        "firefox" => real::firefox(),
        _ => None,
    };
    match concepts {
        Some(c) => measure(name, c),
        None => eprintln!("{name}: no such corpus here"),
    }
}
