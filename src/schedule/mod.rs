//! Schedule interchange: the agenda out to calendars and conference tooling, and other tools' schedules in.
//!
//! Interpreters put the programme into their own calendar ([`ical`], RFC 5545 with a real `VTIMEZONE`), and
//! conference tooling speaks the c3voc/frab schedule JSON that pretalx and frab export ([`frab`]): Booth
//! writes it so recording and streaming teams can use a Booth pack, and reads it so a pack can start from an
//! existing conference schedule.

pub mod frab;
pub mod ical;

use crate::agenda::{Block, ItemKind};
use crate::Text;
use chrono::{DateTime, Utc};

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
    /// The import was to write a new pack into a folder that already holds something; nothing was written.
    #[error("{}: the folder is not empty; an import writes a new pack only into a new or empty folder (nothing was written)", path.display())]
    FolderNotEmpty { path: std::path::PathBuf },
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
            InterchangeError::FolderNotEmpty { .. } => "folderNotEmpty",
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

/// One calendar entry of an export: an item, or a block that has no items (a break stated only as a
/// block is still on the calendar).
pub(crate) struct Entry<'a> {
    pub id: &'a str,
    pub title: &'a Text,
    /// Who leads it: the item's speaker; without one, the block's moderator (who chairs Q&A, remarks
    /// and item-less blocks); nobody for a break.
    pub who: Option<&'a str>,
    pub kind: ItemKind,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// The entries of one block, in programme order: what both exports (and any future one) put on a calendar.
pub(crate) fn entries(block: &Block) -> Vec<Entry<'_>> {
    fn led<'a>(block: &'a Block, speaker: Option<&'a str>, kind: ItemKind) -> Option<&'a str> {
        match kind {
            ItemKind::Break => None,
            _ => speaker.or(block.moderator.as_deref()),
        }
    }
    if block.items.is_empty() {
        return vec![Entry {
            id: &block.id,
            title: &block.title,
            who: led(block, None, ItemKind::Other),
            kind: ItemKind::Other,
            start: block.start,
            end: block.end,
        }];
    }
    block
        .items
        .iter()
        .map(|it| Entry {
            id: &it.id,
            title: &it.title,
            who: led(block, it.speaker.as_deref(), it.kind),
            kind: it.kind,
            start: it.start,
            end: it.end,
        })
        .collect()
}
