//! Glossary search: find a concept from a few keystrokes in either script, and say exactly what matched.
//!
//! In the booth an interpreter has a second, not a minute, and merged glossaries reach 100,000 concepts, so
//! everything that can be decided ahead of time is decided once, when the pack loads ([`Index::build`]):
//! every term, acronym, other rendering and note of every locale becomes a *key*, folded into a compact form
//! (see `text`), and sorted several ways so that each kind of match is a binary search, not a scan:
//!
//! | match kind      | looked up in                                                       |
//! |-----------------|--------------------------------------------------------------------|
//! | exact, prefix   | keys sorted by their compact text                                  |
//! | word prefix     | word starts sorted by the text that follows; words of multi-word queries |
//! | acronym         | initials of multi-word keys (SDGs → Sustainable Development Goals), and the initials of a multi-word query (→ SDGs) |
//! | initials (초성)  | half-typed Hangul as code-point ranges (see `hangul`); ㅈㅅㄱㄴ via word starts sorted by initials |
//! | substring       | character bigrams of the vocabulary                                |
//! | typo            | the vocabulary walked as a trie with an edit-distance row (see `vocab`) |
//! | note            | words of notes                                                     |
//!
//! Ranking is deterministic: exact > prefix > word prefix > acronym > initials > substring > typo > note
//! match; among equals the current session's concepts first, then shorter texts (the text that matched),
//! then alphabetical (folded), then pack order. Kinds are looked up best first and the lookup stops once
//! `limit` concepts are certain, which is what keeps short, common queries ("s", "ㅈ") cheap. A Korean
//! particle at the end of a word ("정부가") is stripped as a fallback when the query as typed has no exact
//! match; those hits come after the others and say so ([`Hit::particle_stripped`]).
//!
//! Why one file of this size: every lookup (one per match kind) reads the same private index layout, and the
//! ranking that merges them must see them all; `build`, `text`, `hangul`, `vocab` and `sort` hold what can stand alone.

mod build;
mod entry;
mod hangul;
pub mod snapshot;
mod sort;
mod text;
mod vocab;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::VecDeque;
use std::ops::Range;
use std::sync::{Arc, Mutex};
use text::{fold_query, Folded};
use ts_rs::TS;
use vocab::Vocab;

pub use entry::{Entry, PlainEntry, Text};
pub use hangul::{is_hangul, strip_particle};
pub use text::fold;

/// Which part of a concept matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Field {
    Term,
    Abbr,
    Alt,
    Note,
}

/// How a query matched, best first; the order is the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum MatchKind {
    /// The whole field, ignoring case, accents, spacing and punctuation.
    Exact,
    /// The field starts with the query.
    Prefix,
    /// A later word starts with the query, or each query word starts a word, in order ("dig trans").
    WordPrefix,
    /// The query is the acronym of the field (SDGs → Sustainable Development Goals) or the field is the
    /// acronym of the query.
    Acronym,
    /// Korean initial consonants (ㅈㅅㄱㄴ → 지속가능), mixed (지ㅅ) or a half-typed last syllable (디짙 → 디지털).
    Initials,
    /// Somewhere inside a word.
    Substring,
    /// Within one edit of a word of 4+ letters, two of 8+ (transpositions count as one).
    Typo,
    /// In a note, below every match on a term.
    Note,
}

/// One result: a concept and the span that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Hit {
    /// Position of the concept in the slice the index was built from ([`Index::build`]).
    pub concept: u32,
    pub concept_id: String,
    pub kind: MatchKind,
    pub field: Field,
    pub locale: String,
    /// For `alt`, which of the renderings matched.
    pub alt_index: Option<u32>,
    /// Matched span in Unicode scalar values (characters) of the field's text, end exclusive.
    pub start: u32,
    pub end: u32,
    /// Found only after stripping a Korean particle from the query (정부가 → 정부); such hits follow all others.
    pub particle_stripped: bool,
}

