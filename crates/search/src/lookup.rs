//! The lookups, one per match kind, best kind first, and the collector that merges them into ranked hits.
//!
//! Why one file of this size: every lookup reads the same private index layout (see the crate root) and
//! feeds the same collector, and the order of `run`'s tiers is the ranking; split by kind, the order would
//! live in one file and the kinds in eight.

use crate::acronym::acronym_forms;
use crate::query::{Query, WordSet};
use crate::rank::{Cand, RankSet, Scorer, Sink};
use crate::text::{self, fold_query};
use crate::{bigram, hangul, len32, Hit, Index, MatchKind, Postings, NONE16, WHOLE};
use rustc_hash::FxHashSet;
use std::ops::Range;

impl Index {
    /// Best hit per concept, ranked, at most `limit`. `session` puts that session's concepts first among
    /// equals. Never panics, whatever the query; an empty or separator-only query finds nothing.
    pub fn search(&self, query: &str, limit: usize, session: Option<&str>) -> Vec<Hit> {
        let mut q = Query::new(fold_query(query));
        q.capitals = text::capitals(query);
        if q.f.compact.is_empty() || limit == 0 {
            return Vec::new();
        }
        let scorer = Scorer::new(self, session);
        let mut c = Collector {
            index: self,
            limit,
            taken: FxHashSet::default(),
            out: Vec::new(),
            particle: false,
        };
        self.run(&q, &scorer, &mut c);
        if !c.full() && !c.out.iter().any(|h| h.0 == MatchKind::Exact) {
            if let Some(stripped) = q.without_particles() {
                c.particle = true;
                self.run(&stripped, &scorer, &mut c);
            }
        }
        c.out
            .into_iter()
            .map(|(kind, cand, particle)| self.hit(kind, cand, particle))
            .collect()
    }

    fn run(&self, q: &Query, s: &Scorer, c: &mut Collector) {
        type Tier = fn(&Index, &Query, &Scorer, &mut Sink);
        let tiers: [(MatchKind, Tier); 8] = [
            (MatchKind::Exact, Index::exact),
            (MatchKind::Prefix, Index::prefix),
            (MatchKind::WordPrefix, Index::word_prefix),
            (MatchKind::Acronym, Index::acronym),
            (MatchKind::Initials, Index::initials),
            (MatchKind::Substring, Index::substring),
            (MatchKind::Typo, Index::typo),
            (MatchKind::Note, Index::note),
        ];
        for (kind, find) in tiers {
            if c.full() {
                return;
            }
            c.offer(kind, |sink| find(self, q, s, sink));
        }
    }

    /// Entries of `starts` whose text starts with `q`; those equal to `q` come first.
    fn starts_with(&self, q: &str) -> (Range<usize>, usize) {
        let st = &self.starts;
        let lo = st.partition_point(|&k| self.text(k) < q);
        let hi = lo + st[lo..].partition_point(|&k| self.text(k).starts_with(q));
        let eq =
            lo + st[lo..hi].partition_point(|&k| self.keys[k as usize].len as usize == q.len());
        (lo..hi, eq)
    }

    /// Pushes the `starts` in `r`, matched over `span` bytes; `caps`: the query's capitals, to check case.
    fn scan_starts(
        &self,
        r: Range<usize>,
        span: usize,
        caps: Option<&[char]>,
        s: &Scorer,
        out: &mut Sink,
    ) {
        for (&k, &rank) in self.starts[r.clone()].iter().zip(&self.starts_rank[r]) {
            let make = || Cand::span(k, 0, span);
            // Two arms rather than one `push_cased` whose check tests `caps`: folded together, the
            // 100k p99 of `peers 100000 booth` went from 163–184 to 253–283 µs (four alternating runs).
            match caps {
                None => out.push(s.order(rank, 0), make),
                Some(caps) => out.push_cased(
                    s.order(rank, 0),
                    || !text::keeps_capitals(caps, self.original_text(&self.keys[k as usize]), 0),
                    make,
                ),
            }
        }
    }

