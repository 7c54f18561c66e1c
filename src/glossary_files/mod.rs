//! Glossary exchange with the tools interpreters and terminologists already use: CSV, TBX (v2 `martif` and
//! v3 ISO 30042:2019, TBX-Basic) and Excel workbooks.
//!
//! Export writes the pack's concepts (and agreed review statuses, for TBX) to bytes. Import is two steps, so
//! nothing is written before the user has seen what would happen:
//!
//! 1. [`read`] parses a file into [`Incoming`] concepts (reporting progress for large files), and
//!    [`preview`] compares them with the pack: what would be **added**, what would **change** (only empty
//!    fields filled or renderings added), and **conflicts**: the same id with other content, or the same term
//!    with another rendering. Nothing is touched.
//! 2. [`apply`] turns the preview plus the user's decision per conflict into edits on an
//!    [`crate::edit::Editor`] (one undo step), saved with the editor's safe save.
//!
//! Import never erases: a field that is empty in the file keeps the pack's value, renderings and sessions are
//! added, not replaced. Only a conflict the user decides to [`Decision::Import`] replaces a value.

mod columns;
pub mod csv;
mod file;
pub mod tbx;
pub mod xlsx;

mod preview;
mod table;

pub use columns::{choose_columns, ColumnChoice, ExtraColumn};
pub use file::{read_file, ImportFile};
pub use preview::{
    apply, preview, ConceptChange, ConflictKind, Decision, ImportConflict, ImportPreview,
    ImportSummary,
};
pub use table::{from_table, match_locale, to_table, Table};

use crate::error::{Diagnostic, Error, Result};
use crate::glossary::Concept;
use crate::pack::Pack;
use crate::review::{Reviews, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Import files above this size are refused (a large termbase is a few MB; 64 MB would stall the app).
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

/// File formats Booth reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "ImportFormat")]
pub enum Format {
    Csv,
    /// TBX v2 or v3: the dialect is recognized from the root element.
    Tbx,
    Xlsx,
}

impl Format {
    /// Guesses the format from a file name's extension.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = std::path::Path::new(name)
            .extension()?
            .to_str()?
            .to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "tsv" | "txt" => Some(Format::Csv),
            "tbx" | "xml" => Some(Format::Tbx),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// File formats Booth writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ExportFormat {
    Csv,
    /// TBX v2 (`martif`, ISO 30042:2008 / TBX-Basic 2.x).
    Tbx2,
    /// TBX v3 (`tbx`, ISO 30042:2019, TBX-Basic dialect).
    Tbx3,
    Xlsx,
}

/// How far reading has got: `done` of `total` units (bytes for CSV and TBX, rows for XLSX).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "ImportProgress")]
pub struct Progress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// Called while a file is read, every few hundred entries and at the end.
pub type OnProgress<'a> = &'a mut dyn FnMut(Progress);

/// What every reader is given besides the bytes: the file's name (each message names it) and the pack's
/// locales (first = reference), onto which the file's columns and languages are mapped.
#[derive(Debug, Clone, Copy)]
pub struct ReadFor<'a> {
    pub file: &'a str,
    pub locales: &'a [String],
}

/// Concepts read from a file, before they are compared with a pack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Incoming {
    /// Concepts in file order. `id` is empty when the file had none (matched by term, or derived).
    pub concepts: Vec<Concept>,
    /// TBX `administrativeStatus` per (concept index, locale, term).
    pub status: BTreeMap<(usize, String, String), Status>,
    /// Problems that did not stop reading: ignored columns, rows without any term, unknown languages.
    pub warnings: Vec<Diagnostic>,
    /// CSV and worksheet columns no header name matched (see [`choose_columns`]).
    pub extra: Vec<ExtraColumn>,
}

/// Reads a file. `locales` are the pack's (first = reference): columns and `xml:lang` values are mapped
/// onto them (`en` → `en-US`, `Korean` → `ko`).
pub fn read(
    bytes: &[u8],
    format: Format,
    file: &str,
    locales: &[String],
    progress: OnProgress<'_>,
) -> Result<Incoming> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large(file, bytes.len() as u64));
    }
    match format {
        Format::Csv => csv::read(bytes, ReadFor { file, locales }, progress),
        Format::Tbx => tbx::read(bytes, ReadFor { file, locales }, progress),
        Format::Xlsx => xlsx::read(bytes, ReadFor { file, locales }, progress),
    }
}

/// The refusal of a file over [`MAX_IMPORT_BYTES`].
fn too_large(file: &str, size: u64) -> Error {
    Error::Import(Diagnostic::error(
        "too-large",
        file,
        format!(
            "file is {} MB; imports are limited to {} MB",
            size / 1_048_576,
            MAX_IMPORT_BYTES / 1_048_576
        ),
    ))
}

/// Writes the pack's glossary.
pub fn export(pack: &Pack, reviews: &Reviews, format: ExportFormat) -> Result<Vec<u8>> {
    match format {
        ExportFormat::Csv => csv::write(pack),
        ExportFormat::Tbx2 => tbx::write(pack, reviews, tbx::Version::V2),
        ExportFormat::Tbx3 => tbx::write(pack, reviews, tbx::Version::V3),
        ExportFormat::Xlsx => xlsx::write(pack),
    }
}

/// A concept id from a term: lowercase ASCII letters and digits joined by `-` (non-Latin scripts dropped).
pub fn slug(term: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in term.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    out.truncate(64);
    out.trim_end_matches('-').to_owned()
}
