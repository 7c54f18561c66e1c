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
//! match; among equals the current session's concepts first, then — for an exact, prefix or word-prefix
//! match of a query typed with a capital — the texts whose letters have the query's capitals ("Anti" puts
//! "Anti-Corruption Secretariat" before "anti-corruption law"; a query without capitals says nothing
//! about case), then shorter texts (the text that matched), then alphabetical (folded), then pack order.
//! Kinds are looked up best first and the lookup stops once `limit` concepts are certain, which is what
//! keeps short, common queries ("s", "ㅈ") cheap. A Korean particle at the end of a word ("정부가") is
//! stripped as a fallback when the query as typed has no exact match; those hits come after the others
//! and say so ([`Hit::particle_stripped`]).
//!
//! This root holds the index's private layout, which every module reads; `build` writes it, `lookup` holds
//! one lookup per match kind, `rank` decides what "best" means, `query` is the folded query, `acronym` the
//! initials both sides share, and `text`, `hangul`, `vocab` and `sort` what stands alone.

mod acronym;
mod build;
mod entry;
mod hangul;
mod lookup;
mod query;
mod rank;
mod small_map;
pub mod snapshot;
mod sort;
mod text;
mod vocab;

use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::VecDeque;
use std::ops::Range;
use std::sync::{Arc, Mutex};
use ts_rs::TS;
use vocab::Vocab;

pub use entry::{Entry, PlainEntry, Text};
pub use hangul::{is_hangul, strip_particle};
pub use small_map::SmallMap;
/// The keys of a [`SmallMap`].
pub use smol_str::SmolStr;
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

/// A word occurrence: word `word` (`NONE16`: the whole compact key, for Korean spacing) of the key of
/// static rank `rank`. The rank rather than the key number, because the multi-word lookups mark the keys
/// of tens of thousands of postings at a time by rank, and reading `key_rank` for each was a cache miss
/// per posting (60 % of that marking at a million concepts). The builder holds key numbers here until
/// the ranks are known (`Index::set_orders`).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(test, derive(PartialEq))]
struct Posting {
    rank: u32,
    word: u16,
}

/// Postings grouped by word id: `items[offs[w]..offs[w + 1]]`, each group in rank order.
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
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn bigram(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}
