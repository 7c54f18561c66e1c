//! Booth's core: everything the interpretation-support app knows, with no user interface attached.
//!
//! A [`pack::Pack`] is one event: its agenda ([`agenda`]), its people ([`people`]) and its glossary
//! ([`glossary`], searched by [`search`]), all read from a folder of JSON structure and Fluent text
//! ([`l10n`]) through a [`source::Source`] that keeps reads inside the pack. [`check`] compares locales the way
//! Mozilla's compare-locales does. The `booth` CLI and the Tauri shell are thin layers over this crate.

pub mod agenda;
pub mod check;
pub mod conflict;
pub mod documents;
pub mod drill;
pub mod edit;
pub mod error;
pub mod fluent_doc;
pub mod glossary;
pub mod glossary_files;
pub mod json_doc;
pub mod l10n;
pub mod late;
pub mod listening;
pub mod locale;
pub mod merge;
pub mod opening;
pub mod pack;
pub mod people;
pub mod review;
pub mod save;
pub mod schedule;
pub mod snapshot;
pub mod source;
pub mod template;
pub mod text;
pub mod views;

/// Numbers in both scales (its own crate, `crates/numbers`), re-exported for the front ends.
pub use booth_numbers as numbers;
/// The booth team's shared state across devices (its own crate, `crates/partners`).
pub use booth_partners as partners;
/// The prompts engine (its own crate, `crates/prompts`).
pub use booth_prompts as prompts;
/// The glossary search engine (its own crate, `crates/search`), re-exported for the front ends.
pub use booth_search as search;
pub use error::{Diagnostic, Error, Result, Severity};
pub use pack::Pack;

/// Text of one thing in every locale of its pack, keyed by locale tag (`en-US`, `ko`).
pub type Text = booth_search::Text;
/// A map of a handful of entries (locales, field names) in key order; see `booth_search::SmallMap`.
pub use booth_search::{SmallMap, SmolStr};
