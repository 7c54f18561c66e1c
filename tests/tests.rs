//! The core's integration tests, one binary (ripgrep's layout). Each module covers one domain concept:
//!
//! - `pack`: the built-in forum pack and broken packs still loading.
//! - `agenda`: the clock at every boundary.
//! - `search`: finding concepts in either script, with spans.
//! - `check`: the locale checker's findings, positions and exit semantics.
//! - `source`: the pack boundary and file decoding.
//! - `forum`: the built-in forum pack against the concept note: both languages, people, times, glossary.

mod agenda;
mod check;
mod edit;
mod forum;
mod pack;
mod save;
mod search;
mod source;
mod util;
