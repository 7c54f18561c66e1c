//! Glossaries as tables (CSV rows, worksheets): which column is which field in which locale, read and written
//! the same way for every tabular format.

use super::{Incoming, OnProgress, Progress};
use crate::error::{Diagnostic, Error, Result};
use crate::glossary::Concept;
use crate::pack::Pack;
use crate::Text;

/// A table (CSV rows or a worksheet) as text cells, header first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Collects a header and rows from a reader that yields them one at a time, each with how far into
    /// the file it is, reporting progress every 1,024 rows. `None` for a file without even a header row.
    pub(super) fn collect<E>(
        rows: impl Iterator<Item = std::result::Result<(Vec<String>, u64), E>>,
        total: u64,
        progress: OnProgress<'_>,
    ) -> std::result::Result<Option<Table>, E> {
        let mut table = Table::default();
        for (n, row) in rows.enumerate() {
            let (cells, done) = row?;
            if n == 0 {
                table.header = cells;
            } else {
                table.rows.push(cells);
            }
            if n % 1024 == 0 {
                progress(Progress { done, total });
            }
        }
        Ok((!table.header.is_empty()).then_some(table))
    }
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
    /// One of [`Concept::fields`]: (name, locale).
    Field(String, String),
    /// A column no name matches: kept as a field of the reference locale, named after its header.
    Unknown(String, String),
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
    let field_of = |f: &str| -> Option<String> {
        let f = f.trim();
        let known = match f.to_lowercase().as_str() {
            "" | "term" => "term",
            "abbr" | "acronym" | "abbreviation" | "short" => "abbr",
            "alt" | "alternatives" | "variants" | "variant" | "synonyms" | "other" => "alt",
            "note" | "notes" | "comment" => "note",
            "definition" => "definition",
            "context" | "example" | "usage" => "context",
            "part of speech" | "partofspeech" | "pos" => "partOfSpeech",
            "status" | "administrative status" | "administrativestatus" => "administrativeStatus",
            "source" => "source",
            "xref" | "cross-reference" | "cross reference" | "link" | "url" => "xref",
            // A field Booth wrote (`en-US customerSubset`) reads back under its own name.
            _ if crate::glossary::is_field_name(f) => return Some(f.to_owned()),
            _ => return None,
        };
        Some(known.to_owned())
    };
    // Bare field names belong to the reference locale.
    if let Some(f) = field_of(&lower).filter(|f| {
        matches!(
            f.as_str(),
            "term"
                | "abbr"
                | "alt"
                | "note"
                | "definition"
                | "context"
                | "partOfSpeech"
                | "administrativeStatus"
                | "source"
                | "xref"
        )
    }) {
        return make(&f, reference);
    }
    // `<locale>`, `<locale> <field>`, `<locale>.<field>`, `<field> (<locale>)`.
    if let Some(l) = match_locale(h, locales) {
        return Column::Term(l);
    }
    for sep in [' ', '.', '_', ':'] {
        for (a, b) in [h.split_once(sep), h.rsplit_once(sep)]
            .into_iter()
            .flatten()
        {
            if let (Some(l), Some(f)) = (match_locale(a, locales), field_of(b)) {
                return make(&f, l);
            }
        }
    }
    if let Some((f, rest)) = h.split_once('(') {
        if let (Some(fl), Some(l)) = (
            field_of(f),
            match_locale(rest.trim_end_matches(')'), locales),
        ) {
            return make(&fl, l);
        }
    }
    if h.is_empty() {
        return Column::Ignored;
    }
    let name = field_name(h);
    Column::Unknown(name, reference)
}

/// A field name from a column header: its words in lower camel case (`Usage note` → `usageNote`), `x` in
/// front when it would not start with a letter.
fn field_name(header: &str) -> String {
    let mut out = String::new();
    for (i, w) in header
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let w = w.to_ascii_lowercase();
        if i == 0 {
            out.push_str(&w);
        } else {
            let mut cs = w.chars();
            if let Some(f) = cs.next() {
                out.push(f.to_ascii_uppercase());
                out.extend(cs);
            }
        }
    }
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.insert(0, 'x');
    }
    if crate::glossary::OWN_ATTRIBUTES.contains(&out.as_str()) {
        out.push_str("Column");
    }
    out
}

fn make(field: &str, locale: String) -> Column {
    match field {
        "term" => Column::Term(locale),
        "abbr" => Column::Abbr(locale),
        "alt" => Column::Alt(locale),
        "note" => Column::Note(locale),
        other => Column::Field(other.to_owned(), locale),
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
    for (i, (h, c)) in table.header.iter().zip(&columns).enumerate() {
        if let Column::Unknown(name, l) = c {
            out.warnings.push(
                Diagnostic::warning(
                    "unknown-column",
                    file,
                    format!(
                        "column `{}` is not a field Booth knows; it is kept as the {l} field `.{name}` of each concept",
                        h.trim()
                    ),
                )
                .at(1, i + 1),
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
        let mut c = Concept::default();
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
                Column::Id => c.id = v.into(),
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
                Column::Field(name, l) | Column::Unknown(name, l) => {
                    c.fields
                        .entry(name.clone())
                        .or_default()
                        .insert(l.clone(), v.to_owned());
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
    for (i, (h, c)) in table.header.iter().zip(&columns).enumerate() {
        if let Column::Unknown(name, l) = c {
            let extra = super::ExtraColumn::of(h, i + 1, name, l, &out.concepts);
            out.extra.push(extra);
        }
    }
    progress(Progress { done: total, total });
    Ok(out)
}

/// The pack's glossary as a table: `id, domain, sessions`, then per locale the term, `abbr`, `alt`, `note`
/// and one column per field any concept has (`en-US definition`, `ko partOfSpeech`, …).
pub fn to_table(pack: &Pack) -> Table {
    let names: std::collections::BTreeSet<&str> = pack
        .glossary
        .iter()
        .flat_map(|c| c.fields.keys().map(|k| k.as_str()))
        .collect();
    let mut header = vec!["id".to_owned(), "domain".to_owned(), "sessions".to_owned()];
    for l in &pack.locales {
        header.push(l.clone());
        header.push(format!("{l} abbr"));
        header.push(format!("{l} alt"));
        header.push(format!("{l} note"));
        for n in &names {
            header.push(format!("{l} {n}"));
        }
    }
    let rows = pack
        .glossary
        .iter()
        .map(|c| {
            let mut row = vec![
                c.id.to_string(),
                c.domain.clone().unwrap_or_default(),
                c.sessions.join("; "),
            ];
            for l in &pack.locales {
                let get = |t: &Text| t.get(l).cloned().unwrap_or_default();
                row.push(get(&c.term));
                row.push(get(&c.abbr));
                row.push(c.alt.get(l).map(|a| a.join("; ")).unwrap_or_default());
                row.push(get(&c.note));
                for n in &names {
                    row.push(c.fields.get(n).map(get).unwrap_or_default());
                }
            }
            row
        })
        .collect();
    Table { header, rows }
}
