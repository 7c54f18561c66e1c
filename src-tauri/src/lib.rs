//! Booth's desktop shell: loads a pack through the core and exposes it to the webview as a handful of
//! read-only commands. Everything that knows about events, people or glossaries lives in the `booth` crate.

mod commands;
pub mod error;
mod state;

use booth::Pack;
use std::path::PathBuf;

pub use state::AppState;

/// Picks the pack from `--pack DIR` (or `BOOTH_PACK`), falling back to the built-in forum pack. A pack that
/// cannot be opened is reported on stderr and in the pack's diagnostics, and the forum pack is shown.
pub fn load_pack(args: &[String]) -> Pack {
    let dir = args
        .iter()
        .position(|a| a == "--pack")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("BOOTH_PACK").map(PathBuf::from));
    let Some(dir) = dir else { return embedded() };
    match Pack::open(&dir) {
        Ok(pack) => pack,
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
            pack
        }
    }
}

fn embedded() -> Pack {
    // The built-in pack is tested in the core's test suite; failing here is a build defect, not user data.
    #[allow(clippy::expect_used)]
    Pack::embedded().expect("the built-in forum pack loads")
}

/// Adds Booth's state and commands to a builder: `run` uses the real one, tests tauri's mock builder.
pub fn setup<R: tauri::Runtime>(builder: tauri::Builder<R>, pack: Pack) -> tauri::Builder<R> {
    builder
        .manage(AppState::new(pack))
        .invoke_handler(tauri::generate_handler![
            commands::pack,
            commands::agenda_status,
            commands::search,
            commands::ui_strings
        ])
}

pub fn run() {
    let args: Vec<String> = std::env::args().collect();
    let pack = load_pack(&args);
    for d in &pack.diagnostics {
        eprintln!("{d}");
    }
    if let Err(e) = setup(tauri::Builder::default(), pack).run(tauri::generate_context!()) {
        eprintln!("booth: the window could not start: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    //! The commands really run without a desktop: a mock runtime, real IPC requests, real core.

    use super::*;
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    fn invoke(cmd: &str, body: Value) -> Result<Value, Value> {
        invoke_from("tauri://localhost", cmd, body)
    }

    fn invoke_from(origin: &str, cmd: &str, body: Value) -> Result<Value, Value> {
        #[allow(clippy::expect_used)]
        // The real context: capabilities and CSP as shipped, so a command the capability does not grant fails here.
        let app = setup(mock_builder(), Pack::embedded().expect("forum pack"))
            .build(tauri::generate_context!(test = true))
            .expect("app builds");
        #[allow(clippy::expect_used)]
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("webview builds");
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            #[allow(clippy::expect_used)]
            url: origin.parse().expect("url"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&webview, request).map(|b| b.deserialize::<Value>().unwrap_or(Value::Null))
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
    fn agenda_status_follows_the_given_instant() {
        let status =
            invoke("agenda_status", json!({"at": "2021-07-07T14:20:00+09:00"})).expect("status");
        assert_eq!(status["phase"], "running");
        assert_eq!(status["current"], json!({"block": 1, "item": 0}));
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
    }

    #[test]
    fn a_remote_page_cannot_call_commands() {
        let err = invoke_from(
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
