//! What the booth team shares, in the partners engine's terms: the programme for the companion page (now,
//! next and the time left are computed from it on the phone), a concept, person or number as a push for the
//! active interpreter's card, and the running-late record as the event's shared record.
//!
//! The engine (`crates/partners`) knows no pack: this is the one place that maps the pack's things to its
//! payloads, for the shell (and any other front end) to call.

use crate::agenda::{Shift, ShiftKind};
use crate::late::{LateError, Record};
use crate::numbers::Quantity;
use crate::{Pack, Text};
use booth_partners::team::{LateShift, ProgrammeItem, PushKind, PushRequest};
use chrono::{DateTime, Utc};

/// `text` in `lang`, else in the pack's reference locale, else any.
fn pick<'a>(text: &'a Text, lang: &str, pack: &Pack) -> &'a str {
    text.get(lang)
        .or_else(|| pack.locales.first().and_then(|l| text.get(l)))
        .or_else(|| text.values().next())
        .map(String::as_str)
        .unwrap_or_default()
}

/// The pack's programme shifted by `record`, titles and speakers in `lang`, times in ms since the epoch.
pub fn programme(pack: &Pack, record: &Record, lang: &str) -> Vec<ProgrammeItem> {
    let (agenda, _) = pack.agenda.adjusted(&record.shifts);
    agenda
        .items()
        .map(|(_, item)| {
            let speakers: Vec<&str> = item
                .speaker
                .iter()
                .chain(item.cospeakers.iter())
                .filter_map(|id| pack.person(id))
                .map(|p| pick(&p.name, lang, pack))
                .filter(|n| !n.is_empty())
                .collect();
            ProgrammeItem {
                id: item.id.clone(),
                title: pick(&item.title, lang, pack).to_owned(),
                speaker: speakers.join(", "),
                start: item.start.timestamp_millis(),
                end: item.end.timestamp_millis(),
            }
        })
        .collect()
}

/// The pack's other locale than `say` (the language the interpreter hears, in a two-language pack).
fn other<'a>(pack: &'a Pack, say: &str) -> Option<&'a str> {
    pack.locales.iter().map(String::as_str).find(|l| *l != say)
}

/// A glossary concept as a push: the rendering to say in large type, the term as heard beside it.
pub fn concept_push(pack: &Pack, concept: &str, booth: &str, say: &str) -> Option<PushRequest> {
    let c = pack.glossary.iter().find(|c| c.id == concept)?;
    let heard = other(pack, say)
        .and_then(|l| c.term.get(l))
        .cloned()
        .unwrap_or_default();
    Some(PushRequest {
        booth: booth.to_owned(),
        kind: PushKind::Concept,
        text: pick(&c.term, say, pack).to_owned(),
        detail: heard,
    })
}

/// A person as a push: how to say the name (with honorific) in `say`, and their title and affiliation.
pub fn person_push(pack: &Pack, person: &str, booth: &str, say: &str) -> Option<PushRequest> {
    let p = pack.person(person)?;
    let name = match p.address.get(say) {
        Some(a) if !a.is_empty() => a.as_str(),
        _ => pick(&p.name, say, pack),
    };
    let detail: Vec<&str> = [pick(&p.title, say, pack), pick(&p.affiliation, say, pack)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    Some(PushRequest {
        booth: booth.to_owned(),
        kind: PushKind::Person,
        text: name.to_owned(),
        detail: detail.join(", "),
    })
}

/// A number from the number box as a push: as said in `say`, with the other language beside it.
pub fn number_push(quantity: &Quantity, booth: &str, say: &str) -> PushRequest {
    let (text, detail) = if say.starts_with("ko") {
        (&quantity.ko_phrase, &quantity.en_phrase)
    } else {
        (&quantity.en_phrase, &quantity.ko_phrase)
    };
    PushRequest {
        booth: booth.to_owned(),
        kind: PushKind::Number,
        text: text.clone(),
        detail: detail.clone(),
    }
}

/// A free-text note as a push (trimmed; the engine keeps it as text, the page shows it as text).
pub fn note_push(text: &str, booth: &str) -> PushRequest {
    PushRequest {
        booth: booth.to_owned(),
        kind: PushKind::Note,
        text: text.trim().to_owned(),
        detail: String::new(),
    }
}

/// The host's running-late record as the event's shared record.
pub fn late_to_shared(record: &Record) -> Vec<LateShift> {
    record
        .shifts
        .iter()
        .map(|s| LateShift {
            item: s.item.clone(),
            seconds: s.seconds,
            kind: match s.kind {
                ShiftKind::Shift => "shift",
                ShiftKind::Started => "started",
            }
            .to_owned(),
            from_end: s.from_end,
            recorded: s.recorded.timestamp_millis(),
        })
        .collect()
}

/// The shared record as shifts of `pack` (kinds this build does not know are read as plain shifts).
pub fn late_from_shared(pack: &str, shared: &[LateShift]) -> Record {
    let mut record = Record::new(pack);
    record.shifts = shared
        .iter()
        .map(|s| Shift {
            item: s.item.clone(),
            seconds: s.seconds,
            kind: if s.kind == "started" {
                ShiftKind::Started
            } else {
                ShiftKind::Shift
            },
            from_end: s.from_end,
            recorded: DateTime::<Utc>::from_timestamp_millis(s.recorded).unwrap_or_default(),
        })
        .collect();
    record
}

/// A booth that follows the event's record and has shifted its own view too: the shared shifts first, then
/// the booth's own (shown in the UI as a local override, and never sent to the team).
pub fn with_local_override(shared: &Record, local: &Record) -> Record {
    let mut record = shared.clone();
    record.shifts.extend(local.shifts.iter().cloned());
    record
}

/// A running-late change made on a booth that follows the event's record: the change sees the agenda as the
/// booth shows it (the shared shifts, then its own), so "this item started now" measures from the shifted
/// start on screen and not from the printed one; what it adds goes to the booth's own record only, and an
/// undo can take back only the booth's own shifts (the event's record belongs to the host).
pub fn change_local_override<T>(
    shared: &Record,
    local: &mut Record,
    change: impl FnOnce(&mut Record) -> Result<T, LateError>,
) -> Result<T, LateError> {
    let mut combined = with_local_override(shared, local);
    let out = change(&mut combined)?;
    let kept = shared.shifts.len();
    if combined.shifts.len() < kept || combined.shifts[..kept] != shared.shifts[..] {
        return Err(LateError::NothingToUndo);
    }
    local.shifts = combined.shifts.split_off(kept);
    Ok(out)
}
