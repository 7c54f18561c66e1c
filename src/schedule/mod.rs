//! Schedule interchange: the agenda out to calendars and conference tooling, and other tools' schedules in.
//!
//! Interpreters put the programme into their own calendar ([`ical`], RFC 5545 with a real `VTIMEZONE`), and
//! conference tooling speaks the c3voc/frab schedule JSON that pretalx and frab export ([`frab`]): Booth
//! writes it so recording and streaming teams can use a Booth pack, and reads it so a pack can start from an
//! existing conference schedule.

pub mod frab;
pub mod ical;

use crate::Text;

/// Why an import or export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InterchangeError {
    /// The input is not a schedule of the expected format.
    #[error("not a c3voc/frab schedule: {0}")]
    Format(String),
    /// The schedule is well-formed but cannot become a Booth pack (no events that day, unknown zone, …).
    #[error("{0}")]
    Unsupported(String),
    /// A file could not be written.
    #[error("{path}: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl InterchangeError {
    /// A stable, machine-readable name of the variant.
    pub fn kind(&self) -> &'static str {
        match self {
            InterchangeError::Format(_) => "format",
            InterchangeError::Unsupported(_) => "unsupported",
            InterchangeError::Io { .. } => "io",
        }
    }
}

/// Text in `locale`, else in the first locale that has it (exports are single-language documents).
pub(crate) fn pick<'a>(text: &'a Text, locale: &str, locales: &[String]) -> Option<&'a str> {
    text.get(locale)
        .or_else(|| locales.iter().find_map(|l| text.get(l)))
        .map(String::as_str)
}
