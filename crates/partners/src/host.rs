//! The host: an embedded HTTP server, running only while sharing is on, on the one address the caller chose.
//!
//! | path | who | what |
//! | --- | --- | --- |
//! | `GET /?t=CODE` | any live token | the companion page (401 without one) |
//! | `GET /companion.js`, `/companion.css` | anyone | the page's script and style: static, no data |
//! | `GET /events?t=CODE` | any live token | the companion view as server-sent events (401 without one) |
//! | `GET /sync?id=ID&dn=NONCE` | a live device token | WebSocket: handshake, then Automerge sync |
//!
//! The sync handshake (see [`crate::token`]): the upgrade answers 401 unless `id` names a live device token;
//! the 101 response carries the host's nonce and the host's proof, which the device checks before it sends a
//! byte; the device's first message is its proof, which the host checks (constant time) before it sends any
//! of the document. A revoked token's connections close at once; stopping the host closes everything and
//! frees the port.

use crate::companion::{self, Labels};
use crate::peer;
use crate::replica::Replica;
use crate::team::Millis;
use crate::token::{self, Role, Side, Tokens};
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::{SinkExt, StreamExt};
use serde::{Deserialize, Serialize};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use ts_rs::TS;

/// The caller's clock: milliseconds since the Unix epoch. The engine reads no wall clock of its own.
pub type Clock = Arc<dyn Fn() -> Millis + Send + Sync>;

/// The system clock, for callers that want it.
pub fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0)
    })
}

/// Header of the 101 response: the host's nonce for this connection.
pub const HOST_NONCE_HEADER: &str = "x-booth-host-nonce";
/// Header of the 101 response: the host's proof that it holds the code.
pub const HOST_PROOF_HEADER: &str = "x-booth-host-proof";
/// WebSocket close code for a device proof that does not match.
pub const CLOSE_UNAUTHORIZED: u16 = 4401;

/// How long a device has to send its proof after the upgrade.
const PROOF_TIMEOUT: Duration = Duration::from_secs(5);

/// What the header shows while sharing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerHostStatus")]
pub struct HostStatus {
    /// The address the server listens on (the interface the user picked, and the port).
    pub address: String,
    /// Partner devices connected now.
    pub devices: usize,
    /// Companion pages connected now.
    pub companions: usize,
}

struct Shared {
    replica: Replica,
    tokens: Arc<Tokens>,
    clock: Clock,
    labels: Labels,
    /// The companion view, rebuilt once per change and sent to every page.
    view: watch::Receiver<Arc<String>>,
    /// Bumped when a token is revoked: connections check theirs.
    kick: watch::Sender<u64>,
    stop: watch::Receiver<u64>,
    devices: AtomicUsize,
    companions: AtomicUsize,
}

/// A running host. Dropping it without [`Host::stop`] also stops the server (the stop signal's sender goes).
pub struct Host {
    shared: Arc<Shared>,
    address: SocketAddr,
    stop: watch::Sender<u64>,
    server: Option<JoinHandle<()>>,
    viewer: JoinHandle<()>,
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Host")
            .field("address", &self.address)
            .finish()
    }
}

#[derive(Deserialize)]
struct CodeQuery {
    #[serde(default)]
    t: String,
}

#[derive(Deserialize)]
struct SyncQuery {
    #[serde(default)]
    id: String,
    #[serde(default)]
    dn: String,
}

