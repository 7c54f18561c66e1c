//! The programme of the day and the clock over it: which item runs now, what comes next, how long is left.
//!
//! Organizers state block times ("2:15–3:15 PM") and durations of items ("15 mins"); item start times are
//! derived by running the items back to back from their block's start. Derived times are marked `planned`
//! so the UI never presents them as announced. All instants are UTC internally; the event zone only turns
//! the stated wall-clock times into instants (with chrono-tz, never hand-written offsets).
//!
//! Two more zones and one more layer sit on top of the stated programme:
//! - the **local zone** of the person in the booth (the system's, overridable): every time is also given in
//!   it, computed here with chrono-tz so the UI never derives an offset itself;
//! - **running-late shifts** ([`Shift`], kept by [`crate::late`]): each one moves an item and every later item
//!   by some seconds. [`Agenda::adjusted`] applies them to a copy, so the stated programme stays untouched and
//!   an undo is just "apply one shift fewer".
//!
//! Why one file of this size: the agenda's types and its time arithmetic (derived times, status, shifts) are
//! one concept, and the arithmetic is tested through the types.

use crate::error::Diagnostic;
use crate::Text;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A block as written in `event.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockSpec {
    pub id: String,
    pub start: NaiveTime,
    pub end: NaiveTime,
    #[serde(default)]
    pub session: Option<String>,
    #[serde(default)]
    pub moderator: Option<String>,
    #[serde(default)]
    pub items: Vec<ItemSpec>,
}

/// An item as written in `event.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemSpec {
    pub id: String,
    pub kind: ItemKind,
    pub minutes: u32,
    #[serde(default)]
    pub speaker: Option<String>,
    /// Everyone else who speaks in the item (a talk given by two or three people), after `speaker`.
    #[serde(default)]
    pub cospeakers: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ItemKind {
    Remarks,
    Keynote,
    Presentation,
    Discussant,
    Qa,
    Break,
    Other,
}

/// One timed item with its derived times.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub title: Text,
    pub speaker: Option<String>,
    /// The item's other speakers (`event.json` `cospeakers`), in order; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub cospeakers: Vec<String>,
    pub minutes: u32,
    #[ts(type = "string")]
    pub start: DateTime<Utc>,
    #[ts(type = "string")]
    pub end: DateTime<Utc>,
    #[serde(flatten)]
    pub wall: WallTimes,
    /// True when the times were derived from durations rather than stated by the organizer.
    pub planned: bool,
    /// Seconds the running-late shifts moved this item (positive: later than the programme says).
    #[ts(type = "number")]
    pub delay_seconds: i64,
    /// The programme's start in the event zone before any shift, `HH:MM` (shown struck through when moved).
    pub scheduled_event_start: String,
    /// The programme's instants before any shift.
    #[ts(type = "string")]
    pub scheduled_start: DateTime<Utc>,
    #[ts(type = "string")]
    pub scheduled_end: DateTime<Utc>,
}

/// Start and end on the two wall clocks the booth reads, `HH:MM`: the event zone's and the local zone's
/// ([`Agenda::local_zone`]). Items and blocks both carry them (flattened into their JSON), and they are
/// computed in one place whenever the instants or the local zone change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WallTimes {
    /// Wall-clock start and end in the event zone.
    pub event_start: String,
    pub event_end: String,
    /// Wall-clock start and end in the local zone.
    pub local_start: String,
    pub local_end: String,
}

impl WallTimes {
    fn of(zone: Tz, local: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> WallTimes {
        WallTimes {
            event_start: hhmm(zone, start),
            event_end: hhmm(zone, end),
            local_start: hhmm(local, start),
            local_end: hhmm(local, end),
        }
    }

    /// The local-zone times only (the event zone's do not change with the booth's zone).
    fn set_local(&mut self, local: Tz, start: DateTime<Utc>, end: DateTime<Utc>) {
        self.local_start = hhmm(local, start);
        self.local_end = hhmm(local, end);
    }
}

/// A block of the programme (Opening, Session 1, …).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Block {
    pub id: String,
    pub title: Text,
    pub session: Option<String>,
    pub moderator: Option<String>,
    #[ts(type = "string")]
    pub start: DateTime<Utc>,
    #[ts(type = "string")]
    pub end: DateTime<Utc>,
    #[serde(flatten)]
    pub wall: WallTimes,
    /// The programme's instants before any shift.
    #[ts(type = "string")]
    pub scheduled_start: DateTime<Utc>,
    #[ts(type = "string")]
    pub scheduled_end: DateTime<Utc>,
    pub items: Vec<Item>,
    /// Minutes of the stated block length not covered by its items (negative: items overrun the block).
    pub slack_minutes: i64,
}

