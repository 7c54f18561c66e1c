//! What the shell keeps between commands: the pack shown (replaced when another pack is opened or an edit
//! changes it), the organizer's workspace (see [`crate::workspace`]) and the running-late record with its
//! file.
//!
//! The first pack is loaded and indexed on a background thread while the window starts (a 100,000-concept
//! pack takes seconds); until then the booth's commands answer [`loading`] and the page waits for the
//! [`PACK_READY`] event.

use crate::error::{ErrorKind, IpcError};
use crate::workspace::Workspace;
use booth::agenda::{Agenda, Shift};
use booth::glossary::Concept;
use booth::late::{LateError, Record, StateFile};
use booth::pack::{EventInfo, Session};
use booth::people::Person;
use booth::{Diagnostic, Pack};
use serde::Serialize;
use std::sync::{Arc, Condvar, Mutex, OnceLock, RwLock};
use ts_rs::TS;

/// Emitted once, when the first pack has been loaded and indexed (the page then asks for it).
pub const PACK_READY: &str = "pack-ready";

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

/// The pack without its glossary: everything the live view paints at start (agenda, people, titles). The
/// glossary stays in the shell; the page gets concepts through `search` and `glossary_listing`, so a
/// 100,000-concept pack costs the webview nothing until someone opens the organizer or prep view.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PackHead {
    pub id: String,
    pub origin: String,
    /// Locale tags, reference first.
    pub locales: Vec<String>,
    pub info: EventInfo,
    pub sessions: Vec<Session>,
    pub agenda: Agenda,
    pub people: Vec<Person>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many concepts the glossary has.
    pub concepts: u32,
}

impl PackHead {
    pub fn of(pack: &Pack) -> PackHead {
        PackHead {
            id: pack.id.clone(),
            origin: pack.origin.clone(),
            locales: pack.locales.clone(),
            info: pack.info.clone(),
            sessions: pack.sessions.clone(),
            agenda: pack.agenda.clone(),
            people: pack.people.clone(),
            diagnostics: pack.diagnostics.clone(),
            concepts: u32::try_from(pack.glossary.len()).unwrap_or(u32::MAX),
        }
    }
}

/// The glossary listed for an empty search: the session's concepts in pack order, or, without any, the
/// glossary from the top; never more than the page asked for.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Listing {
    pub concepts: Vec<Concept>,
    /// How many concepts the listing stands for (more than `concepts.len()` when capped).
    pub total: u32,
    /// Whether these are the session's concepts (true) or the glossary from the top (false).
    pub session: bool,
}

impl Listing {
    pub fn of(glossary: &[Concept], session: Option<&str>, limit: usize) -> Listing {
        let in_session = |c: &&Concept| session.is_some_and(|s| c.sessions.iter().any(|x| x == s));
        let mine = glossary.iter().filter(in_session).count();
        let (concepts, total): (Vec<Concept>, usize) = if mine > 0 {
            (
                glossary
                    .iter()
                    .filter(in_session)
                    .take(limit)
                    .cloned()
                    .collect(),
                mine,
            )
        } else {
            (
                glossary.iter().take(limit).cloned().collect(),
                glossary.len(),
            )
        };
        Listing {
            concepts,
            total: u32::try_from(total).unwrap_or(u32::MAX),
            session: mine > 0,
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
}

/// The agenda as the booth sees it now: shifted, in the user's local zone, with the record that shifted it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaView {
    pub agenda: Agenda,
    pub shifts: Vec<Shift>,
    /// Where the running-late record is kept (shown in the UI so nobody hunts for it).
    pub state_file: String,
    /// A problem with the state file (unreadable, other pack, shifts of removed items), if any.
    pub state_problem: Option<String>,
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

    /// The shifted agenda in `local` zone.
    pub fn view(&self, local: chrono_tz::Tz) -> Result<AgendaView, IpcError> {
        let pack = self.try_pack()?;
        let late = self.late();
        let (agenda, unknown) = pack.agenda.adjusted(&late.record.shifts);
        let problem = late.problem.clone().or_else(|| {
            (!unknown.is_empty()).then(|| {
                let ids: Vec<&str> = unknown.iter().map(|s| s.item.as_str()).collect();
                format!(
                    "shifts of items no longer in the pack were ignored: {}",
                    ids.join(", ")
                )
            })
        });
        Ok(AgendaView {
            agenda: agenda.with_local_zone(local),
            shifts: late.record.shifts.clone(),
            state_file: late
                .file
                .as_ref()
                .map(|f| f.path.display().to_string())
                .unwrap_or_default(),
            state_problem: problem,
        })
    }

    /// Applies `change` to the record and saves it; on a failed save the change is rolled back, so memory
    /// and disk never disagree.
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
        change(&mut late.record, &pack)?;
        if let Err(e) = file.save(&late.record) {
            late.record = before;
            return Err(e);
        }
        late.problem = None;
        Ok(())
    }
}
