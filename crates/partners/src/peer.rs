//! The Automerge sync protocol over one authenticated connection, the same on the host's side and the
//! follower's.
//!
//! Each side keeps a `sync::State` for the connection; whenever the local document changes, or a message
//! arrives, it asks Automerge what the other side still lacks and sends it. Automerge's protocol exchanges
//! heads and Bloom filters first, so a reconnecting follower sends only the changes the host has not seen
//! (its offline edits), and receives only the host's new ones.

use crate::replica::Replica;
use automerge::sync::{self, SyncDoc};
use tokio::sync::{mpsc, watch};

/// Why a sync connection ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ended {
    /// The other side closed or the connection broke.
    Lost,
    /// This side was told to stop (sharing off, token revoked).
    Stopped,
    /// The other side sent bytes that are not a sync message.
    Garbage,
}

/// Runs the protocol until the connection ends. `incoming` carries binary frames from the other side,
/// `outgoing` takes frames to send; `stop` ends the loop when it changes or its sender is dropped.
pub(crate) async fn run(
    replica: &Replica,
    mut incoming: mpsc::Receiver<Vec<u8>>,
    outgoing: mpsc::Sender<Vec<u8>>,
    mut stop: watch::Receiver<u64>,
) -> Ended {
    let mut state = sync::State::new();
    let mut version = replica.subscribe();
    loop {
        // Send everything the protocol wants to send now.
        loop {
            let message = replica
                .lock()
                .doc_mut()
                .sync()
                .generate_sync_message(&mut state);
            match message {
                Some(m) => {
                    if outgoing.send(m.encode()).await.is_err() {
                        return Ended::Lost;
                    }
                }
                None => break,
            }
        }
        tokio::select! {
            frame = incoming.recv() => {
                let Some(bytes) = frame else { return Ended::Lost };
                let Ok(message) = sync::Message::decode(&bytes) else { return Ended::Garbage };
                let changed = {
                    let mut team = replica.lock();
                    let doc = team.doc_mut();
                    let before = doc.get_heads();
                    if doc.sync().receive_sync_message(&mut state, message).is_err() {
                        return Ended::Garbage;
                    }
                    doc.get_heads() != before
                };
                if changed {
                    replica.bump();
                }
            }
            changed = version.changed() => {
                if changed.is_err() { return Ended::Stopped; }
            }
            changed = stop.changed() => {
                let _ = changed;
                return Ended::Stopped;
            }
        }
    }
}