/// The whole day.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Agenda {
    /// IANA zone of the event, e.g. `Asia/Seoul`.
    pub zone: String,
    /// IANA zone the `local_*` times are in (the user's; the event zone until [`Agenda::with_local_zone`]).
    pub local_zone: String,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub blocks: Vec<Block>,
}

/// One running-late adjustment: `item` and every item after it start `seconds` later (earlier if negative).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Shift {
    /// The first item moved (its id in `event.json`).
    pub item: String,
    #[ts(type = "number")]
    pub seconds: i64,
    /// How the shift was asked for, so the UI can describe the undo.
    pub kind: ShiftKind,
    /// True: the item keeps its start and runs longer (shorter); false: the item itself starts later too.
    #[serde(default)]
    pub from_end: bool,
    /// When it was recorded (real or rehearsal clock), for the record only.
    #[ts(type = "string")]
    pub recorded: DateTime<Utc>,
}

/// How a [`Shift`] came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ShiftKind {
    /// "Shift the remaining items by ±N minutes".
    Shift,
    /// "Mark this item as started now".
    Started,
}

/// Where the event stands at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Phase {
    /// Before the first block.
    Before,
    /// Inside a block (possibly in its slack after the last item).
    Running,
    /// Between two blocks.
    Between,
    /// After the last block.
    Ended,
}

/// Position of an item: indexes into [`Agenda::blocks`] and the block's items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemRef {
    pub block: usize,
    pub item: usize,
}

/// The answer to "what is happening now?".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Status {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub phase: Phase,
    pub block: Option<usize>,
    pub current: Option<ItemRef>,
    pub next: Option<ItemRef>,
    /// Seconds left in the current item; when no item runs, seconds until the next one starts.
    #[ts(type = "number | null")]
    pub seconds_left: Option<i64>,
    /// Seconds left in the current block.
    #[ts(type = "number | null")]
    pub block_seconds_left: Option<i64>,
    /// Fraction of the current item already elapsed, 0..=1.
    pub progress: Option<f64>,
    /// Where `at` stands in the whole day, 0 at the first block's start and 1 at the last block's end (the
    /// day timeline's "now" marker).
    pub day_progress: f64,
    /// How late the programme runs at `at`, in seconds (negative: ahead): while an item runs, how much later
    /// than stated it will end; between items, how much later than stated the next one starts; after the
    /// last item, how late it ended.
    #[ts(type = "number")]
    pub late_seconds: i64,
    /// `at` on the wall clock of the event zone and of the local zone, `HH:MM:SS`.
    pub event_time: String,
    pub local_time: String,
    /// UTC offsets at `at` (`+09:00`) and zone abbreviations (`KST`, `CEST`), from chrono-tz.
    pub event_offset: String,
    pub local_offset: String,
    pub event_abbreviation: String,
    pub local_abbreviation: String,
}

impl Agenda {
    /// Derives the timed agenda. `title` looks up the localized title of a Fluent message id.
    pub fn build(
        zone: Tz,
        date: NaiveDate,
        specs: &[BlockSpec],
        title: impl Fn(&str) -> Text,
        diags: &mut Vec<Diagnostic>,
    ) -> Agenda {
        let file = "event.json";
        let mut blocks = Vec::with_capacity(specs.len());
        let mut prev_end: Option<DateTime<Utc>> = None;
        for b in specs {
            let (Some(start), Some(end)) =
                (instant(zone, date, b.start), instant(zone, date, b.end))
            else {
                diags.push(Diagnostic::error(
                    "time",
                    file,
                    format!(
                        "block `{}`: its time does not exist on {date} in {zone}",
                        b.id
                    ),
                ));
                continue;
            };
            if end <= start {
                diags.push(Diagnostic::error(
                    "time",
                    file,
                    format!("block `{}` ends before it starts", b.id),
                ));
                continue;
            }
            if prev_end.is_some_and(|p| start < p) {
                diags.push(Diagnostic::warning(
                    "overlap",
                    file,
                    format!("block `{}` starts before the previous block ends", b.id),
                ));
            }
            prev_end = Some(end);
            let mut t = start;
            let mut items = Vec::with_capacity(b.items.len());
            for it in &b.items {
                let item_end = t + Duration::minutes(i64::from(it.minutes));
                items.push(Item {
                    id: it.id.clone(),
                    kind: it.kind,
                    title: title(&format!("item-{}", it.id)),
                    speaker: it.speaker.clone(),
                    cospeakers: it.cospeakers.clone(),
                    minutes: it.minutes,
                    start: t,
                    end: item_end,
                    wall: WallTimes::of(zone, zone, t, item_end),
                    planned: true,
                    delay_seconds: 0,
                    scheduled_event_start: hhmm(zone, t),
                    scheduled_start: t,
                    scheduled_end: item_end,
                });
                t = item_end;
            }
            let slack_minutes = (end - t).num_minutes();
            if slack_minutes < 0 {
                diags.push(Diagnostic::warning(
                    "overrun",
                    file,
                    format!(
                        "block `{}`: its items take {} min more than the block",
                        b.id, -slack_minutes
                    ),
                ));
            }
            blocks.push(Block {
                id: b.id.clone(),
                title: title(&format!("block-{}", b.id)),
                session: b.session.clone(),
                moderator: b.moderator.clone(),
                start,
                end,
                wall: WallTimes::of(zone, zone, start, end),
                scheduled_start: start,
                scheduled_end: end,
                items,
                slack_minutes,
            });
        }
        Agenda {
            zone: zone.name().to_owned(),
            local_zone: zone.name().to_owned(),
            date,
            blocks,
        }
    }

