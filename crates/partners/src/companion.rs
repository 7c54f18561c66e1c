//! The companion page: a read-only view for a phone or tablet, served by the host itself.
//!
//! The page is static and self-contained (an HTML file, a script and a style sheet, all from this crate,
//! nothing from the internet) under a strict CSP: no inline script, no eval, connections only to the host. It
//! reads the code from its own URL and opens `/events?t=CODE` (server-sent events: plain HTTP, reconnects by
//! itself, allowed by `connect-src 'self'` in every browser). Each event is the whole [`view_json`]: now/next
//! and the time left come from the programme the host publishes, the handover countdown from each booth's
//! shift start, and the page counts down on its own between events (corrected by the host's clock). Every
//! value is put on the page with `textContent`, never as HTML. The labels are the host's UI strings (Fluent).

use crate::team::{Millis, TeamState};

/// One event as sent to one page: the view, and the host's clock at the moment of sending (the page's
/// countdowns correct for a phone whose clock is off).
pub fn event_json(view: &str, host_now: Millis) -> String {
    format!("{{\"hostNow\":{host_now},\"view\":{view}}}")
}
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The companion page's Content-Security-Policy.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub const HTML: &str = include_str!("../assets/companion.html");
pub const SCRIPT: &str = include_str!("../assets/companion.js");
pub const STYLE: &str = include_str!("../assets/companion.css");

/// How many pushes the page shows.
const PUSHES_SHOWN: usize = 8;

/// The page's words, in the host's UI language (the shell fills them from Fluent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerCompanionLabels")]
pub struct Labels {
    /// BCP 47 tag for `<html lang>`.
    pub lang: String,
    pub title: String,
    pub now: String,
    pub next: String,
    pub time_left: String,
    pub nothing_now: String,
    pub on_mic: String,
    pub nobody_on_mic: String,
    pub hand_over_in: String,
    pub hand_over_now: String,
    pub pushes: String,
    pub pushed_by: String,
    pub no_pushes: String,
    pub offline_since: String,
    pub running_late: String,
}

impl Labels {
    /// English words, for tests and the command-line node (the app passes its Fluent strings).
    pub fn english() -> Labels {
        Labels {
            lang: "en-US".into(),
            title: "Booth companion".into(),
            now: "Now".into(),
            next: "Next".into(),
            time_left: "left".into(),
            nothing_now: "Nothing on stage".into(),
            on_mic: "On the mic".into(),
            nobody_on_mic: "Nobody yet".into(),
            hand_over_in: "Handover in".into(),
            hand_over_now: "Hand over now".into(),
            pushes: "Pushed by partners".into(),
            pushed_by: "pushed by".into(),
            no_pushes: "No pushes".into(),
            offline_since: "Offline since".into(),
            running_late: "Running late".into(),
        }
    }
}

/// The page's HTML (static; the labels arrive with the first event).
pub fn page(_labels: &Labels) -> &'static str {
    HTML
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct View<'a> {
    labels: &'a Labels,
    programme: &'a [crate::team::ProgrammeItem],
    booths: Vec<BoothView<'a>>,
    pushes: Vec<&'a crate::team::Push>,
    late_seconds: i64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BoothView<'a> {
    id: &'a str,
    name: &'a str,
    on_mic: Option<&'a str>,
    shift_ends: Option<Millis>,
}

/// The view every companion page is sent (built once per change, shared by all pages).
pub fn view_json(state: &TeamState, labels: &Labels) -> String {
    let mut pushes: Vec<_> = state
        .pushes
        .iter()
        .filter(|p| p.dismissed.is_none())
        .collect();
    pushes.reverse();
    pushes.truncate(PUSHES_SHOWN);
    let view = View {
        labels,
        programme: &state.programme,
        booths: state
            .booths
            .iter()
            .map(|b| BoothView {
                id: &b.id,
                name: &b.name,
                on_mic: b.on_mic.as_deref(),
                shift_ends: b.shift_ends(),
            })
            .collect(),
        pushes,
        late_seconds: state.late.iter().map(|s| s.seconds).sum(),
    };
    serde_json::to_string(&view).expect("plain data serializes")
}
