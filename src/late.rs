//! Running late: the booth's record of how far the programme has slipped, and the state file that keeps it.
//!
//! Events run late; interpreters still need to know what comes next and when. The record is a stack of
//! [`Shift`]s ("the remaining items run 5 min later", "this item started now"); [`Agenda::adjusted`] applies
//! them to the stated programme, and undo pops the last one. The stack lives in a small JSON **state file
//! beside the pack**, never in the pack's content files: the content is shared between booths and edited by
//! organizers, the delay is one booth's observation of one day. For a pack folder `…/my-event/` the file is
//! `…/my-event.booth-state.json`; for the built-in forum pack the app passes a file in its per-user data
//! folder (see [`StateFile::for_pack_dir`] and the README).
//!
//! Writes are atomic (temp file in the same folder, fsync, rename, fsync of the folder), so a crash or power
//! cut in the booth leaves either the old record or the new one, never half of one.

use crate::agenda::{Agenda, Shift, ShiftKind};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The state file format this build writes.
pub const FORMAT: u32 = 1;

/// Why a running-late operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LateError {
    /// The state file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The state file exists but is not a state file this build understands.
    #[error("{path}: not a Booth state file: {message}")]
    Corrupt { path: PathBuf, message: String },
    /// The state file belongs to another pack (a copied or renamed folder).
    #[error("{path}: the state file is for pack `{found}`, not `{expected}`")]
    OtherPack {
        path: PathBuf,
        found: String,
        expected: String,
    },
    /// Nothing runs now and nothing comes later, so there is nothing to shift.
    #[error("the programme has ended: there are no remaining items to shift")]
    NothingToShift,
    /// The item to mark as started is not in the agenda.
    #[error("no item `{0}` in the agenda")]
    UnknownItem(String),
    /// The record has no adjustment left to undo.
    #[error("there is no adjustment to undo")]
    NothingToUndo,
}

impl LateError {
    /// A stable, machine-readable name of the variant, for the IPC boundary and `--json` output.
    pub fn kind(&self) -> &'static str {
        match self {
            LateError::Io { .. } => "io",
            LateError::Corrupt { .. } => "corruptState",
            LateError::OtherPack { .. } => "otherPack",
            LateError::NothingToShift => "nothingToShift",
            LateError::UnknownItem(_) => "unknownItem",
            LateError::NothingToUndo => "nothingToUndo",
        }
    }
}

pub type Result<T, E = LateError> = std::result::Result<T, E>;

/// The running-late record of one pack, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "LateRecord")]
pub struct Record {
    pub format: u32,
    /// The pack id (`event.json` `id`) the shifts belong to.
    pub pack: String,
    /// Applied in order; undo removes the last.
    pub shifts: Vec<Shift>,
}

impl Record {
    pub fn new(pack: &str) -> Record {
        Record {
            format: FORMAT,
            pack: pack.to_owned(),
            shifts: Vec::new(),
        }
    }

    /// "Running N minutes late": the item running at `at` ends `minutes` later and every later item moves
    /// with it; between items, the next item and everything after it start `minutes` later. Negative minutes
    /// mean the programme runs ahead. Returns the recorded shift.
    pub fn shift_remaining(
        &mut self,
        agenda: &Agenda,
        at: DateTime<Utc>,
        minutes: i64,
    ) -> Result<&Shift> {
        let (adjusted, _) = agenda.adjusted(&self.shifts);
        let status = adjusted.status_at(at);
        // While an item runs it runs longer (it keeps its start); between items the next one starts later.
        let (anchor, from_end) = match (status.current, status.next) {
            (Some(c), _) => (c, true),
            (None, Some(n)) => (n, false),
            (None, None) => return Err(LateError::NothingToShift),
        };
        let item = adjusted.item(anchor).id.clone();
        Ok(self.push(Shift {
            item,
            seconds: minutes * 60,
            kind: ShiftKind::Shift,
            from_end,
            recorded: at,
        }))
    }

