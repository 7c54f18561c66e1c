//! The booth team's shared document: booths and their handover timers, partner pushes, the event's running-late
//! record and the programme the companion page shows.
//!
//! The state is an Automerge document. Two devices that edit while apart must merge with nothing lost, so the
//! layout avoids the one thing Automerge cannot merge well — two devices creating the *same* nested object
//! concurrently (one of the two objects would win and the other's content would disappear):
//!
//! | map (made once, in the genesis change) | keys | values | who writes |
//! | --- | --- | --- | --- |
//! | `booths` | `<booth>:name`, `<booth>:shiftMinutes` | scalars, last writer wins | anyone |
//! | `handovers` | a random id per handover | JSON of [`Handover`] | anyone; never edited |
//! | `pushes` | a random id per push | JSON of [`Push`] | anyone; never edited |
//! | `dismissed` | the push id | time dismissed (ms) | anyone |
//! | `event` | `late`, `programme` | JSON of the whole record | the host only |
//!
//! Every device starts from the same **genesis change** (fixed actor, fixed time, same operations, so the same
//! hash), which makes these maps the same objects everywhere. Entries are only ever added under fresh random
//! keys, so concurrent pushes and handovers cannot collide; who is on the microphone is *derived* from the
//! handover log (the latest handover wins), so two handovers made while apart both stay in the log.
//!
//! No wall clock is read here: every time is a caller's argument, in milliseconds since the Unix epoch.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjId, ObjType, ReadDoc, ScalarValue, Value, ROOT};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Milliseconds since the Unix epoch, supplied by the caller.
pub type Millis = i64;

/// The default shift length on the microphone.
pub const DEFAULT_SHIFT_MINUTES: u32 = 30;

/// The gentle warning comes this long before the shift ends.
pub const WARNING_MS: Millis = 60_000;

const GENESIS_ACTOR: &[u8] = b"booth-partners-genesis-1";
const MAPS: [&str; 5] = ["booths", "handovers", "pushes", "dismissed", "event"];

/// Why a team document operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TeamError {
    /// The saved bytes or a sync message are not a document this build understands.
    #[error("not a booth team document: {0}")]
    Automerge(#[from] automerge::AutomergeError),
    /// The saved document does not start from the booth team genesis change.
    #[error("not a booth team document: the map `{0}` is missing")]
    MissingMap(&'static str),
    /// A shift length of zero minutes (or over a day) cannot be timed.
    #[error("a shift of {0} minutes cannot be timed (1 to 1440)")]
    ShiftLength(u32),
    /// The operation names a booth the document does not have.
    #[error("no booth `{0}`")]
    UnknownBooth(String),
}

pub type Result<T, E = TeamError> = std::result::Result<T, E>;

/// What a partner pins on the active interpreter's booth card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerPushKind")]
pub enum PushKind {
    /// A glossary concept: `text` is the term, `detail` its equivalent.
    Concept,
    /// A number from the number box: `text` as said, `detail` in the other language.
    Number,
    /// A person: `text` is the name, `detail` the role or affiliation.
    Person,
    /// A short free-text note ("slide 12 numbers differ from script").
    Note,
}

/// One push, as stored (immutable once made; dismissal is recorded beside it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerPush")]
pub struct Push {
    pub id: String,
    /// The booth whose card shows it.
    pub booth: String,
    pub kind: PushKind,
    pub text: String,
    pub detail: String,
    /// Who pushed it (the partner's name or device label).
    pub by: String,
    #[ts(type = "number")]
    pub at: Millis,
    /// When it was dismissed, if it was.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub dismissed: Option<Millis>,
}

/// What a device asks to push; the document adds the id, time and author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerPushRequest")]
pub struct PushRequest {
    pub booth: String,
    pub kind: PushKind,
    pub text: String,
    #[serde(default)]
    pub detail: String,
}

/// One handover on a booth's microphone, as logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerHandover")]
pub struct Handover {
    pub id: String,
    pub booth: String,
    /// Who takes the microphone.
    pub to: String,
    #[ts(type = "number")]
    pub at: Millis,
}

/// One booth's handover timer, derived from the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerBooth")]
pub struct Booth {
    pub id: String,
    pub name: String,
    pub shift_minutes: u32,
    /// Who is on the microphone: the latest handover's `to`.
    pub on_mic: Option<String>,
    /// When the current shift started: the latest handover's time.
    #[ts(type = "number | null")]
    pub shift_started: Option<Millis>,
    /// Every handover, oldest first.
    pub handovers: Vec<Handover>,
}

/// Where a booth's shift stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "state"
)]
#[ts(export, rename = "PartnerCountdown")]
pub enum Countdown {
    /// Nobody has taken the microphone yet.
    Idle,
    /// The shift runs; `warn` once a minute or less is left.
    Running {
        #[ts(type = "number")]
        left_ms: Millis,
        warn: bool,
    },
    /// The shift is over by `over_ms`: time to hand over.
    Over {
        #[ts(type = "number")]
        over_ms: Millis,
    },
}

