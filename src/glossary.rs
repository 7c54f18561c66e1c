//! Glossary concepts: one concept, its term in every locale, acronyms, other renderings and a usage note.
//!
//! A concept is the Fluent message `concept-<id>`; its value is the preferred term, `.abbr` the acronym,
//! `.alt` other renderings in use (`;`-separated) and `.note` a hint for the interpreter. Its domain is the
//! group comment (`## Domain: …`) above it in the reference locale; its sessions come from `event.json`.

use crate::l10n::Catalog;
use crate::{SmallMap, SmolStr, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One glossary concept. `Deserialize` (with every field but `id` optional) lets the UI send a concept back
/// as an edit draft ([`crate::edit::Edit::PutConcept`]); `Default` is an empty concept for importers to fill.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Concept {
    // Held inline (ids are short): one allocation fewer per concept, 3 to 5 MB at 100k (issue 16).
    #[ts(as = "String")]
    pub id: SmolStr,
    #[serde(default)]
    pub term: Text,
    #[serde(default)]
    pub abbr: Text,
    /// Other renderings per locale (the value is the preferred one).
    #[serde(default)]
    pub alt: SmallMap<Vec<String>>,
    #[serde(default)]
    pub note: Text,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub sessions: Vec<String>,
    /// Locales whose entry carries an `UNVERIFIED` comment: the rendering could not be confirmed from an
    /// official source (an institution's Korean name, say), so the booth shows it as unofficial. Read from
    /// the files, never written back by an edit.
    #[serde(default)]
    pub unverified: Vec<String>,
    /// Whether hearing it prompts it (the pack's `event.json`; `auto` by default).
    #[serde(default)]
    #[ts(as = "Option<booth_prompts::Policy>", optional)]
    pub prompt: booth_prompts::Policy,
    /// Everything else a glossary says about each language's term, by TBX data-category name →
    /// locale → text: `definition`, `context`, `partOfSpeech`, `administrativeStatus`, `source`, `xref`, and
    /// any other category or spreadsheet column an import met. Each is the attribute `.<name>` of
    /// `concept-<id>` in that locale's file (see docs/PACK.md, "Glossary fields"). An edit sets the names
    /// it carries and leaves every other attribute of the message as it is, so a front end that does not
    /// show these fields never erases them.
    #[serde(default, skip_serializing_if = "SmallMap::is_empty")]
    #[ts(as = "Option<SmallMap<Text>>", optional)]
    pub fields: SmallMap<Text>,
}

/// The attributes of `concept-<id>` that have their own [`Concept`] field; every other attribute is one of
/// [`Concept::fields`].
pub const OWN_ATTRIBUTES: [&str; 3] = ["abbr", "alt", "note"];

/// Whether `name` can be a field: a Fluent identifier (`[a-zA-Z][a-zA-Z0-9_-]*`) that is not one of
/// [`OWN_ATTRIBUTES`].
pub fn is_field_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !OWN_ATTRIBUTES.contains(&name)
}

/// The message prefix that makes a Fluent message a glossary concept.
pub const PREFIX: &str = "concept-";

impl Concept {
    pub(crate) fn from_catalogs(
        id: &str,
        catalogs: &[Catalog],
        sessions: Vec<String>,
        prompt: booth_prompts::Policy,
    ) -> Concept {
        let msg = format!("{PREFIX}{id}");
        let text = |attr: Option<&str>| -> Text {
            catalogs
                .iter()
                .filter_map(|c| {
                    let v = match attr {
                        Some(a) => c.attribute(&msg, a)?,
                        None => c.message(&msg)?,
                    };
                    (!v.is_empty()).then(|| (c.locale.to_string(), v))
                })
                .collect()
        };
        let alt = catalogs
            .iter()
            .filter_map(|c| {
                let v = c.attribute(&msg, "alt")?;
                let list: Vec<String> = v
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                (!list.is_empty()).then(|| (c.locale.to_string(), list))
            })
            .collect();
        let domain = catalogs
            .first()
            .and_then(|c| c.meta(&msg))
            .and_then(|m| m.group.as_deref())
            .map(|g| g.strip_prefix("Domain:").unwrap_or(g).trim().to_owned());
        Concept {
            id: id.into(),
            term: text(None),
            abbr: text(Some("abbr")),
            alt,
            note: text(Some("note")),
            domain,
            sessions,
            unverified: crate::l10n::unverified(catalogs, &msg),
            prompt,
            fields: {
                let mut names: Vec<String> = catalogs
                    .iter()
                    .flat_map(|c| c.attribute_names(&msg))
                    .filter(|n| is_field_name(n))
                    .collect();
                names.sort();
                names.dedup();
                names
                    .into_iter()
                    .map(|n| {
                        let t = text(Some(&n));
                        (n, t)
                    })
                    .filter(|(_, t)| !t.is_empty())
                    .collect()
            },
        }
    }
}

// The search engine reads a concept in place.
booth_search::impl_entry!(Concept);

/// The prompts engine reads the concept in place, with the pack's policy.
impl booth_prompts::Promptable for Concept {
    fn policy(&self) -> booth_prompts::Policy {
        self.prompt
    }
}
