//! Speaker review in the app: what has been reviewed, who reviews which session, and what is still pending,
//! all from the core ([`booth::review`]) over the pack *as edited*. A verdict is given with the organizer's
//! `apply_edits` and an [`booth::edit::Edit::SetReview`]: one undo step, written to `review.json` on Save
//! like every other edit.

use crate::error::IpcError;
use crate::state::AppState;
use booth::review::Reviews;
use booth::views::ReviewBoard;
use std::sync::Arc;

/// The reviews of the pack as edited, who reviews what, and what is pending.
#[tauri::command]
pub fn review_board(state: tauri::State<'_, AppState>) -> Result<ReviewBoard, IpcError> {
    let edited = {
        let ws = state.workspace();
        match ws.editor.as_ref() {
            Some(editor) => Some((
                editor.pack()?,
                Reviews::parse(&editor.text(booth::edit::REVIEW_FILE).unwrap_or_default())?,
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
    Ok(ReviewBoard::of(&pack, reviews, editable))
}
