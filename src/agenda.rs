//! The programme of the day and the clock over it: which item runs now, what comes next, how long is left.
//!
//! Organizers state block times ("2:15–3:15 PM") and durations of items ("15 mins"); item start times are
//! derived by running the items back to back from their block's start. Derived times are marked `planned`
//! so the UI never presents them as announced. All instants are UTC internally; the event zone only turns
//! the stated wall-clock times into instants (with chrono-tz, never hand-written offsets).

use crate::error::Diagnostic;
use crate::Text;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
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
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub title: Text,
    pub speaker: Option<String>,
    pub minutes: u32,
    #[ts(type = "string")]
    pub start: DateTime<Utc>,
    #[ts(type = "string")]
    pub end: DateTime<Utc>,
    /// Wall-clock start and end in the event zone, `HH:MM`.
    pub event_start: String,
    pub event_end: String,
    /// True when the times were derived from durations rather than stated by the organizer.
    pub planned: bool,
}

/// A block of the programme (Opening, Session 1, …).
#[derive(Debug, Clone, Serialize, TS)]
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
    pub event_start: String,
    pub event_end: String,
    pub items: Vec<Item>,
    /// Minutes of the stated block length not covered by its items (negative: items overrun the block).
    pub slack_minutes: i64,
}

/// The whole day.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Agenda {
    /// IANA zone of the event, e.g. `Asia/Seoul`.
    pub zone: String,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub blocks: Vec<Block>,
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
                    minutes: it.minutes,
                    start: t,
                    end: item_end,
                    event_start: hhmm(zone, t),
                    event_end: hhmm(zone, item_end),
                    planned: true,
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
                event_start: hhmm(zone, start),
                event_end: hhmm(zone, end),
                items,
                slack_minutes,
            });
        }
        Agenda {
            zone: zone.name().to_owned(),
            date,
            blocks,
        }
    }

    fn item(&self, r: ItemRef) -> &Item {
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
        Status {
            at,
            phase,
            block,
            current,
            next,
            seconds_left,
            block_seconds_left: block.map(|b| (self.blocks[b].end - at).num_seconds()),
            progress,
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