    /// [`Index::scan_starts`] for word starts after the first.
    fn scan_inner(
        &self,
        r: Range<usize>,
        span: usize,
        caps: Option<&[char]>,
        s: &Scorer,
        out: &mut Sink,
    ) {
        for (p, &rank) in self.inner[r.clone()].iter().zip(&self.inner_rank[r]) {
            let off = p.off as usize;
            let make = || Cand::span(p.key, off, off + span);
            match caps {
                None => out.push(s.order(rank, p.off), make),
                Some(caps) => out.push_cased(
                    s.order(rank, p.off),
                    || {
                        let original = self.original_text(&self.keys[p.key as usize]);
                        text::original_span(original, p.off, p.off + 1).is_some_and(|(from, _)| {
                            !text::keeps_capitals(caps, original, from as usize)
                        })
                    },
                    make,
                ),
            }
        }
    }

    fn exact(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let (r, eq) = self.starts_with(&q.f.compact);
        self.scan_starts(
            r.start..eq,
            q.f.compact.len(),
            q.capitals.as_deref(),
            s,
            out,
        );
    }

    fn prefix(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let (r, eq) = self.starts_with(&q.f.compact);
        self.scan_starts(eq..r.end, q.f.compact.len(), q.capitals.as_deref(), s, out);
    }

    fn word_prefix(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let qs = q.f.compact.as_str();
        let lo = self.inner.partition_point(|p| self.suffix(*p) < qs);
        let hi = lo + self.inner[lo..].partition_point(|p| self.suffix(*p).starts_with(qs));
        self.scan_inner(lo..hi, qs.len(), q.capitals.as_deref(), s, out);
        if q.tokens.len() > 1 {
            let sets: Vec<WordSet> = q
                .tokens
                .iter()
                .map(|t| WordSet::range(self.vocab.prefix_range(t)))
                .collect();
            self.in_order(q, &sets, s, out);
        }
    }

    /// Keys with a word in `set` (whole-key postings excluded), as a set over their static rank.
    fn keys_with(&self, set: &WordSet, postings: &Postings) -> RankSet {
        let mut keys = RankSet::new(self.keys.len());
        for p in set.ranges.iter().flat_map(|r| postings.of(r.clone())) {
            if p.word != NONE16 {
                keys.insert(p.rank);
            }
        }
        keys
    }

    /// Walks the keys that may match every set, best first, until `visit` says stop. The candidates start
    /// as the rarest set's keys; another set's keys are marked and intersected only once checking
    /// candidates one by one has cost as much as marking that set would (then the walk goes on over the
    /// narrower set). Deciding up front cannot work: how many candidates a walk checks depends on when
    /// the caller's results are full, and words in a term are far from independent. Intersecting whenever
    /// a set had fewer than 16 postings a candidate marked all 358,000 postings of "e…" for
    /// "pharmaceuticla e" at a million concepts, where some 3,000 checks fill the results; this way a
    /// walk costs at most about twice the better of the two choices, whichever it turns out to be.
    ///
    /// A set over ranks rather than a sorted list: marking costs one write per posting where sorting cost
    /// most of a query's time, and the keys come out best first.
    fn walk_candidates(
        &self,
        sets: &[WordSet],
        postings: &Postings,
        mut visit: impl FnMut(u32) -> bool,
    ) {
        /// Checking one candidate's words costs about as much as marking this many postings: a check
        /// reads three arrays at random (the key of the rank, its words, the sets' ranges), a mark
        /// reads postings in order. Chosen by sweeping it over `slow_queries 1000000`: p99 2,185 µs at
        /// 4, 1,026 at 16, 761 at 48, 713 at 128, 729 at 256, 804 at 1024, 1,130 when always marking.
        const MARKS_PER_CHECK: usize = 128;
        let mut pending: Vec<(usize, &WordSet)> =
            sets.iter().map(|w| (w.count(postings), w)).collect();
        pending.sort_by_key(|e| std::cmp::Reverse(e.0));
        let Some((_, rarest)) = pending.pop() else {
            return;
        };
        let mut keys = self.keys_with(rarest, postings);
        let mut checks = 0;
        let mut at = 0;
        while let Some(rank) = keys.next_from(at) {
            at = rank + 1;
            checks += 1;
            if let Some(&(n, set)) = pending.last() {
                if checks * MARKS_PER_CHECK > n {
                    keys.intersect(&self.keys_with(set, postings));
                    pending.pop();
                    checks = 0;
                    if !keys.contains(rank) {
                        continue;
                    }
                }
            }
            if !visit(rank) {
                return;
            }
        }
    }

