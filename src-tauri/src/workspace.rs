//! The organizer's workspace: which pack folder is open for editing, its [`booth::edit::Editor`] (unsaved
//! edits, undo/redo, safe saves), the pending import, the watcher handle (started by [`crate::folder`]) and the
//! list of recently opened packs.
//!
//! Paths come from three places only: `--pack`/`BOOTH_PACK` at start, the native folder dialog (run by the
//! shell, so the webview never names a path), and the recent list, which the shell wrote itself. Every file
//! read or written after that goes through the core's pack boundary ([`booth::source::Source`],
//! [`booth::save::pack_path`]).
//!
//! The built-in forum pack is compiled into the binary and has no folder, so it is read-only: to edit it the
//! organizer copies it into a folder ("new pack" from the forum template) and edits the copy.

use crate::error::{ErrorKind, IpcError};
use booth::edit::{Editor, HistoryState, RefreshReport};
use booth::glossary_files::{Format, ImportPreview, Incoming};

use notify_debouncer_full::notify::RecommendedWatcher;
use notify_debouncer_full::{Debouncer, RecommendedCache};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;
use ts_rs::TS;

/// Recent packs kept in the list (most recent first).
pub const RECENT_LIMIT: usize = 10;
/// The event the shell emits after a reload from disk (see [`PackChanged`]).
pub const PACK_CHANGED: &str = "pack-changed";
/// Quiet time before a burst of file events (a `git pull` touching several files) becomes one reload.
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// What the organizer UI needs to know about the workspace after every command.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WorkspaceView {
    /// The open pack folder; `None` for the built-in pack.
    pub folder: Option<String>,
    /// False for the built-in pack: copy it into a folder to edit it.
    pub editable: bool,
    /// Pack-relative files with unsaved edits.
    pub dirty: Vec<String>,
    pub history: HistoryState,
    /// Recently opened pack folders, most recent first.
    pub recent: Vec<String>,
}

/// Emitted as [`PACK_CHANGED`] when files changed on disk and the pack was reloaded (unsaved edits kept).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PackChanged {
    pub report: RefreshReport,
    pub workspace: WorkspaceView,
}

/// The recent list as stored in `recent-packs.json` in the app's config folder.
#[derive(Debug, Default, Serialize, Deserialize)]
struct RecentFile {
    recent: Vec<PathBuf>,
}

#[derive(Default)]
pub struct Workspace {
    pub editor: Option<Editor>,
    /// Kept alive while the folder is open; dropping it stops watching.
    pub watcher: Option<Debouncer<RecommendedWatcher, RecommendedCache>>,
    recent: Vec<PathBuf>,
    /// `None` until the app knows its config folder (and in tests that do not persist the list).
    recent_file: Option<PathBuf>,
    /// An import file read and previewed, waiting for the user's decisions (see [`crate::glossary_files`]).
    pub import: Option<PendingImport>,
}

impl Workspace {
    pub fn view(&self) -> WorkspaceView {
        let editor = self.editor.as_ref();
        WorkspaceView {
            folder: editor.map(|e| e.root().display().to_string()),
            editable: editor.is_some(),
            dirty: editor.map(Editor::dirty).unwrap_or_default(),
            history: editor.map(Editor::history).unwrap_or(HistoryState {
                undo: Vec::new(),
                redo: Vec::new(),
            }),
            recent: self
                .recent
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
        }
    }

    /// The editor of the open folder, or the typed refusal for the built-in pack.
    pub fn editor(&mut self) -> Result<&mut Editor, IpcError> {
        self.editor.as_mut().ok_or_else(|| {
            IpcError::new(
                ErrorKind::ReadOnly,
                "the built-in pack is read-only: copy it into a folder (New pack → forum) to edit it",
            )
        })
    }

    /// Whether the open pack has edits not yet saved.
    pub fn has_unsaved_edits(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| !e.dirty().is_empty())
    }

    /// Refuses to leave a pack that has unsaved edits (nothing the user wrote may be lost).
    pub fn ensure_saved(&self) -> Result<(), IpcError> {
        match &self.editor {
            Some(e) if !e.dirty().is_empty() => Err(IpcError::new(
                ErrorKind::UnsavedEdits,
                format!(
                    "{} has unsaved edits: save them first",
                    e.dirty().join(", ")
                ),
            )),
            _ => Ok(()),
        }
    }

    /// Reads the recent list from `file` (a missing or unreadable file is an empty list: it is a convenience,
    /// not user data).
    pub fn load_recent(&mut self, file: PathBuf) {
        self.recent = std::fs::read(&file)
            .ok()
            .and_then(|b| serde_json::from_slice::<RecentFile>(&b).ok())
            .map(|r| r.recent)
            .unwrap_or_default();
        self.recent.truncate(RECENT_LIMIT);
        self.recent_file = Some(file);
    }

    /// Whether `path` is one the shell itself put in the recent list (the only paths the webview may name).
    pub fn recent_path(&self, path: &str) -> Option<PathBuf> {
        self.recent
            .iter()
            .find(|p| p.display().to_string() == path)
            .cloned()
    }

    /// Puts a folder opened from the command line first in the recent list.
    pub fn remember_folder(&mut self, dir: &Path) {
        match self.editor.as_ref().map(|e| e.root().to_owned()) {
            Some(root) => self.remember(&root),
            None => self.remember(dir),
        }
    }

    pub fn remember(&mut self, dir: &Path) {
        self.recent.retain(|p| p != dir);
        self.recent.insert(0, dir.to_owned());
        self.recent.truncate(RECENT_LIMIT);
        if let Some(file) = &self.recent_file {
            let body = serde_json::to_vec_pretty(&RecentFile {
                recent: self.recent.clone(),
            })
            .unwrap_or_default();
            if let Err(e) = booth::save::atomic_write(file, &body) {
                eprintln!("booth: cannot write the recent packs list: {e}");
            }
        }
    }
}

/// A file read and compared with the pack, waiting for the user's decisions.
pub struct PendingImport {
    pub view: ImportView,
    /// What the file said, as read (the column choices are always made on this).
    pub read: Incoming,
    /// What would be imported: `read` with the user's column choices.
    pub incoming: Incoming,
}

/// What the import screen shows (see [`crate::glossary_files`]): the file's name (not its folder) and what importing it would do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportView {
    pub file: String,
    pub format: Format,
    pub preview: ImportPreview,
}
