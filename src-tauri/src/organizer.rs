//! The organizer's commands: open, create and check packs, edit them through the core's editor (undo/redo,
//! safe saves, conflict resolution). Each one locks the workspace, calls the core and reports the new
//! workspace state; the window then asks for the pack again.

use crate::error::{off_main, ErrorKind, IpcError};
use crate::folder;
use crate::state::AppState;
use crate::workspace::{self, WorkspaceView};
use booth::check::Report;
use booth::edit::{Edit, SaveReport};
use booth::merge::Side;
use booth::save::{EntryChange, SaveConflict};
use booth::template::Template;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

/// The workspace as it is (folder, unsaved files, undo/redo labels, recent packs).
#[tauri::command]
pub fn workspace(state: State<'_, AppState>) -> WorkspaceView {
    state.workspace().view()
}

/// The native folder dialog, run by the shell so the path never comes from the webview. `None`: cancelled.
async fn pick_folder<R: Runtime>(app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
    crate::pick::pick(app, crate::pick::Pick::Folder { title }).await
}

/// Opens a pack folder chosen in the native dialog. `None` when the user cancelled.
#[tauri::command]
pub async fn open_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<WorkspaceView>, IpcError> {
    state.workspace().ensure_saved()?;
    let Some(dir) = pick_folder(&app, "Open a Booth pack folder").await else {
        return Ok(None);
    };
    open_and_watch(&app, &state, &dir).map(Some)
}

/// Opens a folder from the recent list; any other path is refused (`notRecent`).
#[tauri::command]
pub fn open_recent<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
) -> Result<WorkspaceView, IpcError> {
    let dir = {
        let ws = state.workspace();
        ws.ensure_saved()?;
        ws.recent_path(&path).ok_or_else(|| {
            IpcError::new(
                ErrorKind::NotRecent,
                format!("{path} is not in the recent packs"),
            )
        })?
    };
    open_and_watch(&app, &state, &dir)
}

fn open_and_watch<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    dir: &std::path::Path,
) -> Result<WorkspaceView, IpcError> {
    folder::open_folder(state, dir)?;
    if cfg!(not(test)) {
        folder::watch(app);
    }
    Ok(state.workspace().view())
}

/// Creates a pack from a template in an empty folder chosen in the native dialog, and opens it.
#[tauri::command]
pub async fn new_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    template: Template,
) -> Result<Option<WorkspaceView>, IpcError> {
    state.workspace().ensure_saved()?;
    let Some(dir) = pick_folder(&app, "Choose an empty folder for the new pack").await else {
        return Ok(None);
    };
    booth::template::create_pack(&dir, template)?;
    open_and_watch(&app, &state, &dir).map(Some)
}

/// `booth check` on the open pack as the window shows it: with unsaved edits, on a temporary copy of the
/// folder with the edited files in their unsaved state (the built-in pack: on a temporary copy of it).
#[tauri::command]
pub async fn check_pack(state: State<'_, AppState>) -> Result<Report, IpcError> {
    // What to check, taken under the lock: the folder, and the unsaved text of each edited file.
    let target = state.workspace().editor.as_ref().map(|e| {
        let edited: Vec<(String, Option<String>)> = e
            .dirty()
            .into_iter()
            .map(|rel| {
                let text = e.text(&rel).map(|t| t.into_owned());
                (rel, text)
            })
            .collect();
        (e.root().to_owned(), edited)
    });
    let run = move || match &target {
        Some((dir, unsaved)) => booth::check::check_as_edited(Some(dir), unsaved),
        None => booth::check::check_as_edited(None, &[]),
    };
    // A large pack takes a moment: off the main thread, so the window stays responsive.
    Ok(off_main(run).await??)
}

/// Applies edits as one undo step and shows the result (nothing is written until `save_pack`).
#[tauri::command]
pub fn apply_edits(
    state: State<'_, AppState>,
    label: String,
    edits: Vec<Edit>,
) -> Result<WorkspaceView, IpcError> {
    let mut ws = state.workspace();
    ws.editor()?.apply_all(&label, edits)?;
    folder::show_editor(&state, &mut ws)
}

