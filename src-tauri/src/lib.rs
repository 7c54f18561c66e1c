//! Booth's desktop shell: loads a pack through the core and exposes it to the webview as a handful of
//! commands (read-only, except the running-late record). Everything that knows about events, people,
//! glossaries or clocks lives in the `booth` crate.

mod commands;
pub mod error;
mod state;

use booth::late::StateFile;
use booth::Pack;
use std::path::PathBuf;
use tauri::Manager;

pub use state::AppState;

/// Picks the pack from `--pack DIR` (or `BOOTH_PACK`), falling back to the built-in forum pack. A pack that
/// cannot be opened is reported on stderr and in the pack's diagnostics, and the forum pack is shown.
/// Returns the pack folder too when the pack came from one (its running-late file lives beside it).
pub fn load_pack(args: &[String]) -> (Pack, Option<PathBuf>) {
    let dir = args
        .iter()
        .position(|a| a == "--pack")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("BOOTH_PACK").map(PathBuf::from));
    let Some(dir) = dir else {
        return (embedded(), None);
    };
    match Pack::open(&dir) {
        Ok(pack) => (pack, Some(dir)),
        Err(e) => {
            eprintln!(
                "booth: cannot open pack {}: {e}; showing the built-in forum pack",
                dir.display()
            );
            let mut pack = embedded();
            let diag = match e {
                booth::Error::InvalidPack(d) => d,
                other => booth::Diagnostic::error(
                    other.kind(),
                    dir.display().to_string(),
                    other.to_string(),
                ),
            };
            pack.diagnostics.insert(0, diag);
            (pack, None)
        }
    }
}

fn embedded() -> Pack {
    // The built-in pack is tested in the core's test suite; failing here is a build defect, not user data.
    #[allow(clippy::expect_used)]
    Pack::embedded().expect("the built-in forum pack loads")
}

/// Where the running-late record is kept: beside a pack folder, or — for the built-in pack, which has no
/// folder — in the app's per-user data folder (`$XDG_DATA_HOME/org.booth.desktop/running-late/` on Linux).
pub enum StateLocation {
    BesidePack(PathBuf),
    AppData,
    /// An exact file (tests).
    File(StateFile),
}

/// The commands the window may call; `build.rs` and `capabilities/default.json` list the same names.
macro_rules! booth_commands {
    () => {
        tauri::generate_handler![
            commands::pack,
            commands::agenda,
            commands::agenda_status,
            commands::event_instant,
            commands::shift_remaining,
            commands::mark_started,
            commands::undo_shift,
            commands::search,
            commands::ui_strings,
            commands::os_ui_locale,
            commands::time_zones
        ]
    };
}

/// Adds Booth's state and commands to a builder: `run` uses the real one, tests tauri's mock builder. The
/// app's data folder is only known once the app exists, so that record is attached in the setup hook.
pub fn setup<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    pack: Pack,
    location: StateLocation,
) -> tauri::Builder<R> {
    let pack_id = pack.id.clone();
    let (file, in_data_dir) = match location {
        StateLocation::BesidePack(dir) => (Some(StateFile::for_pack_dir(&dir)), false),
        StateLocation::File(f) => (Some(f), false),
        StateLocation::AppData => (None, true),
    };
    builder
        .manage(AppState::new(pack, file))
        .setup(move |app| {
            if in_data_dir {
                let file = StateFile::in_data_dir(&app.path().app_data_dir()?, &pack_id);
                app.state::<AppState>().attach(file);
            }
            Ok(())
        })
        .invoke_handler(booth_commands!())
}