    /// The event zone. [`Agenda::build`] only ever stores names chrono-tz parsed, so this cannot fail for an
    /// agenda the core built; UTC is the harmless answer for a hand-made one.
    pub fn event_tz(&self) -> Tz {
        self.zone.parse().unwrap_or(Tz::UTC)
    }

    fn local_tz(&self) -> Tz {
        self.local_zone.parse().unwrap_or_else(|_| self.event_tz())
    }

    /// The same agenda with its `local_*` times in `local` (the booth's zone), computed with chrono-tz.
    pub fn with_local_zone(mut self, local: Tz) -> Agenda {
        self.local_zone = local.name().to_owned();
        for b in &mut self.blocks {
            b.wall.set_local(local, b.start, b.end);
            for it in &mut b.items {
                it.wall.set_local(local, it.start, it.end);
            }
        }
        self
    }

    /// The instant of an event-zone wall-clock time on the event day (the rehearsal clock's "run from 14:20").
    /// `None` when that time does not exist there (a DST gap).
    pub fn instant_at(&self, time: NaiveTime) -> Option<DateTime<Utc>> {
        instant(self.event_tz(), self.date, time)
    }

    /// The agenda with running-late `shifts` applied, in order, always starting from the stated programme
    /// (so applying to an adjusted agenda does not compound).
    ///
    /// A shift with `from_end` makes its item run longer (or shorter) and moves every later item; without it
    /// the item itself starts later (earlier) too. Blocks move with their items: a block's start with its
    /// first item's start, its end with its last item's end, so a session that ends 7 minutes late pushes the
    /// next one by 7 minutes. Items that were back to back in the programme stay back to back: when the next
    /// speaker is marked as started, the previous item ran until then (or was cut short there).
    /// Shifts naming an item the agenda does not have (the pack was edited since) are returned, not applied.
    pub fn adjusted(&self, shifts: &[Shift]) -> (Agenda, Vec<Shift>) {
        let ids: Vec<&str> = self.items().map(|(_, it)| it.id.as_str()).collect();
        let stated: Vec<(DateTime<Utc>, DateTime<Utc>)> = self
            .items()
            .map(|(_, it)| (it.scheduled_start, it.scheduled_end))
            .collect();
        let n = ids.len();
        let (mut d_start, mut d_end) = (vec![0i64; n], vec![0i64; n]);
        let mut unknown = Vec::new();
        for s in shifts {
            let Some(k) = ids.iter().position(|id| *id == s.item) else {
                unknown.push(s.clone());
                continue;
            };
            if !s.from_end {
                d_start[k] += s.seconds;
            }
            d_end[k] += s.seconds;
            for i in k + 1..n {
                d_start[i] += s.seconds;
                d_end[i] += s.seconds;
            }
        }
        let zone = self.event_tz();
        let local = self.local_tz();
        let mut out = self.clone();
        {
            let mut items: Vec<&mut Item> = out
                .blocks
                .iter_mut()
                .flat_map(|b| b.items.iter_mut())
                .collect();
            for (i, it) in items.iter_mut().enumerate() {
                it.start = it.scheduled_start + Duration::seconds(d_start[i]);
                it.end = (it.scheduled_end + Duration::seconds(d_end[i])).max(it.start);
            }
            for i in 1..items.len() {
                let next_start = items[i].start;
                let prev = &mut items[i - 1];
                let back_to_back = stated[i - 1].1 == stated[i].0;
                if back_to_back || prev.end > next_start {
                    prev.end = next_start.max(prev.start);
                }
            }
        }
        // Delay in force where a block without items stands: that of the last item before it.
        let mut carried = Duration::zero();
        for b in &mut out.blocks {
            let (first, last) = match (b.items.first(), b.items.last()) {
                (Some(f), Some(l)) => (f.start - f.scheduled_start, l.end - l.scheduled_end),
                _ => (carried, carried),
            };
            carried = last;
            b.start = b.scheduled_start + first;
            b.end = (b.scheduled_end + last).max(b.start);
            b.wall = WallTimes::of(zone, local, b.start, b.end);
            for it in &mut b.items {
                it.delay_seconds = (it.start - it.scheduled_start).num_seconds();
                it.wall = WallTimes::of(zone, local, it.start, it.end);
            }
        }
        (out, unknown)
    }

