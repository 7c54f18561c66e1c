//! People of an event: speakers, moderators, discussants and contacts, with their cards in every locale.
//!
//! A person's facts are Fluent attributes of `person-<id>` so translators see them side by side; a
//! `# UNVERIFIED` comment on a message records that a name could not be confirmed from an official source,
//! and the UI shows that flag rather than hiding the doubt.

use crate::l10n::Catalog;
use crate::Text;
use serde::Serialize;
use ts_rs::TS;

/// One person's card.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Person {
    pub id: String,
    pub name: Text,
    pub honorific: Text,
    pub title: Text,
    pub affiliation: Text,
    pub role: Text,
    pub bio: Text,
    pub email: Option<String>,
    /// Locales whose entry carries an `UNVERIFIED` comment.
    pub unverified: Vec<String>,
    pub contact: bool,
}

impl Person {
    pub(crate) fn from_catalogs(id: &str, catalogs: &[Catalog], contact: bool) -> Person {
        let msg = format!("person-{id}");
        let attr = |name: &str| -> Text {
            catalogs
                .iter()
                .filter_map(|c| Some((c.locale.to_string(), c.attribute(&msg, name)?)))
                .collect()
        };
        Person {
            id: id.to_owned(),
            name: catalogs
                .iter()
                .filter_map(|c| Some((c.locale.to_string(), c.message(&msg)?)))
                .collect(),
            honorific: attr("honorific"),
            title: attr("title"),
            affiliation: attr("affiliation"),
            role: attr("role"),
            bio: attr("bio"),
            email: catalogs.iter().find_map(|c| c.attribute(&msg, "email")),
            unverified: crate::l10n::unverified(catalogs, &msg),
            contact,
        }
    }
}

impl Person {
    /// What the prompts engine needs of a card: the name in every language and the title's words.
    pub fn prompt_entry(&self) -> booth_prompts::PersonEntry {
        booth_prompts::PersonEntry {
            id: self.id.clone(),
            names: self.name.values().cloned().collect(),
            titles: self
                .title
                .values()
                .chain(self.honorific.values())
                .cloned()
                .collect(),
        }
    }
}
