//! The Prompts region and the number box: the core's prompts over the pack shown, with the window's
//! cool-down state kept here between calls (one listener: the window).

use crate::error::IpcError;
use crate::state::AppState;
use booth::numbers::Quantity;
use booth::prompts::Prompter;
use booth::views::{PromptRequest, Prompted};
use std::sync::Mutex;
use tauri::State;

/// The window's cool-down: what was prompted when, for the pack it was prompted from (another pack shown,
/// an edit or a reload, starts afresh: the lexicon's positions belong to one pack).
#[derive(Default)]
pub struct LivePrompts(Mutex<(Prompter, usize)>);

/// Prompts of a line heard or typed live: terms and people once per `cooldown_s` seconds (0: every
/// time), numbers always.
#[tauri::command]
pub fn prompts(
    state: State<'_, AppState>,
    live: State<'_, LivePrompts>,
    request: PromptRequest,
    cooldown_s: u32,
) -> Result<Vec<Prompted>, IpcError> {
    let pack = state.try_pack()?;
    let mut live = live.0.lock().unwrap_or_else(|p| p.into_inner());
    let (prompter, shown) = &mut *live;
    let this = std::sync::Arc::as_ptr(&pack) as usize;
    if *shown != this {
        prompter.reset();
        *shown = this;
    }
    prompter.cooldown_ms = u64::from(cooldown_s) * 1000;
    Ok(request.answer(&pack, prompter)?)
}

/// Every prompt of a script pasted for preparation (no cool-down, and the live state is not touched).
#[tauri::command]
pub fn annotate(
    state: State<'_, AppState>,
    request: PromptRequest,
) -> Result<Vec<Prompted>, IpcError> {
    Ok(request.answer(&*state.try_pack()?, &mut Prompter::new(0))?)
}

/// The number box: what is typed, as one quantity in both scales, or nothing while it is not one yet.
#[tauri::command]
pub fn convert_number(text: String) -> Option<Quantity> {
    booth::numbers::convert(&text)
}

/// Forgets what was prompted (a new speech; another pack).
#[tauri::command]
pub fn reset_prompts(live: State<'_, LivePrompts>) {
    live.0.lock().unwrap_or_else(|p| p.into_inner()).0.reset();
}
