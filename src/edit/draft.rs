//! What an edit says: put or delete a concept, person or agenda item, or set a review. The UI sends these
//! as JSON, so they are plain data.

use crate::agenda::ItemKind;
use crate::glossary::Concept;
use crate::review::ReviewDraft;
use crate::Text;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A person's card as the organizer edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct PersonDraft {
    pub id: String,
    pub name: Text,
    pub honorific: Text,
    pub title: Text,
    pub affiliation: Text,
    pub role: Text,
    pub bio: Text,
    pub email: Option<String>,
    /// Listed among the event's contacts.
    pub contact: bool,
}

/// An agenda item as the organizer edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemDraft {
    pub id: String,
    /// The block it belongs to (moving an item to another block is a put with the new block).
    pub block: String,
    pub kind: ItemKind,
    pub minutes: u32,
    #[serde(default)]
    pub speaker: Option<String>,
    /// The other speakers, in order (`cospeakers`): `None` keeps what the item has (a client that does not
    /// know them loses nothing), an empty list removes them.
    #[serde(default)]
    pub cospeakers: Option<Vec<String>>,
    /// Title per locale (`item-<id>`).
    #[serde(default)]
    pub title: Text,
    /// Index in the block's items; `None` keeps an existing item where it is and appends a new one.
    #[serde(default)]
    pub position: Option<usize>,
}

/// One change to a pack. A put creates or replaces the whole thing: a locale or field missing from a draft
/// is cleared. Fields whose text did not change keep their original Fluent source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "camelCase")]
#[ts(export)]
pub enum Edit {
    PutConcept {
        concept: Concept,
    },
    DeleteConcept {
        id: String,
    },
    PutPerson {
        person: PersonDraft,
    },
    DeletePerson {
        id: String,
    },
    PutItem {
        item: ItemDraft,
    },
    DeleteItem {
        id: String,
    },
    /// Sets (or with `status: null`, removes) one reviewer's verdict on one rendering.
    SetReview {
        review: ReviewDraft,
    },
}

impl Edit {
    /// A short description for the undo/redo menu.
    pub fn label(&self) -> String {
        match self {
            Edit::PutConcept { concept } => format!("edit concept {}", concept.id),
            Edit::DeleteConcept { id } => format!("delete concept {id}"),
            Edit::PutPerson { person } => format!("edit person {}", person.id),
            Edit::DeletePerson { id } => format!("delete person {id}"),
            Edit::PutItem { item } => format!("edit item {}", item.id),
            Edit::DeleteItem { id } => format!("delete item {id}"),
            Edit::SetReview { review } => format!("review {}", review.concept),
        }
    }
}
