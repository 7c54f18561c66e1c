//! Columns of a CSV file or worksheet that no header name matched. Nothing is dropped silently: by default
//! such a column is kept as a field of the reference locale named after its header (`Usage note` →
//! `.usageNote`). The import preview lists them with a few of their values, and the user may instead map
//! one onto a field of a language, fold it into the note, or drop it; [`choose_columns`] redoes the
//! incoming concepts from what was read, so changing one's mind never needs the file again.

use super::Incoming;
use crate::error::{Error, Result};
use crate::glossary::{is_field_name, Concept};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// How many values of an unknown column the preview shows.
const SAMPLES: usize = 3;

/// A column no header name matched, as the import preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExtraColumn {
    /// The header as the file has it.
    pub header: String,
    /// 1-based column number.
    pub column: u32,
    /// The field the column is read into (`usageNote`), in `locale` (the reference locale); the key of
    /// [`choose_columns`]' choices.
    pub field: String,
    pub locale: String,
    /// How many entries have a value in it, and the first few values.
    pub filled: u32,
    pub samples: Vec<String>,
    pub choice: ColumnChoice,
}

/// What to do with an [`ExtraColumn`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "as", rename_all = "camelCase")]
#[ts(export)]
pub enum ColumnChoice {
    /// Kept as a field under its own name (the default).
    #[default]
    Keep,
    /// Added to the reference locale's note, one line `Header: value`.
    Note,
    /// Read as a field of one language: `term`, `abbr`, `alt`, `note`, or a field name such as
    /// `definition`. A term or abbreviation the entry already has stays, and the value becomes an
    /// alternative; notes and other fields get it as a further line.
    Field { field: String, locale: String },
    /// Not imported.
    Drop,
}

impl ExtraColumn {
    /// Describes column `column` (1-based) read into `field`/`locale` of `concepts`.
    pub(super) fn of(
        header: &str,
        column: usize,
        field: &str,
        locale: &str,
        concepts: &[Concept],
    ) -> ExtraColumn {
        let values = concepts
            .iter()
            .filter_map(|c| c.fields.get(field).and_then(|t| t.get(locale)));
        ExtraColumn {
            header: header.trim().to_owned(),
            column: u32::try_from(column).unwrap_or(u32::MAX),
            field: field.to_owned(),
            locale: locale.to_owned(),
            filled: u32::try_from(values.clone().count()).unwrap_or(u32::MAX),
            samples: values.take(SAMPLES).cloned().collect(),
            choice: ColumnChoice::Keep,
        }
    }
}

/// The incoming concepts as they would be with `choices` (by [`ExtraColumn::field`]; a column not named
/// is kept) applied to what was read. `read` is what the reader returned, untouched.
pub fn choose_columns(
    read: &Incoming,
    choices: &BTreeMap<String, ColumnChoice>,
    locales: &[String],
) -> Result<Incoming> {
    let reference = locales.first().cloned().unwrap_or_default();
    let mut out = read.clone();
    for extra in &mut out.extra {
        let choice = choices.get(&extra.field).cloned().unwrap_or_default();
        if let ColumnChoice::Field { field, locale } = &choice {
            let known = matches!(field.as_str(), "term" | "abbr" | "alt" | "note");
            if !(known || is_field_name(field)) || !locales.contains(locale) {
                return Err(Error::InvalidArgument(format!(
                    "column `{}`: `{field}` in `{locale}` is not a field of the pack's languages ({})",
                    extra.header,
                    locales.join(", ")
                )));
            }
        }
        if choice != ColumnChoice::Keep {
            for c in &mut out.concepts {
                let Some(value) = take_field(c, &extra.field, &extra.locale) else {
                    continue;
                };
                match &choice {
                    ColumnChoice::Keep | ColumnChoice::Drop => {}
                    ColumnChoice::Note => add_line(
                        &mut c.note,
                        &reference,
                        &format!("{}: {value}", extra.header),
                    ),
                    ColumnChoice::Field { field, locale } => put(c, field, locale, value),
                }
            }
            // The reader's "kept as a field" warning no longer says what happens.
            let at = Some(extra.column);
            out.warnings
                .retain(|w| !(w.code == "unknown-column" && w.line == Some(1) && w.column == at));
        }
        extra.choice = choice;
    }
    Ok(out)
}

fn take_field(c: &mut Concept, field: &str, locale: &str) -> Option<String> {
    let text = c.fields.get_mut(field)?;
    let value = text.remove(locale);
    if text.is_empty() {
        c.fields.remove(field);
    }
    value
}

fn add_line(text: &mut crate::Text, locale: &str, line: &str) {
    let v = text.entry(locale.to_owned()).or_default();
    if !v.is_empty() {
        v.push('\n');
    }
    v.push_str(line);
}

fn put(c: &mut Concept, field: &str, locale: &str, value: String) {
    let single = match field {
        "term" => &mut c.term,
        "abbr" => &mut c.abbr,
        "alt" => {
            let alt = c.alt.entry(locale.to_owned()).or_default();
            alt.extend(
                value
                    .split([';', '\n'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
            return;
        }
        "note" => return add_line(&mut c.note, locale, &value),
        other => {
            return add_line(
                c.fields.entry(other.to_owned()).or_default(),
                locale,
                &value,
            )
        }
    };
    match single.get(locale) {
        Some(have) if have != &value => c.alt.entry(locale.to_owned()).or_default().push(value),
        Some(_) => {}
        None => {
            single.insert(locale.to_owned(), value);
        }
    }
}