/// Reverts the last edit step (`nothingToUndo` when there is none).
#[tauri::command]
pub fn undo_edit(state: State<'_, AppState>) -> Result<WorkspaceView, IpcError> {
    let mut ws = state.workspace();
    if !ws.editor()?.undo()? {
        return Err(IpcError::new(ErrorKind::NothingToUndo, "nothing to undo"));
    }
    folder::show_editor(&state, &mut ws)
}

/// Re-applies the last undone step (`nothingToRedo` when there is none).
#[tauri::command]
pub fn redo_edit(state: State<'_, AppState>) -> Result<WorkspaceView, IpcError> {
    let mut ws = state.workspace();
    if !ws.editor()?.redo()? {
        return Err(IpcError::new(ErrorKind::NothingToRedo, "nothing to redo"));
    }
    folder::show_editor(&state, &mut ws)
}

/// What a save did: written, or stopped by files changed on disk (then nothing was written).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SaveOutcome {
    pub saved: Option<SaveReport>,
    pub conflict: Option<SaveConflict>,
    pub workspace: WorkspaceView,
}

/// Saves every file with unsaved edits, atomically; a file changed on disk since it was loaded is never
/// overwritten: the outcome then carries the conflict (what changed, entry by entry) to resolve.
#[tauri::command]
pub fn save_pack(state: State<'_, AppState>) -> Result<SaveOutcome, IpcError> {
    let mut ws = state.workspace();
    let (saved, conflict) = match ws.editor()?.save() {
        Ok(r) => (Some(r), None),
        Err(booth::Error::Conflict(c)) => (None, Some(*c)),
        Err(e) => return Err(e.into()),
    };
    Ok(SaveOutcome {
        saved,
        conflict,
        workspace: ws.view(),
    })
}

/// How the user resolves a file that changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Resolution {
    /// Drop the unsaved edits of the file and take the disk's version.
    Reload,
    /// Write the unsaved text to `<file>.mine-<timestamp>` beside it, then reload.
    KeepMine,
    /// 3-way merge; conflicting entries go to the side chosen per entry key (default: ours).
    Merge,
}

/// What a resolution did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Resolved {
    /// For `keepMine`: the copy's pack-relative path.
    pub copy: Option<String>,
    /// For `merge`: every entry that differed, conflicts marked.
    pub changes: Vec<EntryChange>,
    pub workspace: WorkspaceView,
}

#[tauri::command]
pub fn resolve_conflict(
    state: State<'_, AppState>,
    file: String,
    resolution: Resolution,
    choices: Option<HashMap<String, Side>>,
) -> Result<Resolved, IpcError> {
    let mut ws = state.workspace();
    let editor = ws.editor()?;
    let (copy, changes) = match resolution {
        Resolution::Reload => {
            editor.reload_file(&file)?;
            (None, Vec::new())
        }
        Resolution::KeepMine => (Some(editor.keep_mine(&file)?), Vec::new()),
        Resolution::Merge => (
            None,
            editor.merge_file(&file, &choices.unwrap_or_default())?,
        ),
    };
    let workspace = folder::show_editor(&state, &mut ws)?;
    Ok(Resolved {
        copy,
        changes,
        workspace,
    })
}

/// Catches up with the disk now (what the watcher does by itself); `None` when nothing changed.
#[tauri::command]
pub fn reload_pack(state: State<'_, AppState>) -> Result<Option<workspace::PackChanged>, IpcError> {
    folder::refresh(&state)
}

/// Closes the main window after the page asked the user about unsaved edits: `discard` closes even with
/// unsaved edits (the user chose to drop them); without it, a pack that still has unsaved edits (a save
/// that stopped on a conflict) keeps the window open (`unsavedEdits`).
#[tauri::command]
pub fn close_window<R: Runtime>(
    window: tauri::Window<R>,
    state: State<'_, AppState>,
    discard: bool,
) -> Result<(), IpcError> {
    if !discard {
        state.workspace().ensure_saved()?;
    }
    // `destroy`, not `close`: a close would be asked about again.
    window
        .destroy()
        .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))
}
