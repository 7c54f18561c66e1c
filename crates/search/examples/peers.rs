//! Booth's search beside its peers, in one run, on the same generated glossary and the same as-you-type
//! query set as `benches/search.rs` (issue 16):
//!
//! - **SQLite FTS5** with the trigram tokenizer (rusqlite, bundled SQLite): one row per concept holding its
//!   terms, acronyms and renderings in both languages; `MATCH` a quoted phrase, best `rank` first. Trigrams
//!   need 3 characters, so shorter queries fall back to `LIKE '%q%'` (what an FTS5 user would write).
//! - **nucleo-matcher** (the fuzzy matcher behind the Helix editor): every concept's text scored against
//!   the query (smart case, Unicode normalization), best score first.
//! - **A linear scan** of folded strings (the "no index" floor): every concept's text folded once with
//!   Booth's own fold; a query is a substring test on each, prefix matches first, then shorter texts.
//!
//! Each query is timed alone; recall@10 is whether the concept the query was typed from is in the first 10
//! hits. A peer that has no way to answer a kind of query gets "n/a" for its recall (it still runs those
//! queries, and they count in its latency): FTS5 and the scan match substrings, so they cannot do typos or
//! Korean initials (ㄷㅈㅌ for 디지털); nucleo matches characters in order, so it cannot do initials either.
//!
//! ```sh
//! cargo run --release -p booth-search --example peers -- 100000        # concepts (default 100,000)
//! cargo run --release -p booth-search --example peers -- 1000000 booth  # Booth alone, best of 5 passes
//! PEERS_SEED=2 cargo run --release -p booth-search --example peers -- 10000 fts5  # Booth and FTS5, another corpus
//! PEERS_SEED=2 cargo run --release -p booth-search --example peers -- 10000 scan  # Booth and the scan (or nucleo)
//! PEERS_DIFF=1 cargo run --release -p booth-search --example peers -- 10000 fts5  # and the queries only one finds
//! ```
//!
//! The seed (default 1) picks another generated glossary and so another query set: recall among equally
//! good hits depends on which concepts the set was typed from, so a difference of a few thousandths on
//! one corpus is read against several.
#[path = "../benches/support/gen.rs"]
mod gen;

use booth_search::{Entry, Index, PlainEntry};
use std::collections::BTreeMap;
use std::time::Instant;

const LIMIT: usize = 50;
const TERMS: usize = 200;
const KINDS: [&str; 5] = ["en", "en-typo", "ko", "ko-initials", "ko-typo"];

/// A peer: builds from the glossary, answers a query with concept positions, best first.
trait Peer {
    fn name(&self) -> &'static str;
    fn search(&mut self, q: &str) -> Vec<usize>;
    /// Kinds this peer has no mechanism for.
    fn cannot(&self) -> &'static [&'static str];
}

/// Everything a concept can be found by, in both languages, one field a line.
fn texts(c: &PlainEntry) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    v.extend(c.term().values().cloned());
    v.extend(c.abbr().values().cloned());
    v.extend(c.alt().values().flatten().cloned());
    v
}

struct Booth(Index);

impl Peer for Booth {
    fn name(&self) -> &'static str {
        "Booth"
    }
    fn search(&mut self, q: &str) -> Vec<usize> {
        self.0
            .search(q, LIMIT, None)
            .into_iter()
            .map(|h| h.concept as usize)
            .collect()
    }
    fn cannot(&self) -> &'static [&'static str] {
        &[]
    }
}

struct Fts5(rusqlite::Connection);

impl Fts5 {
    fn new(g: &[PlainEntry]) -> rusqlite::Result<Fts5> {
        let db = rusqlite::Connection::open_in_memory()?;
        db.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'trigram case_sensitive 0');",
        )?;
        {
            let tx = db.unchecked_transaction()?;
            {
                let mut ins = tx.prepare("INSERT INTO t(rowid, body) VALUES (?1, ?2)")?;
                for (i, c) in g.iter().enumerate() {
                    ins.execute(rusqlite::params![i as i64, texts(c).join("\n")])?;
                }
            }
            tx.commit()?;
        }
        Ok(Fts5(db))
    }
}

