//! How long a pack folder takes to show its agenda and people ([`Pack::open_head`]) and to open whole
//! (uncached, as after a change), for BENCHMARKS.md (issue 16: the window stays usable while a big pack loads).
//!
//! ```sh
//! cargo run --release --example open_parts -- target/packs/gen-100k 5
//! ```

use booth::Pack;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("usage: open_parts DIR [RUNS]"));
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    println!(
        "glossary files: {:.1} MB",
        Pack::glossary_bytes(&dir) as f64 / 1e6
    );
    let time = |what: &str, open: &dyn Fn() -> Pack| {
        let mut ms: Vec<f64> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let pack = open();
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                assert!(pack.agenda.items().next().is_some(), "an agenda");
                ms
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        println!(
            "{what}: median {:.0} ms (min {:.0}, max {:.0}) over {runs} runs",
            ms[runs / 2],
            ms[0],
            ms[runs - 1]
        );
    };
    time("head (agenda, people)", &|| {
        Pack::open_head(&dir).expect("head")
    });
    time("whole, uncached", &|| Pack::open(&dir).expect("pack"));
}