    /// Keys whose words match every set in order (greedy leftmost, which finds a match whenever one exists).
    fn in_order(&self, q: &Query, sets: &[WordSet], s: &Scorer, out: &mut Sink) {
        self.walk_candidates(sets, &self.terms, |rank| {
            if out.refuses(s.best_order(rank)) {
                return false;
            }
            let k = self.key_by_rank[rank as usize];
            let ids = self.word_ids(k);
            let mut j = 0;
            let mut span: Option<(u32, u32)> = None;
            let mut ok = true;
            for (ti, set) in sets.iter().enumerate() {
                while j < ids.len() && !set.contains(ids[j]) {
                    j += 1;
                }
                if j >= ids.len() {
                    ok = false;
                    break;
                }
                let w = self.word_range(k, u16::try_from(j).unwrap_or(NONE16 - 1));
                let tlen = len32(q.tokens.get(ti).map_or(0, String::len));
                let end = if set.fuzzy {
                    w.end
                } else {
                    (w.start + tlen).min(w.end)
                };
                span = Some(span.map_or((w.start, end), |(st, _)| (st, end)));
                j += 1;
            }
            if let (true, Some((st, e))) = (ok, span) {
                out.push(s.order(rank, st), || Cand::span(k, st as usize, e as usize));
            }
            true
        });
    }

    fn whole(&self, k: u32, s: &Scorer, out: &mut Sink) {
        out.push(s.order(self.key_rank[k as usize], 0), || Cand::whole(k));
    }

    fn acronym(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let qs = q.f.compact.as_str();
        if q.tokens.len() == 1 && qs.chars().count() >= 2 && qs.chars().all(char::is_alphabetic) {
            let a = &self.acronyms;
            for k in a.keys(a.prefixed(qs)) {
                self.whole(k, s, out);
            }
            if let Some(sing) = qs.strip_suffix('s').filter(|s| s.chars().count() >= 2) {
                for k in a.keys(a.equal(sing)) {
                    self.whole(k, s, out);
                }
            }
        }
        if q.tokens.len() > 1 {
            let mut forms = Vec::new();
            acronym_forms(&q.f, &mut forms);
            for form in &forms {
                for k in self.short_forms.keys(self.short_forms.equal(form)) {
                    self.whole(k, s, out);
                }
            }
        }
    }

    fn initials(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let qc = &q.chars;
        let Some(&last) = qc.last() else {
            return;
        };
        if !qc.iter().any(|&c| hangul::is_hangul(c)) {
            return;
        }
        let n = qc.len();
        if qc[..n - 1]
            .iter()
            .any(|&c| hangul::as_choseong(c).is_some())
        {
            // Initials inside the query: look up the initials form, then check each syllable given in full.
            let iq: String = qc.iter().map(|&c| hangul::initial(c)).collect();
            let st = &self.ini_starts;
            let lo = st.partition_point(|p| self.ini_suffix(*p) < iq.as_str());
            let hi = lo + st[lo..].partition_point(|p| self.ini_suffix(*p).starts_with(&iq));
            let all_initials = qc.iter().all(|&c| hangul::as_choseong(c).is_some());
            for (p, &rank) in st[lo..hi].iter().zip(&self.ini_rank[lo..hi]) {
                let len = if all_initials {
                    iq.len()
                } else {
                    match units_match(qc, self.suffix(*p)) {
                        Some(len) => len,
                        None => continue,
                    }
                };
                let off = p.off as usize;
                out.push(s.order(rank, p.off), || Cand::span(p.key, off, off + len));
            }
            return;
        }
        // Only the last unit is partial: every way it can grow is a range of syllables after a fixed prefix.
        let head: String = qc[..n - 1].iter().collect();
        for g in hangul::growths(last) {
            let mut lo_s = head.clone();
            lo_s.extend(g.lead);
            let mut hi_s = lo_s.clone();
            lo_s.push(g.lo);
            hi_s.push(g.hi);
            let span = lo_s.len();
            let text = |k: u32| self.text(k);
            let a = self.starts.partition_point(|&k| text(k) < lo_s.as_str());
            let b = self.starts.partition_point(|&k| text(k) < hi_s.as_str());
            self.scan_starts(a..b.max(a), span, None, s, out);
            let a = self
                .inner
                .partition_point(|p| self.suffix(*p) < lo_s.as_str());
            let b = self
                .inner
                .partition_point(|p| self.suffix(*p) < hi_s.as_str());
            self.scan_inner(a..b.max(a), span, None, s, out);
        }
    }