impl Booth {
    /// When the current shift is due to end.
    pub fn shift_ends(&self) -> Option<Millis> {
        self.shift_started
            .map(|s| s + i64::from(self.shift_minutes) * 60_000)
    }

    /// The countdown at `now`.
    pub fn countdown(&self, now: Millis) -> Countdown {
        match self.shift_ends() {
            None => Countdown::Idle,
            Some(end) if now <= end => Countdown::Running {
                left_ms: end - now,
                warn: end - now <= WARNING_MS,
            },
            Some(end) => Countdown::Over { over_ms: now - end },
        }
    }
}

/// One shift of the event's running-late record, in the engine's terms (the core maps its own `Shift`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerLateShift")]
pub struct LateShift {
    pub item: String,
    #[ts(type = "number")]
    pub seconds: i64,
    /// The core's shift kind, kept opaque here (`shift`, `started`, …).
    pub kind: String,
    pub from_end: bool,
    #[ts(type = "number")]
    pub recorded: Millis,
}

/// One programme item as the host publishes it (already adjusted for the running-late record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerProgrammeItem")]
pub struct ProgrammeItem {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub speaker: String,
    #[ts(type = "number")]
    pub start: Millis,
    #[ts(type = "number")]
    pub end: Millis,
}

/// Everything the team shares, read out of the document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerTeamState")]
pub struct TeamState {
    /// Sorted by id.
    pub booths: Vec<Booth>,
    /// Oldest first.
    pub pushes: Vec<Push>,
    /// The event's running-late record, in order (the host's).
    pub late: Vec<LateShift>,
    /// The programme, in start order (the host's).
    pub programme: Vec<ProgrammeItem>,
}

impl TeamState {
    pub fn booth(&self, id: &str) -> Option<&Booth> {
        self.booths.iter().find(|b| b.id == id)
    }

    /// The pushes still on `booth`'s card, newest first.
    pub fn active_pushes<'a>(&'a self, booth: &'a str) -> impl Iterator<Item = &'a Push> + 'a {
        self.pushes
            .iter()
            .rev()
            .filter(move |p| p.booth == booth && p.dismissed.is_none())
    }
}

/// The team document of one device.
pub struct Team {
    doc: AutoCommit,
}

impl std::fmt::Debug for Team {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Team")
            .field("actor", &self.doc.get_actor().to_hex_string())
            .finish()
    }
}

impl Default for Team {
    fn default() -> Self {
        Team::new()
    }
}

/// A fresh random id for a push or handover (128 bits: two devices never pick the same one).
pub fn random_id() -> String {
    let mut buf = [0u8; 16];
    getrandom::fill(&mut buf).expect("the operating system's random source failed");
    hex::encode(buf)
}

