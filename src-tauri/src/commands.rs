//! Tauri commands: each parses its arguments, calls the core and maps the error. No logic lives here.

use crate::error::IpcError;
use crate::state::AppState;
use booth::agenda::Status;
use booth::search::Hit;
use booth::Error;
use chrono::{DateTime, Utc};
use tauri::ipc::Response;
use tauri::State;

/// The loaded pack, serialized once at start-up (it is read-only until packs can be edited).
#[tauri::command]
pub fn pack(state: State<'_, AppState>) -> Response {
    Response::new(state.pack_json.clone())
}

/// Where the programme stands at `at` (RFC 3339; the rehearsal clock) or now (the real clock).
#[tauri::command]
pub fn agenda_status(state: State<'_, AppState>, at: Option<String>) -> Result<Status, IpcError> {
    let at = match at {
        Some(s) => DateTime::parse_from_rfc3339(&s)
            .map_err(|e| Error::InvalidArgument(format!("time `{s}`: {e}")))?
            .with_timezone(&Utc),
        None => Utc::now(),
    };
    Ok(state.pack.agenda.status_at(at))
}

/// Glossary search; `session` ranks that session's concepts first among equals.
#[tauri::command]
pub fn search(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
    session: Option<String>,
) -> Vec<Hit> {
    state
        .pack
        .index()
        .search(&query, limit as usize, session.as_deref())
}

/// The app's own UI strings for `locale` as Fluent source (formatted in the webview by @fluent/bundle).
#[tauri::command]
pub fn ui_strings(locale: String) -> Result<String, IpcError> {
    booth::source::ui_strings(&locale).ok_or_else(|| {
        Error::InvalidArgument(format!("no UI strings for locale `{locale}`")).into()
    })
}