impl Peer for Fts5 {
    fn name(&self) -> &'static str {
        "SQLite FTS5 trigram"
    }
    fn search(&mut self, q: &str) -> Vec<usize> {
        let q = q.trim();
        if q.is_empty() {
            return Vec::new();
        }
        let run = |sql: &str, arg: String| -> rusqlite::Result<Vec<usize>> {
            let mut st = self.0.prepare_cached(sql)?;
            let rows = st.query_map([arg], |r| r.get::<_, i64>(0))?;
            rows.map(|r| r.map(|i| i as usize)).collect()
        };
        let r = if q.chars().count() >= 3 {
            run(
                "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rank LIMIT 50",
                format!("\"{}\"", q.replace('"', "\"\"")),
            )
        } else {
            run(
                "SELECT rowid FROM t WHERE body LIKE ?1 LIMIT 50",
                format!("%{}%", q.replace(['%', '_'], "")),
            )
        };
        r.unwrap_or_default()
    }
    fn cannot(&self) -> &'static [&'static str] {
        &["en-typo", "ko-initials", "ko-typo"]
    }
}

struct Nucleo {
    items: Vec<nucleo_matcher::Utf32String>,
    matcher: nucleo_matcher::Matcher,
}

impl Nucleo {
    fn new(g: &[PlainEntry]) -> Nucleo {
        Nucleo {
            items: g
                .iter()
                .map(|c| nucleo_matcher::Utf32String::from(texts(c).join(" | ")))
                .collect(),
            matcher: nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT),
        }
    }
}

impl Peer for Nucleo {
    fn name(&self) -> &'static str {
        "nucleo-matcher"
    }
    fn search(&mut self, q: &str) -> Vec<usize> {
        use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
        let p = Pattern::parse(q, CaseMatching::Smart, Normalization::Smart);
        let mut scored: Vec<(u32, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((p.score(s.slice(..), &mut self.matcher)?, i)))
            .collect();
        // Best score first, then pack order; only the first LIMIT are sorted.
        let by = |a: &(u32, usize), b: &(u32, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if scored.len() > LIMIT {
            scored.select_nth_unstable_by(LIMIT, by);
            scored.truncate(LIMIT);
        }
        scored.sort_unstable_by(by);
        scored.into_iter().map(|(_, i)| i).collect()
    }
    fn cannot(&self) -> &'static [&'static str] {
        &["ko-initials"]
    }
}

struct Scan(Vec<String>);

impl Scan {
    fn new(g: &[PlainEntry]) -> Scan {
        Scan(
            g.iter()
                .map(|c| {
                    texts(c)
                        .iter()
                        .map(|t| booth_search::fold(t))
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect(),
        )
    }
}

impl Peer for Scan {
    fn name(&self) -> &'static str {
        "linear scan (folded)"
    }
    fn search(&mut self, q: &str) -> Vec<usize> {
        let q = booth_search::fold(q);
        if q.is_empty() {
            return Vec::new();
        }
        // (not at a line start, length, position)
        let mut hits: Vec<(bool, usize, usize)> = self
            .0
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let at = s.find(q.as_str())?;
                let prefix = at == 0 || s.as_bytes()[at - 1] == b'\n';
                Some((!prefix, s.len(), i))
            })
            .collect();
        if hits.len() > LIMIT {
            hits.select_nth_unstable(LIMIT);
            hits.truncate(LIMIT);
        }
        hits.sort_unstable();
        hits.into_iter().map(|(_, _, i)| i).collect()
    }
    fn cannot(&self) -> &'static [&'static str] {
        &["en-typo", "ko-initials", "ko-typo"]
    }
}

fn pct(v: &mut [u64], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_unstable();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i] as f64 / 1e3
}