impl Host {
    /// Starts listening on `bind` (an address of the interface the user picked; port 0 picks a free port).
    /// Must be called inside a tokio runtime.
    pub async fn start(
        bind: SocketAddr,
        replica: Replica,
        tokens: Arc<Tokens>,
        clock: Clock,
        labels: Labels,
    ) -> std::io::Result<Host> {
        let listener = tokio::net::TcpListener::bind(bind).await?;
        let address = listener.local_addr()?;
        let (stop_tx, stop_rx) = watch::channel(0u64);
        let (view_tx, view_rx) = watch::channel(Arc::new(String::new()));
        let shared = Arc::new(Shared {
            replica: replica.clone(),
            tokens,
            clock,
            labels,
            view: view_rx,
            kick: watch::Sender::new(0),
            stop: stop_rx.clone(),
            devices: AtomicUsize::new(0),
            companions: AtomicUsize::new(0),
        });
        let viewer = tokio::spawn(keep_view(shared.clone(), view_tx));
        let app = Router::new()
            .route("/", get(page))
            .route("/companion.js", get(script))
            .route("/companion.css", get(style))
            .route("/events", get(events))
            .route("/sync", get(sync))
            .with_state(shared.clone());
        let mut stop_signal = stop_rx;
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop_signal.changed().await;
                })
                .await;
        });
        Ok(Host {
            shared,
            address,
            stop: stop_tx,
            server: Some(server),
            viewer,
        })
    }

    /// Where the server listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn status(&self) -> HostStatus {
        HostStatus {
            address: self.address.to_string(),
            devices: self.shared.devices.load(Ordering::Relaxed),
            companions: self.shared.companions.load(Ordering::Relaxed),
        }
    }

    pub fn replica(&self) -> &Replica {
        &self.shared.replica
    }

    pub fn tokens(&self) -> &Arc<Tokens> {
        &self.shared.tokens
    }

    /// Revokes a token and drops its open connections now.
    pub fn revoke(&self, id: &str) -> bool {
        let found = self.shared.tokens.revoke(id, (self.shared.clock)());
        self.shared.kick.send_modify(|k| *k += 1);
        found
    }

    /// The companion page's URL for a code, on this host's address.
    pub fn companion_url(&self, code: &str) -> String {
        format!("http://{}/?t={}", self.address, token::normalize_code(code))
    }

    /// Stops listening and closes every connection; the port is free when this returns.
    pub async fn stop(mut self) {
        self.stop.send_modify(|s| *s += 1);
        if let Some(server) = self.server.take() {
            let abort = server.abort_handle();
            if tokio::time::timeout(Duration::from_secs(2), server)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
        self.viewer.abort();
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.stop.send_modify(|s| *s += 1);
        if let Some(server) = &self.server {
            server.abort();
        }
        self.viewer.abort();
    }
}

async fn keep_view(shared: Arc<Shared>, view: watch::Sender<Arc<String>>) {
    let mut version = shared.replica.subscribe();
    loop {
        if let Ok(state) = shared.replica.state() {
            let json = companion::view_json(&state, &shared.labels);
            view.send_replace(Arc::new(json));
        }
        if version.changed().await.is_err() {
            return;
        }
    }
}

fn unauthorized() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::CACHE_CONTROL, "no-store")],
        "401: this link's pairing code is missing, wrong or revoked. Ask the host booth for a new QR code.\n",
    )
        .into_response()
}

fn secure(mut response: Response, content_type: &'static str) -> Response {
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(companion::CSP),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn page(State(shared): State<Arc<Shared>>, Query(q): Query<CodeQuery>) -> Response {
    if shared.tokens.by_code(&q.t).is_none() {
        return unauthorized();
    }
    secure(
        companion::page(&shared.labels).into_response(),
        "text/html; charset=utf-8",
    )
}

async fn script() -> Response {
    secure(
        companion::SCRIPT.into_response(),
        "text/javascript; charset=utf-8",
    )
}

async fn style() -> Response {
    secure(companion::STYLE.into_response(), "text/css; charset=utf-8")
}

/// Ends when the token is revoked or the host stops.
async fn still_allowed(shared: &Shared, id: &str, kick: &mut watch::Receiver<u64>) {
    let mut stop = shared.stop.clone();
    loop {
        tokio::select! {
            r = kick.changed() => {
                if r.is_err() || shared.tokens.live(id).is_none() { return; }
            }
            _ = stop.changed() => return,
        }
    }
}

struct Count<'a>(&'a AtomicUsize);