    fn substring(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let qs = q.f.compact.as_str();
        if q.chars.len() < 2 {
            return;
        }
        let mut best: Option<&[u32]> = None;
        for w in q.chars.windows(2) {
            let ids = match self.grams.get(&bigram(w[0], w[1])) {
                Some(&(st, e)) => self.gram_ids.get(st as usize..e as usize).unwrap_or(&[]),
                None => &[],
            };
            if best.is_none_or(|b| ids.len() < b.len()) {
                best = Some(ids);
            }
        }
        for &id in best.unwrap_or(&[]) {
            let Some(at) = self.vocab.word(id).find(qs) else {
                continue;
            };
            for p in self.terms.of(id..id + 1) {
                let k = self.key_by_rank[p.rank as usize];
                let w = self.word_range(k, p.word);
                let st = w.start as usize + at;
                out.push(s.order(p.rank, len32(st)), || {
                    Cand::span(k, st, st + qs.len())
                });
            }
        }
    }

    /// Word sets for typo matching: tokens of 4+ characters allow edits (the last one as a prefix, since it is
    /// still being typed); shorter ones must match literally. `None` when no token allows an edit.
    fn typo_sets(&self, q: &Query) -> Option<Vec<WordSet>> {
        let mut any = false;
        let n = q.tokens.len();
        let sets = q
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let chars: Vec<char> = t.chars().collect();
                let max = match chars.len() {
                    0..=3 => 0,
                    4..=7 => 1,
                    _ => 2,
                };
                if max == 0 || chars.len() > 64 {
                    return WordSet::range(self.vocab.prefix_range(t));
                }
                any = true;
                let prefix = i + 1 == n;
                let ranges = self.typo_cache.get_or((t.clone(), max, prefix), || {
                    self.vocab.fuzzy(&chars, max, prefix)
                });
                let mut set = WordSet {
                    ranges: ranges.as_ref().clone(),
                    fuzzy: true,
                };
                if i + 1 < n {
                    set.ranges.push(self.vocab.prefix_range(t));
                }
                set.normalized()
            })
            .collect();
        any.then_some(sets)
    }

    fn typo(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let Some(sets) = self.typo_sets(q) else {
            return;
        };
        if let [set] = sets.as_slice() {
            for p in set.ranges.iter().flat_map(|r| self.terms.of(r.clone())) {
                // The whole word is the span: the word matched only up to some edits.
                out.push(s.order(p.rank, 0), || {
                    let k = self.key_by_rank[p.rank as usize];
                    let w = self.word_range(k, p.word);
                    Cand::span(k, w.start as usize, w.end as usize)
                });
            }
            return;
        }
        self.in_order(q, &sets, s, out);
    }

    fn note(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let sets: Vec<WordSet> = q
            .tokens
            .iter()
            .map(|t| WordSet::range(self.vocab.prefix_range(t)))
            .collect();
        self.walk_candidates(&sets, &self.notes, |rank| {
            if out.refuses(s.best_order(rank)) {
                return false;
            }
            let k = self.key_by_rank[rank as usize];
            let ids = self.word_ids(k);
            let mut first: Option<(usize, usize)> = None;
            let all = sets.iter().enumerate().all(|(ti, set)| {
                let Some(j) = ids.iter().position(|&w| set.contains(w)) else {
                    return false;
                };
                if ti == 0 {
                    first = Some((j, q.tokens[0].len()));
                }
                true
            });
            if let (true, Some((j, tlen))) = (all, first) {
                let w = self.word_range(k, u16::try_from(j).unwrap_or(NONE16 - 1));
                let end = (w.start as usize + tlen).min(w.end as usize);
                out.push(s.order(rank, w.start), || {
                    Cand::span(k, w.start as usize, end)
                });
            }
            true
        });
    }

    fn hit(&self, kind: MatchKind, c: Cand, particle: bool) -> Hit {
        let k = &self.keys[c.key as usize];
        let original = self.original_text(k);
        let whole = || (0, len32(original.chars().count()));
        let (start, end) = if c.end == WHOLE {
            whole()
        } else {
            text::original_span(original, c.start, c.end).unwrap_or_else(whole)
        };
        let concept = self.key_concept[c.key as usize];
        Hit {
            concept,
            concept_id: self.concept_id(concept).to_owned(),
            kind,
            field: k.field,
            locale: self.locales[k.locale as usize].clone(),
            alt_index: (k.alt != NONE16).then_some(u32::from(k.alt)),
            start,
            end,
            particle_stripped: particle,
        }
    }
}

