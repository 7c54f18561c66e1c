//! The pack as the live view first paints it, and the glossary listed before anyone types.

use crate::agenda::Agenda;
use crate::glossary::Concept;
use crate::pack::{EventInfo, Session};
use crate::people::Person;
use crate::{Diagnostic, Pack};
use serde::Serialize;
use ts_rs::TS;

/// The pack without its glossary: everything the live view paints at start (agenda, people, titles). The
/// glossary stays in the shell; the page gets concepts through `search` and `glossary_listing`, so a
/// 100,000-concept pack costs the webview nothing until someone opens the organizer or prep view.
///
/// A view of the [`Pack`] it is made from, borrowed rather than copied: serializing it reads the pack's own
/// fields, so it can never disagree with the pack (nor clone its agenda and people to be written once).
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PackHead<'a> {
    pub id: &'a str,
    pub origin: &'a str,
    /// Locale tags, reference first.
    pub locales: &'a [String],
    pub info: &'a EventInfo,
    pub sessions: &'a [Session],
    pub agenda: &'a Agenda,
    pub people: &'a [Person],
    pub diagnostics: &'a [Diagnostic],
    /// How many concepts the glossary has.
    pub concepts: u32,
    /// Whether the glossary is still loading (the window shows the rest meanwhile).
    pub glossary_loading: bool,
}

impl<'a> PackHead<'a> {
    pub fn of(pack: &'a Pack) -> PackHead<'a> {
        PackHead {
            id: &pack.id,
            origin: &pack.origin,
            locales: &pack.locales,
            info: &pack.info,
            sessions: &pack.sessions,
            agenda: &pack.agenda,
            people: &pack.people,
            diagnostics: &pack.diagnostics,
            concepts: u32::try_from(pack.glossary.len()).unwrap_or(u32::MAX),
            glossary_loading: pack.glossary_pending(),
        }
    }
}

/// The glossary listed for an empty search: the session's concepts in pack order, or, without any, the
/// glossary from the top; never more than the page asked for.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Listing {
    pub concepts: Vec<Concept>,
    /// How many concepts the listing stands for (more than `concepts.len()` when capped).
    pub total: u32,
    /// Whether these are the session's concepts (true) or the glossary from the top (false).
    pub session: bool,
}

impl Listing {
    pub fn of(glossary: &[Concept], session: Option<&str>, limit: usize) -> Listing {
        let in_session = |c: &&Concept| session.is_some_and(|s| c.sessions.iter().any(|x| x == s));
        let mine = glossary.iter().filter(in_session).count();
        let (concepts, total): (Vec<Concept>, usize) = if mine > 0 {
            (
                glossary
                    .iter()
                    .filter(in_session)
                    .take(limit)
                    .cloned()
                    .collect(),
                mine,
            )
        } else {
            (
                glossary.iter().take(limit).cloned().collect(),
                glossary.len(),
            )
        };
        Listing {
            concepts,
            total: u32::try_from(total).unwrap_or(u32::MAX),
            session: mine > 0,
        }
    }
}