struct Run {
    name: &'static str,
    cannot: &'static [&'static str],
    /// Per kind: latencies (ns) and queries whose concept was in the first 10.
    ns: BTreeMap<&'static str, Vec<u64>>,
    found: BTreeMap<&'static str, usize>,
    /// Per query: where the concept typed came among the hits (`None`: not among them).
    place: Vec<Option<usize>>,
    build_ms: f64,
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let only = std::env::args().nth(2);
    let booth_only = only.as_deref() == Some("booth");
    let seed: u64 = std::env::var("PEERS_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let g = gen::glossary(n, seed);
    let queries = gen::labelled_query_set(&g, TERMS);
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (k, _, _) in &queries {
        *count.entry(k).or_default() += 1;
    }
    println!(
        "{n} concepts (seed {seed}), {} queries {count:?}, limit {LIMIT}",
        queries.len()
    );

    // The second argument names the one peer to run beside Booth ("booth": Booth alone); none runs all.
    let runs_peer = |name: &str| only.is_none() || only.as_deref() == Some(name);
    let mut peers: Vec<(Box<dyn Peer>, f64)> = Vec::new();
    let t = Instant::now();
    let booth = Booth(Index::build(&g));
    peers.push((Box::new(booth), t.elapsed().as_secs_f64() * 1e3));
    if runs_peer("fts5") {
        let t = Instant::now();
        let fts = Fts5::new(&g).expect("FTS5 with the trigram tokenizer");
        peers.push((Box::new(fts), t.elapsed().as_secs_f64() * 1e3));
    }
    if runs_peer("nucleo") {
        let t = Instant::now();
        let nucleo = Nucleo::new(&g);
        peers.push((Box::new(nucleo), t.elapsed().as_secs_f64() * 1e3));
    }
    if runs_peer("scan") {
        let t = Instant::now();
        let scan = Scan::new(&g);
        peers.push((Box::new(scan), t.elapsed().as_secs_f64() * 1e3));
    }

    let mut runs = Vec::new();
    for (mut p, build_ms) in peers {
        // One untimed pass warms caches and SQLite's statement cache; the second is measured.
        for (_, q, _) in queries.iter().step_by(7) {
            std::hint::black_box(p.search(q));
        }
        let mut run = Run {
            name: p.name(),
            cannot: p.cannot(),
            ns: BTreeMap::new(),
            found: BTreeMap::new(),
            place: Vec::new(),
            build_ms,
        };
        // Booth alone (the growth table) runs the set 5 times in typing order and keeps each query's best
        // time, as `slow_queries` does: on a shared machine that filters out the scheduler's preemptions.
        let passes = if booth_only { 5 } else { 1 };
        let mut best = vec![u64::MAX; queries.len()];
        for pass in 0..passes {
            for (i, (kind, q, want)) in queries.iter().enumerate() {
                let t = Instant::now();
                let hits = std::hint::black_box(p.search(q));
                best[i] = best[i].min(t.elapsed().as_nanos() as u64);
                if pass == 0 {
                    let place = hits.iter().position(|h| h == want);
                    if place.is_some_and(|p| p < 10) {
                        *run.found.entry(kind).or_default() += 1;
                    }
                    run.place.push(place);
                }
            }
        }
        for ((kind, _, _), ns) in queries.iter().zip(best) {
            run.ns.entry(kind).or_default().push(ns);
        }
        runs.push(run);
    }

    println!("\n| engine | build (ms) | p50 (µs) | p99 (µs) | max (µs) | p99 ÷ Booth's |");
    println!("|---|---:|---:|---:|---:|---:|");
    let all = |r: &Run| -> Vec<u64> { r.ns.values().flatten().copied().collect() };
    let booth_p99 = pct(&mut all(&runs[0]), 0.99);
    for r in &runs {
        let mut v = all(r);
        let (p50, p99) = (pct(&mut v, 0.5), pct(&mut v, 0.99));
        let max = v.last().copied().unwrap_or(0) as f64 / 1e3;
        println!(
            "| {} | {:.0} | {p50:.1} | {p99:.1} | {max:.0} | {:.1}× |",
            r.name,
            r.build_ms,
            p99 / booth_p99
        );
    }
    println!("\nPer kind: p50 / p99 (µs), recall@10 of the concept typed");
    print!("\n| engine |");
    for k in KINDS {
        print!(" {k} p50 / p99 | {k} recall@10 |");
    }
    println!();
    println!("|---|{}", "---:|---:|".repeat(KINDS.len()));
    for r in &runs {
        print!("| {} |", r.name);
        for k in KINDS {
            let mut v = r.ns.get(k).cloned().unwrap_or_default();
            let (p50, p99) = (pct(&mut v, 0.5), pct(&mut v, 0.99));
            let recall = if r.cannot.contains(&k) {
                "n/a".to_owned()
            } else {
                let total = count.get(k).copied().unwrap_or(0).max(1);
                format!(
                    "{:.3}",
                    r.found.get(k).copied().unwrap_or(0) as f64 / total as f64
                )
            };
            print!(" {p50:.1} / {p99:.1} | {recall} |");
        }
        println!();
    }
    if std::env::var_os("PEERS_DIFF").is_some() && runs.len() > 1 {
        diff(&g, &queries, &runs[0], &runs[1]);
    }
}

/// `PEERS_DIFF=1`: the queries one engine finds in its first 10 and the other does not, with where each
/// put the concept typed (and its English term), to read what a recall difference is made of.
fn diff(g: &[PlainEntry], queries: &[(&'static str, String, usize)], a: &Run, b: &Run) {
    println!(
        "\n{} vs {}: queries found in the first 10 by one only",
        a.name, b.name
    );
    let top10 = |p: Option<usize>| p.is_some_and(|p| p < 10);
    for (i, (kind, q, want)) in queries.iter().enumerate() {
        let (pa, pb) = (a.place[i], b.place[i]);
        if top10(pa) != top10(pb) {
            let term = g[*want].term().values().next().cloned().unwrap_or_default();
            println!("{kind}\t{q:?}\t{term:?}\t{pa:?}\t{pb:?}");
        }
    }
}