/// Matches query units against text (a suffix of a compact key): full syllables and other characters must be
/// equal, a lone initial matches any syllable with that initial, and the last unit may be half-typed.
/// Returns the number of bytes of `text` matched.
fn units_match(units: &[char], text: &str) -> Option<usize> {
    let mut it = text.char_indices().peekable();
    let n = units.len();
    for (i, &u) in units.iter().enumerate() {
        let (_, c) = it.next()?;
        if i + 1 == n && hangul::is_syllable(u) && c != u {
            let mut consumed_next = false;
            let ok = hangul::growths(u).iter().any(|g| match g.lead {
                None => (g.lo..g.hi).contains(&c),
                Some(lead) => {
                    let hit = c == lead
                        && it
                            .peek()
                            .is_some_and(|&(_, next)| (g.lo..g.hi).contains(&next));
                    consumed_next |= hit;
                    hit
                }
            });
            if !ok {
                return None;
            }
            if consumed_next {
                it.next();
            }
        } else if hangul::as_choseong(u).is_some() {
            if hangul::initial(c) != u && c != u {
                return None;
            }
        } else if c != u {
            return None;
        }
    }
    Some(it.peek().map_or(text.len(), |&(b, _)| b))
}

/// Collects the best hit per concept, kind by kind.
struct Collector<'a> {
    index: &'a Index,
    limit: usize,
    taken: FxHashSet<u32>,
    out: Vec<(MatchKind, Cand, bool)>,
    particle: bool,
}

impl Collector<'_> {
    fn full(&self) -> bool {
        self.out.len() >= self.limit
    }

    /// Runs one kind's lookup and adds its best new concepts until `limit`. The lookup pushes into a sink
    /// that keeps only the best few candidates (so a query matching 50,000 keys allocates nothing big);
    /// when concepts already taken or repeated use those up and more were dropped, the lookup runs again
    /// keeping more.
    fn offer(&mut self, kind: MatchKind, find: impl Fn(&mut Sink)) {
        let need = self.limit.saturating_sub(self.out.len());
        let mut keep = need.saturating_mul(2).saturating_add(8);
        loop {
            let mut sink = Sink::new(keep);
            find(&mut sink);
            let dropped = sink.dropped;
            let best = sink.finish();
            let mut fresh: Vec<(Cand, u32)> = Vec::new();
            let mut seen: FxHashSet<u32> = FxHashSet::default();
            for c in best {
                if fresh.len() >= need {
                    break;
                }
                let concept = self.index.key_concept[c.key as usize];
                if !self.taken.contains(&concept) && seen.insert(concept) {
                    fresh.push((c, concept));
                }
            }
            if fresh.len() >= need || !dropped {
                for (c, concept) in fresh {
                    self.taken.insert(concept);
                    self.out.push((kind, c, self.particle));
                }
                return;
            }
            keep = keep.saturating_mul(8);
        }
    }
}
