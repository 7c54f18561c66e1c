//! Booth partners in the window: the handover timer and pushes on this machine, sharing them with the
//! booth team on the local network (this device hosts), or following another device's host.
//!
//! The team document always exists, so the handover timer works on a single machine; sharing is off until
//! the user picks a network interface. The host listens on that address only (port 7411, or a free one),
//! issues one pairing code for partner devices and one for phones (the QR code), and stops listening when
//! sharing stops. A code stays valid until the user revokes it — across stopping and starting sharing and
//! across a restart of the app (kept in `partners/codes.json` in the app's data folder, readable by the user
//! only) — so that partners whose host crashed or restarted reconnect by themselves, with the same code, and
//! merge what they did meanwhile. A revoked code never comes back. Every change — local, from a
//! partner, or of the link — reaches the page as a `partners` event with the whole [`PartnersView`].

use crate::error::{ErrorKind, IpcError};
use crate::state::AppState;
use booth::partners::companion::Labels;
use booth::partners::team::{PushRequest, TeamError, TeamState};
use booth::partners::token::{self, TokenInfo};
use booth::partners::{
    qr, system_clock, Follower, Host, HostStatus, Link, Replica, Role, Team, Tokens,
};
use booth::views::partners as shared;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

/// The event the page hears on every change.
pub const PARTNERS_EVENT: &str = "partners";
/// The port the host tries first (a fixed port lets partners reconnect after the host restarts sharing).
pub const PORT: u16 = 7411;

/// One network interface the user may share on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerInterface")]
pub struct Interface {
    pub name: String,
    pub address: String,
    pub loopback: bool,
}

/// How this device takes part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "mode"
)]
#[ts(export, rename = "PartnerSharing")]
pub enum Sharing {
    /// On this machine only.
    Off,
    /// This device hosts: the header says where and how many are connected.
    Hosting {
        status: HostStatus,
        /// The code a partner's Booth types to join.
        device_code: String,
        /// The phones' page, and its QR code (SVG).
        companion_url: String,
        qr_svg: String,
        tokens: Vec<TokenInfo>,
    },
    /// This device follows a host.
    Following { address: String, link: Link },
}

/// Everything the partners panel and the booth card show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnersView")]
pub struct PartnersView {
    pub team: TeamState,
    pub sharing: Sharing,
    /// This device's interpreter (who "pushed by" names) and booth.
    pub me: String,
    pub booth: String,
    #[ts(type = "number")]
    pub now: i64,
    /// This booth's own running-late shifts, in seconds: its whole record when not following, its local
    /// override of the host's record when following.
    #[ts(type = "number")]
    pub local_late_seconds: i64,
}

/// What the partner pins on the active interpreter's card.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[ts(export, rename = "PartnerPushWhat")]
pub enum PushWhat {
    Concept {
        id: String,
    },
    Person {
        id: String,
    },
    /// What was typed in the number box.
    Number {
        text: String,
    },
    Note {
        text: String,
    },
}

enum Mode {
    Off,
    Hosting {
        host: Host,
        device_code: String,
        companion_code: String,
    },
    Following {
        follower: Follower,
        address: String,
    },
}

struct Inner {
    replica: Replica,
    mode: Mode,
    me: String,
    booth: String,
    /// Bumped to end the task that forwards changes of the previous host/follower.
    generation: u64,
    /// The folder that keeps the team document and the host's codes between runs (in the app's data
    /// folder), once known.
    folder: Option<PathBuf>,
    /// Whether the team document kept there has been read (once, on the first change or view).
    read_back: bool,
    /// The host's codes, read from the folder when sharing first starts.
    tokens: Option<Arc<Tokens>>,
}

/// The partners state the shell manages.
pub struct Partners(Mutex<Inner>);

impl Default for Partners {
    fn default() -> Self {
        Partners(Mutex::new(Inner {
            replica: Replica::new(Team::new()),
            mode: Mode::Off,
            me: String::new(),
            booth: String::new(),
            generation: 0,
            folder: None,
            read_back: false,
            tokens: None,
        }))
    }
}

