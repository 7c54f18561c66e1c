//! Excel workbooks, where most interpreters keep their glossaries: read with `calamine` (first worksheet,
//! header row mapped like CSV, numbers and dates as displayed text), written with `rust_xlsxwriter` (one
//! sheet "Glossary", bold frozen header, filters, wrapped notes). Both are pure Rust, so no Excel or
//! LibreOffice is needed.

use super::{from_table, to_table, Incoming, OnProgress, ReadFor, Table};
use crate::error::{Diagnostic, Error, Result};
use crate::pack::Pack;
use calamine::Reader;

/// Reads the first worksheet of an `.xlsx` (or `.xls`/`.ods`) file.
pub fn read(bytes: &[u8], at: ReadFor<'_>, progress: OnProgress<'_>) -> Result<Incoming> {
    let ReadFor { file, locales } = at;
    let bad = |msg: String| Error::Import(Diagnostic::error("xlsx", file, msg));
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| bad(format!("not a readable workbook: {e}")))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| bad("the workbook has no worksheet".into()))?
        .map_err(|e| bad(format!("the first worksheet cannot be read: {e}")))?;
    let total = range.height() as u64;
    let rows = (range.rows().enumerate())
        .map(|(n, row)| Ok::<_, Error>((row.iter().map(cell_text).collect(), n as u64)));
    let Some(table) = Table::collect(rows, total, progress)? else {
        return Err(bad("the first worksheet is empty".into()));
    };
    from_table(&table, file, locales, progress)
}

fn cell_text(d: &calamine::Data) -> String {
    match d {
        calamine::Data::Empty => String::new(),
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// Writes the pack's glossary as a workbook with one sheet.
pub fn write(pack: &Pack) -> Result<Vec<u8>> {
    let table = to_table(pack);
    let err = |e: rust_xlsxwriter::XlsxError| Error::InvalidArgument(format!("XLSX export: {e}"));
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let wrap = rust_xlsxwriter::Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Glossary").map_err(err)?;
    for (c, h) in table.header.iter().enumerate() {
        let col =
            u16::try_from(c).map_err(|_| Error::InvalidArgument("too many columns".into()))?;
        sheet
            .write_string_with_format(0, col, h, &bold)
            .map_err(err)?;
        let width = if h.ends_with("note") { 60 } else { 28 };
        sheet.set_column_width(col, width).map_err(err)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| Error::InvalidArgument("too many rows".into()))?;
        for (c, v) in row.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            let col =
                u16::try_from(c).map_err(|_| Error::InvalidArgument("too many columns".into()))?;
            if table.header[c].ends_with("note") {
                sheet
                    .write_string_with_format(r, col, v, &wrap)
                    .map_err(err)?;
            } else {
                sheet.write_string(r, col, v).map_err(err)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    let last_col = u16::try_from(table.header.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(table.rows.len()).unwrap_or(0);
    sheet.autofilter(0, 0, last_row, last_col).map_err(err)?;
    book.save_to_buffer().map_err(err)
}