fn genesis() -> AutoCommit {
    let mut doc = AutoCommit::new().with_actor(ActorId::from(GENESIS_ACTOR));
    for name in MAPS {
        doc.put_object(ROOT, name, ObjType::Map)
            .expect("a fresh document takes a map at the root");
    }
    doc.commit_with(CommitOptions::default().with_time(0));
    doc
}

impl Team {
    /// A new document for this device: the shared genesis, then edits under a random actor of its own.
    pub fn new() -> Team {
        let doc = genesis().with_actor(ActorId::random());
        Team { doc }
    }

    /// Loads a document saved by [`Team::save`]; this device writes under a new random actor.
    pub fn load(bytes: &[u8]) -> Result<Team> {
        let doc = AutoCommit::load(bytes)?.with_actor(ActorId::random());
        let team = Team { doc };
        for name in MAPS {
            team.map(name)?;
        }
        Ok(team)
    }

    /// Merges another copy of the team document (a state file read back) into this one.
    pub fn merge(&mut self, other: &mut Team) -> Result<()> {
        self.doc.merge(&mut other.doc)?;
        Ok(())
    }

    /// The whole document with its history, for a state file.
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// The Automerge document, for the sync protocol.
    pub(crate) fn doc_mut(&mut self) -> &mut AutoCommit {
        &mut self.doc
    }

    fn map(&self, name: &'static str) -> Result<ObjId> {
        match self.doc.get(ROOT, name)? {
            Some((Value::Object(ObjType::Map), id)) => Ok(id),
            _ => Err(TeamError::MissingMap(name)),
        }
    }

    fn put(&mut self, map: &'static str, key: &str, value: impl Into<ScalarValue>) -> Result<()> {
        let obj = self.map(map)?;
        self.doc.put(&obj, key, value)?;
        self.doc.commit();
        Ok(())
    }

    fn put_json(&mut self, map: &'static str, key: &str, value: &impl Serialize) -> Result<()> {
        let json = serde_json::to_string(value).expect("plain data serializes");
        self.put(map, key, json)
    }

