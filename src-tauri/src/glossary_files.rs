//! Glossary import and export in the organizer: the shell picks the file (the page never names a path),
//! the core reads, previews, applies and writes ([`booth::glossary_files`]).
//!
//! An import is two commands. [`import_glossary`] asks for a file, reads it on a worker thread (emitting
//! [`IMPORT_PROGRESS`] as it goes, for large files) and compares it with the pack *as edited* (unsaved edits
//! included); the preview is kept in the workspace. [`import_apply`] takes the user's decision per
//! conflict and applies the preview to the editor as **one undo step**, like any other edit: nothing is
//! written until Save, and Save refuses to overwrite files changed on disk. If the pack changed between the
//! preview and the decision (an edit, an undo, a reload from disk), the apply compares again and, when the
//! preview is no longer what the user saw, applies nothing and returns the new preview to decide on.
//!
//! Export writes what the window shows (the pack with unsaved edits, and the reviews as edited) to a file
//! chosen in the native save dialog, atomically ([`booth::save::atomic_write`]).

use crate::error::{off_main, ErrorKind, IpcError};
use crate::folder;
use crate::pick::{pick, Pick};
use crate::state::AppState;
use crate::workspace::{ImportView, PendingImport, WorkspaceView};
use booth::glossary_files::{
    self, ColumnChoice, Decision, ExportFormat, Format, ImportSummary, Incoming, Progress,
};
use booth::review::Reviews;
use booth::Pack;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;
use tauri::{AppHandle, Emitter, Runtime, State};
use ts_rs::TS;

/// The event carrying [`Progress`] while an import file is read.
pub const IMPORT_PROGRESS: &str = "import-progress";

/// Extensions offered in the import dialog (what [`Format::from_name`] recognizes).
const IMPORT_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "tbx", "xml", "xlsx", "xlsm"];

/// What [`import_apply`] did: applied (`summary`), or found the pack changed since the preview (`preview`:
/// the new one, nothing applied).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportOutcome {
    pub summary: Option<ImportSummary>,
    pub preview: Option<ImportView>,
    pub workspace: WorkspaceView,
}

/// Where an export went.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportDone {
    /// The file written (chosen by the user in the save dialog).
    pub file: String,
    pub concepts: usize,
}

/// The pack as edited (the built-in pack is read-only: imports are refused there).
fn edited_pack(state: &AppState) -> Result<Pack, IpcError> {
    Ok(state.workspace().editor()?.pack()?)
}

/// Asks for a glossary file, reads it off the main thread with progress events, and previews it against
/// the pack as edited. `None` when the user cancelled. Nothing changes in the pack.
#[tauri::command]
pub async fn import_glossary<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<ImportView>, IpcError> {
    // Refuse before the dialog when there is nothing to import into.
    let locales = edited_pack(&state)?.locales;
    let Some(path) = pick(
        &app,
        Pick::Open {
            title: "Import a glossary",
            filter: ("Glossary (CSV, TBX, XLSX)", IMPORT_EXTENSIONS),
        },
    )
    .await
    else {
        return Ok(None);
    };
    let emitter = app.clone();
    let read = off_main(move || read_file(&path, &locales, &emitter)).await??;
    let (name, format, incoming) = read;
    // Compared now, with the pack as it is after the read (the user may have edited meanwhile).
    let pack = edited_pack(&state)?;
    let view = ImportView {
        file: name,
        format,
        preview: glossary_files::preview(&pack, &incoming),
    };
    state.workspace().import = Some(PendingImport {
        view: view.clone(),
        read: incoming.clone(),
        incoming,
    });
    Ok(Some(view))
}

/// Reads and parses one import file, reporting progress to the window. The page sees the file's name,
/// never its folder.
fn read_file<R: Runtime>(
    path: &Path,
    locales: &[String],
    app: &AppHandle<R>,
) -> Result<(String, Format, Incoming), IpcError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut on_progress = |p: Progress| {
        // Progress is a courtesy: a window that cannot be told still gets the result.
        let _ = app.emit(IMPORT_PROGRESS, p);
    };
    let file = glossary_files::read_file(path, &name, None, locales, &mut on_progress)?;
    Ok((name, file.format, file.incoming))
}