impl<'a> Count<'a> {
    fn new(counter: &'a AtomicUsize) -> Count<'a> {
        counter.fetch_add(1, Ordering::Relaxed);
        Count(counter)
    }
}

impl Drop for Count<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

async fn events(State(shared): State<Arc<Shared>>, Query(q): Query<CodeQuery>) -> Response {
    let Some(token) = shared.tokens.by_code(&q.t) else {
        return unauthorized();
    };
    let (tx, rx) = mpsc::channel::<String>(4);
    let task_shared = shared.clone();
    tokio::spawn(async move {
        let shared = task_shared;
        let _count = Count::new(&shared.companions);
        let mut view = shared.view.clone();
        let mut kick = shared.kick.subscribe();
        let allowed = still_allowed(&shared, &token.id, &mut kick);
        tokio::pin!(allowed);
        loop {
            let current = view.borrow_and_update().clone();
            if !current.is_empty()
                && tx
                    .send(companion::event_json(&current, (shared.clock)()))
                    .await
                    .is_err()
            {
                return;
            }
            tokio::select! {
                r = view.changed() => if r.is_err() { return },
                _ = &mut allowed => return,
                _ = tx.closed() => return,
            }
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        let json = rx.recv().await?;
        Some((
            Ok::<_, Infallible>(Event::default().data(json.as_str())),
            rx,
        ))
    });
    let mut response = Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(10)))
        .into_response();
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

async fn sync(
    State(shared): State<Arc<Shared>>,
    Query(q): Query<SyncQuery>,
    upgrade: WebSocketUpgrade,
) -> Response {
    let Some(token) = shared.tokens.live(&q.id).filter(|t| t.role == Role::Device) else {
        return unauthorized();
    };
    if q.dn.len() < 16 || q.dn.len() > 128 {
        return (StatusCode::BAD_REQUEST, "a device nonce is required\n").into_response();
    }
    let host_nonce = token::nonce();
    let host_proof = token::proof(&token.code, Side::Host, &host_nonce, &q.dn);
    let expected = token::proof(&token.code, Side::Device, &host_nonce, &q.dn);
    let id = token.id.clone();
    let mut response = upgrade.on_upgrade(move |socket| serve_device(shared, socket, id, expected));
    let h = response.headers_mut();
    if let (Ok(n), Ok(p)) = (
        HeaderValue::from_str(&host_nonce),
        HeaderValue::from_str(&host_proof),
    ) {
        h.insert(HOST_NONCE_HEADER, n);
        h.insert(HOST_PROOF_HEADER, p);
    }
    response
}

async fn serve_device(shared: Arc<Shared>, socket: WebSocket, id: String, expected: String) {
    let (mut sink, mut stream) = socket.split();
    // The device's proof first; nothing of the document goes out before it matches.
    let proof = match tokio::time::timeout(PROOF_TIMEOUT, stream.next()).await {
        Ok(Some(Ok(Message::Text(t)))) => t.to_string(),
        _ => String::new(),
    };
    if !token::same(&proof, &expected) || shared.tokens.live(&id).is_none() {
        let _ = sink
            .send(Message::Close(Some(axum::extract::ws::CloseFrame {
                code: CLOSE_UNAUTHORIZED,
                reason: "pairing code does not match".into(),
            })))
            .await;
        return;
    }
    let _count = Count::new(&shared.devices);
    let (in_tx, in_rx) = mpsc::channel::<Vec<u8>>(64);
    let (out_tx, mut out_rx) = mpsc::channel::<Vec<u8>>(64);
    let reader = tokio::spawn(async move {
        while let Some(Ok(message)) = stream.next().await {
            match message {
                Message::Binary(b) if in_tx.send(b.to_vec()).await.is_err() => return,
                Message::Close(_) => return,
                _ => {}
            }
        }
    });
    let writer = tokio::spawn(async move {
        while let Some(bytes) = out_rx.recv().await {
            if sink.send(Message::Binary(bytes.into())).await.is_err() {
                return;
            }
        }
        let _ = sink.send(Message::Close(None)).await;
    });
    // One stop signal for the protocol: the host stopping or this token being revoked.
    let (end_tx, end_rx) = watch::channel(0u64);
    let mut kick = shared.kick.subscribe();
    let protocol = peer::run(&shared.replica, in_rx, out_tx, end_rx);
    tokio::pin!(protocol);
    tokio::select! {
        _ = &mut protocol => {}
        _ = still_allowed(&shared, &id, &mut kick) => { end_tx.send_modify(|e| *e += 1); }
    }
    reader.abort();
    let _ = tokio::time::timeout(Duration::from_secs(1), writer).await;
}
