//! What the shell keeps between commands: the pack shown (replaced when another pack is opened or an edit
//! changes it), the organizer's workspace (see [`crate::workspace`]) and the running-late record with its
//! file.

use crate::workspace::Workspace;
use booth::agenda::{Agenda, Shift};
use booth::late::{LateError, Record, StateFile};
use booth::Pack;
use serde::Serialize;
use std::sync::{Arc, Mutex, RwLock};
use ts_rs::TS;

pub struct AppState {
    /// The pack the window shows. Replaced as a whole (never mutated in place), so a command that took an
    /// `Arc` keeps a consistent pack even while an edit or a reload swaps in a new one.
    shown: RwLock<Shown>,
    /// The opened pack folder with its editor; `None` for the built-in pack (read-only).
    pub workspace: Mutex<Workspace>,
    late: Mutex<Late>,
}

struct Shown {
    pack: Arc<Pack>,
    /// The pack as JSON, prepared once per change: the UI asks for it at start and after every change.
    json: String,
}

impl Shown {
    fn new(pack: Pack) -> Shown {
        let json = serde_json::to_string(&pack).unwrap_or_else(|_| "null".to_owned());
        Shown {
            pack: Arc::new(pack),
            json,
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
    /// The state for `pack`; with `file`, its running-late record is read now, else on [`AppState::attach`].
    pub fn new(pack: Pack, file: Option<StateFile>, workspace: Workspace) -> Self {
        let record = Record::new(&pack.id);
        let state = AppState {
            shown: RwLock::new(Shown::new(pack)),
            workspace: Mutex::new(workspace),
            late: Mutex::new(Late {
                file: None,
                record,
                problem: None,
            }),
        };
        if let Some(f) = file {
            state.attach(f);
        }
        state
    }

    /// The pack shown now.
    pub fn pack(&self) -> Arc<Pack> {
        self.shown
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .pack
            .clone()
    }

    /// The pack shown now, as JSON.
    pub fn pack_json(&self) -> String {
        self.shown
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .json
            .clone()
    }

    /// Shows another pack (an edit, a reload from disk, another folder).
    pub fn show(&self, pack: Pack) {
        *self.shown.write().unwrap_or_else(|p| p.into_inner()) = Shown::new(pack);
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
    pub fn view(&self, local: chrono_tz::Tz) -> AgendaView {
        let pack = self.pack();
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
        AgendaView {
            agenda: agenda.with_local_zone(local),
            shifts: late.record.shifts.clone(),
            state_file: late
                .file
                .as_ref()
                .map(|f| f.path.display().to_string())
                .unwrap_or_default(),
            state_problem: problem,
        }
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