/// Applies the previewed import with the user's decisions (by conflict key; a conflict not named is
/// skipped) as one undo step. Nothing is written until Save.
#[tauri::command]
pub fn import_apply(
    state: State<'_, AppState>,
    decisions: HashMap<String, Decision>,
) -> Result<ImportOutcome, IpcError> {
    let mut ws = state.workspace();
    let pending = ws.import.take().ok_or_else(no_import)?;
    let pack = ws.editor()?.pack()?;
    let fresh = glossary_files::preview(&pack, &pending.incoming);
    if fresh != pending.view.preview {
        let view = ImportView {
            preview: fresh,
            ..pending.view
        };
        ws.import = Some(PendingImport {
            view: view.clone(),
            ..pending
        });
        return Ok(ImportOutcome {
            summary: None,
            preview: Some(view),
            workspace: ws.view(),
        });
    }
    let summary = match glossary_files::apply(ws.editor()?, &fresh, &decisions) {
        Ok(s) => s,
        Err(e) => {
            // Keep the preview so the user can decide differently.
            ws.import = Some(pending);
            return Err(e.into());
        }
    };
    let workspace = folder::show_editor(&state, &mut ws)?;
    Ok(ImportOutcome {
        summary: Some(summary),
        preview: None,
        workspace,
    })
}

fn no_import() -> IpcError {
    IpcError::new(
        ErrorKind::NoImport,
        "no import is waiting: choose a file first",
    )
}

/// Redoes the waiting import's preview with the user's choice for each column the file's header did not
/// name (by field: keep it as a field, add it to the note, map it onto a field of a language, or drop it).
/// Nothing changes in the pack.
#[tauri::command]
pub fn import_columns(
    state: State<'_, AppState>,
    choices: BTreeMap<String, ColumnChoice>,
) -> Result<ImportView, IpcError> {
    let mut ws = state.workspace();
    let pack = ws.editor()?.pack()?;
    let pending = ws.import.as_mut().ok_or_else(no_import)?;
    pending.incoming = glossary_files::choose_columns(&pending.read, &choices, &pack.locales)?;
    pending.view.preview = glossary_files::preview(&pack, &pending.incoming);
    Ok(pending.view.clone())
}

/// File extension and dialog filter per export format.
fn export_kind(format: ExportFormat) -> (&'static str, &'static str) {
    match format {
        ExportFormat::Csv => ("csv", "CSV (UTF-8)"),
        ExportFormat::Tbx2 => ("tbx", "TBX v2 (martif)"),
        ExportFormat::Tbx3 => ("tbx", "TBX v3 (ISO 30042:2019)"),
        ExportFormat::Xlsx => ("xlsx", "Excel workbook"),
    }
}

/// The pack and its reviews as the window shows them (unsaved edits included).
fn shown(state: &AppState) -> Result<(Arc<Pack>, Reviews), IpcError> {
    {
        let ws = state.workspace();
        if let Some(editor) = ws.editor.as_ref() {
            let reviews =
                Reviews::parse(&editor.text(booth::edit::REVIEW_FILE).unwrap_or_default())?;
            return Ok((Arc::new(editor.pack()?), reviews));
        }
    }
    // The built-in pack; while it is still loading, says so instead of blocking the window's thread.
    Ok((state.try_pack()?, Reviews::default()))
}

/// Writes the glossary (as shown, unsaved edits included) in `format` to a file chosen in the native save
/// dialog, atomically. `None` when the user cancelled.
#[tauri::command]
pub async fn export_glossary<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ExportFormat,
) -> Result<Option<ExportDone>, IpcError> {
    let (pack, reviews) = shown(&state)?;
    let (ext, filter) = export_kind(format);
    let suggested = format!("{}-glossary.{ext}", pack.id);
    let Some(path) = pick(
        &app,
        Pick::Save {
            title: "Export the glossary",
            name: &suggested,
            filter: (filter, &[ext]),
        },
    )
    .await
    else {
        return Ok(None);
    };
    let concepts = pack.glossary.len();
    off_main(move || -> Result<ExportDone, IpcError> {
        let bytes = glossary_files::export(&pack, &reviews, format)?;
        let path = std::path::absolute(&path).map_err(|source| booth::Error::Io {
            path: path.clone(),
            source,
        })?;
        booth::save::atomic_write(&path, &bytes)?;
        Ok(ExportDone {
            file: path.display().to_string(),
            concepts,
        })
    })
    .await?
    .map(Some)
}
