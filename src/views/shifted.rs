//! The agenda as the booth sees it now: the pack's programme with the running-late record applied, in the
//! user's zone, and what could not be applied said in words.

use crate::agenda::{Agenda, Shift};
use crate::late::Record;
use crate::Pack;
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

/// The shifted agenda, the record that shifted it, and where that record is kept.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaView {
    pub agenda: Agenda,
    pub shifts: Vec<Shift>,
    /// Where the running-late record is kept (shown in the UI so nobody hunts for it).
    pub state_file: String,
    /// A problem with the state file (unreadable, other pack, shifts of removed items), if any.
    pub state_problem: Option<String>,
}

impl AgendaView {
    /// `pack`'s agenda shifted by `record`, in `local` zone. `problem` is what went wrong reading the
    /// record, if anything; shifts of items the pack no longer has are ignored and said so.
    pub fn of(
        pack: &Pack,
        record: &Record,
        local: Tz,
        state_file: String,
        problem: Option<String>,
    ) -> AgendaView {
        let (agenda, ignored) = pack.agenda.adjusted(&record.shifts);
        AgendaView {
            agenda: agenda.with_local_zone(local),
            shifts: record.shifts.clone(),
            state_file,
            state_problem: problem.or_else(|| ignored_shifts(&ignored)),
        }
    }
}

/// The warning for shifts of items no longer in the pack, if there are any.
pub fn ignored_shifts(ignored: &[Shift]) -> Option<String> {
    (!ignored.is_empty()).then(|| {
        let ids: Vec<&str> = ignored.iter().map(|s| s.item.as_str()).collect();
        format!(
            "shifts of items no longer in the pack were ignored: {}",
            ids.join(", ")
        )
    })
}
