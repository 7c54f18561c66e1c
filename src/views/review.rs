//! Speaker review as the review screen shows it: every verdict, who reviews which session's concepts,
//! and what is still pending, for the pack as edited.

use crate::review::{self, PendingReview, Review, Reviews};
use crate::Pack;
use serde::Serialize;
use ts_rs::TS;

/// One concept of a session and what is reviewed of it: every rendering per locale
/// ([`booth::review::renderings`]: the term, the acronym, the other renderings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReviewedConcept {
    pub concept: String,
    /// Locale → renderings, in the pack's locale order.
    pub renderings: Vec<LocaleRenderings>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LocaleRenderings {
    pub locale: String,
    pub terms: Vec<String>,
}

/// The reviewers of one session and the concepts they review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SessionReviewers {
    pub session: String,
    /// Person ids, in programme order.
    pub speakers: Vec<String>,
    pub concepts: Vec<ReviewedConcept>,
}

/// Everything the review screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReviewBoard {
    /// Every verdict given (unsaved ones included).
    pub reviews: Vec<Review>,
    /// What each session's speakers have not reviewed yet.
    pub pending: Vec<PendingReview>,
    pub sessions: Vec<SessionReviewers>,
    /// False for the built-in pack (read-only: reviews need a pack folder).
    pub editable: bool,
}

impl ReviewBoard {
    /// The board of `pack` with `reviews`; `editable` is false for a read-only pack.
    pub fn of(pack: &Pack, reviews: Reviews, editable: bool) -> ReviewBoard {
        let pending = reviews.pending(pack);
        let sessions = pack
            .sessions
            .iter()
            .map(|s| SessionReviewers {
                session: s.id.clone(),
                speakers: review::speakers(pack, &s.id),
                concepts: pack
                    .glossary
                    .iter()
                    .filter(|c| c.sessions.contains(&s.id))
                    .map(|c| ReviewedConcept {
                        concept: c.id.to_string(),
                        renderings: pack
                            .locales
                            .iter()
                            .map(|l| LocaleRenderings {
                                locale: l.clone(),
                                terms: review::renderings(c, l),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        ReviewBoard {
            reviews: reviews.items,
            pending,
            sessions,
            editable,
        }
    }
}
