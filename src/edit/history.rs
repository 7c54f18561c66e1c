//! Undo and redo: each applied batch of edits is one step, recorded as the text of each file it touched
//! before and after.

use super::HISTORY_LIMIT;
use serde::Serialize;
use ts_rs::TS;

/// One file's text before and after a history step (`None`: the file did not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDelta {
    pub file: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One undoable step: a labelled batch of edits, as the file texts it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub label: String,
    pub files: Vec<FileDelta>,
}

/// The undo and redo stacks.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub(super) undo: Vec<Step>,
    pub(super) redo: Vec<Step>,
}

/// What the undo/redo menu shows: labels, most recent last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryState {
    pub undo: Vec<String>,
    pub redo: Vec<String>,
}

impl History {
    /// The undo stack, or the redo stack.
    pub(super) fn stack(&mut self, undo: bool) -> &mut Vec<Step> {
        if undo {
            &mut self.undo
        } else {
            &mut self.redo
        }
    }

    pub(super) fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    pub fn state(&self) -> HistoryState {
        HistoryState {
            undo: self.undo.iter().map(|s| s.label.clone()).collect(),
            redo: self.redo.iter().map(|s| s.label.clone()).collect(),
        }
    }
}
