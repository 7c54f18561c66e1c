//! The sorted vocabulary of folded words, and typo-tolerant lookups in it.
//!
//! Word ids are positions in byte order, so "every word starting with `dev`" is one id range, and the
//! postings of those words are one contiguous slice. Typo tolerance walks the vocabulary as an implicit trie
//! (each node is a range of words sharing a prefix, found by binary search) while keeping one row of the
//! optimal-string-alignment edit distance per depth: Levenshtein plus adjacent transpositions, the typo an
//! interpreter typing fast actually makes ("sustianable").
//!
//! Why not a crate: `levenshtein_automata` (tantivy's) builds a DFA per query whose transition table is
//! 1 KiB per state — about 0.5 MB for distance 2 on a ten-letter word, a large share of the 0.5 ms query
//! budget before any word is visited — and neither it nor `fst` streams *ranges*: in prefix mode, once a
//! node is within the distance, every word below it matches, and we want that as one id range (one postings
//! slice), not as thousands of words enumerated one by one. The DP itself is the textbook recurrence.

use std::ops::Range;

/// Words in byte order, stored back to back.
#[derive(Debug, Default, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub(crate) struct Vocab {
    pub(crate) text: String,
    /// `offs[i]..offs[i + 1]` is word `i`; one more entry than words.
    pub(crate) offs: Vec<u32>,
}

impl Vocab {
    /// Builds from words already sorted and deduplicated.
    pub fn from_sorted<'a>(words: impl IntoIterator<Item = &'a str>) -> Vocab {
        let mut v = Vocab {
            text: String::new(),
            offs: vec![0],
        };
        for w in words {
            v.text.push_str(w);
            v.offs.push(u32::try_from(v.text.len()).unwrap_or(u32::MAX));
        }
        v
    }

    pub fn len(&self) -> u32 {
        u32::try_from(self.offs.len().saturating_sub(1)).unwrap_or(u32::MAX)
    }

    pub fn word(&self, id: u32) -> &str {
        let i = id as usize;
        match (self.offs.get(i), self.offs.get(i + 1)) {
            (Some(&s), Some(&e)) => self.text.get(s as usize..e as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// Ids of the words that start with `prefix`.
    pub fn prefix_range(&self, prefix: &str) -> Range<u32> {
        let n = self.len();
        let lo = partition(0, n, |i| self.word(i) < prefix);
        let hi = partition(lo, n, |i| self.word(i).starts_with(prefix));
        lo..hi
    }

    /// Words within `max` edits of `query` (prefix mode: words that *start* with something within `max`
    /// edits, as while typing), as sorted, disjoint id ranges.
    ///
    /// The first character is trusted, as in most spelling correctors (Lucene calls it a prefix length of
    /// one): a word must start with the query's first character, or its second (a transposition of the first
    /// two), or — for Hangul — a syllable with the same initial consonant (a slip of vowel or final). Without
    /// that, every one- and two-character prefix of the vocabulary would stay within reach and a single
    /// lookup would visit tens of thousands of trie nodes.
    pub fn fuzzy(&self, query: &[char], max: u8, prefix: bool) -> Vec<Range<u32>> {
        let m = query.len();
        let Some(&q0) = query.first() else {
            return Vec::new();
        };
        let mut firsts: Vec<(char, char)> = vec![(q0, next(q0))];
        if let Some(&q1) = query.get(1) {
            firsts.push((q1, next(q1)));
        }
        if let Some((lo, hi)) = super::hangul::same_initial(q0) {
            firsts.push((lo, hi));
        }
        firsts.sort_unstable();
        let mut walk = Walk {
            vocab: self,
            query,
            max,
            prefix,
            width: m + 1,
            rows: (0..=m)
                .map(|j| u8::try_from(j).unwrap_or(u8::MAX))
                .collect(),
            path: Vec::new(),
            out: Vec::new(),
        };
        let n = self.len();
        let mut done = 0u32;
        for (lo, hi) in firsts {
            let first = |i: u32| self.word(i).chars().next();
            let a = partition(0, n, |i| first(i).is_some_and(|c| c < lo)).max(done);
            let b = partition(0, n, |i| first(i).is_some_and(|c| c < hi));
            if a < b {
                walk.children(0, a, b);
            }
            done = done.max(b);
        }
        walk.out.sort_by_key(|r| r.start);
        walk.out
    }
}

/// The character after `c` (for half-open ranges).
fn next(c: char) -> char {
    char::from_u32(c as u32 + 1).unwrap_or(char::MAX)
}

/// First index in `lo..hi` where `pred` turns false (`pred` must be true then false over the range).
pub(crate) fn partition(lo: u32, hi: u32, pred: impl Fn(u32) -> bool) -> u32 {
    crate::partition_usize(lo as usize, hi as usize, |i| pred(i as u32)) as u32
}

/// [`partition`] for a boundary expected near `lo`: probes `lo + 1, lo + 3, lo + 7, …` before the binary
/// search, so a small child of a big trie node costs a few probes of neighbouring (cached) words instead
/// of a binary search over the whole node.
fn gallop(lo: u32, hi: u32, pred: impl Fn(u32) -> bool) -> u32 {
    let mut step = 1u32;
    let mut from = lo;
    loop {
        let probe = lo.saturating_add(step);
        if probe >= hi || !pred(probe) {
            return partition(from, probe.min(hi), pred);
        }
        from = probe + 1;
        step = step.saturating_mul(2).saturating_add(1);
    }
}

struct Walk<'a> {
    vocab: &'a Vocab,
    query: &'a [char],
    max: u8,
    prefix: bool,
    /// Length of one DP row (query length + 1).
    width: usize,
    /// DP rows back to back, one per character of the current path (the first is the empty prefix).
    rows: Vec<u8>,
    path: Vec<char>,
    out: Vec<Range<u32>>,
}

impl Walk<'_> {
    /// Visits the trie node whose words are `lo..hi`, all sharing the first `depth` bytes (the path).
    fn node(&mut self, depth: usize, lo: u32, hi: u32) {
        let m = self.query.len();
        let dist = self.rows[self.rows.len() - self.width + m];
        if dist <= self.max {
            if self.prefix {
                self.out.push(lo..hi);
                return;
            }
            if self.vocab.word(lo).len() == depth {
                self.out.push(lo..lo + 1);
            }
        }
        self.children(depth, lo, hi);
    }

    /// Visits the children of the node `lo..hi` at `depth` bytes.
    fn children(&mut self, depth: usize, lo: u32, hi: u32) {
        let mut i = lo;
        // The word equal to the path itself (if any) sorts first and has no next character.
        if self.vocab.word(i).len() == depth {
            i += 1;
        }
        let w = self.width;
        let row = &self.rows[self.rows.len() - w..];
        let no_slack = !self.path.is_empty() && row.iter().min().is_some_and(|&m| m >= self.max);
        if no_slack {
            // Every edit is used up: a character that is not in the query raises every cell, so only the
            // query's own characters can continue. Look those children up instead of visiting them all.
            let mut chars: Vec<char> = self.query.to_vec();
            chars.sort_unstable();
            chars.dedup();
            for c in chars {
                let a = partition(i, hi, |k| {
                    next_char(self.vocab.word(k), depth).is_some_and(|d| d < c)
                });
                let b = partition(a, hi, |k| {
                    next_char(self.vocab.word(k), depth).is_some_and(|d| d <= c)
                });
                if a < b {
                    self.visit(depth, c, a, b);
                }
            }
            return;
        }
        while i < hi {
            let Some(c) = next_char(self.vocab.word(i), depth) else {
                i += 1;
                continue;
            };
            let j = gallop(i, hi, |k| {
                next_char(self.vocab.word(k), depth).is_some_and(|d| d <= c)
            });
            self.visit(depth, c, i, j);
            i = j.max(i + 1);
        }
    }

    /// Steps from the current node to its child `c` (words `lo..hi`).
    fn visit(&mut self, depth: usize, c: char, lo: u32, hi: u32) {
        if self.push(c) {
            self.node(depth + c.len_utf8(), lo, hi);
        }
        self.rows.truncate(self.rows.len() - self.width);
        self.path.pop();
    }

    /// Adds the DP row for one more path character; false when no extension can come within `max`.
    fn push(&mut self, c: char) -> bool {
        let q = self.query;
        let (m, w) = (q.len(), self.width);
        let d = self.rows.len() / w; // path length after this character
        let base = self.rows.len();
        self.rows.resize(base + w, 0);
        let (old, row) = self.rows.split_at_mut(base);
        let prev = &old[base - w..];
        let prev2 = (d >= 2).then(|| &old[base - 2 * w..base - w]);
        let pc = self.path.last().copied();
        row[0] = u8::try_from(d).unwrap_or(u8::MAX);
        let mut best = row[0];
        for j in 1..=m {
            let cost = u8::from(q[j - 1] != c);
            let mut v = (prev[j].saturating_add(1))
                .min(row[j - 1].saturating_add(1))
                .min(prev[j - 1].saturating_add(cost));
            if let (Some(p2), Some(pc)) = (prev2, pc) {
                if j > 1 && c == q[j - 2] && pc == q[j - 1] {
                    v = v.min(p2[j - 2].saturating_add(1));
                }
            }
            row[j] = v;
            best = best.min(v);
        }
        self.path.push(c);
        best <= self.max
    }
}

