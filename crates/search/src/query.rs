//! What a query is once folded: its words, and the sets of vocabulary words each may stand for. Kept
//! apart from the lookups so that stripping a Korean particle can build a second query the same way.

use crate::hangul;
use crate::text::Folded;
use crate::{len32, Postings};
use std::ops::Range;

/// A folded query and its words.
pub(crate) struct Query {
    pub(crate) f: Folded,
    pub(crate) chars: Vec<char>,
    pub(crate) tokens: Vec<String>,
    /// The query's letters and digits as typed, when one is a capital (see [`crate::text::capitals`]).
    pub(crate) capitals: Option<Vec<char>>,
}

impl Query {
    pub(crate) fn new(f: Folded) -> Query {
        let chars = f.compact.chars().collect();
        let tokens = (0..f.word_starts.len())
            .map(|i| f.compact[f.word(i)].to_owned())
            .collect();
        Query {
            f,
            chars,
            tokens,
            capitals: None,
        }
    }

    /// The query with a particle stripped from each Korean word that ends with one, if any did.
    pub(crate) fn without_particles(&self) -> Option<Query> {
        let mut changed = false;
        let mut f = Folded {
            hangul: self.f.hangul,
            ..Folded::default()
        };
        for (i, t) in self.tokens.iter().enumerate() {
            let w = match hangul::strip_particle(t) {
                Some(stem) => {
                    changed = true;
                    stem
                }
                None => t.as_str(),
            };
            f.word_starts.push(len32(f.compact.len()));
            f.joined
                .push(self.f.joined.get(i).copied().unwrap_or(false));
            f.compact.push_str(w);
        }
        changed.then(|| Query::new(f))
    }
}

/// A set of vocabulary ids, as sorted ranges.
pub(crate) struct WordSet {
    pub(crate) ranges: Vec<Range<u32>>,
    /// Matched with edits: spans cover whole words.
    pub(crate) fuzzy: bool,
}

impl WordSet {
    pub(crate) fn range(r: Range<u32>) -> WordSet {
        WordSet {
            ranges: vec![r],
            fuzzy: false,
        }
    }

    /// Sorts and merges the ranges, so that [`WordSet::contains`] can binary-search them (a typo set has
    /// hundreds of ranges, and the in-order check asks about every word of every candidate key).
    pub(crate) fn normalized(mut self) -> WordSet {
        self.ranges.retain(|r| !r.is_empty());
        self.ranges.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<u32>> = Vec::with_capacity(self.ranges.len());
        for r in self.ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        self.ranges = merged;
        self
    }

    pub(crate) fn contains(&self, id: u32) -> bool {
        let i = self.ranges.partition_point(|r| r.start <= id);
        i > 0 && self.ranges[i - 1].contains(&id)
    }

    pub(crate) fn count(&self, p: &Postings) -> usize {
        self.ranges.iter().map(|r| p.of(r.clone()).len()).sum()
    }
}