impl From<TeamError> for IpcError {
    fn from(e: TeamError) -> Self {
        let kind = match &e {
            TeamError::UnknownBooth(_) => ErrorKind::UnknownId,
            TeamError::ShiftLength(_) => ErrorKind::InvalidArgument,
            _ => ErrorKind::CorruptState,
        };
        IpcError::new(kind, e.to_string())
    }
}

impl Partners {
    /// Keeps the team and the codes in `folder` (unit tests; the app uses its data folder).
    #[cfg(test)]
    pub fn keep_in(&self, folder: &Path) {
        self.lock().folder = Some(folder.to_owned());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn replica(&self) -> Replica {
        self.lock().replica.clone()
    }

    fn view_with(&self, local_late_seconds: i64) -> Result<PartnersView, IpcError> {
        let inner = self.lock();
        let sharing = match &inner.mode {
            Mode::Off => Sharing::Off,
            Mode::Hosting {
                host,
                device_code,
                companion_code,
            } => {
                let companion_url = host.companion_url(companion_code);
                Sharing::Hosting {
                    status: host.status(),
                    device_code: device_code.clone(),
                    qr_svg: qr::svg(&companion_url).unwrap_or_default(),
                    companion_url,
                    tokens: host.tokens().list(),
                }
            }
            Mode::Following { follower, address } => Sharing::Following {
                address: address.clone(),
                link: follower.link(),
            },
        };
        Ok(PartnersView {
            team: inner.replica.state()?,
            sharing,
            me: inner.me.clone(),
            booth: inner.booth.clone(),
            now: system_clock()(),
            local_late_seconds,
        })
    }
}

fn now() -> i64 {
    system_clock()()
}

/// Tells the page whenever the document, the link or the number of connections changes, until the mode
/// changes again.
fn forward<R: Runtime>(app: &AppHandle<R>, partners: &Partners) {
    let (replica, generation, link) = {
        let mut inner = partners.lock();
        inner.generation += 1;
        let link = match &inner.mode {
            Mode::Following { follower, .. } => Some(follower.watch_link()),
            _ => None,
        };
        (inner.replica.clone(), inner.generation, link)
    };
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut version = replica.subscribe();
        let mut link = link;
        loop {
            let partners = app.state::<Partners>();
            if partners.lock().generation != generation {
                return;
            }
            follow_late(&app, &partners);
            if let Ok(view) = full_view(&app, &partners) {
                let _ = app.emit(PARTNERS_EVENT, view);
            }
            // The host's connection count changes without a document change: look again now and then.
            tokio::select! {
                r = version.changed() => if r.is_err() { return },
                _ = async {
                    match &mut link {
                        Some(l) => { let _ = l.changed().await; }
                        None => std::future::pending::<()>().await,
                    }
                } => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(2)) => {}
            }
        }
    });
}

/// The folder that keeps the team between runs: `partners/` in the app's data folder, made readable by
/// this user only (it holds the pairing codes). Unit tests keep everything in memory unless they name one.
fn folder<R: Runtime>(app: &AppHandle<R>, inner: &mut Inner) -> Option<PathBuf> {
    if inner.folder.is_none() && !cfg!(test) {
        inner.folder = app.path().app_data_dir().ok().map(|d| d.join("partners"));
    }
    let folder = inner.folder.clone()?;
    if let Err(e) = private_folder(&folder) {
        eprintln!("booth: {}: {e}", folder.display());
        return None;
    }
    Some(folder)
}

