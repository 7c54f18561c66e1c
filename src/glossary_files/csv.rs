//! CSV glossaries: UTF-8 (a BOM is tolerated and written, so Excel opens the file as UTF-8), a header row
//! mapped by name (`id`, `en-US`, `ko`, `ko note`, `domain`, `sessions`, …), read with the `csv` crate.
//! The delimiter is sniffed from the header (comma, semicolon as Excel writes in many locales, or tab).

use super::{from_table, to_table, Incoming, OnProgress, ReadFor, Table};
use crate::error::{Diagnostic, Error, Result};
use crate::pack::Pack;

/// The delimiter the header line uses most.
fn sniff(text: &str) -> u8 {
    let line = text.lines().next().unwrap_or_default();
    let count = |c: char| line.matches(c).count();
    [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| d)
}

/// Finds what the `csv` crate reads without complaint but must not be imported: a quote that opens a field
/// and never closes (the reader would swallow the rest of the file into one cell), and control characters
/// (NUL and the like, which no term contains and which a Fluent file must not). Returns the error at the
/// line and column where the problem starts.
fn scan(text: &str, delimiter: u8, file: &str) -> Result<()> {
    let delimiter = char::from(delimiter);
    let (mut line, mut col) = (1usize, 0usize);
    let mut quoted: Option<(usize, usize)> = None;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        col += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r') && c != '\u{feff}' {
            return Err(Error::Import(
                Diagnostic::error(
                    "control-character",
                    file,
                    format!("control character U+{:04X} in a cell", u32::from(c)),
                )
                .at(line, col),
            ));
        }
        match (quoted.is_some(), c) {
            (false, '"') if field_start => {
                quoted = Some((line, col));
                field_start = false;
            }
            (true, '"') => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    col += 1;
                } else {
                    quoted = None;
                }
            }
            (false, d) if d == delimiter => field_start = true,
            (false, '\n') => field_start = true,
            (false, '\r') => {}
            (false, _) => field_start = false,
            (true, _) => {}
        }
        if c == '\n' {
            line += 1;
            col = 0;
        }
    }
    match quoted {
        Some((l, c)) => Err(Error::Import(
            Diagnostic::error(
                "csv",
                file,
                "this quoted cell is never closed: a `\"` is missing (the rest of the file would be one cell)",
            )
            .at(l, c),
        )),
        None => Ok(()),
    }
}

/// Reads a CSV file into concepts.
pub fn read(bytes: &[u8], at: ReadFor<'_>, progress: OnProgress<'_>) -> Result<Incoming> {
    let ReadFor { file, locales } = at;
    let text = crate::source::decode(file, bytes.to_vec()).map_err(Error::Import)?;
    let total = text.len() as u64;
    let delimiter = sniff(&text);
    scan(&text, delimiter, file)?;
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let rows = reader.records().enumerate().map(|(n, rec)| {
        let rec = rec.map_err(|e| {
            let (line, col) = e.position().map_or((n + 1, 1), |p| (p.line() as usize, 1));
            Error::Import(Diagnostic::error("csv", file, e.to_string()).at(line, col))
        })?;
        let done = rec.position().map_or(0, |p| p.byte());
        Ok((rec.iter().map(str::to_owned).collect(), done))
    });
    let Some(table) = Table::collect(rows, total, progress)? else {
        return Err(Error::Import(Diagnostic::error(
            "csv",
            file,
            "the file is empty",
        )));
    };
    from_table(&table, file, locales, progress)
}

/// Writes the pack's glossary as CSV with a UTF-8 BOM and CRLF line ends (what spreadsheet programs expect).
pub fn write(pack: &Pack) -> Result<Vec<u8>> {
    let table = to_table(pack);
    let mut out = vec![0xEF, 0xBB, 0xBF];
    {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let err = |e: ::csv::Error| Error::InvalidArgument(format!("CSV export: {e}"));
        w.write_record(&table.header).map_err(err)?;
        for row in &table.rows {
            w.write_record(row).map_err(err)?;
        }
        w.flush()
            .map_err(|e| Error::InvalidArgument(format!("CSV export: {e}")))?;
    }
    Ok(out)
}
