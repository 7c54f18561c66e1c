//! What a save that stopped tells the user: per file, the hashes as loaded and on disk, and the entries that
//! changed with the loaded, disk and unsaved text of each. Plain data, so the error type can carry it
//! without depending on the code that saves ([`crate::save`]).

use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// SHA-256 of a file's bytes, lowercase hex.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[ts(export, type = "string")]
pub struct FileHash(pub String);

impl FileHash {
    /// Hashes bytes exactly as they are on disk (a BOM or CRLF counts: any change must be seen).
    pub fn of(bytes: &[u8]) -> FileHash {
        let digest = Sha256::digest(bytes);
        let mut hex = String::with_capacity(64);
        for b in digest {
            hex.push_str(&format!("{b:02x}"));
        }
        FileHash(hex)
    }
}

impl std::fmt::Display for FileHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The entries of one file that differ between what was loaded, what is on disk now, and the unsaved text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FileConflict {
    /// Pack-relative path, e.g. `ko/forum/glossary.ftl`.
    pub file: String,
    /// Hash when loaded (`None`: the file did not exist then).
    pub loaded_hash: Option<FileHash>,
    /// Hash on disk now (`None`: the file was deleted).
    pub disk_hash: Option<FileHash>,
    /// What changed on disk, entry by entry (a Fluent message, a JSON member), with our unsaved version.
    pub changes: Vec<EntryChange>,
}

/// One entry (Fluent message or comment, JSON member) as loaded, as on disk now, and as edited here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EntryChange {
    /// Stable key: a message id (`concept-sdgs`), `-term`, a comment's text, or a JSON path
    /// (`glossary.sdgs.sessions`, `blocks[id=opening].items[id=keynote].minutes`).
    pub key: String,
    pub loaded: Option<String>,
    pub disk: Option<String>,
    pub ours: Option<String>,
    /// Both sides changed the entry differently: a merge cannot decide alone.
    pub conflict: bool,
}

/// Why a save stopped: files changed on disk since they were loaded. Nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SaveConflict {
    pub files: Vec<FileConflict>,
}

impl std::fmt::Display for SaveConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.files.iter().map(|c| c.file.as_str()).collect();
        write!(
            f,
            "{} changed on disk since it was loaded; nothing was saved (reload, keep yours to a copy, or merge)",
            names.join(", ")
        )
    }
}
