//! The one harness of the shell's tests: the app on Tauri's mock runtime with the real context
//! (capabilities and CSP as shipped, so a command the capability does not grant fails here too), real IPC
//! requests and a real core. The commands really run without a desktop around them.
#![allow(clippy::expect_used)]

use crate::{setup, StateLocation};
use booth::late::StateFile;
use booth::Pack;
use serde_json::{json, Value};
use std::path::Path;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// The app with a `main` webview, as every test starts from.
pub fn mock_app(
    pack: Pack,
    location: StateLocation,
) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = setup(mock_builder(), pack, location)
        .build(tauri::generate_context!(test = true))
        .expect("app builds");
    let main = main_webview(&app);
    (app, main)
}

/// The `main` webview of an app built by a test.
pub fn main_webview(app: &tauri::App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    tauri::WebviewWindowBuilder::new(app, "main", Default::default())
        .build()
        .expect("main webview builds")
}

/// One app under test, with its running-late state in a temporary folder and, when it edits, its pack
/// folder a temporary copy of the forum pack.
pub struct TestApp {
    /// Kept alive for the webview's sake.
    pub _app: tauri::App<MockRuntime>,
    pub webview: WebviewWindow<MockRuntime>,
    /// The folder of the running-late state file `state.json`.
    pub state: tempfile::TempDir,
    /// The pack folder (an empty temporary folder for the built-in pack).
    pub pack: tempfile::TempDir,
}

impl TestApp {
    /// The built-in (read-only) forum pack.
    pub fn built_in() -> TestApp {
        TestApp::built_in_with_state(tempfile::tempdir().expect("temp dir"))
    }

    /// The built-in pack with an existing state folder (to see what a restart reads back).
    pub fn built_in_with_state(state: tempfile::TempDir) -> TestApp {
        let file = StateFile::new(state.path().join("state.json"));
        let (app, webview) = mock_app(
            Pack::embedded().expect("forum pack"),
            StateLocation::File(file),
        );
        TestApp {
            _app: app,
            webview,
            state,
            pack: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A temporary copy of the forum pack, opened for editing as `--pack DIR` would.
    pub fn editing() -> TestApp {
        let pack = tempfile::tempdir().expect("temp dir");
        booth::source::write_embedded_pack(pack.path()).expect("forum copy");
        let state = tempfile::tempdir().expect("temp dir");
        let file = StateFile::new(state.path().join("state.json"));
        let (app, webview) = mock_app(
            Pack::open(pack.path()).expect("pack"),
            StateLocation::PackWithFile(pack.path().to_owned(), file),
        );
        TestApp {
            _app: app,
            webview,
            state,
            pack,
        }
    }

    /// Calls a command from the app's own page.
    pub fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        invoke_as(&self.webview, "tauri://localhost", cmd, body)
    }

    /// A file of the pack folder, as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.pack_path().join(rel)).expect("pack file")
    }

    pub fn pack_path(&self) -> &Path {
        self.pack.path()
    }
}

/// The `apply_edits` arguments of the user's own edit of the SDGs concept (its Korean note), the unsaved
/// edit the tests put before a command that must not lose it.
pub fn put_sdgs(ko_note: &str) -> Value {
    json!({"label": "edit SDGs", "edits": [{"op": "putConcept", "concept": {
        "id": "sdgs",
        "term": {"en-US": "Sustainable Development Goals", "ko": "지속가능발전목표"},
        "abbr": {"en-US": "SDGs", "ko": "SDGs"},
        "note": {"ko": ko_note},
        "sessions": ["session-2"]
    }}]})
}

/// Calls a command as the page at `origin` in `webview` would.
pub fn invoke_as(
    webview: &WebviewWindow<MockRuntime>,
    origin: &str,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: origin.parse().expect("url"),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(webview, request).map(|b| b.deserialize::<Value>().unwrap_or(Value::Null))
}

/// Answers the shell's file dialogs from `file` (the debug-build hook `BOOTH_E2E_PICK`, see [`crate::pick`])
/// for as long as the guard lives: the variable is the process's, so tests that pick take turns.
pub fn picking_from(file: &Path) -> std::sync::MutexGuard<'static, ()> {
    static PICK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let guard = PICK.lock().unwrap_or_else(|p| p.into_inner());
    std::env::set_var("BOOTH_E2E_PICK", file);
    guard
}