fn private_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// The team document's file: read once on the first call (a handover log and pushes survive a restart),
/// written atomically after every change.
fn persist<R: Runtime>(app: &AppHandle<R>, partners: &Partners) {
    let mut inner = partners.lock();
    let Some(folder) = folder(app, &mut inner) else {
        return;
    };
    let file = folder.join("team.automerge");
    if !inner.read_back {
        inner.read_back = true;
        if let Ok(bytes) = std::fs::read(&file) {
            match Team::load(&bytes) {
                // What was kept merges with whatever this run did before the file was read.
                Ok(mut kept) => {
                    let _ = inner.replica.change(|t| t.merge(&mut kept));
                }
                Err(e) => eprintln!(
                    "booth: {}: {e}; starting a new team document",
                    file.display()
                ),
            }
        }
    }
    if let Err(e) = booth::save::atomic_write(&file, &inner.replica.save()) {
        eprintln!("booth: cannot keep the team document: {e}");
    }
}

/// The host's codes: those of this run, else those kept from an earlier one, else none yet.
fn codes<R: Runtime>(app: &AppHandle<R>, partners: &Partners) -> Arc<Tokens> {
    let mut inner = partners.lock();
    if let Some(tokens) = &inner.tokens {
        return tokens.clone();
    }
    let kept = folder(app, &mut inner)
        .map(|f| f.join("codes.json"))
        .and_then(|file| match std::fs::read_to_string(&file) {
            Ok(json) => Tokens::from_json(&json)
                .map_err(|e| eprintln!("booth: {}: {e}; issuing new codes", file.display()))
                .ok(),
            Err(_) => None,
        });
    let tokens = Arc::new(kept.unwrap_or_default());
    inner.tokens = Some(tokens.clone());
    tokens
}

/// Keeps the host's codes (after one is issued or revoked).
fn keep_codes<R: Runtime>(app: &AppHandle<R>, partners: &Partners) {
    let mut inner = partners.lock();
    let (Some(folder), Some(tokens)) = (folder(app, &mut inner), inner.tokens.clone()) else {
        return;
    };
    if let Err(e) =
        booth::save::atomic_write(&folder.join("codes.json"), tokens.to_json().as_bytes())
    {
        eprintln!("booth: cannot keep the pairing codes: {e}");
    }
}

/// Makes one change to the team document (the partners receive it at once) and returns the view after it.
fn change_team<R: Runtime, T>(
    app: &AppHandle<R>,
    partners: &Partners,
    change: impl FnOnce(&mut Team) -> Result<T, TeamError>,
) -> Result<PartnersView, IpcError> {
    partners.replica().change(change)?;
    full_view(app, partners)
}

/// The view with this booth's own running-late seconds (from the app state).
fn full_view<R: Runtime>(
    app: &AppHandle<R>,
    partners: &Partners,
) -> Result<PartnersView, IpcError> {
    persist(app, partners);
    let local = app
        .state::<AppState>()
        .record()
        .shifts
        .iter()
        .map(|s| s.seconds)
        .sum();
    partners.view_with(local)
}

/// A follower applies the host's running-late record to its agenda (its own record stays, as a local
/// override); otherwise the booth's own record alone. Tells the page to fetch the agenda again on a change.
fn follow_late<R: Runtime>(app: &AppHandle<R>, partners: &Partners) {
    let state = app.state::<AppState>();
    let following = matches!(partners.lock().mode, Mode::Following { .. });
    let shared = match (following, state.try_pack(), partners.replica().state()) {
        (true, Ok(pack), Ok(team)) => Some(shared::late_from_shared(&pack.id, &team.late)),
        _ => None,
    };
    if state.follow_shared(shared) {
        let _ = app.emit(LATE_EVENT, ());
    }
}

/// The event the page hears when the host's running-late record changed the agenda.
pub const LATE_EVENT: &str = "partners-late";

/// Swaps the mode, stopping the old host or follower (outside the lock: stopping waits for its tasks).
async fn set_mode(partners: &Partners, mode: Mode) {
    let old = std::mem::replace(&mut partners.lock().mode, mode);
    match old {
        Mode::Off => {}
        Mode::Hosting { host, .. } => host.stop().await,
        Mode::Following { follower, .. } => follower.stop().await,
    }
}