/// "No alternative index", and "the posting is the whole compact key, not one word".
const NONE16: u16 = u16::MAX;
/// A span end meaning "the whole field" (acronym matches have no contiguous span).
const WHOLE: u32 = u32::MAX;
/// `Key::ini` of keys without Hangul.
const NO_INI: u32 = u32::MAX;

/// One searchable string of one concept. Its concept and rank live in `Index::key_concept` and
/// `Index::key_rank`: ranking touches only those, so they are kept dense.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(test, derive(PartialEq))]
struct Key {
    /// Byte range of the compact folded text in `Index::folded`.
    text: u32,
    len: u32,
    /// Byte range of the original text in `Index::original`.
    orig: u32,
    orig_len: u32,
    /// Range in `word_id` / `word_at`.
    words: u32,
    nwords: u16,
    alt: u16,
    /// Start of the initials form in `Index::initials` (same byte length as `text`), or `NO_INI`.
    ini: u32,
    field: Field,
    locale: u8,
}

/// A position in a key: `off` is a byte offset into its compact text.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(test, derive(PartialEq))]
struct Pos {
    key: u32,
    off: u32,
}

/// A word occurrence: word `word` of key `key` (`NONE16`: the whole compact key, for Korean spacing).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(test, derive(PartialEq))]
struct Posting {
    key: u32,
    word: u16,
}

/// Postings grouped by word id: `items[offs[w]..offs[w + 1]]`, each group in key order.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
struct Postings {
    offs: Vec<u32>,
    items: Vec<Posting>,
}

impl Postings {
    fn of(&self, words: Range<u32>) -> &[Posting] {
        let s = self.offs.get(words.start as usize).copied().unwrap_or(0) as usize;
        let e = self.offs.get(words.end as usize).copied().unwrap_or(0) as usize;
        self.items.get(s..e).unwrap_or(&[])
    }
}

/// Strings tagged with a key, sorted by string (acronyms, short forms), in one buffer.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
struct Tagged {
    text: String,
    /// (start, end, key), sorted by `text[start..end]`.
    items: Vec<(u32, u32, u32)>,
}

impl Tagged {
    fn str(&self, i: usize) -> &str {
        self.items
            .get(i)
            .and_then(|&(s, e, _)| self.text.get(s as usize..e as usize))
            .unwrap_or("")
    }

    fn prefixed(&self, p: &str) -> Range<usize> {
        let lo = partition_usize(0, self.items.len(), |i| self.str(i) < p);
        let hi = partition_usize(lo, self.items.len(), |i| self.str(i).starts_with(p));
        lo..hi
    }

    fn equal(&self, p: &str) -> Range<usize> {
        let r = self.prefixed(p);
        r.start..partition_usize(r.start, r.end, |i| self.str(i).len() == p.len())
    }

    fn keys(&self, r: Range<usize>) -> impl Iterator<Item = u32> + '_ {
        self.items[r].iter().map(|&(_, _, k)| k)
    }
}

fn partition_usize(mut lo: usize, mut hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The search index of one glossary, built once when the pack loads ([`Index::build`]).
#[derive(Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Index {
    keys: Vec<Key>,
    key_concept: Vec<u32>,
    /// Position in the static order: shorter original text, then alphabetical (folded), then pack order.
    key_rank: Vec<u32>,
    /// The inverse of `key_rank`: the key at each rank.
    key_by_rank: Vec<u32>,
    folded: String,
    original: String,
    initials: String,
    word_id: Vec<u32>,
    word_at: Vec<u32>,
    /// Concept ids back to back: id `i` is `concept_ids[concept_id_at[i]..concept_id_at[i + 1]]`.
    concept_ids: String,
    concept_id_at: Vec<u32>,
    sessions: Vec<String>,
    /// Per session: the keys of its concepts.
    session_keys: Vec<Vec<u32>>,
    locales: Vec<String>,
    /// Term, abbreviation and alternative keys by compact text, with their ranks alongside.
    starts: Vec<u32>,
    starts_rank: Vec<u32>,
    /// Word starts after the first, by the compact text from there on.
    inner: Vec<Pos>,
    inner_rank: Vec<u32>,
    /// Word starts of Hangul keys, by the initials form from there on.
    ini_starts: Vec<Pos>,
    ini_rank: Vec<u32>,
    vocab: Vocab,
    terms: Postings,
    notes: Postings,
    /// Character bigram → vocabulary ids containing it (`gram_ids[start..end]`).
    grams: FxHashMap<u64, (u32, u32)>,
    gram_ids: Vec<u32>,
    /// Initials of multi-word keys (SDG for Sustainable Development Goals).
    acronyms: Tagged,
    /// Terms and renderings that are acronyms themselves (PPPs), with and without a plural s.
    short_forms: Tagged,
    typo_cache: TypoCache,
}

