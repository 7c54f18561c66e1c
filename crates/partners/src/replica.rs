//! One device's copy of the team document, shared by its local edits and its sync connections.
//!
//! Every change — made here or received from a peer — bumps a version in a `watch` channel; sync connections
//! wake on it to send what the other side lacks, and the app wakes on it to redraw. The lock is a plain
//! mutex never held across an `.await`.

use crate::team::{Result, Team, TeamState};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::watch;

/// A shared, observable [`Team`].
#[derive(Debug, Clone)]
pub struct Replica {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    team: Mutex<Team>,
    version: watch::Sender<u64>,
}

impl Replica {
    pub fn new(team: Team) -> Replica {
        Replica {
            inner: Arc::new(Inner {
                team: Mutex::new(team),
                version: watch::Sender::new(0),
            }),
        }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Team> {
        self.inner.team.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Edits the document and tells everyone watching.
    pub fn change<R>(&self, edit: impl FnOnce(&mut Team) -> Result<R>) -> Result<R> {
        let out = edit(&mut self.lock())?;
        self.bump();
        Ok(out)
    }

    pub(crate) fn bump(&self) {
        self.inner.version.send_modify(|v| *v += 1);
    }

    /// Everything shared, as it stands.
    pub fn state(&self) -> Result<TeamState> {
        self.lock().state()
    }

    /// The document with its history, for a state file.
    pub fn save(&self) -> Vec<u8> {
        self.lock().save()
    }

    /// Wakes whenever the document changed (locally or from a peer).
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.inner.version.subscribe()
    }
}
