//! Listening in the window: the microphone (or any capture device, a monitor of the system's output for
//! remote interpreting) or a recorded speech played in real time, recognised on this machine and turned
//! into prompts by the core ([`booth::listening`]). Audio stays in memory; only prompts, captions and
//! states reach the page, as `listen` events. One session at a time; the model stays loaded between them.

use crate::error::{off_main, ErrorKind, IpcError};
use crate::pick::{pick, Pick};
use crate::state::AppState;
use booth::listening::{
    self, follow, Heard, Language, ListenState, Pacing, Recognizer, SpeechModel, StreamConfig,
};
use booth::prompts::Prompter;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

/// The event that carries every [`Heard`] to the window.
pub const LISTEN_EVENT: &str = "listen";

/// Where to listen.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ListenSource {
    /// A capture device by name (`None`: the system's default input).
    Device {
        #[ts(optional = nullable)]
        name: Option<String>,
    },
    /// A WAV file chosen in the system's dialog, played at the pace of speech (rehearsal with a recording).
    File,
}

/// What the window asks for.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ListenRequest {
    pub source: ListenSource,
    /// `en`, `ko` or `auto`.
    pub language: String,
    /// Seconds before a term or person is prompted again.
    pub cooldown_s: u32,
}

/// A capture device as the picker shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct InputDevice {
    pub name: String,
    pub is_default: bool,
}

/// What started: the model in use and where the audio comes from (a device's or file's name).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ListenStarted {
    pub model: SpeechModel,
    pub source: String,
}

/// The loaded model and the running session.
#[derive(Default)]
pub struct Listening {
    /// The model last loaded, and its file (English and Korean may use different ones).
    model: Mutex<Option<(PathBuf, Recognizer)>>,
    session: Mutex<Option<Arc<AtomicBool>>>,
}

/// Folders holding models, best first: the app's own (a model the user chose), then the bundled one.
fn model_dirs<R: Runtime>(app: &AppHandle<R>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Ok(d) = app.path().app_data_dir() {
        dirs.push(d.join("models"));
    }
    if let Ok(d) = app.path().resource_dir() {
        dirs.push(d.join("models"));
    }
    dirs
}

fn model_error(e: impl std::fmt::Display) -> IpcError {
    IpcError::new(ErrorKind::SpeechModel, e.to_string())
}

/// The model listening in `language` (en, ko, auto) would use, if there is one.
#[tauri::command]
pub fn speech_model<R: Runtime>(app: AppHandle<R>, language: String) -> Option<SpeechModel> {
    let language = Language::parse(&language)?;
    let path = listening::find_model(&model_dirs(&app), language)?;
    listening::inspect(&path).ok().map(|i| SpeechModel::of(&i))
}

/// Asks for a whisper.cpp model file (a large model brought on a USB stick, say), checks its header, and
/// copies it into the app's data folder, where it is used from then on. `None` when the user cancelled.
#[tauri::command]
pub async fn choose_speech_model<R: Runtime>(
    app: AppHandle<R>,
    listening: State<'_, Listening>,
) -> Result<Option<SpeechModel>, IpcError> {
    let Some(path) = pick(
        &app,
        Pick::Open {
            title: "Choose a speech model (whisper.cpp)",
            filter: ("whisper.cpp model", &["bin", "ggml"]),
        },
    )
    .await
    else {
        return Ok(None);
    };
    let info = listening::inspect(&path).map_err(model_error)?;
    let dir = app
        .path()
        .app_data_dir()
        .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?
        .join("models");
    let dest = dir.join(listening::DEFAULT_MODEL);
    off_main(move || -> Result<(), IpcError> {
        std::fs::create_dir_all(&dir).map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?;
        // Copied beside, then renamed: a half-copied model never replaces a working one.
        let tmp = dir.join(".incoming.bin");
        std::fs::copy(&path, &tmp).map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?;
        std::fs::rename(&tmp, &dest).map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))
    })
    .await??;
    *listening.model.lock().unwrap_or_else(|p| p.into_inner()) = None;
    Ok(Some(SpeechModel::of(&info)))
}