/// The host publishes the programme (shifted by the booth's record) and the record itself to the team.
fn publish(state: &AppState, replica: &Replica, lang: &str) -> Result<(), IpcError> {
    let pack = state.try_pack()?;
    let record = state.record();
    let programme = shared::programme(&pack, &record, lang);
    let late = shared::late_to_shared(&record);
    let current = replica.state()?;
    if current.programme != programme || current.late != late {
        replica.change(|t| {
            t.set_programme(&programme)?;
            t.set_late(&late)
        })?;
    }
    Ok(())
}

/// The whole partners view.
#[tauri::command]
pub fn partners_view<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
) -> Result<PartnersView, IpcError> {
    full_view(&app, &partners)
}

/// The network interfaces with an IPv4 address, loopback last (sharing on loopback reaches this machine only).
#[tauri::command]
pub fn partners_interfaces() -> Result<Vec<Interface>, IpcError> {
    let mut list: Vec<Interface> = if_addrs::get_if_addrs()
        .map_err(|e| IpcError::new(ErrorKind::Io, format!("network interfaces: {e}")))?
        .into_iter()
        .filter(|i| i.ip().is_ipv4())
        .map(|i| Interface {
            loopback: i.is_loopback(),
            address: i.ip().to_string(),
            name: i.name,
        })
        .collect();
    list.sort_by_key(|i| (i.loopback, i.name.clone()));
    Ok(list)
}

/// Who this device's interpreter is and which booth they work in.
#[tauri::command]
pub fn partners_set_me<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    me: String,
    booth: String,
) -> Result<PartnersView, IpcError> {
    {
        let mut inner = partners.lock();
        inner.me = me.trim().to_owned();
        inner.booth = booth;
    }
    full_view(&app, &partners)
}

/// Adds a booth unless the team already has one with this id.
#[tauri::command]
pub fn partners_add_booth<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    id: String,
    name: String,
) -> Result<PartnersView, IpcError> {
    let replica = partners.replica();
    if replica.state()?.booth(&id).is_none() {
        replica.change(|t| t.add_booth(&id, &name))?;
    }
    full_view(&app, &partners)
}

#[tauri::command]
pub fn partners_set_shift<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    booth: String,
    minutes: u32,
) -> Result<PartnersView, IpcError> {
    change_team(&app, &partners, |t| t.set_shift_minutes(&booth, minutes))
}

/// `to` takes the booth's microphone now (logged; the countdown restarts).
#[tauri::command]
pub fn partners_hand_over<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    booth: String,
    to: String,
) -> Result<PartnersView, IpcError> {
    let to = to.trim().to_owned();
    if to.is_empty() {
        return Err(IpcError::new(
            ErrorKind::InvalidArgument,
            "who takes the microphone?",
        ));
    }
    change_team(&app, &partners, |t| t.hand_over(&booth, &to, now()))
}

/// Pins a concept, person, number or note on `booth`'s card, in the language `say` the booth speaks.
#[tauri::command]
pub fn partners_push<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    partners: State<'_, Partners>,
    booth: String,
    say: String,
    what: PushWhat,
) -> Result<PartnersView, IpcError> {
    let unknown = |kind: &str, id: &str| {
        IpcError::new(
            ErrorKind::UnknownId,
            format!("no {kind} `{id}` in the pack"),
        )
    };
    let request: PushRequest = match &what {
        PushWhat::Concept { id } => shared::concept_push(&*state.try_pack()?, id, &booth, &say)
            .ok_or_else(|| unknown("concept", id))?,
        PushWhat::Person { id } => shared::person_push(&*state.try_pack()?, id, &booth, &say)
            .ok_or_else(|| unknown("person", id))?,
        PushWhat::Number { text } => booth::numbers::convert(text)
            .map(|q| shared::number_push(&q, &booth, &say))
            .ok_or_else(|| IpcError::new(ErrorKind::InvalidArgument, "not a number"))?,
        PushWhat::Note { text } => shared::note_push(text, &booth),
    };
    if request.text.is_empty() {
        return Err(IpcError::new(ErrorKind::InvalidArgument, "nothing to push"));
    }
    let by = partners.lock().me.clone();
    change_team(&app, &partners, |t| t.push(request, &by, now()))
}