/// The last typo sets computed. Typing "legislative le", "legislative lea", … asks for the same set of
/// words near "legislative" on every keystroke, and that walk over the vocabulary is the costliest step of
/// a query; the sets depend only on the index, so a few recent ones are kept.
#[derive(Default)]
struct TypoCache(Mutex<VecDeque<TypoEntry>>);

type TypoEntry = ((String, u8, bool), Arc<Vec<Range<u32>>>);

impl TypoCache {
    const SIZE: usize = 32;

    fn get_or(
        &self,
        key: (String, u8, bool),
        make: impl FnOnce() -> Vec<Range<u32>>,
    ) -> Arc<Vec<Range<u32>>> {
        // A poisoned lock only means another search panicked mid-update; the cache is then skipped.
        if let Ok(c) = self.0.lock() {
            if let Some((_, v)) = c.iter().find(|(k, _)| *k == key) {
                return Arc::clone(v);
            }
        }
        let v = Arc::new(make());
        if let Ok(mut c) = self.0.lock() {
            if c.len() >= Self::SIZE {
                c.pop_front();
            }
            c.push_back((key, Arc::clone(&v)));
        }
        v
    }
}

impl Clone for TypoCache {
    fn clone(&self) -> Self {
        TypoCache::default()
    }
}

/// Two indexes are equal whatever their caches hold.
#[cfg(test)]
impl PartialEq for TypoCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("concepts", &self.len())
            .field("keys", &self.keys.len())
            .field("words", &self.vocab.len())
            .finish_non_exhaustive()
    }
}

/// English words left out of acronyms ("Organisation for Economic Co-operation and Development" → OECD).
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// Sets `out` to the acronyms a multi-word text may go by: initials of every word or of every word but
/// stopwords, with hyphenated compounds counted as one word or as several (PPPP = Public-Private-People
/// Partnerships, but OECD = … Co-operation …). Korean text has no such acronyms. `out`'s strings are
/// reused, since the build calls this for every key.
fn acronym_forms(f: &Folded, out: &mut Vec<String>) {
    let n = f.word_starts.len();
    let mut k = 0;
    if n >= 2 && !f.hangul {
        for joined_as_one in [false, true] {
            for skip_stop in [false, true] {
                if out.len() <= k {
                    out.push(String::new());
                }
                let mut s = std::mem::take(&mut out[k]);
                s.clear();
                for i in 0..n {
                    if joined_as_one && f.joined[i] {
                        continue;
                    }
                    let w = &f.compact[f.word(i)];
                    if skip_stop && STOPWORDS.contains(&w) {
                        continue;
                    }
                    s.extend(w.chars().next());
                }
                let fresh = s.chars().count() >= 2 && !out[..k].contains(&s);
                out[k] = s;
                if fresh {
                    k += 1;
                }
            }
        }
    }
    out.truncate(k);
}

impl Index {
    fn text(&self, k: u32) -> &str {
        let k = &self.keys[k as usize];
        self.folded
            .get(k.text as usize..(k.text + k.len) as usize)
            .unwrap_or("")
    }

