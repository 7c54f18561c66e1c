//! The glossary search, answered inside the keystroke that asked for it.
//!
//! Why not the `search` command: Tauri's IPC is asynchronous, so a keystroke's results always came one
//! frame after the typed character. The input event paints its character first (WebKit renders a frame
//! about 2 ms after the event), the IPC answer then waits for that frame to finish (~7 ms of software
//! rendering here), and the results wait for the next frame, which WebKit paces at 60 Hz: 29 ms median from
//! keystroke to painted results at 100,000 concepts, against a budget of 16 (BENCHMARKS.md).
//!
//! The page instead asks this URI scheme with a synchronous request from its input handler. The request
//! blocks only the page's own thread, for the 1–2 ms the shell needs (the search itself is under 0.5 ms),
//! so no frame starts in between: the character and its results are painted together. The page falls back
//! to the `search` command when the scheme cannot answer.
//!
//! What it exposes: exactly the `search` command's answer (the same [`SearchRequest`], the same [`Found`] JSON, errors as
//! the same `{kind, message}`), read-only, to the app's own `main` webview, by POST only. It is registered
//! on the app, so no other program or page can reach it; the CSP names it in `connect-src` and nowhere
//! else (src-tauri/src/security_tests.rs).

use crate::error::{ErrorKind, IpcError};
use crate::state::AppState;
use booth::views::{Found, SearchRequest};
use tauri::http::{header, Method, Request, Response, StatusCode};
use tauri::Manager;

/// The URI scheme (`booth-search://localhost/search` on Linux and macOS, `http://booth-search.localhost/search`
/// on Windows; the page builds it with `convertFileSrc`).
pub const SCHEME: &str = "booth-search";

/// The one webview that may search this way.
const WEBVIEW: &str = "main";

/// Adds the scheme to a builder.
pub fn register<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.register_uri_scheme_protocol(SCHEME, |ctx, request| {
        let state = ctx.app_handle().state::<AppState>();
        answer(&state, ctx.webview_label(), &request)
    })
}

/// The response to one request: 200 with `Found[]`, or an error status with `{kind, message}`.
pub fn answer(state: &AppState, webview: &str, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    let result = if webview != WEBVIEW {
        Err((
            StatusCode::FORBIDDEN,
            IpcError::new(
                ErrorKind::Forbidden,
                format!("webview `{webview}` may not search"),
            ),
        ))
    } else if request.method() != Method::POST || request.uri().path() != "/search" {
        Err((
            StatusCode::NOT_FOUND,
            IpcError::new(ErrorKind::InvalidArgument, "only POST /search is answered"),
        ))
    } else {
        serde_json::from_slice::<SearchRequest>(request.body())
            .map_err(|e| {
                (
                    StatusCode::BAD_REQUEST,
                    IpcError::new(ErrorKind::InvalidArgument, format!("search arguments: {e}")),
                )
            })
            .and_then(|request| match state.try_pack() {
                Ok(pack) => Ok(request.answer(&pack)),
                Err(e) => Err((StatusCode::SERVICE_UNAVAILABLE, e)),
            })
    };
    let (status, body) = match result {
        Ok(found) => (StatusCode::OK, json::<Vec<Found>>(&found)),
        Err((status, e)) => (status, json(&e)),
    };
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        // The page's origin (tauri://localhost) differs from the scheme's, as for Tauri's own IPC scheme,
        // which answers the same way.
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(body)
        .unwrap_or_else(|_| Response::new(Vec::new()))
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_else(|e| {
        format!(r#"{{"kind":"internal","message":"serializing the answer: {e}"}}"#).into_bytes()
    })
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::StateLocation;
    use serde_json::Value;

    fn post(path: &str, body: &str) -> Request<Vec<u8>> {
        Request::builder()
            .method(Method::POST)
            .uri(format!("booth-search://localhost{path}"))
            .body(body.as_bytes().to_vec())
            .expect("request")
    }

    fn read(r: &Response<Vec<u8>>) -> Value {
        serde_json::from_slice(r.body()).expect("JSON body")
    }

    /// The app on the mock runtime with the forum pack shown, for `f` to ask.
    fn with_forum(f: impl FnOnce(&AppState)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = booth::late::StateFile::new(dir.path().join("state.json"));
        let (app, _main) = crate::test_harness::mock_app(
            booth::Pack::embedded().expect("forum pack"),
            StateLocation::File(file),
        );
        f(&app.state::<AppState>());
    }

    #[test]
    fn answers_what_the_search_command_answers() {
        with_forum(|state| {
            let r = answer(
                state,
                "main",
                &post(
                    "/search",
                    r#"{"query":"지속가능발전목표","limit":5,"session":null}"#,
                ),
            );
            assert_eq!(r.status(), StatusCode::OK);
            assert_eq!(
                r.headers().get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
                Some(&b"application/json"[..])
            );
            let body = read(&r);
            let request = SearchRequest {
                query: "지속가능발전목표".into(),
                limit: 5,
                session: None,
            };
            let command = serde_json::to_value(request.answer(&state.try_pack().expect("loaded")))
                .expect("json");
            assert_eq!(body, command);
            assert_eq!(body[0]["concept"]["id"], "sdgs");
            assert!(body
                .as_array()
                .is_some_and(|a| !a.is_empty() && a.len() <= 5));
        });
    }

    #[test]
    fn refuses_other_webviews_methods_paths_and_bodies() {
        with_forum(|state| {
            let ok = r#"{"query":"SDGs","limit":3}"#;
            let cases = [
                (
                    "other",
                    post("/search", ok),
                    StatusCode::FORBIDDEN,
                    "forbidden",
                ),
                (
                    "main",
                    Request::builder()
                        .method(Method::GET)
                        .uri("booth-search://localhost/search")
                        .body(Vec::new())
                        .expect("request"),
                    StatusCode::NOT_FOUND,
                    "invalidArgument",
                ),
                (
                    "main",
                    post("/pack", ok),
                    StatusCode::NOT_FOUND,
                    "invalidArgument",
                ),
                (
                    "main",
                    post("/search", "{"),
                    StatusCode::BAD_REQUEST,
                    "invalidArgument",
                ),
                (
                    "main",
                    post("/search", r#"{"query":"a","limit":3,"path":"/etc"}"#),
                    StatusCode::BAD_REQUEST,
                    "invalidArgument",
                ),
            ];
            for (webview, request, status, kind) in cases {
                let r = answer(state, webview, &request);
                assert_eq!(r.status(), status, "{webview} {}", request.uri());
                assert_eq!(read(&r)["kind"], kind, "{webview} {}", request.uri());
            }
        });
    }

    #[test]
    fn says_loading_until_the_pack_is_shown() {
        let state = AppState::loading(crate::workspace::Workspace::default());
        let r = answer(
            &state,
            "main",
            &post("/search", r#"{"query":"a","limit":3}"#),
        );
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(read(&r)["kind"], "loading");
    }

    #[test]
    fn caps_the_limit() {
        with_forum(|state| {
            let r = answer(
                state,
                "main",
                &post("/search", r#"{"query":"a","limit":4000000000}"#),
            );
            let n = read(&r).as_array().map(Vec::len).expect("list");
            assert!(n > 0 && n <= booth::views::search::MAX_SEARCH_LIMIT as usize);
        });
    }
}