    /// The item with this id and its position.
    pub fn find(&self, id: &str) -> Option<(ItemRef, &Item)> {
        self.items().find(|(_, it)| it.id == id)
    }

    /// The item at a position this agenda handed out.
    pub fn item(&self, r: ItemRef) -> &Item {
        &self.blocks[r.block].items[r.item]
    }

    /// All items in programme order with their positions.
    pub fn items(&self) -> impl Iterator<Item = (ItemRef, &Item)> {
        self.blocks.iter().enumerate().flat_map(|(bi, b)| {
            b.items.iter().enumerate().map(move |(ii, it)| {
                (
                    ItemRef {
                        block: bi,
                        item: ii,
                    },
                    it,
                )
            })
        })
    }

    /// Where the programme stands at `at`. Intervals are half-open: an item that ends at 14:03 is over at
    /// 14:03:00 and the next one is current.
    pub fn status_at(&self, at: DateTime<Utc>) -> Status {
        let current = self
            .items()
            .find(|(_, it)| it.start <= at && at < it.end)
            .map(|(r, _)| r);
        let next = self.items().find(|(_, it)| it.start > at).map(|(r, _)| r);
        let block = self.blocks.iter().position(|b| b.start <= at && at < b.end);
        let phase = if block.is_some() || current.is_some() {
            Phase::Running
        } else if self.blocks.first().is_some_and(|b| at < b.start) {
            Phase::Before
        } else if next.is_some() {
            Phase::Between
        } else {
            Phase::Ended
        };
        let seconds_left = match (current, next) {
            (Some(c), _) => Some((self.item(c).end - at).num_seconds()),
            (None, Some(n)) => Some((self.item(n).start - at).num_seconds()),
            (None, None) => None,
        };
        let progress = current.map(|c| {
            let it = self.item(c);
            let total = (it.end - it.start).num_milliseconds().max(1) as f64;
            ((at - it.start).num_milliseconds() as f64 / total).clamp(0.0, 1.0)
        });
        let day_progress = match (self.blocks.first(), self.blocks.last()) {
            (Some(f), Some(l)) if l.end > f.start => {
                let total = (l.end - f.start).num_milliseconds() as f64;
                ((at - f.start).num_milliseconds() as f64 / total).clamp(0.0, 1.0)
            }
            _ => 0.0,
        };
        // Running now: how much later than stated it will end; waiting: how much later the next one starts.
        let late_seconds = match (current, next) {
            (Some(c), _) => {
                let it = self.item(c);
                (it.end - it.scheduled_end).num_seconds()
            }
            (None, Some(n)) => self.item(n).delay_seconds,
            (None, None) => self
                .items()
                .last()
                .map_or(0, |(_, it)| (it.end - it.scheduled_end).num_seconds()),
        };
        let (zone, local) = (self.event_tz(), self.local_tz());
        let (ev, lo) = (at.with_timezone(&zone), at.with_timezone(&local));
        Status {
            at,
            phase,
            block,
            current,
            next,
            seconds_left,
            block_seconds_left: block.map(|b| (self.blocks[b].end - at).num_seconds()),
            progress,
            day_progress,
            late_seconds,
            event_time: ev.format("%H:%M:%S").to_string(),
            local_time: lo.format("%H:%M:%S").to_string(),
            event_offset: ev.offset().fix().to_string(),
            local_offset: lo.offset().fix().to_string(),
            event_abbreviation: ev.format("%Z").to_string(),
            local_abbreviation: lo.format("%Z").to_string(),
        }
    }
}

/// The instant of a wall-clock time on the event day; `None` in a DST gap. In a DST fold the earlier
/// instant is taken, which is what a printed programme means.
fn instant(zone: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    zone.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

fn hhmm(zone: Tz, t: DateTime<Utc>) -> String {
    t.with_timezone(&zone).format("%H:%M").to_string()
}
