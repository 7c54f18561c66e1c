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

pub mod csv;
mod file;
pub mod tbx;
pub mod xlsx;

pub use file::{read_file, ImportFile};

use crate::edit::{Edit, Editor};
use crate::error::{Diagnostic, Error, Result};
use crate::glossary::Concept;
use crate::pack::Pack;
use crate::review::{Reviews, Status};
use crate::text::caseless;
use crate::Text;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
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

/// Concepts read from a file, before they are compared with a pack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Incoming {
    /// Concepts in file order. `id` is empty when the file had none (matched by term, or derived).
    pub concepts: Vec<Concept>,
    /// TBX `administrativeStatus` per (concept index, locale, term).
    pub status: BTreeMap<(usize, String, String), Status>,
    /// Problems that did not stop reading: ignored columns, rows without any term, unknown languages.
    pub warnings: Vec<Diagnostic>,
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
        Format::Csv => csv::read(bytes, file, locales, progress),
        Format::Tbx => tbx::read(bytes, file, locales, progress),
        Format::Xlsx => xlsx::read(bytes, file, locales, progress),
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

/// What kind of clash an imported concept has with the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ConflictKind {
    /// The same id, with a field whose value differs (not just filled in).
    SameIdOtherContent,
    /// A term the pack already has, rendered differently in another locale (or with another acronym).
    SameTermOtherRendering,
}

/// A concept that gains something from the import without losing anything.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ConceptChange {
    pub before: Concept,
    pub after: Concept,
    /// The entry as read from the file (what [`apply`] lays over the pack).
    pub incoming: Concept,
    /// Changed fields, e.g. `note.ko`, `alt.en-US`, `sessions`.
    pub fields: Vec<String>,
}

/// A clash the user decides on before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportConflict {
    /// Stable key for [`apply`]'s decisions (`<kind>:<id>:<entry>`).
    pub key: String,
    pub kind: ConflictKind,
    /// The pack's concept it clashes with.
    pub existing: Concept,
    /// What the pack would hold if the user takes the import (a new concept when its id is new).
    pub imported: Concept,
    /// The entry as read from the file.
    pub incoming: Concept,
    /// Fields that differ, e.g. `term.ko`.
    pub fields: Vec<String>,
    /// 1-based position of the entry in the file (row or entry number).
    pub entry: usize,
}

/// What an import would do. Nothing has been written when this exists.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportPreview {
    /// Entries read from the file.
    pub entries: usize,
    pub added: Vec<Concept>,
    pub changed: Vec<ConceptChange>,
    pub unchanged: usize,
    pub conflicts: Vec<ImportConflict>,
    pub warnings: Vec<Diagnostic>,
}

/// The user's answer to one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "ImportDecision")]
pub enum Decision {
    /// Keep the pack as it is (the default).
    Skip,
    /// Take the imported version.
    Import,
}

/// What [`apply`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportSummary {
    pub added: usize,
    pub changed: usize,
    pub conflicts_imported: usize,
    pub conflicts_skipped: usize,
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

