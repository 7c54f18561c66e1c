//! The follower: a partner's device, syncing with the host and carrying on without it.
//!
//! It connects, checks the host's proof before it sends anything (a stranger answering at the host's
//! address after the host quit gets no byte of the document and no code), sends its own proof, then runs the
//! Automerge sync protocol. When the connection breaks it keeps the document, goes on taking local edits,
//! reports "offline since" (the caller's clock, at the moment the link was lost) and tries again every few
//! seconds; on reconnect the sync protocol sends exactly the edits each side lacks.

use crate::host::{Clock, CLOSE_UNAUTHORIZED, HOST_NONCE_HEADER, HOST_PROOF_HEADER};
use crate::peer::{self, Ended};
use crate::replica::Replica;
use crate::team::Millis;
use crate::token::{self, Side};
use futures_util::{SinkExt, StreamExt};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::{self, Message};
use ts_rs::TS;

/// Ping the host this often; a link silent for [`SILENCE`] is taken as lost.
const PING: Duration = Duration::from_secs(2);
const SILENCE: Duration = Duration::from_secs(6);
const RETRY_MIN: Duration = Duration::from_millis(250);
const RETRY_MAX: Duration = Duration::from_secs(3);

/// Where the follower's link to the host stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "state"
)]
#[ts(export, rename = "PartnerLink")]
pub enum Link {
    /// Trying for the first time.
    Connecting,
    /// Synced with the host.
    Online {
        #[ts(type = "number")]
        since: Millis,
    },
    /// The host is out of reach; working on the last state.
    Offline {
        #[ts(type = "number")]
        since: Millis,
    },
    /// The host refused the code (wrong or revoked), or whoever answered could not prove it is the host.
    Refused {
        #[ts(type = "number")]
        since: Millis,
        reason: Refusal,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerRefusal")]
pub enum Refusal {
    /// The host does not know this code, or revoked it.
    Code,
    /// Whatever answered does not hold the code: not our host.
    NotTheHost,
}

/// A running follower.
pub struct Follower {
    replica: Replica,
    link: watch::Receiver<Link>,
    stop: watch::Sender<u64>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Follower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Follower")
            .field("link", &*self.link.borrow())
            .finish()
    }
}

enum Attempt {
    /// Was synced, then lost the link.
    Lost,
    /// Never got through.
    Failed,
    Refused(Refusal),
    Stopped,
}

impl Follower {
    /// Starts following the host at `address` (`ip:port`) with the pairing `code`. Inside a tokio runtime.
    pub fn start(replica: Replica, address: &str, code: &str, clock: Clock) -> Follower {
        let (link_tx, link_rx) = watch::channel(Link::Connecting);
        let (stop_tx, stop_rx) = watch::channel(0u64);
        let task = tokio::spawn(follow(
            replica.clone(),
            address.to_owned(),
            token::normalize_code(code),
            clock,
            link_tx,
            stop_rx,
        ));
        Follower {
            replica,
            link: link_rx,
            stop: stop_tx,
            task: Some(task),
        }
    }

    pub fn replica(&self) -> &Replica {
        &self.replica
    }

    pub fn link(&self) -> Link {
        self.link.borrow().clone()
    }

    /// Wakes when the link changes.
    pub fn watch_link(&self) -> watch::Receiver<Link> {
        self.link.clone()
    }

