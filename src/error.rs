//! Errors of the core, and the positioned diagnostics that loading reports instead of failing.
//!
//! Two different things go wrong with a pack: the pack cannot be opened at all (an [`Error`]), or some of its
//! files are broken while the rest is usable (a [`Diagnostic`] per problem, and loading carries on). Users edit
//! packs by hand, so every diagnostic names the file, line and column it is about.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

/// Why an operation of the core failed as a whole.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The pack's `event.json` is missing or unusable, so there is no event to show.
    #[error("{0}")]
    InvalidPack(Diagnostic),
    /// A path given by the user or found in a pack points outside the pack folder.
    #[error("{path}: path leaves the pack folder")]
    PathEscapesPack { path: String },
    /// The request itself makes no sense (unknown locale, bad time string, …).
    #[error("{0}")]
    InvalidArgument(String),
    /// A save stopped because files changed on disk since they were loaded; nothing was written. The
    /// conflict says what changed (loaded vs disk vs ours) so the user can reload, keep theirs to a copy, or
    /// merge.
    #[error("{0}")]
    Conflict(Box<crate::conflict::SaveConflict>),
    /// Undo or redo would overwrite later changes to the same entries (e.g. taken from disk by a merge).
    #[error("{file}: cannot undo or redo without overwriting later changes to {}", keys.join(", "))]
    UndoConflict { file: String, keys: Vec<String> },
    /// An edit names a concept, person, item, block or session the pack does not have.
    #[error("no {kind} `{id}` in the pack")]
    UnknownId { kind: String, id: String },
    /// A delete was refused because other parts of the pack still use the thing.
    #[error("`{id}` is still used by {}", by.join(", "))]
    InUse { id: String, by: Vec<String> },
    /// An import file (CSV, TBX, XLSX) cannot be read; the diagnostic says where.
    #[error("{0}")]
    Import(Diagnostic),
    /// A speaker's document gave no text (encrypted, damaged, a scan, too large, …).
    #[error("{file}: {source}")]
    Document {
        file: String,
        source: booth_documents::Error,
    },
    /// A document of that name is already kept with the pack, with other content; nothing was written.
    #[error("documents/{name} already exists with other content: rename the file or remove the old one first")]
    DocumentExists { name: String },
    /// A new pack was to be written into a folder that already holds something.
    #[error("{}: the folder is not empty: choose an empty folder for a new pack", path.display())]
    FolderNotEmpty { path: PathBuf },
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A stable, machine-readable name of the variant, used by the CLI's JSON output and the IPC boundary.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::InvalidPack(_) => "invalidPack",
            Error::PathEscapesPack { .. } => "pathEscapesPack",
            Error::InvalidArgument(_) => "invalidArgument",
            Error::Conflict(_) => "conflict",
            Error::UndoConflict { .. } => "undoConflict",
            Error::UnknownId { .. } => "unknownId",
            Error::InUse { .. } => "inUse",
            Error::Import(_) => "import",
            Error::FolderNotEmpty { .. } => "folderNotEmpty",
            Error::Document { .. } => "document",
            Error::DocumentExists { .. } => "documentExists",
        }
    }
}

/// How bad a finding is: errors make `booth check` exit 1, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found in one file, positioned for a human (1-based line and column, columns in characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable identifier of the kind of finding, e.g. `syntax`, `missing-message`.
    pub code: String,
    /// The file as the user knows it (pack-relative, e.g. `ko/people.ftl`).
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(code: &str, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: code.to_owned(),
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn warning(code: &str, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    /// Positions the diagnostic at a byte offset of `text`.
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        let (line, column) = line_col(text, offset);
        self.at(line, column)
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(u32::try_from(line).unwrap_or(u32::MAX));
        self.column = Some(u32::try_from(column).unwrap_or(u32::MAX));
        self
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {level}[{}]: {}", self.code, self.message)
    }
}

/// Where to point a user at a Fluent parser error. The parser sometimes reports a position just past the
/// broken entry (an unclosed `{` is noticed at the start of the next line); the mistake is then at the end of
/// the entry's own last line. `junk` is the byte range of the entry the parser gave up on.
pub fn error_offset(pos: usize, junk: Option<std::ops::Range<usize>>) -> usize {
    match junk {
        Some(j) if pos >= j.end && j.end > j.start => j.end - 1,
        _ => pos,
    }
}

/// 1-based line and column (in characters) of a byte offset; offsets past the end clamp to the end.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}