/// Overlays what the file says onto the pack's concept without erasing: non-empty values fill or replace,
/// renderings and sessions are added. Returns the result and, per changed field, whether the pack had a
/// different non-empty value there (a real conflict) or the field was only filled.
fn overlay(base: &Concept, inc: &Concept) -> (Concept, Vec<String>, Vec<String>) {
    let mut out = base.clone();
    let mut filled = Vec::new();
    let mut clashed = Vec::new();
    let mut text = |name: &str, dst: &mut Text, src: &Text| {
        for (l, v) in src {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            match dst.get(l) {
                Some(old) if old.trim() == v => {}
                Some(old) if !old.trim().is_empty() => {
                    clashed.push(format!("{name}.{l}"));
                    dst.insert(l.clone(), v.to_owned());
                }
                _ => {
                    filled.push(format!("{name}.{l}"));
                    dst.insert(l.clone(), v.to_owned());
                }
            }
        }
    };
    text("term", &mut out.term, &inc.term);
    text("abbr", &mut out.abbr, &inc.abbr);
    text("note", &mut out.note, &inc.note);
    for (l, alts) in &inc.alt {
        let list = out.alt.entry(l.clone()).or_default();
        let mut grew = false;
        for a in alts {
            let a = a.trim();
            if !a.is_empty()
                && !list.iter().any(|x| x == a)
                && out.term.get(l).map(String::as_str) != Some(a)
            {
                list.push(a.to_owned());
                grew = true;
            }
        }
        if grew {
            filled.push(format!("alt.{l}"));
        }
        if list.is_empty() {
            out.alt.remove(l);
        }
    }
    if let Some(d) = inc
        .domain
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        match base.domain.as_deref() {
            Some(old) if old == d => {}
            Some(_) => {
                clashed.push("domain".into());
                out.domain = Some(d.to_owned());
            }
            None => {
                filled.push("domain".into());
                out.domain = Some(d.to_owned());
            }
        }
    }
    let mut grew = false;
    for s in &inc.sessions {
        if !out.sessions.contains(s) {
            out.sessions.push(s.clone());
            grew = true;
        }
    }
    if grew {
        filled.push("sessions".into());
    }
    (out, filled, clashed)
}

/// Compares what was read with the pack. Pure: nothing is written.
pub fn preview(pack: &Pack, incoming: &Incoming) -> ImportPreview {
    let reference = pack.locales.first().cloned().unwrap_or_default();
    let by_id: HashMap<&str, &Concept> = pack.glossary.iter().map(|c| (c.id.as_str(), c)).collect();
    // Which concepts hold a term, per locale.
    let mut by_term: HashMap<(String, String), Vec<&Concept>> = HashMap::new();
    for c in &pack.glossary {
        for (l, t) in &c.term {
            by_term.entry((l.clone(), caseless(t))).or_default().push(c);
        }
    }
    let sessions: BTreeSet<&str> = pack.sessions.iter().map(|s| s.id.as_str()).collect();
    let mut out = ImportPreview {
        entries: incoming.concepts.len(),
        added: Vec::new(),
        changed: Vec::new(),
        unchanged: 0,
        conflicts: Vec::new(),
        warnings: incoming.warnings.clone(),
    };
    let mut new_ids: BTreeSet<String> = BTreeSet::new();
    for (n, inc) in incoming.concepts.iter().enumerate() {
        let entry = n + 1;
        let mut inc = inc.clone();
        let unknown: Vec<String> = inc
            .sessions
            .iter()
            .filter(|s| !sessions.contains(s.as_str()))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            out.warnings.push(Diagnostic::warning(
                "unknown-session",
                format!("entry {entry}"),
                format!(
                    "sessions not in the pack are left out: {}",
                    unknown.join(", ")
                ),
            ));
            inc.sessions.retain(|s| sessions.contains(s.as_str()));
        }
        // The pack concept sharing a term with this entry, in any locale (reference first).
        let mut locales: Vec<&String> = inc.term.keys().collect();
        locales.sort_by_key(|l| **l != reference);
        let term_match = locales.iter().find_map(|l| {
            let hits = by_term.get(&((*l).clone(), caseless(&inc.term[*l])))?;
            hits.iter()
                .find(|c| c.id != inc.id)
                .copied()
                .or(hits.first().copied())
        });
        let mut matched_by_term = false;
        if inc.id.is_empty() {
            match term_match {
                Some(c) => {
                    inc.id = c.id.clone();
                    matched_by_term = true;
                }
                None => {
                    let base = inc
                        .term
                        .get(&reference)
                        .or_else(|| inc.term.values().next())
                        .map(|t| slug(t))
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| format!("imported-{entry}"));
                    let mut id = base.clone();
                    let mut k = 2;
                    while by_id.contains_key(id.as_str()) || new_ids.contains(&id) {
                        id = format!("{base}-{k}");
                        k += 1;
                    }
                    inc.id = id;
                }
            }
        }
        if crate::edit::check_id("concept", &inc.id).is_err() {
            let fixed = slug(&inc.id);
            out.warnings.push(Diagnostic::warning(
                "id",
                format!("entry {entry}"),
                format!("id `{}` is not [a-z0-9-]; imported as `{fixed}`", inc.id),
            ));
            inc.id = fixed;
            if inc.id.is_empty() {
                inc.id = format!("imported-{entry}");
            }
        }
        match by_id.get(inc.id.as_str()) {
            Some(existing) => {
                let (after, filled, clashed) = overlay(existing, &inc);
                if clashed.is_empty() && filled.is_empty() {
                    out.unchanged += 1;
                } else if clashed.is_empty() {
                    out.changed.push(ConceptChange {
                        before: (*existing).clone(),
                        after,
                        incoming: inc,
                        fields: filled,
                    });
                } else {
                    let kind = if matched_by_term {
                        ConflictKind::SameTermOtherRendering
                    } else {
                        ConflictKind::SameIdOtherContent
                    };
                    out.conflicts.push(ImportConflict {
                        key: format!("{kind:?}:{}:{entry}", inc.id),
                        kind,
                        existing: (*existing).clone(),
                        imported: after,
                        incoming: inc,
                        fields: clashed,
                        entry,
                    });
                }
            }
            None => {
                // A new id, but its term may already be another concept's, rendered differently.
                let clash = term_match.and_then(|c| {
                    let fields: Vec<String> = inc
                        .term
                        .iter()
                        .filter(|(l, t)| {
                            c.term.get(*l).is_some_and(|ct| caseless(ct) != caseless(t))
                        })
                        .map(|(l, _)| format!("term.{l}"))
                        .collect();
                    (!fields.is_empty()).then_some((c, fields))
                });
                new_ids.insert(inc.id.clone());
                match clash {
                    Some((c, fields)) => out.conflicts.push(ImportConflict {
                        key: format!(
                            "{:?}:{}:{entry}",
                            ConflictKind::SameTermOtherRendering,
                            inc.id
                        ),
                        kind: ConflictKind::SameTermOtherRendering,
                        existing: c.clone(),
                        imported: inc.clone(),
                        incoming: inc,
                        fields,
                        entry,
                    }),
                    None => out.added.push(inc),
                }
            }
        }
    }
    out
}