/// Takes a push off the card.
#[tauri::command]
pub fn partners_dismiss<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    id: String,
) -> Result<PartnersView, IpcError> {
    change_team(&app, &partners, |t| t.dismiss(&id, now()))
}

/// Starts sharing on `address` (one of [`partners_interfaces`]): this device hosts. `labels` are the
/// companion page's words in the UI language; `lang` the language of the programme titles.
#[tauri::command]
pub async fn partners_share<R: Runtime>(
    app: AppHandle<R>,
    address: String,
    labels: Labels,
    lang: String,
) -> Result<PartnersView, IpcError> {
    let ip: IpAddr = address.parse().map_err(|_| {
        IpcError::new(
            ErrorKind::InvalidArgument,
            format!("`{address}` is not an IP address"),
        )
    })?;
    if !partners_interfaces()?.iter().any(|i| i.address == address) {
        return Err(IpcError::new(
            ErrorKind::InvalidArgument,
            format!("{address} is not an address of this machine"),
        ));
    }
    let partners = app.state::<Partners>();
    set_mode(&partners, Mode::Off).await;
    let replica = partners.replica();
    let tokens = codes(&app, &partners);
    let start = |port| {
        Host::start(
            SocketAddr::new(ip, port),
            replica.clone(),
            tokens.clone(),
            system_clock(),
            labels.clone(),
        )
    };
    let host = match start(PORT).await {
        Ok(h) => h,
        Err(_) => start(0).await.map_err(|e| {
            IpcError::new(ErrorKind::Sharing, format!("cannot listen on {ip}: {e}"))
        })?,
    };
    // The codes partners and phones already hold, or new ones.
    let t = now();
    let device = tokens
        .newest_live(Role::Device)
        .unwrap_or_else(|| tokens.issue(Role::Device, "partners", t));
    let companion = tokens
        .newest_live(Role::Companion)
        .unwrap_or_else(|| tokens.issue(Role::Companion, "phones", t));
    keep_codes(&app, &partners);
    publish(&app.state::<AppState>(), &replica, &lang)?;
    set_mode(
        &partners,
        Mode::Hosting {
            host,
            device_code: device.code,
            companion_code: companion.code,
        },
    )
    .await;
    forward(&app, &partners);
    full_view(&app, &partners)
}

/// Publishes the programme and the running-late record again (the host, after a running-late change).
#[tauri::command]
pub fn partners_publish<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    partners: State<'_, Partners>,
    lang: String,
) -> Result<PartnersView, IpcError> {
    if matches!(partners.lock().mode, Mode::Hosting { .. }) {
        publish(&state, &partners.replica(), &lang)?;
    }
    full_view(&app, &partners)
}

/// Joins the host at `address` (`ip:port`) with the pairing code shown there.
#[tauri::command]
pub async fn partners_join<R: Runtime>(
    app: AppHandle<R>,
    address: String,
    code: String,
) -> Result<PartnersView, IpcError> {
    let address = address.trim().to_owned();
    let with_port = if address.parse::<SocketAddr>().is_ok() {
        address
    } else if address.parse::<IpAddr>().is_ok() {
        format!("{address}:{PORT}")
    } else {
        return Err(IpcError::new(
            ErrorKind::InvalidArgument,
            format!("`{address}` is not a host address (192.168.1.5 or 192.168.1.5:7411)"),
        ));
    };
    let partners = app.state::<Partners>();
    set_mode(&partners, Mode::Off).await;
    let follower = Follower::start(partners.replica(), &with_port, &code, system_clock());
    set_mode(
        &partners,
        Mode::Following {
            follower,
            address: with_port,
        },
    )
    .await;
    forward(&app, &partners);
    full_view(&app, &partners)
}

