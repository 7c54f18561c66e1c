//! One glossary search as a front end asks it, answered with each hit joined to its concept, so a page
//! or a script can show the row without holding the glossary.

use crate::glossary::Concept;
use crate::search::Hit;
use crate::Pack;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The most results one search returns: a screenful is 16, and the window asks for 50.
pub const MAX_SEARCH_LIMIT: u32 = 500;

/// A search: the query as typed, how many results, and the session whose concepts rank first.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SearchRequest {
    pub query: String,
    pub limit: u32,
    #[ts(optional = nullable)]
    #[serde(default)]
    pub session: Option<String>,
}

/// One result: the hit (which span of which field matched) and the concept it points to.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Found {
    pub hit: Hit,
    pub concept: Concept,
}

impl SearchRequest {
    /// The hits in rank order, each with its concept; the limit is capped at [`MAX_SEARCH_LIMIT`].
    pub fn answer(&self, pack: &Pack) -> Vec<Found> {
        let limit = self.limit.min(MAX_SEARCH_LIMIT) as usize;
        pack.index()
            .search(&self.query, limit, self.session.as_deref())
            .into_iter()
            .filter_map(|hit| {
                let concept = pack.glossary.get(hit.concept as usize)?.clone();
                Some(Found { hit, concept })
            })
            .collect()
    }
}
