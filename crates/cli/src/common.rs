//! What every subcommand shares: loading the pack named by `--pack`, and JSON for stdout.

use booth::{Error, Pack};
use std::path::PathBuf;

/// Loads `--pack DIR` or the built-in forum pack, printing the pack's findings to stderr.
pub fn load(pack: Option<PathBuf>) -> Result<Pack, Error> {
    let pack = match pack {
        // Read back from its snapshot in the user's cache when unchanged (issue 16).
        Some(dir) => Pack::open_in_user_cache(&dir)?,
        None => Pack::embedded()?,
    };
    for d in &pack.diagnostics {
        eprintln!("{d}");
    }
    Ok(pack)
}

/// Pretty JSON for stdout.
pub fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