    /// Records that `item` started at `at`: it and every later item move by the difference between `at` and
    /// its start as currently adjusted (whole seconds).
    pub fn mark_started(
        &mut self,
        agenda: &Agenda,
        item: &str,
        at: DateTime<Utc>,
    ) -> Result<&Shift> {
        let (adjusted, _) = agenda.adjusted(&self.shifts);
        let (_, it) = adjusted
            .find(item)
            .ok_or_else(|| LateError::UnknownItem(item.to_owned()))?;
        let seconds = (at - it.start).num_seconds();
        Ok(self.push(Shift {
            item: item.to_owned(),
            seconds,
            kind: ShiftKind::Started,
            from_end: false,
            recorded: at,
        }))
    }

    /// Removes the last adjustment and returns it.
    pub fn undo(&mut self) -> Result<Shift> {
        self.shifts.pop().ok_or(LateError::NothingToUndo)
    }

    fn push(&mut self, shift: Shift) -> &Shift {
        self.shifts.push(shift);
        // Just pushed, so the stack is not empty.
        &self.shifts[self.shifts.len() - 1]
    }
}

/// Where one pack's record is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateFile {
    pub path: PathBuf,
}

impl StateFile {
    pub fn new(path: impl Into<PathBuf>) -> StateFile {
        StateFile { path: path.into() }
    }

    /// The file beside a pack folder: `…/my-event/` → `…/my-event.booth-state.json`. A folder with no parent
    /// (the file system root) keeps it inside, as `.booth-state.json`.
    pub fn for_pack_dir(dir: &Path) -> StateFile {
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
        match (dir.parent(), dir.file_name()) {
            (Some(parent), Some(name)) => {
                let mut file = name.to_os_string();
                file.push(".booth-state.json");
                StateFile::new(parent.join(file))
            }
            _ => StateFile::new(dir.join(".booth-state.json")),
        }
    }

    /// The file for a pack id inside a per-user data folder (the built-in pack has no folder of its own).
    pub fn in_data_dir(data_dir: &Path, pack_id: &str) -> StateFile {
        StateFile::new(
            data_dir
                .join("running-late")
                .join(format!("{pack_id}.booth-state.json")),
        )
    }

    /// Reads the record of `pack`; a missing file is an empty record (nothing has slipped yet).
    pub fn load(&self, pack: &str) -> Result<Record> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Record::new(pack)),
            Err(source) => {
                return Err(LateError::Io {
                    path: self.path.clone(),
                    source,
                })
            }
        };
        let record: Record = serde_json::from_str(&text).map_err(|e| LateError::Corrupt {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        if record.format != FORMAT {
            return Err(LateError::Corrupt {
                path: self.path.clone(),
                message: format!(
                    "format {} (this build reads format {FORMAT})",
                    record.format
                ),
            });
        }
        if record.pack != pack {
            return Err(LateError::OtherPack {
                path: self.path.clone(),
                found: record.pack,
                expected: pack.to_owned(),
            });
        }
        Ok(record)
    }

    /// Writes the record atomically: a temp file in the same folder (so the rename cannot cross file
    /// systems), flushed to disk, renamed over the old file, then the folder entry flushed too.
    pub fn save(&self, record: &Record) -> Result<()> {
        let io = |source: std::io::Error| LateError::Io {
            path: self.path.clone(),
            source,
        };
        let dir = match self.path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir).map_err(io)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".booth-state")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(io)?;
        let json = serde_json::to_string_pretty(record).map_err(|e| LateError::Corrupt {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        tmp.write_all(json.as_bytes()).map_err(io)?;
        tmp.write_all(b"\n").map_err(io)?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&self.path).map_err(|e| io(e.error))?;
        sync_dir(&dir).map_err(io)
    }
}

/// Makes the rename itself durable (POSIX: the directory entry lives in the folder).
#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