/// Stops sharing or following: the server stops listening; the document and the codes stay (revoke a code to
/// end it).
#[tauri::command]
pub async fn partners_stop<R: Runtime>(app: AppHandle<R>) -> Result<PartnersView, IpcError> {
    let partners = app.state::<Partners>();
    set_mode(&partners, Mode::Off).await;
    follow_late(&app, &partners);
    forward(&app, &partners);
    full_view(&app, &partners)
}

/// A new code for partner devices or phones (the old one stays valid until revoked).
#[tauri::command]
pub fn partners_issue<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    role: Role,
) -> Result<PartnersView, IpcError> {
    {
        let mut inner = partners.lock();
        let Mode::Hosting {
            host,
            device_code,
            companion_code,
        } = &mut inner.mode
        else {
            return Err(IpcError::new(ErrorKind::InvalidArgument, "sharing is off"));
        };
        let label = match role {
            Role::Device => "partners",
            Role::Companion => "phones",
        };
        let token = host.tokens().issue(role, label, now());
        match role {
            Role::Device => *device_code = token.code,
            Role::Companion => *companion_code = token.code,
        }
    }
    keep_codes(&app, &partners);
    full_view(&app, &partners)
}

/// Revokes a code: its devices and pages are cut off now.
#[tauri::command]
pub fn partners_revoke<R: Runtime>(
    app: AppHandle<R>,
    partners: State<'_, Partners>,
    id: String,
) -> Result<PartnersView, IpcError> {
    {
        let inner = partners.lock();
        let Mode::Hosting { host, .. } = &inner.mode else {
            return Err(IpcError::new(ErrorKind::InvalidArgument, "sharing is off"));
        };
        if !host.revoke(&id) {
            return Err(IpcError::new(
                ErrorKind::UnknownId,
                format!("no code `{id}`"),
            ));
        }
    }
    keep_codes(&app, &partners);
    // The code on screen was the one revoked: show a fresh one in its place.
    let shown = {
        let inner = partners.lock();
        match &inner.mode {
            Mode::Hosting {
                device_code,
                companion_code,
                ..
            } => [
                (Role::Device, token::token_id(device_code)),
                (Role::Companion, token::token_id(companion_code)),
            ],
            _ => return full_view(&app, &partners),
        }
    };
    for (role, shown_id) in shown {
        if shown_id == id {
            return partners_issue(app, partners, role);
        }
    }
    full_view(&app, &partners)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use crate::test_harness::TestApp;
    use serde_json::json;

    #[test]
    fn the_handover_timer_and_pushes_work_on_one_machine_and_sharing_starts_and_stops() {
        let app = TestApp::built_in();
        let view = app.invoke("partners_view", json!({})).expect("view");
        assert_eq!(view["sharing"]["mode"], "off");
        app.invoke(
            "partners_set_me",
            json!({"me": " Ana ", "booth": "into-ko"}),
        )
        .expect("me");
        app.invoke(
            "partners_add_booth",
            json!({"id": "into-ko", "name": "Into Korean"}),
        )
        .expect("booth");
        app.invoke(
            "partners_set_shift",
            json!({"booth": "into-ko", "minutes": 20}),
        )
        .expect("shift");
        let view = app
            .invoke(
                "partners_hand_over",
                json!({"booth": "into-ko", "to": "Ben"}),
            )
            .expect("handover");
        let booth = &view["team"]["booths"][0];
        assert_eq!(
            (booth["onMic"].as_str(), booth["shiftMinutes"].as_u64()),
            (Some("Ben"), Some(20))
        );
        assert_eq!(
            app.invoke(
                "partners_hand_over",
                json!({"booth": "into-ko", "to": "  "})
            )
            .expect_err("nobody")["kind"],
            "invalidArgument"
        );

        let view = app
            .invoke(
                "partners_push",
                json!({"booth": "into-ko", "say": "ko", "what": {"kind": "concept", "id": "un-desa"}}),
            )
            .expect("push");
        let push = &view["team"]["pushes"][0];
        assert_eq!(push["text"], "유엔 경제사회처");
        assert_eq!(push["by"], "Ana");
        let err = app
            .invoke(
                "partners_push",
                json!({"booth": "into-ko", "say": "ko", "what": {"kind": "person", "id": "nobody"}}),
            )
            .expect_err("unknown person");
        assert_eq!(err["kind"], "unknownId");
        let id = push["id"].as_str().expect("id").to_owned();
        let view = app
            .invoke("partners_dismiss", json!({"id": id}))
            .expect("dismiss");
        assert!(!view["team"]["pushes"][0]["dismissed"].is_null());

        // Only an address of this machine; then loopback works and says where it listens.
        let err = app
            .invoke(
                "partners_share",
                json!({"address": "203.0.113.9", "labels": booth::partners::companion::Labels::english(), "lang": "en-US"}),
            )
            .expect_err("not ours");
        assert_eq!(err["kind"], "invalidArgument");
        let view = app
            .invoke(
                "partners_share",
                json!({"address": "127.0.0.1", "labels": booth::partners::companion::Labels::english(), "lang": "en-US"}),
            )
            .expect("share");
        let sharing = &view["sharing"];
        assert_eq!(sharing["mode"], "hosting");
        assert!(sharing["status"]["address"]
            .as_str()
            .expect("address")
            .starts_with("127.0.0.1:"));
        assert!(sharing["qrSvg"].as_str().expect("svg").contains("<svg"));
        assert!(!view["team"]["programme"]
            .as_array()
            .expect("programme")
            .is_empty());
        let tokens = sharing["tokens"].as_array().expect("tokens").clone();
        let device = tokens
            .iter()
            .find(|t| t["role"] == "device")
            .expect("device code");
        let before = sharing["deviceCode"].clone();
        let view = app
            .invoke("partners_revoke", json!({"id": device["id"]}))
            .expect("revoke");
        assert_ne!(
            view["sharing"]["deviceCode"], before,
            "a fresh code replaces the revoked one"
        );
        let view = app.invoke("partners_stop", json!({})).expect("stop");
        assert_eq!(view["sharing"]["mode"], "off");
        assert_eq!(
            view["team"]["booths"][0]["onMic"], "Ben",
            "the document stays"
        );
    }

    #[test]
    fn codes_stay_valid_across_a_restart_until_revoked() {
        use tauri::Manager;
        let kept = tempfile::tempdir().expect("temp dir");
        let share = |app: &TestApp| {
            let labels = booth::partners::companion::Labels::english();
            app.invoke(
                "partners_share",
                json!({"address": "127.0.0.1", "labels": labels, "lang": "en-US"}),
            )
            .expect("share")
        };
        let start = || {
            let app = TestApp::built_in();
            app._app.state::<super::Partners>().keep_in(kept.path());
            app
        };

        let first = start();
        let before = share(&first);
        first.invoke("partners_stop", json!({})).expect("stop");
        let again = share(&first);
        assert_eq!(
            again["sharing"]["deviceCode"],
            before["sharing"]["deviceCode"]
        );
        first.invoke("partners_stop", json!({})).expect("stop");
        drop(first);

        // A restart shows the codes partners and phones already hold.
        let second = start();
        let after = share(&second);
        assert_eq!(
            after["sharing"]["deviceCode"],
            before["sharing"]["deviceCode"]
        );
        // The phones' code (the port may differ: parallel tests share 7411).
        let phones = |v: &serde_json::Value| {
            let url = v["sharing"]["companionUrl"]
                .as_str()
                .expect("url")
                .to_owned();
            url.split_once("?t=").map(|(_, code)| code.to_owned())
        };
        assert_eq!(phones(&after), phones(&before));
        assert!(phones(&after).is_some());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(kept.path())
                .expect("folder")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "only this user reads the codes");
        }

        // A revoked code is replaced, and the replacement is what the next run shows.
        let id = booth::partners::token::token_id(
            before["sharing"]["deviceCode"].as_str().expect("code"),
        );
        let revoked = second
            .invoke("partners_revoke", json!({"id": id}))
            .expect("revoke");
        let replacement = revoked["sharing"]["deviceCode"].clone();
        assert_ne!(replacement, before["sharing"]["deviceCode"]);
        second.invoke("partners_stop", json!({})).expect("stop");
        drop(second);
        let third = start();
        let last = share(&third);
        assert_eq!(last["sharing"]["deviceCode"], replacement);
        third.invoke("partners_stop", json!({})).expect("stop");
    }

    fn delay(app: &TestApp, item: &str) -> i64 {
        let view = app.invoke("agenda", json!({})).expect("agenda");
        view["agenda"]["blocks"]
            .as_array()
            .expect("blocks")
            .iter()
            .flat_map(|b| b["items"].as_array().expect("items").iter())
            .find(|i| i["id"] == item)
            .and_then(|i| i["delaySeconds"].as_i64())
            .expect("item")
    }

    fn eventually(what: &str, check: impl Fn() -> bool) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        while !check() {
            assert!(std::time::Instant::now() < deadline, "{what}");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    #[test]
    fn a_follower_takes_the_hosts_running_late_record_and_keeps_its_own_as_a_local_override() {
        let host = TestApp::built_in();
        let follower = TestApp::built_in();
        let labels = booth::partners::companion::Labels::english();
        let view = host
            .invoke(
                "partners_share",
                json!({"address": "127.0.0.1", "labels": labels, "lang": "en-US"}),
            )
            .expect("share");
        let address = view["sharing"]["status"]["address"].clone();
        let code = view["sharing"]["deviceCode"].clone();
        follower
            .invoke("partners_join", json!({"address": address, "code": code}))
            .expect("join");

        host.invoke(
            "shift_remaining",
            json!({"minutes": 7, "at": "2021-07-07T14:20:00+09:00"}),
        )
        .expect("running late");
        host.invoke("partners_publish", json!({"lang": "en-US"}))
            .expect("publish");
        eventually("the follower's agenda follows the host", || {
            delay(&follower, "s1-presentation-2") == 420
        });

        // The follower's own shift comes on top, as a local override; the host's agenda is not touched.
        follower
            .invoke(
                "shift_remaining",
                json!({"minutes": 3, "at": "2021-07-07T15:40:00+09:00"}),
            )
            .expect("local shift");
        let view = follower.invoke("partners_view", json!({})).expect("view");
        assert_eq!(view["localLateSeconds"], 180);
        assert_eq!(view["team"]["late"][0]["seconds"], 420);
        assert_eq!(delay(&follower, "s1-presentation-2"), 420);
        assert_eq!(
            delay(&follower, "closing-remarks-1"),
            delay(&host, "closing-remarks-1") + 180
        );

        // "Started now" on the follower measures from the start it shows (14:45 printed, 14:52 shifted).
        assert_eq!(delay(&follower, "s1-discussant-1"), 420);
        follower
            .invoke(
                "mark_started",
                json!({"item": "s1-discussant-1", "at": "2021-07-07T14:53:00+09:00"}),
            )
            .expect("started");
        assert_eq!(delay(&follower, "s1-discussant-1"), 480);
        // Undo takes back the booth's own shifts, never the event's record.
        for _ in 0..2 {
            follower.invoke("undo_shift", json!({})).expect("own shift");
        }
        assert!(follower.invoke("undo_shift", json!({})).is_err());
        assert_eq!(delay(&follower, "s1-discussant-1"), 420);
        assert_eq!(delay(&host, "s1-discussant-1"), 420);

        // Leaving the team: the booth's own record alone again.
        follower.invoke("partners_stop", json!({})).expect("leave");
        assert_eq!(delay(&follower, "s1-presentation-2"), 0);
        host.invoke("partners_stop", json!({})).expect("stop");
    }
}