    fn suffix(&self, p: Pos) -> &str {
        self.text(p.key).get(p.off as usize..).unwrap_or("")
    }

    fn ini_suffix(&self, p: Pos) -> &str {
        let k = &self.keys[p.key as usize];
        if k.ini == NO_INI {
            return "";
        }
        self.initials
            .get((k.ini + p.off) as usize..(k.ini + k.len) as usize)
            .unwrap_or("")
    }

    fn original_text(&self, k: &Key) -> &str {
        self.original
            .get(k.orig as usize..(k.orig + k.orig_len) as usize)
            .unwrap_or("")
    }

    fn concept_id(&self, c: u32) -> &str {
        let i = c as usize;
        match (self.concept_id_at.get(i), self.concept_id_at.get(i + 1)) {
            (Some(&s), Some(&e)) => self.concept_ids.get(s as usize..e as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// Byte range of word `i` of key `k` in its compact text (`NONE16`: the whole text).
    fn word_range(&self, k: u32, i: u16) -> Range<u32> {
        let key = &self.keys[k as usize];
        if i == NONE16 || i >= key.nwords {
            return 0..key.len;
        }
        let s = self.word_at[(key.words + u32::from(i)) as usize];
        let e = if i + 1 < key.nwords {
            self.word_at[(key.words + u32::from(i) + 1) as usize]
        } else {
            key.len
        };
        s..e
    }

    fn word_ids(&self, k: u32) -> &[u32] {
        let key = &self.keys[k as usize];
        &self.word_id[key.words as usize..key.words as usize + key.nwords as usize]
    }

    /// Number of concepts indexed.
    pub fn len(&self) -> usize {
        self.concept_id_at.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Best hit per concept, ranked, at most `limit`. `session` puts that session's concepts first among
    /// equals. Never panics, whatever the query; an empty or separator-only query finds nothing.
    pub fn search(&self, query: &str, limit: usize, session: Option<&str>) -> Vec<Hit> {
        let q = Query::new(fold_query(query));
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

    fn scan_starts(&self, r: Range<usize>, span: usize, s: &Scorer, out: &mut Sink) {
        for (&k, &rank) in self.starts[r.clone()].iter().zip(&self.starts_rank[r]) {
            out.push(s.order(k, rank, 0), || Cand::span(k, 0, span));
        }
    }

    fn scan_inner(&self, r: Range<usize>, span: usize, s: &Scorer, out: &mut Sink) {
        for (p, &rank) in self.inner[r.clone()].iter().zip(&self.inner_rank[r]) {
            let off = p.off as usize;
            out.push(s.order(p.key, rank, p.off), || {
                Cand::span(p.key, off, off + span)
            });
        }
    }

    fn exact(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let (r, eq) = self.starts_with(&q.f.compact);
        self.scan_starts(r.start..eq, q.f.compact.len(), s, out);
    }

    fn prefix(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let (r, eq) = self.starts_with(&q.f.compact);
        self.scan_starts(eq..r.end, q.f.compact.len(), s, out);
    }

    fn word_prefix(&self, q: &Query, s: &Scorer, out: &mut Sink) {
        let qs = q.f.compact.as_str();
        let lo = self.inner.partition_point(|p| self.suffix(*p) < qs);
        let hi = lo + self.inner[lo..].partition_point(|p| self.suffix(*p).starts_with(qs));
        self.scan_inner(lo..hi, qs.len(), s, out);
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
                keys.insert(self.key_rank[p.key as usize]);
            }
        }
        keys
    }

    /// Keys that may match every set: the rarest set's keys, intersected with the next rarest while that is
    /// cheaper than checking each candidate. A set over ranks rather than a sorted list: marking costs one
    /// write per posting where sorting cost most of a query's time, and the keys come out best first, so
    /// the caller can stop as soon as no later key can make the results.
    fn candidates(&self, sets: &[WordSet], postings: &Postings) -> RankSet {
        let mut by_count: Vec<(usize, &WordSet)> =
            sets.iter().map(|w| (w.count(postings), w)).collect();
        by_count.sort_by_key(|e| e.0);
        let Some(&(_, rarest)) = by_count.first() else {
            return RankSet::new(0);
        };
        let mut keys = self.keys_with(rarest, postings);
        let mut len = keys.len();
        for &(n, set) in &by_count[1..] {
            if len == 0 || n > 16 * len.max(64) {
                break;
            }
            keys.intersect(&self.keys_with(set, postings));
            len = keys.len();
        }
        keys
    }

    /// Keys whose words match every set in order (greedy leftmost, which finds a match whenever one exists).
    fn in_order(&self, q: &Query, sets: &[WordSet], s: &Scorer, out: &mut Sink) {
        for rank in self.candidates(sets, &self.terms).iter() {
            if out.refuses(s.best_order(rank)) {
                break;
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
                out.push(s.order(k, rank, st), || {
                    Cand::span(k, st as usize, e as usize)
                });
            }
        }
    }

    fn whole(&self, k: u32, s: &Scorer, out: &mut Sink) {
        out.push(s.order(k, self.key_rank[k as usize], 0), || Cand::whole(k));
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
                out.push(s.order(p.key, rank, p.off), || {
                    Cand::span(p.key, off, off + len)
                });
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
            self.scan_starts(a..b.max(a), span, s, out);
            let a = self
                .inner
                .partition_point(|p| self.suffix(*p) < lo_s.as_str());
            let b = self
                .inner
                .partition_point(|p| self.suffix(*p) < hi_s.as_str());
            self.scan_inner(a..b.max(a), span, s, out);
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
                let w = self.word_range(p.key, p.word);
                let st = w.start as usize + at;
                out.push(
                    s.order(p.key, self.key_rank[p.key as usize], len32(st)),
                    || Cand::span(p.key, st, st + qs.len()),
                );
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
                out.push(s.order(p.key, self.key_rank[p.key as usize], 0), || {
                    let w = self.word_range(p.key, p.word);
                    Cand::span(p.key, w.start as usize, w.end as usize)
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
        for rank in self.candidates(&sets, &self.notes).iter() {
            if out.refuses(s.best_order(rank)) {
                break;
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
                out.push(s.order(k, rank, w.start), || {
                    Cand::span(k, w.start as usize, end)
                });
            }
        }
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

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn bigram(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
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

/// A folded query and its words.
struct Query {
    f: Folded,
    chars: Vec<char>,
    tokens: Vec<String>,
}

impl Query {
    fn new(f: Folded) -> Query {
        let chars = f.compact.chars().collect();
        let tokens = (0..f.word_starts.len())
            .map(|i| f.compact[f.word(i)].to_owned())
            .collect();
        Query { f, chars, tokens }
    }

    /// The query with a particle stripped from each Korean word that ends with one, if any did.
    fn without_particles(&self) -> Option<Query> {
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
struct WordSet {
    ranges: Vec<Range<u32>>,
    /// Matched with edits: spans cover whole words.
    fuzzy: bool,
}

impl WordSet {
    fn range(r: Range<u32>) -> WordSet {
        WordSet {
            ranges: vec![r],
            fuzzy: false,
        }
    }

    /// Sorts and merges the ranges, so that [`WordSet::contains`] can binary-search them (a typo set has
    /// hundreds of ranges, and the in-order check asks about every word of every candidate key).
    fn normalized(mut self) -> WordSet {
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

    fn contains(&self, id: u32) -> bool {
        let i = self.ranges.partition_point(|r| r.start <= id);
        i > 0 && self.ranges[i - 1].contains(&id)
    }

    fn count(&self, p: &Postings) -> usize {
        self.ranges.iter().map(|r| p.of(r.clone()).len()).sum()
    }
}

/// A match before ranking: a key and a byte span of its compact text (`end == WHOLE`: the whole field).
#[derive(Debug, Clone, Copy)]
struct Cand {
    key: u32,
    start: u32,
    end: u32,
}

impl Cand {
    fn span(key: u32, start: usize, end: usize) -> Cand {
        Cand {
            key,
            start: len32(start),
            end: len32(end),
        }
    }

    fn whole(key: u32) -> Cand {
        Cand {
            key,
            start: 0,
            end: WHOLE,
        }
    }
}

/// Turns (key, rank, span start) into one sortable number: outside-the-session bit, static rank, start.
struct Scorer {
    /// Keys of the current session's concepts, as a bitset (`None`: no session or an unknown one).
    session: Option<Vec<u64>>,
}

impl Scorer {
    fn new(index: &Index, session: Option<&str>) -> Scorer {
        let keys = session
            .and_then(|s| index.sessions.iter().position(|n| n == s))
            .and_then(|i| index.session_keys.get(i));
        Scorer {
            session: keys.map(|keys| {
                let mut bits = vec![0u64; index.keys.len().div_ceil(64)];
                for &k in keys {
                    bits[k as usize / 64] |= 1 << (k % 64);
                }
                bits
            }),
        }
    }

    /// The best order any key of this rank can have (in the session, span at the start).
    fn best_order(&self, rank: u32) -> u64 {
        (u64::from(self.session.is_none()) << 63) | (u64::from(rank) << 24)
    }

    fn order(&self, key: u32, rank: u32, start: u32) -> u64 {
        let outside = self
            .session
            .as_ref()
            .is_none_or(|b| b[key as usize / 64] & (1 << (key % 64)) == 0);
        (u64::from(outside) << 63) | (u64::from(rank) << 24) | u64::from(start.min(0xFF_FFFF))
    }
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

/// Keeps the `keep` smallest candidates pushed into it, in bounded memory: when its buffer fills, a
/// selection halves it and raises the bar that later candidates must pass.
struct Sink {
    keep: usize,
    buf: Vec<(u64, Cand)>,
    /// Candidates ordered at or after this cannot make it.
    bar: u64,
    /// Whether any candidate was left out.
    dropped: bool,
}

impl Sink {
    fn new(keep: usize) -> Sink {
        Sink {
            keep: keep.max(1),
            buf: Vec::new(),
            bar: u64::MAX,
            dropped: false,
        }
    }

    /// Whether a candidate of this order (and so every later one, when candidates come best first) can
    /// no longer be kept; counts as dropping it.
    fn refuses(&mut self, order: u64) -> bool {
        let no = order >= self.bar;
        self.dropped |= no;
        no
    }

    /// Offers a candidate; `make` runs only if it may be kept.
    fn push(&mut self, order: u64, make: impl FnOnce() -> Cand) {
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
    fn finish(mut self) -> Vec<Cand> {
        self.shrink();
        self.buf.sort_unstable_by_key(|e| e.0);
        self.buf.into_iter().map(|e| e.1).collect()
    }
}

/// A set of keys by static rank, as a bitset: built in one pass over postings, iterated best first.
struct RankSet {
    bits: Vec<u64>,
}

impl RankSet {
    fn new(keys: usize) -> RankSet {
        RankSet {
            bits: vec![0; keys.div_ceil(64)],
        }
    }

    fn insert(&mut self, rank: u32) {
        if let Some(w) = self.bits.get_mut(rank as usize / 64) {
            *w |= 1 << (rank % 64);
        }
    }

    fn intersect(&mut self, other: &RankSet) {
        for (a, b) in self.bits.iter_mut().zip(&other.bits) {
            *a &= b;
        }
    }

    fn len(&self) -> usize {
        self.bits.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The ranks in the set, ascending (best first).
    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.bits.iter().enumerate().flat_map(|(i, &w)| {
            let base = len32(i * 64);
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros();
                w &= w - 1;
                Some(base + b)
            })
        })
    }
}
