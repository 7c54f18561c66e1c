//! The one place core errors become IPC errors: `{ kind, message }`, so the UI switches on `kind` and never
//! parses message strings.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    /// Stable name of the error kind: the core's (`io`, `invalidPack`, `pathEscapesPack`, `invalidArgument`)
    /// or the running-late record's (`corruptState`, `otherPack`, `nothingToShift`, `unknownItem`,
    /// `nothingToUndo`), the editor's (`undoConflict`, `unknownId`, `inUse`, `import`) or the shell's
    /// organizer workspace (`readOnly`, `unsavedEdits`, `folderNotEmpty`, `notRecent`).
    pub kind: String,
    /// Human-readable explanation, already naming the file and position where there is one.
    pub message: String,
}

impl IpcError {
    /// An error of the shell itself (`readOnly`, `unsavedEdits`, `folderNotEmpty`, `notRecent`, …).
    pub fn new(kind: &str, message: impl Into<String>) -> IpcError {
        IpcError {
            kind: kind.to_owned(),
            message: message.into(),
        }
    }
}

impl From<booth::Error> for IpcError {
    fn from(e: booth::Error) -> Self {
        IpcError {
            kind: e.kind().to_owned(),
            message: e.to_string(),
        }
    }
}

impl From<booth::late::LateError> for IpcError {
    fn from(e: booth::late::LateError) -> Self {
        IpcError {
            kind: e.kind().to_owned(),
            message: e.to_string(),
        }
    }
}
