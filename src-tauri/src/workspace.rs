//! The organizer's workspace: which pack folder is open for editing, its [`booth::edit::Editor`] (unsaved
//! edits, undo/redo, safe saves), the watcher that reloads it when someone else changes the folder, and the
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
use crate::state::AppState;
use booth::edit::{Editor, HistoryState, RefreshReport};
use booth::Pack;
use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{new_debouncer, DebounceEventResult, Debouncer};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tauri::{Emitter, Manager, Runtime};
use ts_rs::TS;

/// Recent packs kept in the list (most recent first).
pub const RECENT_LIMIT: usize = 10;
/// The event the shell emits after a reload from disk (see [`PackChanged`]).
pub const PACK_CHANGED: &str = "pack-changed";
/// Quiet time before a burst of file events (a `git pull` touching several files) becomes one reload.
const DEBOUNCE: Duration = Duration::from_millis(400);

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
    watcher: Option<Debouncer<RecommendedWatcher>>,
    recent: Vec<PathBuf>,
    /// `None` until the app knows its config folder (and in tests that do not persist the list).
    recent_file: Option<PathBuf>,
    /// An import file read and previewed, waiting for the user's decisions (see [`crate::glossary_files`]).
    pub import: Option<crate::glossary_files::PendingImport>,
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

    fn remember(&mut self, dir: &Path) {
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

/// The event the shell emits when the user closes the window while the pack has unsaved edits: the window
/// stays open and the page asks save, discard or cancel (then calls `close_window`).
pub const CLOSE_REQUESTED: &str = "close-requested";

/// Keeps the main window open when closing it would lose unsaved edits, and asks the page instead.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    if let tauri::WindowEvent::CloseRequested { api, .. } = event {
        let state = window.state::<AppState>();
        let dirty = state.workspace().has_unsaved_edits();
        if dirty {
            api.prevent_close();
            if let Err(e) = window.emit(CLOSE_REQUESTED, ()) {
                // A window that cannot be asked must still close: nothing else could close it.
                eprintln!("booth: cannot ask about unsaved edits ({e}); closing");
                let _ = window.destroy();
            }
        }
    }
}

/// Opens `dir` for editing and shows it: the editor reads and hashes every file, the pack is loaded from the
/// editor's texts, the folder goes first in the recent list, and the running-late record moves beside it.
/// The caller has checked that the previous pack has no unsaved edits.
pub fn open_folder(state: &AppState, dir: &Path) -> Result<(), IpcError> {
    let editor = Editor::open(dir)?;
    let pack = editor.pack()?;
    let root = editor.root().to_owned();
    {
        let mut ws = state.workspace();
        ws.watcher = None;
        ws.import = None;
        ws.editor = Some(editor);
        ws.remember(&root);
    }
    state.show(pack);
    state.attach(booth::late::StateFile::for_pack_dir(&root));
    Ok(())
}

/// Starts watching the open folder (replacing any earlier watcher). A watcher that cannot start is reported
/// on stderr: editing still works, and saves still refuse to overwrite changes made on disk.
pub fn watch<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let mut ws = state.workspace();
    let Some(root) = ws.editor.as_ref().map(|e| e.root().to_owned()) else {
        ws.watcher = None;
        return;
    };
    let handle = app.clone();
    let debouncer = new_debouncer(DEBOUNCE, move |res: DebounceEventResult| {
        let relevant = match res {
            Ok(events) => events.iter().any(|e| !is_scratch(&e.path)),
            Err(e) => {
                eprintln!("booth: watching the pack folder: {e}");
                false
            }
        };
        if relevant {
            on_disk_change(&handle);
        }
    });
    match debouncer {
        Ok(mut d) => match d.watcher().watch(&root, RecursiveMode::Recursive) {
            Ok(()) => ws.watcher = Some(d),
            Err(e) => eprintln!("booth: cannot watch {}: {e}", root.display()),
        },
        Err(e) => eprintln!("booth: cannot watch {}: {e}", root.display()),
    }
}

/// Temporary files of atomic saves (`.name.XXXX.tmp`, ours and other editors') and editor swap files.
fn is_scratch(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_none_or(|n| n.starts_with('.') || n.ends_with('~') || n.ends_with(".swp"))
}

/// Catches up with the disk and tells the window. Our own saves change nothing here (the editor's loaded
/// hashes already match the disk), so only someone else's change reloads.
fn on_disk_change<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    match refresh(&state) {
        Ok(Some(changed)) => {
            if let Err(e) = app.emit(PACK_CHANGED, changed) {
                eprintln!("booth: cannot tell the window about the reload: {e}");
            }
        }
        Ok(None) => {}
        Err(e) => eprintln!("booth: reloading the pack: {}", e.message),
    }
}

/// Reloads files changed on disk (keeping unsaved edits; conflicting files are left for the user) and shows
/// the result. `None` when nothing changed.
pub fn refresh(state: &AppState) -> Result<Option<PackChanged>, IpcError> {
    let mut ws = state.workspace();
    let Some(editor) = ws.editor.as_mut() else {
        return Ok(None);
    };
    let report = editor.refresh()?;
    if report.reloaded.is_empty() && report.merged.is_empty() && report.conflicts.is_empty() {
        return Ok(None);
    }
    let pack = editor.pack()?;
    let workspace = ws.view();
    drop(ws);
    state.show(pack);
    Ok(Some(PackChanged { report, workspace }))
}

/// Shows what the editor holds now (after an edit, undo, redo or conflict resolution).
pub fn show_editor(state: &AppState, ws: &mut Workspace) -> Result<WorkspaceView, IpcError> {
    let pack: Pack = ws.editor()?.pack()?;
    state.show(pack);
    Ok(ws.view())
}