/// The capture devices (the system's default first).
#[tauri::command]
pub fn input_devices() -> Result<Vec<InputDevice>, IpcError> {
    let mut list: Vec<InputDevice> = listening::input_devices()
        .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?
        .into_iter()
        .map(|d| InputDevice {
            name: d.name,
            is_default: d.is_default,
        })
        .collect();
    list.sort_by_key(|d| !d.is_default);
    Ok(list)
}

/// Starts listening (stopping a session already running). `None` when the user cancelled the file dialog.
#[tauri::command]
pub async fn listen_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    listening: State<'_, Listening>,
    request: ListenRequest,
) -> Result<Option<ListenStarted>, IpcError> {
    let language = Language::parse(&request.language).ok_or_else(|| {
        IpcError::new(
            ErrorKind::InvalidArgument,
            format!("language `{}`: use en, ko or auto", request.language),
        )
    })?;
    let pack = state.try_pack()?;
    let audio = match &request.source {
        ListenSource::Device { name } => listening::capture(name.as_deref())
            .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?,
        ListenSource::File => {
            let Some(path) = pick(
                &app,
                Pick::Open {
                    title: "Listen to a recorded speech",
                    filter: ("WAV audio", &["wav"]),
                },
            )
            .await
            else {
                return Ok(None);
            };
            listening::wav_file(&path, Pacing::RealTime)
                .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?
        }
    };
    let source = audio.description().to_owned();
    listen_stop(listening.clone());
    let _ = app.emit(
        LISTEN_EVENT,
        Heard::State {
            state: ListenState::Loading,
        },
    );
    let recognizer = {
        let path = listening::find_model(&model_dirs(&app), language).ok_or_else(|| {
            IpcError::new(
                ErrorKind::SpeechModel,
                "no speech model: choose one in the Prompts region (Choose speech model…)",
            )
        })?;
        let cached = listening
            .model
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        match cached {
            Some((loaded, r)) if loaded == path => r,
            _ => {
                let file = path.clone();
                let r = off_main(move || Recognizer::load(&file))
                    .await?
                    .map_err(model_error)?;
                *listening.model.lock().unwrap_or_else(|p| p.into_inner()) =
                    Some((path, r.clone()));
                r
            }
        }
    };
    let started = ListenStarted {
        model: SpeechModel::of(recognizer.info()),
        source,
    };
    let config = StreamConfig {
        language,
        ..StreamConfig::default()
    };
    let listener = recognizer.listen(config, audio).map_err(model_error)?;
    let stop = Arc::new(AtomicBool::new(false));
    *listening.session.lock().unwrap_or_else(|p| p.into_inner()) = Some(stop.clone());
    let cooldown_ms = u64::from(request.cooldown_s) * 1000;
    let emitter = app.clone();
    std::thread::Builder::new()
        .name("booth-listening".into())
        .spawn(move || {
            let mut prompter = Prompter::new(cooldown_ms);
            follow(
                &pack,
                &listener,
                &mut prompter,
                chrono::Utc::now(),
                |heard| {
                    // A window that cannot be told is a window that closed: stop listening.
                    emitter.emit(LISTEN_EVENT, &heard).is_ok() && !stop.load(Ordering::SeqCst)
                },
            );
            listener.stop();
            let _ = emitter.emit(
                LISTEN_EVENT,
                Heard::State {
                    state: ListenState::Stopped,
                },
            );
        })
        .map_err(|e| IpcError::new(ErrorKind::Io, e.to_string()))?;
    Ok(Some(started))
}

/// Stops the running session, if any (it says `stopped` when it has).
#[tauri::command]
pub fn listen_stop(listening: State<'_, Listening>) {
    if let Some(stop) = listening
        .session
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take()
    {
        stop.store(true, Ordering::SeqCst);
    }
}
