//! The clocks a user names: an instant (the rehearsal clock, `--at`), an event-zone wall-clock time ("run
//! from 14:20") and "your time" zone, each with the same fallbacks and errors in the window and on the
//! command line.

use crate::{Error, Pack, Result};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

/// The instant of an RFC 3339 time, or now when none is given (the real clock).
pub fn instant(at: Option<&str>) -> Result<DateTime<Utc>> {
    match at {
        Some(s) => Ok(DateTime::parse_from_rfc3339(s)
            .map_err(|e| Error::InvalidArgument(format!("time `{s}`: {e}")))?
            .with_timezone(&Utc)),
        None => Ok(Utc::now()),
    }
}

/// "Your time": the zone the user named, else the system's, else the event's.
pub fn local_zone(named: Option<&str>, pack: &Pack) -> Result<Tz> {
    match named {
        Some(z) => z
            .parse()
            .map_err(|_| Error::InvalidArgument(format!("unknown time zone `{z}`"))),
        None => Ok(crate::locale::system_zone().unwrap_or_else(|| pack.agenda.event_tz())),
    }
}

/// The instant of an event-zone wall-clock `HH:MM` on the event day (the rehearsal's "run from").
pub fn event_instant(pack: &Pack, time: &str) -> Result<DateTime<Utc>> {
    let t = NaiveTime::parse_from_str(time, "%H:%M")
        .map_err(|e| Error::InvalidArgument(format!("time `{time}`: {e}")))?;
    pack.agenda.instant_at(t).ok_or_else(|| {
        Error::InvalidArgument(format!(
            "{time} does not exist on the event day in {}",
            pack.agenda.zone
        ))
    })
}
