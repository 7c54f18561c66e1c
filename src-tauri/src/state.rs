//! What the shell keeps between commands: the pack shown (replaced when another pack is opened or an edit
//! changes it), the organizer's workspace (see [`crate::workspace`]) and the running-late record with its
//! file.
//!
//! The first pack is loaded and indexed on a background thread while the window starts (a 100,000-concept
//! pack takes seconds); until then the booth's commands answer [`loading`] and the page waits for the
//! [`PACK_READY`] event.

use crate::error::{ErrorKind, IpcError};
use crate::workspace::Workspace;
use booth::late::{LateError, Record, StateFile};
use booth::views::{AgendaView, PackHead};
use booth::Pack;
use std::sync::{Arc, Condvar, Mutex, OnceLock, RwLock};

/// Emitted once, when the first pack has been loaded and indexed (the page then asks for it).
pub const PACK_READY: &str = "pack-ready";
/// The event the page hears when the whole pack replaced its head (agenda and people shown before the
/// glossary had loaded): the glossary is there now.
pub const GLOSSARY_READY: &str = "glossary-ready";
/// While a big pack's head is shown: how far the whole has got ([`booth::opening::Progress`]).
pub const PACK_OPENING: &str = "pack-opening";

/// The error the booth's commands answer while the first pack is still loading (kind `loading`).
pub fn loading() -> IpcError {
    IpcError::new(
        ErrorKind::Loading,
        "the pack is still loading; the pack-ready event follows",
    )
}

pub struct AppState {
    /// The pack the window shows; `None` while the first one loads. Replaced as a whole (never mutated in
    /// place), so a command that took an `Arc` keeps a consistent pack even while an edit or a reload swaps
    /// in a new one.
    shown: RwLock<Option<Arc<Shown>>>,
    /// Signalled when the first pack is shown (for the few internal callers that must wait for it).
    loaded: (Mutex<bool>, Condvar),
    /// The opened pack folder with its editor; `None` for the built-in pack (read-only).
    pub workspace: Mutex<Workspace>,
    late: Mutex<Late>,
}

struct Shown {
    pack: Arc<Pack>,
    /// The whole pack as JSON, made on the first request after a change (only the organizer and prep views
    /// ask for it; at 100,000 concepts it is tens of megabytes, so it is not made before anyone asks).
    json: OnceLock<String>,
    /// The pack without its glossary, as JSON: what the live view needs to paint (see [`PackHead`]).
    head_json: OnceLock<String>,
}

impl Shown {
    fn new(pack: Pack) -> Shown {
        Shown {
            pack: Arc::new(pack),
            json: OnceLock::new(),
            head_json: OnceLock::new(),
        }
    }
}

/// The running-late record and where it is kept. The lock is never held across an await (commands are
/// synchronous), and a poisoned lock still holds a consistent record (every change is a single push/pop).
struct Late {
    /// None until the app knows its data folder (the built-in pack's record lives there).
    file: Option<StateFile>,
    record: Record,
    /// Why the file could not be read at start (shown in the UI; the record then starts empty and the next
    /// change overwrites the unreadable file).
    problem: Option<String>,
    /// The event's record from the partners host while this booth follows one: applied first, and this
    /// booth's own record after it as a local override (see `booth::views::partners`).
    shared: Option<Record>,
}

impl AppState {
    /// The state before the first pack is loaded: the booth's commands answer [`loading`] until
    /// [`AppState::show`] is called.
    pub fn loading(workspace: Workspace) -> Self {
        AppState {
            shown: RwLock::new(None),
            loaded: (Mutex::new(false), Condvar::new()),
            workspace: Mutex::new(workspace),
            late: Mutex::new(Late {
                file: None,
                record: Record::new(""),
                problem: None,
                shared: None,
            }),
        }
    }