pub fn run() {
    let args: Vec<String> = std::env::args().collect();
    let (pack, dir) = load_pack(&args);
    for d in &pack.diagnostics {
        eprintln!("{d}");
    }
    let location = dir.map_or(StateLocation::AppData, StateLocation::BesidePack);
    // Window size and position persist across restarts (the plugin saves on exit and restores on start;
    // the window needs no JS permission for that).
    let builder =
        tauri::Builder::default().plugin(tauri_plugin_window_state::Builder::default().build());
    if let Err(e) = setup(builder, pack, location).run(tauri::generate_context!()) {
        eprintln!("booth: the window could not start: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    //! The commands really run without a desktop: a mock runtime, real IPC requests, real core.
    #![allow(clippy::expect_used)]

    use super::*;
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    /// One app on the mock runtime with the real context (capabilities and CSP as shipped, so a command the
    /// capability does not grant fails here), its running-late file in a temp folder.
    struct App {
        _app: tauri::App<MockRuntime>,
        webview: tauri::WebviewWindow<MockRuntime>,
        dir: tempfile::TempDir,
    }

    impl App {
        fn new() -> App {
            App::with_state_dir(tempfile::tempdir().expect("temp dir"))
        }

        fn with_state_dir(dir: tempfile::TempDir) -> App {
            let file = StateFile::new(dir.path().join("state.json"));
            let app = setup(
                mock_builder(),
                Pack::embedded().expect("forum pack"),
                StateLocation::File(file),
            )
            .build(tauri::generate_context!(test = true))
            .expect("app builds");
            let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
                .build()
                .expect("webview builds");
            App {
                _app: app,
                webview,
                dir,
            }
        }

        fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
            self.invoke_from("tauri://localhost", cmd, body)
        }

        fn invoke_from(&self, origin: &str, cmd: &str, body: Value) -> Result<Value, Value> {
            let request = InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: origin.parse().expect("url"),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            };
            get_ipc_response(&self.webview, request)
                .map(|b| b.deserialize::<Value>().unwrap_or(Value::Null))
        }
    }

    fn invoke(cmd: &str, body: Value) -> Result<Value, Value> {
        App::new().invoke(cmd, body)
    }

    #[test]
    fn search_returns_hits_from_the_core() {
        let hits = invoke("search", json!({"query": "SDGs", "limit": 3})).expect("search succeeds");
        assert_eq!(hits[0]["conceptId"], "sdgs");
        assert_eq!(hits[0]["field"], "abbr");
    }

    #[test]
    fn pack_is_served_as_json() {
        let pack = invoke("pack", json!({})).expect("pack succeeds");
        assert_eq!(pack["agenda"]["zone"], "Asia/Seoul");
        assert_eq!(pack["locales"], json!(["en-US", "ko"]));
    }

    #[test]
    fn agenda_status_follows_the_given_instant_and_local_zone() {
        let status = invoke(
            "agenda_status",
            json!({"at": "2021-07-07T14:20:00+09:00", "localZone": "Europe/Berlin"}),
        )
        .expect("status");
        assert_eq!(status["phase"], "running");
        assert_eq!(status["current"], json!({"block": 1, "item": 0}));
        assert_eq!(status["eventTime"], "14:20:00");
        assert_eq!(status["localTime"], "07:20:00");
        assert_eq!(status["localAbbreviation"], "CEST");
    }

    #[test]
    fn rehearsal_times_become_instants_in_the_core() {
        let at = invoke("event_instant", json!({"time": "14:20"})).expect("instant");
        assert_eq!(at, "2021-07-07T05:20:00+00:00");
        let err = invoke("event_instant", json!({"time": "25:00"})).expect_err("bad time");
        assert_eq!(err["kind"], "invalidArgument");
    }

    #[test]
    fn running_late_is_applied_persisted_and_undone() {
        let app = App::new();
        let at = "2021-07-07T14:20:00+09:00";
        let view = app
            .invoke(
                "shift_remaining",
                json!({"minutes": 7, "at": at, "localZone": "Asia/Seoul"}),
            )
            .expect("shift");
        assert_eq!(
            view["agenda"]["blocks"][1]["items"][1]["eventStart"],
            "14:37"
        );
        assert_eq!(view["shifts"].as_array().map(Vec::len), Some(1));
        let status = app
            .invoke(
                "agenda_status",
                json!({"at": at, "localZone": "Asia/Seoul"}),
            )
            .expect("status");
        assert_eq!(status["lateSeconds"], 420);

        // A restart (a new app over the same state folder) sees the same record.
        let dir = app.dir;
        let again = App::with_state_dir(dir);
        let view = again
            .invoke("agenda", json!({"localZone": "Asia/Seoul"}))
            .expect("agenda");
        assert_eq!(view["agenda"]["blocks"][2]["eventStart"], "15:22");

        let view = again
            .invoke(
                "mark_started",
                json!({"item": "s1-presentation-2", "at": "2021-07-07T14:40:00+09:00", "localZone": "Asia/Seoul"}),
            )
            .expect("started");
        assert_eq!(
            view["agenda"]["blocks"][1]["items"][1]["eventStart"],
            "14:40"
        );
        let view = again
            .invoke("undo_shift", json!({"localZone": "Asia/Seoul"}))
            .expect("undo");
        assert_eq!(
            view["agenda"]["blocks"][1]["items"][1]["eventStart"],
            "14:37"
        );
        again.invoke("undo_shift", json!({})).expect("undo");
        let err = again
            .invoke("undo_shift", json!({}))
            .expect_err("nothing left");
        assert_eq!(err["kind"], "nothingToUndo");
    }

    #[test]
    fn os_locale_and_zones_come_from_the_core() {
        let loc = invoke("os_ui_locale", json!({})).expect("locale");
        assert!(loc == "en-US" || loc == "ko", "{loc}");
        let zones = invoke("time_zones", json!({})).expect("zones");
        assert!(zones["all"]
            .as_array()
            .is_some_and(|z| z.iter().any(|n| n == "Europe/Berlin")));
    }

    #[test]
    fn errors_cross_the_boundary_as_kind_and_message() {
        let err = invoke("agenda_status", json!({"at": "not a time"})).expect_err("bad time fails");
        assert_eq!(err["kind"], "invalidArgument");
        assert!(err["message"]
            .as_str()
            .is_some_and(|m| m.contains("not a time")));
        let err = invoke("ui_strings", json!({"locale": "xx"})).expect_err("unknown locale fails");
        assert_eq!(err["kind"], "invalidArgument");
        let err = invoke("agenda", json!({"localZone": "Mars/Olympus"})).expect_err("unknown zone");
        assert_eq!(err["kind"], "invalidArgument");
        let err = invoke("mark_started", json!({"item": "nope"})).expect_err("unknown item");
        assert_eq!(err["kind"], "unknownItem");
    }

    #[test]
    fn a_remote_page_cannot_call_commands() {
        let err = App::new()
            .invoke_from(
                "https://example.com",
                "search",
                json!({"query": "SDGs", "limit": 3}),
            )
            .expect_err("remote origins are not granted");
        assert!(
            err.as_str().is_some_and(|m| m.contains("not allowed")),
            "{err}"
        );
    }

    #[test]
    fn ui_strings_exist_for_both_locales() {
        for loc in ["en-US", "ko"] {
            let ftl = invoke("ui_strings", json!({"locale": loc})).expect("strings");
            assert!(ftl.as_str().is_some_and(|s| s.contains("region-glossary")));
        }
    }
}
