//! iCalendar (RFC 5545) export of the agenda, one `VEVENT` per item, times in the event zone.
//!
//! Times are written as local times with `TZID=<IANA zone>` rather than in UTC, so a calendar shows
//! "14:15 Seoul" to a reader who looks at the source and keeps the event's wall clock if a zone's rules
//! change. RFC 5545 requires a `VTIMEZONE` for every `TZID`; the `icalendar` crate builds and folds the
//! events but has no time-zone definitions, so [`vtimezone`] derives one from chrono-tz's rules for the
//! event's year (each offset change of that year becomes a `STANDARD`/`DAYLIGHT` observance).

use super::pick;
use crate::agenda::{Agenda, ItemKind};
use crate::Pack;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, Tz};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

/// The agenda as an `.ics` document. `locale` picks the language of titles and names (the other locales go
/// into each event's description); `stamp` is the `DTSTAMP` (the export time; fixed in tests).
pub fn export(pack: &Pack, agenda: &Agenda, locale: &str, stamp: DateTime<Utc>) -> String {
    let zone = agenda.event_tz();
    let locales = &pack.locales;
    let name = |id: Option<&str>, loc: &str| -> Option<String> {
        let p = pack.person(id?)?;
        pick(&p.name, loc, locales).map(str::to_owned)
    };
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property((
        "PRODID",
        concat!("-//Booth//Booth ", env!("CARGO_PKG_VERSION"), "//EN"),
    ));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    if let Some(title) = pick(&pack.info.title, locale, locales) {
        cal.name(title);
    }
    cal.timezone(zone);

    for block in &agenda.blocks {
        let block_title = |loc: &str| pick(&block.title, loc, locales).unwrap_or(&block.id);
        let session = block
            .session
            .as_ref()
            .and_then(|s| pack.sessions.iter().find(|x| &x.id == s));
        for super::Entry {
            id,
            title,
            who,
            kind,
            start,
            end,
        } in super::entries(block)
        {
            let line = |loc: &str| {
                let t = pick(title, loc, locales).unwrap_or(id);
                match name(who, loc) {
                    Some(n) => format!("{t} — {n}"),
                    None => t.to_owned(),
                }
            };
            let mut description: Vec<String> = locales
                .iter()
                .map(|l| format!("{}: {}", block_title(l), line(l)))
                .collect();
            if let Some(s) = session.and_then(|s| pick(&s.title, locale, locales)) {
                description.push(s.to_owned());
            }
            let mut ev = Event::new();
            ev.uid(&format!("{id}@{}.booth", pack.id))
                .timestamp(stamp)
                .summary(&line(locale))
                .description(&description.join("\n"))
                .starts(local(zone, start))
                .ends(local(zone, end))
                .add_property("CATEGORIES", kind_name(kind));
            cal.push(ev.done());
        }
    }
    // The crate writes DTSTAMP and UID into every component it serializes, and RFC 5545 allows neither in a
    // VTIMEZONE, so the time-zone definition is spliced in as text, before the first event.
    let text = cal.to_string();
    let tz = vtimezone(zone, agenda.date.year());
    match text.find("BEGIN:VEVENT") {
        Some(i) => format!("{}{tz}{}", &text[..i], &text[i..]),
        None => text.replacen("END:VCALENDAR", &format!("{tz}END:VCALENDAR"), 1),
    }
}

fn local(zone: Tz, t: DateTime<Utc>) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: t.with_timezone(&zone).naive_local(),
        tzid: zone.name().to_owned(),
    }
}

fn kind_name(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Remarks => "REMARKS",
        ItemKind::Keynote => "KEYNOTE",
        ItemKind::Presentation => "PRESENTATION",
        ItemKind::Discussant => "DISCUSSANT",
        ItemKind::Qa => "Q&A",
        ItemKind::Break => "BREAK",
        ItemKind::Other => "OTHER",
    }
}

/// A `VTIMEZONE` for `zone` covering `year`: the observance in force on 1 January, then one observance per
/// offset change during the year, found from chrono-tz's rules (scanned hourly, then bisected to the
/// second). Each onset is written in the local time before the change, as RFC 5545 §3.6.5 asks.
pub fn vtimezone(zone: Tz, year: i32) -> String {
    let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0))
    else {
        return String::new();
    };
    let Some(next_jan1) =
        NaiveDate::from_ymd_opt(year + 1, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0))
    else {
        return String::new();
    };
    let (from, to) = (jan1.and_utc(), next_jan1.and_utc());
    let offset_at = |t: DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc());

    let mut lines = vec![
        "BEGIN:VTIMEZONE".to_owned(),
        format!("TZID:{}", zone.name()),
    ];
    let first = offset_at(from);
    // The observance in force before the year's first change; 1970 is the customary open-ended onset.
    let epoch =
        DateTime::<Utc>::UNIX_EPOCH - Duration::seconds(i64::from(first.fix().local_minus_utc()));
    observance(&mut lines, epoch, first.fix(), first);

    let mut t = from;
    while t < to {
        let step = t + Duration::hours(1);
        if offset_at(step).fix() != offset_at(t).fix() {
            // Bisect to the first second with the new offset.
            let (mut lo, mut hi) = (t, step);
            while (hi - lo).num_seconds() > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset_at(mid).fix() == offset_at(lo).fix() {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            observance(&mut lines, hi, offset_at(lo).fix(), offset_at(hi));
        }
        t = step;
    }
    lines.push("END:VTIMEZONE".to_owned());
    lines.join("\r\n") + "\r\n"
}

fn observance(
    lines: &mut Vec<String>,
    onset: DateTime<Utc>,
    before: chrono::FixedOffset,
    after: <Tz as TimeZone>::Offset,
) {
    let kind = if after.dst_offset().is_zero() {
        "STANDARD"
    } else {
        "DAYLIGHT"
    };
    let onset_local = onset.naive_utc() + Duration::seconds(i64::from(before.local_minus_utc()));
    lines.push(format!("BEGIN:{kind}"));
    lines.push(format!("DTSTART:{}", onset_local.format("%Y%m%dT%H%M%S")));
    lines.push(format!("TZOFFSETFROM:{}", ical_offset(before)));
    lines.push(format!("TZOFFSETTO:{}", ical_offset(after.fix())));
    lines.push(format!("TZNAME:{after}"));
    lines.push(format!("END:{kind}"));
}

/// `+0900`, `-0330` (RFC 5545 UTC-OFFSET; seconds only when non-zero).
fn ical_offset(o: chrono::FixedOffset) -> String {
    let s = o.local_minus_utc();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, a / 60 % 60, a % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}