/// Applies a preview to an editor as one undo step: every added and changed concept, and the conflicts the
/// user decided to import (`decisions` by [`ImportConflict::key`]; missing = [`Decision::Skip`]). The caller
/// saves with [`Editor::save`], which refuses to overwrite files changed on disk meanwhile.
pub fn apply(
    editor: &mut Editor,
    preview: &ImportPreview,
    decisions: &HashMap<String, Decision>,
) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    // Entries are laid over the pack in turn, so two entries about one concept (one filling a note, one
    // replacing a term) both take effect.
    let mut accepted: Vec<&Concept> = Vec::new();
    accepted.extend(preview.added.iter());
    summary.added = preview.added.len();
    accepted.extend(preview.changed.iter().map(|c| &c.incoming));
    summary.changed = preview.changed.len();
    for cf in &preview.conflicts {
        match decisions.get(&cf.key).copied().unwrap_or(Decision::Skip) {
            Decision::Import => {
                accepted.push(&cf.incoming);
                summary.conflicts_imported += 1;
            }
            Decision::Skip => summary.conflicts_skipped += 1,
        }
    }
    let current = editor.pack()?;
    let mut result: Vec<Concept> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for inc in accepted {
        match at.get(&inc.id) {
            Some(&i) => result[i] = overlay(&result[i], inc).0,
            None => {
                let base = current
                    .glossary
                    .iter()
                    .find(|c| c.id == inc.id)
                    .cloned()
                    .unwrap_or_else(|| Concept {
                        id: inc.id.clone(),
                        term: Text::new(),
                        abbr: Text::new(),
                        alt: BTreeMap::new(),
                        note: Text::new(),
                        domain: None,
                        sessions: Vec::new(),
                        unverified: Vec::new(),
                    });
                at.insert(inc.id.clone(), result.len());
                result.push(overlay(&base, inc).0);
            }
        }
    }
    let edits = result
        .into_iter()
        .map(|concept| Edit::PutConcept { concept })
        .collect();
    let label = format!(
        "import ({} added, {} changed)",
        summary.added,
        summary.changed + summary.conflicts_imported
    );
    editor.apply_all(&label, edits)?;
    Ok(summary)
}

