//! Speakers' documents as text, and the terms in them a glossary still lacks.
//!
//! Interpreters get slides, papers and scripts days before an event. This engine turns them into text
//! ([`extract`]) and mines that text for candidate terms ([`candidates`]). It knows no pack: the core hands it
//! bytes and the glossary's known terms, and stores what comes back.
//!
//! | step | where | what it decides |
//! |---|---|---|
//! | format | [`Format::sniff`] | magic bytes first, the file name's extension second; an encrypted OOXML file is an OLE container |
//! | text | `pdf`, `ooxml`, `plain` | PDF pages (pdf-extract), DOCX paragraphs, PPTX slides in the deck's order, UTF-8/UTF-16 text |
//! | limits | [`Limits`] | size, pages, zip entries, inflated bytes and ratio, time: a typed [`Error`] or partial text with [`Warning`]s |
//! | candidates | [`candidates()`] | English noun phrases and acronyms (with expansions), Korean multi-eojeol terms, ranked against a general reference |
//! | pairs | [`pairs()`] | a document in both languages: sentences aligned by length (Gale & Church), English and Korean candidates that keep to the same sentences |
//!
//! Bad input never hangs and never panics out of this crate: the PDF library (which unwraps on malformed
//! input) runs page by page under `catch_unwind` with a time budget, and every stream it would inflate is
//! measured first with a bounded inflater.

mod candidates;
mod limits;
mod ooxml;
mod pairs;
mod pdf;
mod plain;
mod reference;
mod terms;

pub use candidates::{candidates, Candidate, Context, Source};
pub use limits::Limits;
pub use pairs::{align, pairs, sentences, Bead, Pair};
pub use terms::{term_key, Lang};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of document Booth reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "DocumentFormat")]
pub enum Format {
    Pdf,
    Docx,
    Pptx,
    /// Plain text or Markdown.
    Text,
}

impl Format {
    /// The format of `bytes` named `name`: the content decides where it can (a PDF renamed `.txt` is still a
    /// PDF), the extension tells DOCX from PPTX (both are zip files) and text from anything unknown.
    pub fn sniff(name: &str, bytes: &[u8]) -> Result<Format, Error> {
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let head = &bytes[..bytes.len().min(1024)];
        if head.windows(5).any(|w| w == b"%PDF-") {
            return Ok(Format::Pdf);
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Office wraps a password-protected DOCX/PPTX in an OLE compound file; so are the old .doc/.ppt.
            return Err(if matches!(ext.as_str(), "docx" | "pptx") {
                Error::Encrypted
            } else {
                Error::Unsupported(ext)
            });
        }
        if bytes.starts_with(b"PK") {
            return match ext.as_str() {
                "pptx" => Ok(Format::Pptx),
                "docx" => Ok(Format::Docx),
                // A zip with another name: its content types say which.
                _ => ooxml::kind(bytes),
            };
        }
        match ext.as_str() {
            "pdf" => Err(Error::Corrupt("no %PDF- header".into())),
            "docx" | "pptx" => Err(Error::Corrupt("not a zip container".into())),
            "txt" | "md" | "markdown" | "text" | "" => Ok(Format::Text),
            other => Err(Error::Unsupported(other.to_owned())),
        }
    }
}

/// A document's text: one unit per page (PDF), slide (PPTX) or the whole body (DOCX, text), with what went
/// wrong on the way.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "ExtractedDocument")]
pub struct Extracted {
    pub format: Format,
    /// Pages or slides in order; a single unit for DOCX and text.
    pub units: Vec<String>,
    pub warnings: Vec<Warning>,
}

impl Extracted {
    /// The whole text, units separated by a blank line.
    pub fn text(&self) -> String {
        self.units.join("\n\n")
    }
}

/// Something read only in part: the text returned is still useful, and the user is told what is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export, rename = "DocumentWarning")]
pub enum Warning {
    /// A page or slide that could not be read (broken content or fonts); numbered from 1.
    UnreadableUnit { unit: u32 },
    /// Pages with no text layer (scanned), numbered from 1, in a document that has text elsewhere.
    NoTextOn { units: Vec<u32> },
    /// The time budget ran out: only the first `read` of `total` units were read.
    Truncated { read: u32, total: u32 },
    /// Bytes that were not valid in the text's encoding, replaced by U+FFFD.
    InvalidEncoding,
}

/// Why a document gave no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(
        "the document is password-protected (encrypted); save an unprotected copy and add that"
    )]
    Encrypted,
    #[error("the document is damaged or truncated: {0}")]
    Corrupt(String),
    #[error("a .{0} file is not a format Booth reads (PDF, DOCX, PPTX, TXT, Markdown)")]
    Unsupported(String),
    #[error(
        "the document has no text layer (a scan of {pages} page(s)); Booth does not read images"
    )]
    NoTextLayer { pages: u32 },
    #[error("the document is too large: {what} ({found} > {limit})")]
    TooLarge {
        what: &'static str,
        found: u64,
        limit: u64,
    },
    #[error("the archive inflates {ratio}× (over {limit}×): a zip bomb, not a document")]
    ZipBomb { ratio: u64, limit: u64 },
    #[error("reading the document took longer than {seconds} s")]
    Timeout { seconds: u64 },
}

/// The text of a document named `name` (its file name: the extension helps tell formats apart).
pub fn extract(name: &str, bytes: &[u8], limits: &Limits) -> Result<Extracted, Error> {
    limits.check("file size in bytes", bytes.len() as u64, limits.max_bytes)?;
    let format = Format::sniff(name, bytes)?;
    let mut out = match format {
        Format::Pdf => pdf::extract(bytes, limits)?,
        Format::Docx => ooxml::docx(bytes, limits)?,
        Format::Pptx => ooxml::pptx(bytes, limits)?,
        Format::Text => plain::extract(bytes),
    };
    for u in &mut out.units {
        *u = tidy(u);
    }
    Ok(out)
}

/// Text as the reader shows it: no trailing spaces, no runs of more than one blank line, no control
/// characters other than newline and tab.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line: String = line
            .chars()
            .map(|c| if c == '\u{a0}' { ' ' } else { c })
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim_end().to_owned()
}