fn next_char(word: &str, depth: usize) -> Option<char> {
    word.get(depth..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(words: &[&str]) -> Vocab {
        let mut w = words.to_vec();
        w.sort_unstable();
        w.dedup();
        Vocab::from_sorted(w)
    }

    fn words(v: &Vocab, ranges: &[Range<u32>]) -> Vec<String> {
        ranges
            .iter()
            .flat_map(|r| r.clone().map(|i| v.word(i).to_owned()))
            .collect()
    }

    #[test]
    fn transpositions_cost_one_edit() {
        let v = vocab(&["sustainable", "sustained", "suitable", "table"]);
        let q: Vec<char> = "sustianable".chars().collect();
        assert_eq!(words(&v, &v.fuzzy(&q, 1, false)), vec!["sustainable"]);
    }

    #[test]
    fn prefix_mode_returns_whole_subtrees() {
        let v = vocab(&["sustainable", "sustainability", "sustained", "system"]);
        let q: Vec<char> = "sustian".chars().collect();
        assert_eq!(
            words(&v, &v.fuzzy(&q, 1, true)),
            vec!["sustainability", "sustainable", "sustained"]
        );
    }

    #[test]
    fn hangul_syllables_are_single_characters() {
        let v = vocab(&["지속가능발전", "지속가능성", "발전"]);
        let q: Vec<char> = "지속가눙".chars().collect();
        assert_eq!(
            words(&v, &v.fuzzy(&q, 1, true)),
            vec!["지속가능발전", "지속가능성"]
        );
    }
}
