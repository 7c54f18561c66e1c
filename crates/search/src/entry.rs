//! What the index reads of a glossary entry. The engine knows no pack: the core's concept implements
//! [`Entry`] over the fields it already holds, so building an index of 100,000 concepts copies nothing;
//! tests, benches and the fuzz target use the owned [`PlainEntry`].

use crate::SmallMap;

/// Text of one field in every locale, keyed by locale tag (`en-US`, `ko`).
pub type Text = SmallMap<String>;

/// One searchable glossary entry: its id, and per locale its term, acronym, other renderings and note.
pub trait Entry {
    fn id(&self) -> &str;
    fn term(&self) -> &Text;
    fn abbr(&self) -> &Text;
    /// Other renderings per locale, in the order the pack lists them ([`crate::Hit::alt_index`]).
    fn alt(&self) -> &SmallMap<Vec<String>>;
    fn note(&self) -> &Text;
    /// Sessions whose concepts rank first when a search names one.
    fn sessions(&self) -> &[String];
}

/// An entry that owns its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlainEntry {
    pub id: String,
    pub term: Text,
    pub abbr: Text,
    pub alt: SmallMap<Vec<String>>,
    pub note: Text,
    pub sessions: Vec<String>,
}

/// Implements [`Entry`] for a struct with the fields `id`, `term`, `abbr`, `alt`, `note` and `sessions`
/// of [`PlainEntry`]'s types (the pack's concept has them too).
#[macro_export]
macro_rules! impl_entry {
    ($t:ty) => {
        impl $crate::Entry for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn term(&self) -> &$crate::Text {
                &self.term
            }
            fn abbr(&self) -> &$crate::Text {
                &self.abbr
            }
            fn alt(&self) -> &$crate::SmallMap<Vec<String>> {
                &self.alt
            }
            fn note(&self) -> &$crate::Text {
                &self.note
            }
            fn sessions(&self) -> &[String] {
                &self.sessions
            }
        }
    };
}

impl_entry!(PlainEntry);
