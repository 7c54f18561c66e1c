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
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PackHead {
    pub id: String,
    pub origin: String,
    /// Locale tags, reference first.
    pub locales: Vec<String>,
    pub info: EventInfo,
    pub sessions: Vec<Session>,
    pub agenda: Agenda,
    pub people: Vec<Person>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many concepts the glossary has.
    pub concepts: u32,
}

impl PackHead {
    pub fn of(pack: &Pack) -> PackHead {
        PackHead {
            id: pack.id.clone(),
            origin: pack.origin.clone(),
            locales: pack.locales.clone(),
            info: pack.info.clone(),
            sessions: pack.sessions.clone(),
            agenda: pack.agenda.clone(),
            people: pack.people.clone(),
            diagnostics: pack.diagnostics.clone(),
            concepts: u32::try_from(pack.glossary.len()).unwrap_or(u32::MAX),
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
