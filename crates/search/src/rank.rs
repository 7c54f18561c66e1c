//! Ranking: how a candidate match becomes one sortable number, and the bounded containers that keep only
//! the best few. The lookups only push candidates; what "best" means (session first, static rank, span
//! start) is decided here alone.

use crate::{len32, Index, WHOLE};

/// A match before ranking: a key and a byte span of its compact text (`end == WHOLE`: the whole field).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub(crate) key: u32,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Cand {
    pub(crate) fn span(key: u32, start: usize, end: usize) -> Cand {
        Cand {
            key,
            start: len32(start),
            end: len32(end),
        }
    }

    pub(crate) fn whole(key: u32) -> Cand {
        Cand {
            key,
            start: 0,
            end: WHOLE,
        }
    }
}

/// Set in an order when the key's letters disagree with the query's capitals (see `text::capitals`):
/// below every key in the same session standing that agrees, above the static rank (which fills bits
/// 24 to 55).
pub(crate) const CASE_MISS: u64 = 1 << 62;

/// Turns (key, rank, span start) into one sortable number: outside-the-session bit, case bit (set only by
/// the lookups that check case), static rank, start.
pub(crate) struct Scorer {
    /// Ranks of the current session's concepts' keys, as a bitset (`None`: no session or an unknown one).
    session: Option<Vec<u64>>,
}

impl Scorer {
    pub(crate) fn new(index: &Index, session: Option<&str>) -> Scorer {
        let keys = session
            .and_then(|s| index.sessions.iter().position(|n| n == s))
            .and_then(|i| index.session_keys.get(i));
        Scorer {
            session: keys.map(|keys| {
                let mut bits = vec![0u64; index.keys.len().div_ceil(64)];
                for &k in keys {
                    let r = index.key_rank[k as usize];
                    bits[r as usize / 64] |= 1 << (r % 64);
                }
                bits
            }),
        }
    }

    /// The best order any key of this rank can have (in the session, span at the start).
    pub(crate) fn best_order(&self, rank: u32) -> u64 {
        (u64::from(self.session.is_none()) << 63) | (u64::from(rank) << 24)
    }

    /// By rank, not key: the lookups' hot loops then need no key until a candidate is kept.
    pub(crate) fn order(&self, rank: u32, start: u32) -> u64 {
        let outside = self
            .session
            .as_ref()
            .is_none_or(|b| b[rank as usize / 64] & (1 << (rank % 64)) == 0);
        (u64::from(outside) << 63) | (u64::from(rank) << 24) | u64::from(start.min(0xFF_FFFF))
    }
}

/// Keeps the `keep` smallest candidates pushed into it, in bounded memory: when its buffer fills, a
/// selection halves it and raises the bar that later candidates must pass.
pub(crate) struct Sink {
    keep: usize,
    buf: Vec<(u64, Cand)>,
    /// Candidates ordered at or after this cannot make it.
    bar: u64,
    /// Whether any candidate was left out.
    pub(crate) dropped: bool,
}

impl Sink {
    pub(crate) fn new(keep: usize) -> Sink {
        Sink {
            keep: keep.max(1),
            buf: Vec::new(),
            bar: u64::MAX,
            dropped: false,
        }
    }

    /// Whether a candidate of this order (and so every later one, when candidates come best first) can
    /// no longer be kept; counts as dropping it.
    pub(crate) fn refuses(&mut self, order: u64) -> bool {
        let no = order >= self.bar;
        self.dropped |= no;
        no
    }

    /// Offers a candidate whose order gains [`CASE_MISS`] when `misses` says so; `misses` runs only if
    /// the candidate could be kept without it (most candidates of a common prefix are not).
    pub(crate) fn push_cased(
        &mut self,
        order: u64,
        misses: impl FnOnce() -> bool,
        make: impl FnOnce() -> Cand,
    ) {
        if order >= self.bar {
            self.dropped = true;
            return;
        }
        self.push(if misses() { order | CASE_MISS } else { order }, make);
    }

    /// Offers a candidate; `make` runs only if it may be kept.
    pub(crate) fn push(&mut self, order: u64, make: impl FnOnce() -> Cand) {
        if order >= self.bar {
            self.dropped = true;
            return;
        }
        self.buf.push((order, make()));
        if self.buf.len() >= self.keep.saturating_mul(2).max(64) {
            self.shrink();
        }
    }

    fn shrink(&mut self) {
        if self.buf.len() > self.keep {
            self.buf.select_nth_unstable_by_key(self.keep, |e| e.0);
            self.bar = self.bar.min(self.buf[self.keep].0);
            self.buf.truncate(self.keep);
            self.dropped = true;
        }
    }

    /// The kept candidates, best first.
    pub(crate) fn finish(mut self) -> Vec<Cand> {
        self.shrink();
        self.buf.sort_unstable_by_key(|e| e.0);
        self.buf.into_iter().map(|e| e.1).collect()
    }
}

/// A set of keys by static rank, as a bitset: built in one pass over postings, iterated best first.
pub(crate) struct RankSet {
    bits: Vec<u64>,
}

impl RankSet {
    pub(crate) fn new(keys: usize) -> RankSet {
        RankSet {
            bits: vec![0; keys.div_ceil(64)],
        }
    }

    pub(crate) fn insert(&mut self, rank: u32) {
        if let Some(w) = self.bits.get_mut(rank as usize / 64) {
            *w |= 1 << (rank % 64);
        }
    }

    pub(crate) fn intersect(&mut self, other: &RankSet) {
        for (a, b) in self.bits.iter_mut().zip(&other.bits) {
            *a &= b;
        }
    }

    pub(crate) fn contains(&self, rank: u32) -> bool {
        self.bits
            .get(rank as usize / 64)
            .is_some_and(|w| w & (1 << (rank % 64)) != 0)
    }

    /// The first rank in the set at or after `from` (ranks ascend: best first). A walk can narrow the
    /// set as it goes and carry on from where it was.
    pub(crate) fn next_from(&self, from: u32) -> Option<u32> {
        let mut i = from as usize / 64;
        let mut w = self.bits.get(i)? & (u64::MAX << (from % 64));
        loop {
            if w != 0 {
                return Some(len32(i * 64) + w.trailing_zeros());
            }
            i += 1;
            w = *self.bits.get(i)?;
        }
    }
}
