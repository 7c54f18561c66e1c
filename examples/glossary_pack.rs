//! Writes a generated bilingual glossary pack (see `crates/search/benches/support/gen.rs`), for trying Booth and its
//! end-to-end latency test on glossaries far bigger than any event's.
//!
//! ```sh
//! cargo run --release --example glossary_pack -- 100000 target/packs/gen-100k
//! ./x app --pack target/packs/gen-100k
//! ```
//! The same count always writes the same pack.

#[path = "../crates/search/benches/support/gen.rs"]
mod gen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(dir)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: glossary_pack CONCEPTS DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let concepts = gen::glossary(n, 1);
    match gen::write_pack(&dir, &format!("gen-{n}"), &concepts) {
        Ok(()) => {
            println!("wrote {n} concepts to {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("glossary_pack: {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}
