//! Speaker review in the app: what has been reviewed, who reviews which session, and what is still pending,
//! all from the core ([`booth::review`]) over the pack *as edited*. A verdict is given with the organizer's
//! `apply_edits` and an [`booth::edit::Edit::SetReview`]: one undo step, written to `review.json` on Save
//! like every other edit.

use crate::error::IpcError;
use crate::state::AppState;
use booth::review::{self, PendingReview, Review, Reviews};
use serde::Serialize;
use std::sync::Arc;
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

/// The reviews of the pack as edited, who reviews what, and what is pending.
#[tauri::command]
pub fn review_board(state: tauri::State<'_, AppState>) -> Result<ReviewBoard, IpcError> {
    let edited = {
        let ws = state.workspace();
        match ws.editor.as_ref() {
            Some(editor) => Some((
                editor.pack()?,
                Reviews::parse(editor.text(booth::edit::REVIEW_FILE).unwrap_or(""))?,
            )),
            None => None,
        }
    };
    // The built-in pack has no editor: its shown pack, no reviews; while it is still loading, the
    // `loading` error instead of blocking the window's thread.
    let (pack, reviews, editable) = match edited {
        Some((pack, reviews)) => (Arc::new(pack), reviews, true),
        None => (state.try_pack()?, Reviews::default(), false),
    };
    let pending = reviews.pending(&pack);
    let sessions = pack
        .sessions
        .iter()
        .map(|s| SessionReviewers {
            session: s.id.clone(),
            speakers: review::speakers(&pack, &s.id),
            concepts: pack
                .glossary
                .iter()
                .filter(|c| c.sessions.contains(&s.id))
                .map(|c| ReviewedConcept {
                    concept: c.id.clone(),
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
    Ok(ReviewBoard {
        reviews: reviews.items,
        pending,
        sessions,
        editable,
    })
}