    fn entries(&self, map: &'static str) -> Result<BTreeMap<String, Value<'static>>> {
        let obj = self.map(map)?;
        Ok(self
            .doc
            .map_range(&obj, ..)
            .map(|item| (item.key.to_string(), Value::from(item.value)))
            .collect())
    }

    /// Adds a booth (or renames it); the shift length is kept if the booth exists.
    pub fn add_booth(&mut self, id: &str, name: &str) -> Result<()> {
        self.put("booths", &format!("{id}:name"), name)?;
        if self.booth_scalar(id, "shiftMinutes")?.is_none() {
            self.put(
                "booths",
                &format!("{id}:shiftMinutes"),
                i64::from(DEFAULT_SHIFT_MINUTES),
            )?;
        }
        Ok(())
    }

    fn booth_scalar(&self, id: &str, field: &str) -> Result<Option<ScalarValue>> {
        let obj = self.map("booths")?;
        Ok(match self.doc.get(&obj, format!("{id}:{field}"))? {
            Some((Value::Scalar(s), _)) => Some(s.into_owned()),
            _ => None,
        })
    }

    fn require_booth(&self, id: &str) -> Result<()> {
        match self.booth_scalar(id, "name")? {
            Some(_) => Ok(()),
            None => Err(TeamError::UnknownBooth(id.to_owned())),
        }
    }

    /// Sets how long a shift on `booth`'s microphone lasts.
    pub fn set_shift_minutes(&mut self, booth: &str, minutes: u32) -> Result<()> {
        if minutes == 0 || minutes > 1440 {
            return Err(TeamError::ShiftLength(minutes));
        }
        self.require_booth(booth)?;
        self.put(
            "booths",
            &format!("{booth}:shiftMinutes"),
            i64::from(minutes),
        )
    }

    /// `to` takes `booth`'s microphone at `at`: logged, and the countdown restarts.
    pub fn hand_over(&mut self, booth: &str, to: &str, at: Millis) -> Result<Handover> {
        self.require_booth(booth)?;
        let handover = Handover {
            id: random_id(),
            booth: booth.to_owned(),
            to: to.to_owned(),
            at,
        };
        self.put_json("handovers", &handover.id.clone(), &handover)?;
        Ok(handover)
    }

    /// Pins something on `request.booth`'s card, marked as pushed by `by`.
    pub fn push(&mut self, request: PushRequest, by: &str, at: Millis) -> Result<Push> {
        self.require_booth(&request.booth)?;
        let push = Push {
            id: random_id(),
            booth: request.booth,
            kind: request.kind,
            text: request.text,
            detail: request.detail,
            by: by.to_owned(),
            at,
            dismissed: None,
        };
        self.put_json("pushes", &push.id.clone(), &push)?;
        Ok(push)
    }

    /// Takes a push off the card (the push stays in the document; dismissing twice keeps the first time).
    pub fn dismiss(&mut self, push: &str, at: Millis) -> Result<()> {
        if self.entries("dismissed")?.contains_key(push) {
            return Ok(());
        }
        self.put("dismissed", push, at)
    }

    /// Replaces the event's running-late record (the host's device only).
    pub fn set_late(&mut self, shifts: &[LateShift]) -> Result<()> {
        self.put_json("event", "late", &shifts)
    }

    /// Replaces the programme the companion page shows (the host's device only).
    pub fn set_programme(&mut self, items: &[ProgrammeItem]) -> Result<()> {
        self.put_json("event", "programme", &items)
    }

    /// Reads everything out. Entries that do not parse (a newer build's) are skipped, not fatal.
    pub fn state(&self) -> Result<TeamState> {
        fn json<T: for<'de> Deserialize<'de>>(v: &Value<'_>) -> Option<T> {
            serde_json::from_str(v.to_str()?).ok()
        }
        let dismissed: BTreeMap<String, Millis> = self
            .entries("dismissed")?
            .into_iter()
            .filter_map(|(k, v)| Some((k, v.to_i64()?)))
            .collect();
        let mut pushes: Vec<Push> = self
            .entries("pushes")?
            .values()
            .filter_map(json::<Push>)
            .map(|mut p| {
                p.dismissed = dismissed.get(&p.id).copied();
                p
            })
            .collect();
        pushes.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        let mut handovers: Vec<Handover> = self
            .entries("handovers")?
            .values()
            .filter_map(json::<Handover>)
            .collect();
        handovers.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));

