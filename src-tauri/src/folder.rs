//! The pack folder open for editing, as the window follows it: opening it, watching it for changes made
//! by someone else, reloading and showing what the editor holds, and keeping the window open when closing
//! it would lose unsaved edits. The data it works on is the [`crate::workspace`]; the pack shown is in
//! [`crate::state`].

use crate::error::IpcError;
use crate::state::AppState;
use crate::workspace::{PackChanged, Workspace, WorkspaceView, DEBOUNCE, PACK_CHANGED};
use booth::edit::Editor;
use booth::Pack;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode};
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, DebouncedEvent};
use std::path::Path;
use tauri::{Emitter, Manager, Runtime};

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
    let debouncer = new_debouncer(DEBOUNCE, None, move |res: DebounceEventResult| {
        let relevant = match res {
            Ok(events) => events.iter().any(is_change),
            Err(errors) => {
                for e in errors {
                    eprintln!("booth: watching the pack folder: {e}");
                }
                false
            }
        };
        if relevant {
            on_disk_change(&handle);
        }
    });
    match debouncer {
        Ok(mut d) => match d.watch(&root, RecursiveMode::Recursive) {
            Ok(()) => ws.watcher = Some(d),
            Err(e) => eprintln!("booth: cannot watch {}: {e}", root.display()),
        },
        Err(e) => eprintln!("booth: cannot watch {}: {e}", root.display()),
    }
}

/// Whether an event can mean the pack changed: not a read (inotify reports every open and every close
/// without a write, and the refresh itself reads each file — taken as changes, they made a refresh every
/// debounce period, forever, reading and hashing the whole pack each time), and not only scratch files.
fn is_change(event: &DebouncedEvent) -> bool {
    let read =
        matches!(event.kind, EventKind::Access(a) if a != AccessKind::Close(AccessMode::Write));
    !read && event.paths.iter().any(|p| !is_scratch(p))
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

#[cfg(test)]
mod tests {
    use super::is_change;
    use notify_debouncer_full::notify::event::{
        AccessKind, AccessMode, CreateKind, DataChange, Event, EventKind, ModifyKind, RemoveKind,
    };
    use notify_debouncer_full::DebouncedEvent;
    use std::time::Instant;

    fn event(kind: EventKind, path: &str) -> DebouncedEvent {
        DebouncedEvent::new(Event::new(kind).add_path(path.into()), Instant::now())
    }

    #[test]
    fn reading_the_pack_is_no_change() {
        let glossary = "/p/ko/glossary.ftl";
        assert!(!is_change(&event(
            EventKind::Access(AccessKind::Open(AccessMode::Read)),
            glossary
        )));
        assert!(!is_change(&event(
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            glossary
        )));
        assert!(!is_change(&event(
            EventKind::Access(AccessKind::Any),
            glossary
        )));
    }

    #[test]
    fn writing_creating_and_removing_are_changes() {
        let glossary = "/p/ko/glossary.ftl";
        assert!(is_change(&event(
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            glossary
        )));
        assert!(is_change(&event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            glossary
        )));
        assert!(is_change(&event(
            EventKind::Create(CreateKind::File),
            glossary
        )));
        assert!(is_change(&event(
            EventKind::Remove(RemoveKind::File),
            glossary
        )));
    }

    #[test]
    fn scratch_files_are_no_change() {
        let tmp = "/p/ko/.glossary.ftl.a1b2.tmp";
        assert!(!is_change(&event(EventKind::Create(CreateKind::File), tmp)));
        assert!(!is_change(&event(
            EventKind::Modify(ModifyKind::Any),
            "/p/ko/glossary.ftl.swp"
        )));
    }
}
