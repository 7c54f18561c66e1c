//! The one place errors cross IPC: `{ kind, message }`, with `kind` one [`ErrorKind`] that ts-rs exports as a
//! string union, so the UI switches on it exhaustively and never parses message strings.

use serde::Serialize;
use ts_rs::TS;

/// Every kind of error a command can answer. The core's typed errors map onto it here and nowhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io,
    /// `event.json` or a Fluent file is not a pack.
    InvalidPack,
    /// A path would leave the open pack's folder.
    PathEscapesPack,
    /// A command's argument is not acceptable (a bad time, zone, id or format).
    InvalidArgument,
    /// Save found files changed on disk since they were loaded; nothing was written.
    Conflict,
    /// Undo would overwrite an entry changed since (by a reload or merge).
    UndoConflict,
    /// No concept, person, item or session with that id.
    UnknownId,
    /// The entry is still referenced elsewhere in the pack.
    InUse,
    /// A glossary file to import is malformed (the message is positioned).
    Import,
    /// The running-late record on disk cannot be read.
    CorruptState,
    /// The running-late record belongs to another pack.
    OtherPack,
    /// No item runs now or next, so there is nothing to shift.
    NothingToShift,
    /// No agenda item with that id.
    UnknownItem,
    /// Nothing left to undo.
    NothingToUndo,
    /// Nothing left to redo.
    NothingToRedo,
    /// The first pack is still loading; the `pack-ready` event follows.
    Loading,
    /// The built-in pack cannot be edited.
    ReadOnly,
    /// The open pack has unsaved edits, so it may not be left.
    UnsavedEdits,
    /// A new pack needs an empty folder.
    FolderNotEmpty,
    /// A speaker's document gave no text (encrypted, damaged, a scan, too large).
    Document,
    /// A different document of that name is already kept with the pack.
    DocumentExists,
    /// The folder is not in the recent list.
    NotRecent,
    /// Apply was asked with no import preview waiting.
    NoImport,
    /// The asking webview may not use this.
    Forbidden,
    /// No speech model, or a file that is not a usable whisper.cpp model (or not for this language).
    SpeechModel,
    /// Sharing with the booth team could not start (the address cannot be listened on).
    Sharing,
    /// A core error of a kind this shell does not know yet (the core's errors are non-exhaustive).
    Internal,
    /// Never sent by the shell: the UI's own kind for an `invoke` that failed without an answer.
    Ipc,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub kind: ErrorKind,
    /// Human-readable explanation, already naming the file and position where there is one.
    pub message: String,
}

impl IpcError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> IpcError {
        IpcError {
            kind,
            message: message.into(),
        }
    }
}

/// Runs `work` on a blocking thread, so that reading, checking or copying a large file leaves the window
/// responsive; a thread that did not finish (it panicked) is an `Io` error like a failed read.
pub async fn off_main<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))
}

impl From<booth::Error> for IpcError {
    fn from(e: booth::Error) -> Self {
        use booth::Error as E;
        let kind = match &e {
            E::Io { .. } => ErrorKind::Io,
            E::InvalidPack(_) => ErrorKind::InvalidPack,
            E::PathEscapesPack { .. } => ErrorKind::PathEscapesPack,
            E::InvalidArgument(_) => ErrorKind::InvalidArgument,
            E::Conflict(_) => ErrorKind::Conflict,
            E::UndoConflict { .. } => ErrorKind::UndoConflict,
            E::UnknownId { .. } => ErrorKind::UnknownId,
            E::InUse { .. } => ErrorKind::InUse,
            E::Import(_) => ErrorKind::Import,
            E::FolderNotEmpty { .. } => ErrorKind::FolderNotEmpty,
            E::Document { .. } => ErrorKind::Document,
            E::DocumentExists { .. } => ErrorKind::DocumentExists,
            _ => ErrorKind::Internal,
        };
        IpcError::new(kind, e.to_string())
    }
}

impl From<booth::late::LateError> for IpcError {
    fn from(e: booth::late::LateError) -> Self {
        use booth::late::LateError as E;
        let kind = match &e {
            E::Io { .. } => ErrorKind::Io,
            E::Corrupt { .. } => ErrorKind::CorruptState,
            E::OtherPack { .. } => ErrorKind::OtherPack,
            E::NothingToShift => ErrorKind::NothingToShift,
            E::UnknownItem(_) => ErrorKind::UnknownItem,
            E::NothingToUndo => ErrorKind::NothingToUndo,
            _ => ErrorKind::Internal,
        };
        IpcError::new(kind, e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CLI's JSON prints the core's `kind()`; the window gets the `ErrorKind`: they must be one name.
    #[test]
    fn every_core_kind_is_its_ipc_kind() {
        let diag = || booth::Diagnostic::error("x", "f", "m");
        let core = [
            booth::Error::Io {
                path: "f".into(),
                source: std::io::Error::other("x"),
            },
            booth::Error::InvalidPack(diag()),
            booth::Error::PathEscapesPack { path: "..".into() },
            booth::Error::InvalidArgument("x".into()),
            booth::Error::UndoConflict {
                file: "f".into(),
                keys: vec![],
            },
            booth::Error::UnknownId {
                kind: "concept".into(),
                id: "x".into(),
            },
            booth::Error::InUse {
                id: "x".into(),
                by: vec![],
            },
            booth::Error::Import(diag()),
            booth::Error::FolderNotEmpty { path: "f".into() },
            booth::Error::Document {
                file: "a.pdf".into(),
                source: booth::documents::DocumentError::Encrypted,
            },
            booth::Error::DocumentExists {
                name: "a.pdf".into(),
            },
        ];
        for e in core {
            let name = e.kind();
            let kind = serde_json::to_value(IpcError::from(e).kind).expect("json");
            assert_eq!(kind, name);
        }
        use booth::late::LateError;
        for e in [
            LateError::NothingToShift,
            LateError::UnknownItem("x".into()),
            LateError::NothingToUndo,
            LateError::Corrupt {
                path: "f".into(),
                message: "m".into(),
            },
        ] {
            let name = e.kind();
            let kind = serde_json::to_value(IpcError::from(e).kind).expect("json");
            assert_eq!(kind, name);
        }
    }
}