    /// Leaves the team; the local document stays with the caller's replica.
    pub async fn stop(mut self) {
        self.stop.send_modify(|s| *s += 1);
        if let Some(task) = self.task.take() {
            let _ = tokio::time::timeout(Duration::from_secs(2), task).await;
        }
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        self.stop.send_modify(|s| *s += 1);
    }
}

async fn follow(
    replica: Replica,
    address: String,
    code: String,
    clock: Clock,
    link: watch::Sender<Link>,
    mut stop: watch::Receiver<u64>,
) {
    let started = clock();
    let mut retry = RETRY_MIN;
    loop {
        let outcome = tokio::select! {
            o = attempt(&replica, &address, &code, &clock, &link, stop.clone()) => o,
            _ = stop.changed() => Attempt::Stopped,
        };
        let now = clock();
        match outcome {
            Attempt::Stopped => return,
            Attempt::Lost => {
                link.send_replace(Link::Offline { since: now });
                retry = RETRY_MIN;
            }
            Attempt::Failed => {
                link.send_if_modified(|l| match l {
                    Link::Connecting | Link::Refused { .. } => {
                        *l = Link::Offline { since: started };
                        true
                    }
                    _ => false,
                });
            }
            Attempt::Refused(reason) => {
                link.send_if_modified(|l| match l {
                    Link::Refused { reason: r, .. } if *r == reason => false,
                    _ => {
                        *l = Link::Refused { since: now, reason };
                        true
                    }
                });
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(retry) => {}
            _ = stop.changed() => return,
        }
        retry = (retry * 2).min(RETRY_MAX);
    }
}

async fn attempt(
    replica: &Replica,
    address: &str,
    code: &str,
    clock: &Clock,
    link: &watch::Sender<Link>,
    stop: watch::Receiver<u64>,
) -> Attempt {
    let device_nonce = token::nonce();
    let url = format!(
        "ws://{address}/sync?id={}&dn={device_nonce}",
        token::token_id(code)
    );
    let (socket, response) = match tokio::time::timeout(
        Duration::from_secs(5),
        tokio_tungstenite::connect_async(url.as_str()),
    )
    .await
    {
        Ok(Ok(ok)) => ok,
        Ok(Err(tungstenite::Error::Http(r))) if r.status().as_u16() == 401 => {
            return Attempt::Refused(Refusal::Code)
        }
        _ => return Attempt::Failed,
    };
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let host_nonce = header(HOST_NONCE_HEADER);
    let expected = token::proof(code, Side::Host, &host_nonce, &device_nonce);
    if host_nonce.is_empty() || !token::same(&header(HOST_PROOF_HEADER), &expected) {
        return Attempt::Refused(Refusal::NotTheHost);
    }
    let (mut sink, mut stream) = socket.split();
    let mine = token::proof(code, Side::Device, &host_nonce, &device_nonce);
    if sink.send(Message::Text(mine.into())).await.is_err() {
        return Attempt::Failed;
    }

    let (in_tx, in_rx) = mpsc::channel::<Vec<u8>>(64);
    let (out_tx, mut out_rx) = mpsc::channel::<Vec<u8>>(64);
    // The host sends sync messages only once it accepted our proof: the first one means "online".
    let (first_tx, mut first_rx) = watch::channel(false);
    let reader = tokio::spawn(async move {
        // Returns whether the host refused the proof.
        loop {
            match tokio::time::timeout(SILENCE, stream.next()).await {
                Ok(Some(Ok(Message::Binary(b)))) => {
                    first_tx.send_if_modified(|f| !std::mem::replace(f, true));
                    if in_tx.send(b.to_vec()).await.is_err() {
                        return false;
                    }
                }
                Ok(Some(Ok(Message::Close(frame)))) => {
                    return frame.is_some_and(|f| u16::from(f.code) == CLOSE_UNAUTHORIZED)
                }
                Ok(Some(Ok(_))) => {}
                _ => return false,
            }
        }
    });
    let writer = tokio::spawn(async move {
        let mut ping = tokio::time::interval(PING);
        loop {
            tokio::select! {
                bytes = out_rx.recv() => match bytes {
                    Some(b) => if sink.send(Message::Binary(b.into())).await.is_err() { return },
                    None => { let _ = sink.send(Message::Close(None)).await; return }
                },
                _ = ping.tick() => if sink.send(Message::Ping(Vec::new().into())).await.is_err() { return },
            }
        }
    });
    let mut online = false;
    let mut waiting = true;
    let protocol = peer::run(replica, in_rx, out_tx, stop);
    tokio::pin!(protocol);
    let ended = loop {
        tokio::select! {
            ended = &mut protocol => break ended,
            first = first_rx.changed(), if waiting => {
                waiting = false;
                if first.is_ok() {
                    online = true;
                    link.send_replace(Link::Online { since: clock() });
                }
            }
        }
    };
    let refused = match tokio::time::timeout(Duration::from_secs(1), reader).await {
        Ok(Ok(r)) => r,
        _ => false,
    };
    writer.abort();
    if refused {
        return Attempt::Refused(Refusal::Code);
    }
    match ended {
        Ended::Stopped => Attempt::Stopped,
        Ended::Lost | Ended::Garbage if online => Attempt::Lost,
        Ended::Lost | Ended::Garbage => Attempt::Failed,
    }
}
