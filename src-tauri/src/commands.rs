//! Tauri commands: each parses its arguments, calls the core and maps the error. No logic lives here.

//!
//! While the first pack is still loading (see [`crate::state`]), the commands that need it answer the error
//! kind `loading`; the page waits for the `pack-ready` event and asks again.

use crate::error::IpcError;
use crate::state::AppState;
use booth::agenda::Status;
use booth::views::{self, AgendaView, Found, Listing, SearchRequest};
use booth::Error;
use chrono_tz::Tz;
use tauri::ipc::Response;
use tauri::State;

/// The whole pack shown (`Pack`, glossary included), serialized on the first request after each change (an
/// edit, a reload, another folder). The organizer and prep views read it; the live view needs only
/// [`pack_head`].
#[tauri::command]
pub fn pack(state: State<'_, AppState>) -> Result<Response, IpcError> {
    Ok(Response::new(state.pack_json()?))
}

/// The pack shown without its glossary ([`booth::views::PackHead`]): what the live view paints at start.
#[tauri::command]
pub fn pack_head(state: State<'_, AppState>) -> Result<Response, IpcError> {
    Ok(Response::new(state.head_json()?))
}

/// What the glossary lists for an empty search: `session`'s concepts in pack order (or, when it has none,
/// the glossary from the top), at most `limit`, with how many there are in all.
#[tauri::command]
pub fn glossary_listing(
    state: State<'_, AppState>,
    session: Option<String>,
    limit: u32,
) -> Result<Listing, IpcError> {
    let pack = state.try_pack()?;
    Ok(Listing::of(
        &pack.glossary,
        session.as_deref(),
        limit as usize,
    ))
}

/// The user's zone: the one the UI asks for, else the system's, else the event's.
fn zone(state: &AppState, local_zone: Option<String>) -> Result<Tz, IpcError> {
    Ok(views::local_zone(
        local_zone.as_deref(),
        &*state.try_pack()?,
    )?)
}

/// The agenda with the running-late record applied, times also in `local_zone`.
#[tauri::command]
pub fn agenda(
    state: State<'_, AppState>,
    local_zone: Option<String>,
) -> Result<AgendaView, IpcError> {
    state.view(zone(&state, local_zone)?)
}

/// Where the (shifted) programme stands at `at` (RFC 3339; the rehearsal clock) or now (the real clock).
#[tauri::command]
pub fn agenda_status(
    state: State<'_, AppState>,
    at: Option<String>,
    local_zone: Option<String>,
) -> Result<Status, IpcError> {
    let at = views::instant(at.as_deref())?;
    Ok(state.view(zone(&state, local_zone)?)?.agenda.status_at(at))
}

/// The instant of an event-zone wall-clock time `HH:MM` on the event day (rehearsal "run from").
#[tauri::command]
pub fn event_instant(state: State<'_, AppState>, time: String) -> Result<String, IpcError> {
    Ok(views::event_instant(&*state.try_pack()?, &time)?.to_rfc3339())
}

/// Applies one change to the running-late record as of `at` (RFC 3339; default now) and returns the new
/// agenda in the user's zone.
fn late_change(
    state: &AppState,
    at: Option<String>,
    local_zone: Option<String>,
    change: impl FnOnce(
        &mut booth::late::Record,
        &booth::Pack,
        chrono::DateTime<chrono::Utc>,
    ) -> Result<(), booth::late::LateError>,
) -> Result<AgendaView, IpcError> {
    let at = views::instant(at.as_deref())?;
    let tz = zone(state, local_zone)?;
    state.change(|r, p| change(r, p, at))?;
    state.view(tz)
}

/// "Running `minutes` late" from `at` (negative: ahead); returns the new agenda.
#[tauri::command]
pub fn shift_remaining(
    state: State<'_, AppState>,
    minutes: i64,
    at: Option<String>,
    local_zone: Option<String>,
) -> Result<AgendaView, IpcError> {
    late_change(&state, at, local_zone, |r, p, at| {
        r.shift_remaining(&p.agenda, at, minutes).map(|_| ())
    })
}

/// "This item started now" (`at`); returns the new agenda.
#[tauri::command]
pub fn mark_started(
    state: State<'_, AppState>,
    item: String,
    at: Option<String>,
    local_zone: Option<String>,
) -> Result<AgendaView, IpcError> {
    late_change(&state, at, local_zone, |r, p, at| {
        r.mark_started(&p.agenda, &item, at).map(|_| ())
    })
}

/// Removes the last running-late adjustment; returns the new agenda.
#[tauri::command]
pub fn undo_shift(
    state: State<'_, AppState>,
    local_zone: Option<String>,
) -> Result<AgendaView, IpcError> {
    let tz = zone(&state, local_zone)?;
    state.try_pack()?;
    state.change(|r, _| r.undo().map(|_| ()))?;
    state.view(tz)
}

/// Glossary search; the request's session ranks that session's concepts first among equals. The page
/// calls it through [`crate::search_scheme`] while typing; this command is its fallback.
#[tauri::command]
pub fn search(state: State<'_, AppState>, request: SearchRequest) -> Result<Vec<Found>, IpcError> {
    Ok(request.answer(&*state.try_pack()?))
}

/// The app's own UI strings for `locale` as Fluent source (formatted in the webview by @fluent/bundle).
#[tauri::command]
pub fn ui_strings(locale: String) -> Result<String, IpcError> {
    booth::source::ui_strings(&locale).ok_or_else(|| {
        Error::InvalidArgument(format!("no UI strings for locale `{locale}`")).into()
    })
}

/// The UI locale for a first start: the OS's preferred locales (sys-locale) negotiated against the UI
/// locales built in (fluent-langneg, in the core).
#[tauri::command]
pub fn os_ui_locale() -> String {
    let requested: Vec<String> = sys_locale::get_locales().collect();
    booth::locale::negotiate(&requested, &booth::locale::ui_locales())
}

/// The system's IANA zone (default "your time") and every zone chrono-tz knows (for overriding it).
#[tauri::command]
pub fn time_zones() -> ZoneList {
    ZoneList {
        system: booth::locale::system_zone().map(|z| z.name().to_owned()),
        all: chrono_tz::TZ_VARIANTS
            .iter()
            .map(|z| z.name().to_owned())
            .collect(),
    }
}

#[derive(serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ZoneList {
    pub system: Option<String>,
    pub all: Vec<String>,
}

/// When `run` began, for [`startup_painted`].
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The start-up benchmark's signal (`scripts/bench-startup.sh`): the UI calls this once, after its first
/// agenda has been painted. With the environment variable `BOOTH_STARTUP_PROBE` set, it prints
/// `booth-startup-painted unix_ms=<wall clock> since_run_ms=<time since run() began>` on stdout, and with
/// `BOOTH_STARTUP_PROBE=exit` it then closes the app. Without the variable it does nothing: it takes
/// nothing from the page and returns nothing, so granting it to the page grants nothing.
#[tauri::command]
pub fn startup_painted<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let Some(mode) = std::env::var_os("BOOTH_STARTUP_PROBE") else {
        return;
    };
    if DONE.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    let unix_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let since_run_ms = STARTED
        .get()
        .map_or(f64::NAN, |t| t.elapsed().as_secs_f64() * 1000.0);
    println!("booth-startup-painted unix_ms={unix_ms:.1} since_run_ms={since_run_ms:.1}");
    if mode == "exit" {
        app.exit(0);
    }
}
