//! People of an event: speakers, moderators, discussants and contacts, with their cards in every locale.
//!
//! A person's facts are Fluent attributes of `person-<id>` so translators see them side by side; a
//! `.unverified` attribute (or, in older packs, an `# UNVERIFIED` comment) records that a name could not be
//! confirmed from an official source, and the UI shows that flag rather than hiding the doubt. A `.reading`
//! attribute is a locale's reading of a foreign name (e.g. Korean 자비네 쿨만 for Sabine Kuhlmann): a
//! reading, not an official name, shown as such beside the original spelling. `.address` is how the name is
//! said with its honorific in that locale (name order and honorific are the locale's, not the app's).

use crate::l10n::Catalog;
use crate::Text;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One person's card.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
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
    /// The name as said with its honorific, per locale: the `.address` attribute, or else the honorific
    /// and name in the locale's order (after the name in Korean, Japanese and Chinese, before it otherwise).
    pub address: Text,
    /// Readings of a foreign name, per locale (`.reading`): never an official name.
    pub reading: Text,
    pub email: Option<String>,
    /// Locales whose name is marked unverified (`.unverified`, or an `# UNVERIFIED` comment).
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
        let name: Text = catalogs
            .iter()
            .filter_map(|c| Some((c.locale.to_string(), c.message(&msg)?)))
            .collect();
        let honorific = attr("honorific");
        let mut address = attr("address");
        for (loc, n) in &name {
            if address.contains_key(loc) {
                continue;
            }
            let composed = match honorific.get(loc).filter(|h| !h.is_empty()) {
                None => n.clone(),
                Some(h) if title_after_name(loc) => format!("{n} {h}"),
                Some(h) => format!("{h} {n}"),
            };
            address.insert(loc.clone(), composed);
        }
        Person {
            id: id.to_owned(),
            name,
            honorific,
            address,
            reading: attr("reading"),
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

/// Korean, Japanese and Chinese honorifics follow the name (김판석 교수); English ones precede it (Prof. Pan
/// Suk Kim). Only for packs whose people have no `.address`.
fn title_after_name(locale: &str) -> bool {
    let lang = locale.split(['-', '_']).next().unwrap_or(locale);
    matches!(lang, "ko" | "ja" | "zh")
}

impl Person {
    /// What the prompts engine needs of a card: the name in every language and the title's words.
    pub fn prompt_entry(&self) -> booth_prompts::PersonEntry {
        booth_prompts::PersonEntry {
            id: self.id.clone(),
            names: self
                .name
                .values()
                .chain(self.reading.values())
                .cloned()
                .collect(),
            titles: self
                .title
                .values()
                .chain(self.honorific.values())
                .cloned()
                .collect(),
        }
    }
}
