//! Glossary search: find a concept from a few keystrokes in either script, and say exactly what matched.
//!
//! Every searchable string (terms, acronyms, other renderings, notes; every locale) is folded once at load
//! time — Unicode NFKC plus lowercase — keeping a map back to the characters the user sees, so each hit
//! carries the span to highlight. Ranking is deterministic: exact > prefix > word-prefix > acronym >
//! substring > note; ties go to the current session's concepts, then shorter terms, then alphabetical.

use crate::glossary::Concept;
use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

/// Which part of a concept matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Field {
    Term,
    Abbr,
    Alt,
    Note,
}

/// How a query matched, best first; the order is the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum MatchKind {
    Exact,
    Prefix,
    WordPrefix,
    Acronym,
    Substring,
    Note,
}

/// One result: a concept and the span that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Hit {
    /// Index into [`crate::Pack::glossary`].
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
}

#[derive(Debug, Clone)]
struct Key {
    concept: u32,
    field: Field,
    locale: String,
    alt_index: Option<u32>,
    /// Folded text.
    folded: Vec<char>,
    /// For each folded char, the index of the original char it came from.
    origin: Vec<u32>,
    /// Length of the original text, in chars (for the span end of the last char).
    original_len: u32,
}

/// The search index of one glossary, built once when the pack loads.
#[derive(Debug, Clone, Default)]
pub struct Index {
    keys: Vec<Key>,
    /// Per concept: its preferred term in the reference locale, folded (tie-breaks) and its sessions.
    concepts: Vec<(String, String, Vec<String>)>,
}

impl Index {
    pub fn build(glossary: &[Concept]) -> Index {
        let mut keys = Vec::new();
        let mut concepts = Vec::with_capacity(glossary.len());
        for (ci, c) in glossary.iter().enumerate() {
            let ci = u32::try_from(ci).unwrap_or(u32::MAX);
            let mut push = |field: Field, locale: &str, alt_index: Option<u32>, text: &str| {
                let (folded, origin) = fold_with_origin(text);
                if !folded.is_empty() {
                    keys.push(Key {
                        concept: ci,
                        field,
                        locale: locale.to_owned(),
                        alt_index,
                        folded,
                        origin,
                        original_len: u32::try_from(text.chars().count()).unwrap_or(u32::MAX),
                    });
                }
            };
            for (loc, t) in &c.term {
                push(Field::Term, loc, None, t);
            }
            for (loc, t) in &c.abbr {
                push(Field::Abbr, loc, None, t);
            }
            for (loc, list) in &c.alt {
                for (i, t) in list.iter().enumerate() {
                    push(
                        Field::Alt,
                        loc,
                        Some(u32::try_from(i).unwrap_or(u32::MAX)),
                        t,
                    );
                }
            }
            for (loc, t) in &c.note {
                push(Field::Note, loc, None, t);
            }
            let first_term = c.term.values().next().cloned().unwrap_or_default();
            concepts.push((c.id.clone(), fold(&first_term), c.sessions.clone()));
        }
        Index { keys, concepts }
    }

    /// Best hit per concept, ranked, at most `limit`. `session` puts that session's concepts first among equals.
    pub fn search(&self, query: &str, limit: usize, session: Option<&str>) -> Vec<Hit> {
        let q: Vec<char> = fold(query).chars().collect();
        let q = trim_chars(&q);
        if q.is_empty() {
            return Vec::new();
        }
        let mut best: Vec<Option<(MatchKind, usize)>> = vec![None; self.concepts.len()];
        let mut spans: Vec<(u32, u32)> = vec![(0, 0); self.keys.len()];
        for (ki, key) in self.keys.iter().enumerate() {
            let Some((kind, at)) = match_key(key, q) else {
                continue;
            };
            let start = key.origin[at];
            let end = key
                .origin
                .get(at + q.len())
                .copied()
                .unwrap_or(key.original_len);
            spans[ki] = (start, end);
            let slot = &mut best[key.concept as usize];
            if slot.is_none_or(|(k, _)| kind < k) {
                *slot = Some((kind, ki));
            }
        }
        let mut hits: Vec<(MatchKind, usize)> = best.into_iter().flatten().collect();
        let in_session = |ci: u32| -> bool {
            session.is_some_and(|s| self.concepts[ci as usize].2.iter().any(|x| x == s))
        };
        hits.sort_by(|a, b| {
            let (ca, cb) = (self.keys[a.1].concept, self.keys[b.1].concept);
            let (ta, tb) = (&self.concepts[ca as usize].1, &self.concepts[cb as usize].1);
            a.0.cmp(&b.0)
                .then(in_session(cb).cmp(&in_session(ca)))
                .then(ta.chars().count().cmp(&tb.chars().count()))
                .then(ta.cmp(tb))
                .then(ca.cmp(&cb))
        });
        hits.truncate(limit);
        hits.into_iter()
            .map(|(kind, ki)| {
                let key = &self.keys[ki];
                Hit {
                    concept: key.concept,
                    concept_id: self.concepts[key.concept as usize].0.clone(),
                    kind,
                    field: key.field,
                    locale: key.locale.clone(),
                    alt_index: key.alt_index,
                    start: spans[ki].0,
                    end: spans[ki].1,
                }
            })
            .collect()
    }
}

fn match_key(key: &Key, q: &[char]) -> Option<(MatchKind, usize)> {
    let t = &key.folded;
    let at = find(t, q)?;
    let kind = if key.field == Field::Note {
        MatchKind::Note
    } else if key.field == Field::Abbr {
        if t.len() == q.len() {
            MatchKind::Exact
        } else {
            MatchKind::Acronym
        }
    } else if t.len() == q.len() {
        MatchKind::Exact
    } else if at == 0 {
        MatchKind::Prefix
    } else if let Some(w) = find_word_start(t, q) {
        return Some((MatchKind::WordPrefix, w));
    } else {
        MatchKind::Substring
    };
    Some((kind, at))
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

fn find_word_start(hay: &[char], needle: &[char]) -> Option<usize> {
    (1..=hay.len().saturating_sub(needle.len()))
        .find(|&i| !hay[i - 1].is_alphanumeric() && hay[i..i + needle.len()] == *needle)
}

fn trim_chars(s: &[char]) -> &[char] {
    let start = s.iter().position(|c| !c.is_whitespace()).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(start, |e| e + 1);
    &s[start..end]
}

/// The folding applied to both keys and queries: NFKC, then lowercase.
pub fn fold(s: &str) -> String {
    s.nfkc().flat_map(char::to_lowercase).collect()
}

/// Folds `text` char by char, remembering which original char each folded char comes from. Pack text is
/// already composed (NFC) by the loader, so per-char folding equals whole-string folding here.
fn fold_with_origin(text: &str) -> (Vec<char>, Vec<u32>) {
    let mut folded = Vec::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, ch) in text.chars().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        for f in std::iter::once(ch).nfkc().flat_map(char::to_lowercase) {
            folded.push(f);
            origin.push(i);
        }
    }
    (folded, origin)
}
