//! The Prep view's documents (issue 19): a session's speeches, slides and papers added with the native
//! dialog (the page never names a path), read with the prompts engine, mined for candidate terms and
//! drilled. Each command is a few lines over the core ([`booth::documents`], [`booth::drill`]).
//!
//! Files dropped on the window arrive as the native window's drag-and-drop event, in the shell: it keeps
//! their paths ([`Dropped`]) and tells the page only their names; the page then asks to add "what was
//! dropped" to a session, so a path never comes from the webview here either.
//!
//! Documents live in the open pack folder, so the built-in pack (no folder) answers `readOnly`. Accepting a
//! candidate goes through the workspace's editor, like any organizer edit: with no other unsaved edit it is
//! saved at once (what `booth extract` users expect); with unsaved edits it joins them, so the user's own
//! edits are neither saved behind their back nor lost.

use crate::error::{off_main, IpcError};
use crate::folder;
use crate::pick::{pick, Pick};
use crate::state::AppState;
use crate::workspace::WorkspaceView;
use booth::documents::{self, Candidate, Kept, Pair};
use booth::drill::{self, FolderDrill, Grade, Next};
use booth::edit::Edit;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

/// What the add dialog offers (what the core's reader knows).
const EXTENSIONS: &[&str] = &["pdf", "docx", "pptx", "txt", "md"];
/// Candidates sent to the window at most.
const CANDIDATES: usize = 100;

/// The open pack folder; the built-in pack has none (`readOnly`).
fn pack_dir(state: &AppState) -> Result<PathBuf, IpcError> {
    Ok(state.workspace().editor()?.root().to_owned())
}

/// The documents kept with the pack: `session`'s only, when given.
#[tauri::command]
pub fn documents_list(
    state: State<'_, AppState>,
    session: Option<String>,
) -> Result<Vec<Kept>, IpcError> {
    Ok(documents::list(&pack_dir(&state)?, session.as_deref())?)
}

/// Asks for a document in the native dialog and adds it to `session`; `None` when the user cancelled.
#[tauri::command]
pub async fn documents_add<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    session: Option<String>,
) -> Result<Option<Kept>, IpcError> {
    // Refuse before the dialog when there is no folder to keep it in.
    let dir = pack_dir(&state)?;
    let Some(path) = pick(
        &app,
        Pick::Open {
            title: "Add a speaker's document",
            filter: ("Documents (PDF, Word, PowerPoint, text)", EXTENSIONS),
        },
    )
    .await
    else {
        return Ok(None);
    };
    let pack = state.try_pack()?;
    let run = move || documents::add(&pack, &dir, &path, session.as_deref());
    // Reading a long PDF takes a moment: off the main thread.
    Ok(Some(off_main(run).await??))
}

/// The event telling the page that files were dropped on the window (their names only).
pub const DOCUMENTS_DROPPED: &str = "documents-dropped";

/// The paths of the files last dropped on the window, until the page adds them.
#[derive(Default)]
pub struct Dropped(Mutex<Vec<PathBuf>>);

impl Dropped {
    pub(crate) fn put(&self, paths: Vec<PathBuf>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = paths;
    }

    fn take(&self) -> Vec<PathBuf> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// Keeps the paths of files dropped on the window and tells the page their names.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
        let names: Vec<String> = paths
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        window.state::<Dropped>().put(paths.clone());
        if let Err(e) = window.emit(DOCUMENTS_DROPPED, names) {
            eprintln!("booth: cannot tell the window about dropped files: {e}");
        }
    }
}

/// What adding the dropped files did: each one kept, or why not (the message names the file).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DroppedAdded {
    pub added: Vec<Kept>,
    pub failed: Vec<IpcError>,
}

/// Adds the files last dropped on the window to `session` (each at most once: they are then forgotten).
#[tauri::command]
pub async fn documents_add_dropped(
    state: State<'_, AppState>,
    dropped: State<'_, Dropped>,
    session: Option<String>,
) -> Result<DroppedAdded, IpcError> {
    let dir = pack_dir(&state)?;
    let pack = state.try_pack()?;
    let paths = dropped.take();
    let run = move || {
        let mut out = DroppedAdded {
            added: Vec::new(),
            failed: Vec::new(),
        };
        for path in paths {
            match documents::add(&pack, &dir, &path, session.as_deref()) {
                Ok(kept) => out.added.push(kept),
                Err(e) => out.failed.push(e.into()),
            }
        }
        out
    };
    off_main(run).await
}