/// A table (CSV rows or a worksheet) as text cells, header first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What one column of a table means.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    Id,
    Domain,
    Sessions,
    Term(String),
    Abbr(String),
    Alt(String),
    Note(String),
    Ignored,
}

/// Maps a language name or tag onto one of the pack's locales.
pub fn match_locale(s: &str, locales: &[String]) -> Option<String> {
    let t = s.trim().to_lowercase().replace('_', "-");
    let alias = match t.as_str() {
        "english" | "영어" | "eng" => "en",
        "korean" | "한국어" | "kor" | "국문" | "한글" => "ko",
        other => other,
    };
    if let Some(l) = locales.iter().find(|l| l.to_lowercase() == alias) {
        return Some(l.clone());
    }
    // Only something shaped like a language tag (`ko-KR`) falls back to its language.
    if alias.is_empty() || !alias.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let lang = alias.split('-').next().unwrap_or_default();
    locales
        .iter()
        .find(|l| l.to_lowercase().split('-').next() == Some(lang))
        .cloned()
}

fn column(header: &str, locales: &[String]) -> Column {
    let h = header.trim().trim_start_matches('\u{feff}').trim();
    let lower = h.to_lowercase();
    match lower.as_str() {
        "id" | "concept" | "concept id" | "concept-id" | "conceptid" | "entry id" => {
            return Column::Id
        }
        "domain" | "subject" | "subject field" | "subjectfield" | "category" => {
            return Column::Domain
        }
        "sessions" | "session" => return Column::Sessions,
        _ => {}
    }
    let reference = locales.first().cloned().unwrap_or_default();
    let field_of = |f: &str| -> Option<&'static str> {
        match f.trim().to_lowercase().as_str() {
            "" | "term" => Some("term"),
            "abbr" | "acronym" | "abbreviation" | "short" => Some("abbr"),
            "alt" | "alternatives" | "variants" | "variant" | "synonyms" | "other" => Some("alt"),
            "note" | "notes" | "comment" | "definition" => Some("note"),
            _ => None,
        }
    };
    // Bare field names belong to the reference locale.
    if let Some(f) = field_of(&lower) {
        return make(f, reference);
    }
    // `<locale>`, `<locale> <field>`, `<locale>.<field>`, `<field> (<locale>)`.
    if let Some(l) = match_locale(h, locales) {
        return Column::Term(l);
    }
    for sep in [' ', '.', '_', ':'] {
        if let Some((a, b)) = h.rsplit_once(sep) {
            if let (Some(l), Some(f)) = (match_locale(a, locales), field_of(b)) {
                return make(f, l);
            }
        }
    }
    if let Some((f, rest)) = h.split_once('(') {
        if let (Some(fl), Some(l)) = (
            field_of(f),
            match_locale(rest.trim_end_matches(')'), locales),
        ) {
            return make(fl, l);
        }
    }
    Column::Ignored
}

fn make(field: &str, locale: String) -> Column {
    match field {
        "abbr" => Column::Abbr(locale),
        "alt" => Column::Alt(locale),
        "note" => Column::Note(locale),
        _ => Column::Term(locale),
    }
}