        let mut booths: BTreeMap<String, Booth> = BTreeMap::new();
        for (key, value) in self.entries("booths")? {
            let Some((id, field)) = key.rsplit_once(':') else {
                continue;
            };
            let booth = booths.entry(id.to_owned()).or_insert_with(|| Booth {
                id: id.to_owned(),
                name: String::new(),
                shift_minutes: DEFAULT_SHIFT_MINUTES,
                on_mic: None,
                shift_started: None,
                handovers: Vec::new(),
            });
            match field {
                "name" => booth.name = value.to_str().unwrap_or_default().to_owned(),
                "shiftMinutes" => {
                    if let Some(m) = value.to_i64().and_then(|m| u32::try_from(m).ok()) {
                        booth.shift_minutes = m;
                    }
                }
                _ => {}
            }
        }
        for h in handovers {
            if let Some(booth) = booths.get_mut(&h.booth) {
                booth.on_mic = Some(h.to.clone());
                booth.shift_started = Some(h.at);
                booth.handovers.push(h);
            }
        }
        let event = self.entries("event")?;
        Ok(TeamState {
            booths: booths.into_values().collect(),
            pushes,
            late: event.get("late").and_then(json).unwrap_or_default(),
            programme: event.get("programme").and_then(json).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sync_both(a: &mut Team, b: &mut Team) {
        a.doc.merge(&mut b.doc).expect("merge");
        b.doc.merge(&mut a.doc).expect("merge");
    }

    fn request(booth: &str, text: &str) -> PushRequest {
        PushRequest {
            booth: booth.into(),
            kind: PushKind::Note,
            text: text.into(),
            detail: String::new(),
        }
    }

    #[test]
    fn two_devices_that_add_the_same_booth_and_push_while_apart_keep_everything() {
        let mut a = Team::new();
        let mut b = Team::new();
        a.add_booth("ko", "Into Korean").expect("ok");
        b.add_booth("ko", "Into Korean").expect("ok");
        a.push(request("ko", "from a"), "Ana", 10).expect("ok");
        b.push(request("ko", "from b"), "Ben", 11).expect("ok");
        a.hand_over("ko", "Ana", 100).expect("ok");
        b.hand_over("ko", "Ben", 200).expect("ok");
        sync_both(&mut a, &mut b);
        let sa = a.state().expect("ok");
        assert_eq!(sa, b.state().expect("ok"));
        let texts: Vec<_> = sa.pushes.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["from a", "from b"]);
        let booth = sa.booth("ko").expect("ok");
        assert_eq!(booth.handovers.len(), 2);
        assert_eq!(booth.on_mic.as_deref(), Some("Ben"));
        assert_eq!(booth.shift_started, Some(200));
    }

    #[test]
    fn countdown_warns_in_the_last_minute_and_then_runs_over() {
        let mut t = Team::new();
        t.add_booth("en", "Into English").expect("ok");
        t.set_shift_minutes("en", 20).expect("ok");
        t.hand_over("en", "Mina", 0).expect("ok");
        let booth = t.state().expect("ok").booth("en").expect("ok").clone();
        assert_eq!(booth.shift_ends(), Some(20 * 60_000));
        assert_eq!(
            booth.countdown(0),
            Countdown::Running {
                left_ms: 1_200_000,
                warn: false
            }
        );
        assert_eq!(
            booth.countdown(19 * 60_000),
            Countdown::Running {
                left_ms: 60_000,
                warn: true
            }
        );
        assert_eq!(
            booth.countdown(21 * 60_000),
            Countdown::Over { over_ms: 60_000 }
        );
    }

    #[test]
    fn dismissing_hides_a_push_from_the_card_and_survives_a_save() {
        let mut t = Team::new();
        t.add_booth("ko", "Into Korean").expect("ok");
        let p = t.push(request("ko", "slide 12"), "Ana", 5).expect("ok");
        let q = t.push(request("ko", "GDP 3.5%"), "Ana", 6).expect("ok");
        t.dismiss(&p.id, 7).expect("ok");
        t.dismiss(&p.id, 9).expect("ok");
        let loaded = Team::load(&t.save()).expect("ok");
        let state = loaded.state().expect("ok");
        let active: Vec<_> = state.active_pushes("ko").map(|p| p.id.clone()).collect();
        assert_eq!(active, [q.id]);
        assert_eq!(state.pushes[0].dismissed, Some(7));
    }

    #[test]
    fn unknown_booths_and_untimeable_shifts_are_refused() {
        let mut t = Team::new();
        assert!(matches!(
            t.push(request("xx", "x"), "Ana", 1),
            Err(TeamError::UnknownBooth(_))
        ));
        t.add_booth("ko", "Into Korean").expect("ok");
        assert!(matches!(
            t.set_shift_minutes("ko", 0),
            Err(TeamError::ShiftLength(0))
        ));
        assert!(Team::load(b"not automerge").is_err());
    }

    #[test]
    fn late_record_and_programme_round_trip() {
        let mut t = Team::new();
        let late = vec![LateShift {
            item: "opening".into(),
            seconds: 300,
            kind: "shift".into(),
            from_end: true,
            recorded: 42,
        }];
        t.set_late(&late).expect("ok");
        let programme = vec![ProgrammeItem {
            id: "opening".into(),
            title: "Opening".into(),
            speaker: String::new(),
            start: 0,
            end: 10,
        }];
        t.set_programme(&programme).expect("ok");
        let s = t.state().expect("ok");
        assert_eq!(s.late, late);
        assert_eq!(s.programme, programme);
    }
}