/// One kept document's extracted text (the page annotates it with the `annotate` command).
#[tauri::command]
pub fn document_text(state: State<'_, AppState>, name: String) -> Result<String, IpcError> {
    Ok(documents::text(&pack_dir(&state)?, &name)?)
}

/// Term pairs from `name` and `other`, one document in English and Korean (either order), leaving out what
/// the glossary as shown has and what was dismissed.
#[tauri::command]
pub fn document_pairs(
    state: State<'_, AppState>,
    name: String,
    other: String,
) -> Result<Vec<Pair>, IpcError> {
    let dir = pack_dir(&state)?;
    let a = (name.clone(), documents::text(&dir, &name)?);
    let b = (other.clone(), documents::text(&dir, &other)?);
    Ok(documents::pairs(
        &*state.try_pack()?,
        Some(&dir),
        &a,
        &b,
        CANDIDATES,
    )?)
}

/// Candidate terms of `session`'s documents (every document's, when `None`) that the glossary as shown
/// (unsaved edits included) lacks and that were not dismissed, best first.
#[tauri::command]
pub fn document_candidates(
    state: State<'_, AppState>,
    session: Option<String>,
) -> Result<Vec<Candidate>, IpcError> {
    let dir = pack_dir(&state)?;
    let docs = documents::texts_of(&dir, session.as_deref())?;
    Ok(documents::candidates(
        &*state.try_pack()?,
        Some(&dir),
        &docs,
        CANDIDATES,
    )?)
}

/// What accepting a candidate did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Accepted {
    /// The new concept's id.
    pub id: String,
    /// Saved at once (the pack had no other unsaved edit); otherwise it waits with them for Save.
    pub saved: bool,
    pub workspace: WorkspaceView,
}

/// Adds candidate `key` of `session`'s documents to the glossary as a new concept of that session.
#[tauri::command]
pub fn document_accept(
    state: State<'_, AppState>,
    key: String,
    session: Option<String>,
) -> Result<Accepted, IpcError> {
    let mut ws = state.workspace();
    let editor = ws.editor()?;
    let dir = editor.root().to_owned();
    let pack = editor.pack()?;
    let docs = documents::texts_of(&dir, session.as_deref())?;
    let candidate = documents::candidate(&pack, Some(&dir), &docs, &key)?;
    let concept = documents::concept_for(&pack, &candidate, session.as_deref())?;
    let id = concept.id.to_string();
    let alone = editor.dirty().is_empty();
    let label = format!("add {} from a document", candidate.term);
    editor.apply_all(&label, vec![Edit::PutConcept { concept }])?;
    // A save stopped by a change on disk keeps the edit unsaved: the organizer shows the conflict.
    let saved = alone && editor.save().is_ok();
    let workspace = folder::show_editor(&state, &mut ws)?;
    Ok(Accepted {
        id,
        saved,
        workspace,
    })
}

/// Dismisses a candidate for this pack (it is not proposed again).
#[tauri::command]
pub fn document_dismiss(state: State<'_, AppState>, key: String) -> Result<(), IpcError> {
    Ok(documents::dismiss(&pack_dir(&state)?, &key)?)
}

/// Runs a step of this computer's user's drill of `session` (the whole pack's when `None`) in the open pack
/// folder, where the drill's progress is kept.
fn drill_step<T>(
    state: &AppState,
    session: Option<String>,
    step: impl FnOnce(FolderDrill) -> booth::Result<T>,
) -> Result<T, IpcError> {
    let dir = pack_dir(state)?;
    let pack = state.try_pack()?;
    let user = drill::user();
    Ok(step(FolderDrill {
        pack: &pack,
        pack_dir: &dir,
        session: session.as_deref(),
        user: &user,
    })?)
}

/// The next card of `session`'s drill (the whole pack's when `None`) for this computer's user.
#[tauri::command]
pub fn drill_next(state: State<'_, AppState>, session: Option<String>) -> Result<Next, IpcError> {
    drill_step(&state, session, |d| d.next(chrono::Utc::now()))
}

/// Whether `typed` answers card `card`.
#[tauri::command]
pub fn drill_check(
    state: State<'_, AppState>,
    session: Option<String>,
    card: String,
    typed: String,
) -> Result<bool, IpcError> {
    drill_step(&state, session, |d| d.check(&card, &typed))
}

/// Records how well card `card` was recalled (progress saved beside the pack) and returns the next one.
#[tauri::command]
pub fn drill_grade(
    state: State<'_, AppState>,
    session: Option<String>,
    card: String,
    grade: Grade,
) -> Result<Next, IpcError> {
    drill_step(&state, session, |d| {
        d.grade(&card, grade, chrono::Utc::now())
    })
}