    fn shown(&self) -> Option<Arc<Shown>> {
        self.shown.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The pack shown now, or [`loading`] while the first one loads.
    pub fn try_pack(&self) -> Result<Arc<Pack>, IpcError> {
        self.shown().map(|s| s.pack.clone()).ok_or_else(loading)
    }

    /// Whether the first pack has been shown.
    pub fn is_loaded(&self) -> bool {
        self.shown().is_some()
    }

    /// Whether the pack shown is a head whose glossary is still loading ([`booth::Pack::open_head`]).
    pub fn showing_head(&self) -> bool {
        self.shown().is_some_and(|s| s.pack.glossary_pending())
    }

    /// The pack shown now; waits for the first one to load (internal callers only: the commands use
    /// [`AppState::try_pack`] so the window's thread never blocks).
    pub fn pack(&self) -> Arc<Pack> {
        let (lock, cvar) = &self.loaded;
        let mut loaded = lock.lock().unwrap_or_else(|p| p.into_inner());
        while !*loaded {
            loaded = cvar.wait(loaded).unwrap_or_else(|p| p.into_inner());
        }
        drop(loaded);
        match self.shown() {
            Some(s) => s.pack.clone(),
            None => unreachable!("shown is set before loaded"),
        }
    }

    /// The pack shown now, as JSON.
    pub fn pack_json(&self) -> Result<String, IpcError> {
        let shown = self.shown().ok_or_else(loading)?;
        Ok(shown
            .json
            .get_or_init(|| {
                serde_json::to_string(&*shown.pack).unwrap_or_else(|_| "null".to_owned())
            })
            .clone())
    }

    /// The pack without its glossary, as JSON.
    pub fn head_json(&self) -> Result<String, IpcError> {
        let shown = self.shown().ok_or_else(loading)?;
        Ok(shown
            .head_json
            .get_or_init(|| {
                serde_json::to_string(&PackHead::of(&shown.pack))
                    .unwrap_or_else(|_| "null".to_owned())
            })
            .clone())
    }

    /// Shows another pack (the first one, an edit, a reload from disk, another folder).
    pub fn show(&self, pack: Pack) {
        *self.shown.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(Shown::new(pack)));
        let (lock, cvar) = &self.loaded;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = true;
        cvar.notify_all();
    }

    /// The organizer's workspace, locked. Never held across an await; a poisoned lock still holds a
    /// consistent editor (every core operation on it is all-or-nothing).
    pub fn workspace(&self) -> std::sync::MutexGuard<'_, Workspace> {
        self.workspace.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Reads the running-late record from `file` and keeps it there from now on.
    pub fn attach(&self, file: StateFile) {
        let pack = self.pack();
        let mut late = self.late();
        match file.load(&pack.id) {
            Ok(r) => {
                late.record = r;
                late.problem = None;
            }
            Err(e) => {
                eprintln!("booth: {e}; starting with no running-late adjustments");
                late.problem = Some(e.to_string());
            }
        }
        late.file = Some(file);
    }

    fn late(&self) -> std::sync::MutexGuard<'_, Late> {
        self.late.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The booth's running-late record as it stands (the partners host shares it with the team).
    pub fn record(&self) -> Record {
        self.late().record.clone()
    }

    /// Follows the partners host's running-late record (None: this booth's own record only). Returns
    /// whether it changed.
    pub fn follow_shared(&self, shared: Option<Record>) -> bool {
        let mut late = self.late();
        let changed = late.shared != shared;
        late.shared = shared;
        changed
    }

    /// The shifted agenda in `local` zone.
    pub fn view(&self, local: chrono_tz::Tz) -> Result<AgendaView, IpcError> {
        let pack = self.try_pack()?;
        let late = self.late();
        let file = late.file.as_ref().map(|f| f.path.display().to_string());
        let combined = late
            .shared
            .as_ref()
            .map(|shared| booth::views::partners::with_local_override(shared, &late.record));
        Ok(AgendaView::of(
            &pack,
            combined.as_ref().unwrap_or(&late.record),
            local,
            file.unwrap_or_default(),
            late.problem.clone(),
        ))
    }

    /// Applies `change` to the record and saves it; on a failed save the change is rolled back, so memory
    /// and disk never disagree. While following the event's record, the change sees the agenda as shown and
    /// lands in this booth's own record (its local override).
    pub fn change(
        &self,
        change: impl FnOnce(&mut Record, &Pack) -> Result<(), LateError>,
    ) -> Result<(), LateError> {
        let mut late = self.late();
        let Some(file) = late.file.clone() else {
            return Err(LateError::Io {
                path: Default::default(),
                source: std::io::Error::other("the running-late state file is not known yet"),
            });
        };
        let before = late.record.clone();
        let pack = self.pack();
        let late = &mut *late;
        match &late.shared {
            Some(shared) => {
                booth::views::partners::change_local_override(shared, &mut late.record, |r| {
                    change(r, &pack)
                })?
            }
            None => change(&mut late.record, &pack)?,
        }
        if let Err(e) = file.save(&late.record) {
            late.record = before;
            return Err(e);
        }
        late.problem = None;
        Ok(())
    }
}