/// Splits a list cell (`a; b`, one per line, or `a, b` for sessions).
fn list(cell: &str, commas: bool) -> Vec<String> {
    cell.split(|c| c == ';' || c == '\n' || (commas && c == ','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Reads a header-mapped table (CSV or worksheet).
pub fn from_table(
    table: &Table,
    file: &str,
    locales: &[String],
    progress: OnProgress<'_>,
) -> Result<Incoming> {
    let columns: Vec<Column> = table.header.iter().map(|h| column(h, locales)).collect();
    if !columns.iter().any(|c| matches!(c, Column::Term(_))) {
        return Err(Error::Import(
            Diagnostic::error(
                "header",
                file,
                format!(
                    "no column names a language of the pack ({}); the first row must be a header such as `id,{}`",
                    locales.join(", "),
                    locales.join(",")
                ),
            )
            .at(1, 1),
        ));
    }
    let mut out = Incoming::default();
    for (h, c) in table.header.iter().zip(&columns) {
        if *c == Column::Ignored && !h.trim().is_empty() {
            out.warnings.push(
                Diagnostic::warning(
                    "ignored-column",
                    file,
                    format!("column `{h}` is not imported"),
                )
                .at(1, 1),
            );
        }
    }
    let total = table.rows.len() as u64;
    for (n, row) in table.rows.iter().enumerate() {
        if let Some(extra) = row
            .iter()
            .skip(table.header.len())
            .position(|c| !c.trim().is_empty())
        {
            out.warnings.push(
                Diagnostic::warning(
                    "ragged-row",
                    file,
                    format!(
                        "row has {} cells but the header names {}; cells past the header are not imported",
                        row.len(),
                        table.header.len()
                    ),
                )
                .at(n + 2, table.header.len() + extra + 1),
            );
        }
        let mut c = Concept {
            id: String::new(),
            term: Text::new(),
            abbr: Text::new(),
            alt: BTreeMap::new(),
            note: Text::new(),
            domain: None,
            sessions: Vec::new(),
            unverified: Vec::new(),
        };
        for (ci, (cell, col)) in row.iter().zip(&columns).enumerate() {
            let v = cell.trim();
            if v.is_empty() {
                continue;
            }
            // CSV is scanned for these before it is parsed; this catches worksheet cells. The row is the
            // worksheet's (header = 1), the column the cell's.
            if let Some(ch) = v
                .chars()
                .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            {
                return Err(Error::Import(
                    Diagnostic::error(
                        "control-character",
                        file,
                        format!("control character U+{:04X} in a cell", u32::from(ch)),
                    )
                    .at(n + 2, ci + 1),
                ));
            }
            match col {
                Column::Id => c.id = v.to_owned(),
                Column::Domain => c.domain = Some(v.to_owned()),
                Column::Sessions => c.sessions = list(v, true),
                Column::Term(l) => {
                    c.term.insert(l.clone(), v.to_owned());
                }
                Column::Abbr(l) => {
                    c.abbr.insert(l.clone(), v.to_owned());
                }
                Column::Alt(l) => {
                    c.alt.insert(l.clone(), list(v, false));
                }
                Column::Note(l) => {
                    c.note.insert(l.clone(), v.to_owned());
                }
                Column::Ignored => {}
            }
        }
        if row.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        if c.term.is_empty() {
            out.warnings.push(
                Diagnostic::warning("no-term", file, "row has no term in any language; skipped")
                    .at(n + 2, 1),
            );
            continue;
        }
        out.concepts.push(c);
        if n % 256 == 0 {
            progress(Progress {
                done: n as u64,
                total,
            });
        }
    }
    progress(Progress { done: total, total });
    Ok(out)
}

/// The pack's glossary as a table: `id, domain, sessions`, then per locale the term, `abbr`, `alt`, `note`.
pub fn to_table(pack: &Pack) -> Table {
    let mut header = vec!["id".to_owned(), "domain".to_owned(), "sessions".to_owned()];
    for l in &pack.locales {
        header.push(l.clone());
        header.push(format!("{l} abbr"));
        header.push(format!("{l} alt"));
        header.push(format!("{l} note"));
    }
    let rows = pack
        .glossary
        .iter()
        .map(|c| {
            let mut row = vec![
                c.id.clone(),
                c.domain.clone().unwrap_or_default(),
                c.sessions.join("; "),
            ];
            for l in &pack.locales {
                let get = |t: &Text| t.get(l).cloned().unwrap_or_default();
                row.push(get(&c.term));
                row.push(get(&c.abbr));
                row.push(c.alt.get(l).map(|a| a.join("; ")).unwrap_or_default());
                row.push(get(&c.note));
            }
            row
        })
        .collect();
    Table { header, rows }
}
