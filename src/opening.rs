//! How far the opening of a pack has got, for a window to show while a big glossary loads.
//!
//! Opening a million-concept pack takes seconds even from its snapshot, and a minute when it changed;
//! "Loading…" alone does not say whether it will be two seconds or sixty. The loader writes its step and
//! the units done into atomics as it goes; whoever shows it reads them from another thread whenever it
//! likes ([`Opening::now`]), so the loader never waits for a window and knows nothing of one. A fraction is
//! given only where the work is countable (bytes read or parsed, concepts read); indexing and saving say
//! what they are doing and nothing more.

use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::Mutex;
use ts_rs::TS;

/// What the opening is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "OpeningStep")]
pub enum Step {
    /// Reading the pack's files (and hashing them to find a snapshot).
    Reading,
    /// Reading the snapshot of the pack unchanged since its last opening: bytes.
    Restoring,
    /// Parsing the Fluent files: bytes.
    Parsing,
    /// Reading the concepts out of the parsed files: concepts.
    Concepts,
    /// Building the search index (no count).
    Indexing,
    /// Writing the snapshot for the next opening (no count).
    Saving,
    Done,
}

const STEPS: [Step; 7] = [
    Step::Reading,
    Step::Restoring,
    Step::Parsing,
    Step::Concepts,
    Step::Indexing,
    Step::Saving,
    Step::Done,
];

/// A moment of an opening: its step, and `done` of `total` units when the step is countable (`total` 0
/// otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "OpeningProgress")]
pub struct Progress {
    pub step: Step,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// The progress of one opening, shared between the loader and whoever shows it.
#[derive(Debug, Default)]
pub struct Opening {
    step: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
    /// Each step already over, as it ended.
    finished: Mutex<Vec<Progress>>,
}

impl Opening {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where the opening is now. `done` never exceeds `total`.
    pub fn now(&self) -> Progress {
        let step = STEPS[usize::from(self.step.load(Ordering::Acquire)).min(STEPS.len() - 1)];
        let total = self.total.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed).min(total);
        Progress { step, done, total }
    }

    /// The steps already over, in order, each with its count as it ended (what a finished opening did).
    pub fn finished(&self) -> Vec<Progress> {
        self.finished.lock().map(|f| f.clone()).unwrap_or_default()
    }

    /// Starts `step` with `total` units to do (0: not countable); the step before is over.
    pub(crate) fn begin(&self, step: Step, total: u64) {
        let before = self.now();
        if let Ok(mut f) = self.finished.lock() {
            if before.step != Step::Done && (before.step != step || before.total != 0) {
                f.push(before);
            }
        }
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        let i = STEPS.iter().position(|s| *s == step).unwrap_or(0);
        self.step
            .store(u8::try_from(i).unwrap_or(0), Ordering::Release);
    }

    /// Where an opening elsewhere (another process) has got, as it said: becomes this one's.
    pub fn report(&self, p: Progress) {
        if p.step != self.now().step {
            self.begin(p.step, p.total);
        }
        self.total.store(p.total, Ordering::Relaxed);
        self.done.store(p.done, Ordering::Relaxed);
    }

    /// Says [`Step::Done`] when dropped: however a load ends, early return or error, it ends done.
    pub(crate) fn done_at_end(&self) -> DoneAtEnd<'_> {
        DoneAtEnd(self)
    }

    /// `units` more are done (from any thread).
    pub(crate) fn advance(&self, units: u64) {
        self.done.fetch_add(units, Ordering::Relaxed);
    }
}

/// See [`Opening::done_at_end`].
pub(crate) struct DoneAtEnd<'a>(&'a Opening);

impl Drop for DoneAtEnd<'_> {
    fn drop(&mut self) {
        self.0.begin(Step::Done, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_count_and_never_overshoot() {
        let o = Opening::new();
        assert_eq!(o.now().step, Step::Reading);
        o.begin(Step::Parsing, 100);
        o.advance(60);
        o.advance(60);
        assert_eq!(
            o.now(),
            Progress {
                step: Step::Parsing,
                done: 100,
                total: 100
            }
        );
        o.begin(Step::Indexing, 0);
        assert_eq!(o.now().done, 0);
        assert_eq!(o.now().step, Step::Indexing);
        let steps: Vec<Step> = o.finished().iter().map(|p| p.step).collect();
        assert_eq!(steps, [Step::Reading, Step::Parsing]);
        assert_eq!(o.finished()[1].done, 100);
    }
}
