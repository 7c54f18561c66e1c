//! The index as bytes, so a caller can keep a built index on disk and restore it instead of building it
//! again: at 100,000 concepts a build costs ~270 ms of two cores, reading it back ~30 ms.
//!
//! The layout is this crate's own: every array as a little-endian length and its items, in field order
//! ([`Index::write_to`]). It has no version of its own; [`FORMAT`] changes whenever the layout or the
//! meaning of any field changes, and a caller stores it beside the bytes and rebuilds on a mismatch.
//! Reading never trusts the bytes: a short or malformed buffer is an error, and every number that the
//! lookups use as a position is checked against what it points into ([`Index::read_from`]), so even bytes
//! that pass the caller's checksum by accident cannot make a search panic or point outside the glossary.
//! Integrity (checksums, atomic files) and *when* an index is stale belong to the caller: the engine knows
//! no files.
//!
//! This module is the index's layout; the byte stream it is written in (numbers, arrays, records) is
//! `bytes`.

mod bytes;

pub use bytes::{Corrupt, Reader, Writer};

use crate::vocab::Vocab;
use crate::{Field, Index, Key, Pos, Posting, Postings, Tagged, TypoCache};
use bytes::{le16, le32};
use rustc_hash::FxHashMap;

/// Changes whenever the byte layout or the index's build changes what it stores.
pub const FORMAT: u32 = 2;

fn field_code(f: Field) -> u8 {
    match f {
        Field::Term => 0,
        Field::Abbr => 1,
        Field::Alt => 2,
        Field::Note => 3,
    }
}

fn field_of(c: u8) -> Result<Field, Corrupt> {
    Ok(match c {
        0 => Field::Term,
        1 => Field::Abbr,
        2 => Field::Alt,
        3 => Field::Note,
        _ => return Err(Corrupt("field")),
    })
}

const KEY_BYTES: usize = 4 * 6 + 2 * 2 + 2;

fn write_keys(w: &mut Writer<'_>, keys: &[Key]) {
    w.len(keys.len());
    for k in keys {
        for v in [k.text, k.len, k.orig, k.orig_len, k.words, k.ini] {
            w.u32(v);
        }
        w.u16(k.nwords);
        w.u16(k.alt);
        w.u8(field_code(k.field));
        w.u8(k.locale);
    }
}

fn read_keys(r: &mut Reader<'_>) -> Result<Vec<Key>, Corrupt> {
    r.records(KEY_BYTES, |c| {
        Ok(Key {
            text: le32(c, 0),
            len: le32(c, 4),
            orig: le32(c, 8),
            orig_len: le32(c, 12),
            words: le32(c, 16),
            ini: le32(c, 20),
            nwords: le16(c, 24),
            alt: le16(c, 26),
            field: field_of(c[28])?,
            locale: c[29],
        })
    })
}

fn write_pos(w: &mut Writer<'_>, v: &[Pos]) {
    w.len(v.len());
    for p in v {
        w.u32(p.key);
        w.u32(p.off);
    }
}

fn read_pos(r: &mut Reader<'_>) -> Result<Vec<Pos>, Corrupt> {
    r.records(8, |c| {
        Ok(Pos {
            key: le32(c, 0),
            off: le32(c, 4),
        })
    })
}

fn write_postings(w: &mut Writer<'_>, p: &Postings) {
    w.u32s(&p.offs);
    w.len(p.items.len());
    for it in &p.items {
        w.u32(it.rank);
        w.u16(it.word);
    }
}

fn read_postings(r: &mut Reader<'_>) -> Result<Postings, Corrupt> {
    let offs = r.u32s()?;
    let items = r.records(6, |c| {
        Ok(Posting {
            rank: le32(c, 0),
            word: le16(c, 4),
        })
    })?;
    Ok(Postings { offs, items })
}

fn write_tagged(w: &mut Writer<'_>, t: &Tagged) {
    w.str(&t.text);
    w.len(t.items.len());
    for &(s, e, k) in &t.items {
        w.u32(s);
        w.u32(e);
        w.u32(k);
    }
}

fn read_tagged(r: &mut Reader<'_>) -> Result<Tagged, Corrupt> {
    let text = r.string()?;
    let items = r.records(12, |c| Ok((le32(c, 0), le32(c, 4), le32(c, 8))))?;
    Ok(Tagged { text, items })
}

impl Index {
    /// Appends the index's bytes ([`FORMAT`]) to `w`. The typo cache is not stored (it refills as queries
    /// come).
    pub fn write_to(&self, w: &mut Writer<'_>) {
        write_keys(w, &self.keys);
        w.u32s(&self.key_concept);
        w.u32s(&self.key_rank);
        w.u32s(&self.key_by_rank);
        w.str(&self.folded);
        w.str(&self.original);
        w.str(&self.initials);
        w.u32s(&self.word_id);
        w.u32s(&self.word_at);
        w.str(&self.concept_ids);
        w.u32s(&self.concept_id_at);
        w.strs(&self.sessions);
        w.len(self.session_keys.len());
        for s in &self.session_keys {
            w.u32s(s);
        }
        w.strs(&self.locales);
        w.u32s(&self.starts);
        w.u32s(&self.starts_rank);
        write_pos(w, &self.inner);
        w.u32s(&self.inner_rank);
        write_pos(w, &self.ini_starts);
        w.u32s(&self.ini_rank);
        w.str(&self.vocab.text);
        w.u32s(&self.vocab.offs);
        write_postings(w, &self.terms);
        write_postings(w, &self.notes);
        // Sorted, so equal indexes give equal bytes whatever the hash map's order.
        let mut grams: Vec<(u64, (u32, u32))> = self.grams.iter().map(|(&g, &r)| (g, r)).collect();
        grams.sort_unstable();
        w.len(grams.len());
        for (g, (s, e)) in grams {
            w.u64(g);
            w.u32(s);
            w.u32(e);
        }
        w.u32s(&self.gram_ids);
        write_tagged(w, &self.acronyms);
        write_tagged(w, &self.short_forms);
    }

    /// Reads an index that [`Index::write_to`] wrote with the same [`FORMAT`], checking that every stored
    /// position points inside what it indexes.
    pub fn read_from(r: &mut Reader<'_>) -> Result<Index, Corrupt> {
        let keys = read_keys(r)?;
        let key_concept = r.u32s()?;
        let key_rank = r.u32s()?;
        let key_by_rank = r.u32s()?;
        let folded = r.string()?;
        let original = r.string()?;
        let initials = r.string()?;
        let word_id = r.u32s()?;
        let word_at = r.u32s()?;
        let concept_ids = r.string()?;
        let concept_id_at = r.u32s()?;
        let sessions = r.strings()?;
        let n = r.len(8)?;
        let session_keys = (0..n).map(|_| r.u32s()).collect::<Result<Vec<_>, _>>()?;
        let locales = r.strings()?;
        let starts = r.u32s()?;
        let starts_rank = r.u32s()?;
        let inner = read_pos(r)?;
        let inner_rank = r.u32s()?;
        let ini_starts = read_pos(r)?;
        let ini_rank = r.u32s()?;
        let vocab = Vocab {
            text: r.string()?,
            offs: r.u32s()?,
        };
        let terms = read_postings(r)?;
        let notes = read_postings(r)?;
        let n = r.len(16)?;
        let mut grams = FxHashMap::default();
        grams.reserve(n);
        for _ in 0..n {
            let g = r.u64()?;
            let s = r.u32()?;
            let e = r.u32()?;
            grams.insert(g, (s, e));
        }
        let gram_ids = r.u32s()?;
        let acronyms = read_tagged(r)?;
        let short_forms = read_tagged(r)?;
        let ix = Index {
            keys,
            key_concept,
            key_rank,
            key_by_rank,
            folded,
            original,
            initials,
            word_id,
            word_at,
            concept_ids,
            concept_id_at,
            sessions,
            session_keys,
            locales,
            starts,
            starts_rank,
            inner,
            inner_rank,
            ini_starts,
            ini_rank,
            vocab,
            terms,
            notes,
            grams,
            gram_ids,
            acronyms,
            short_forms,
            typo_cache: TypoCache::default(),
        };
        ix.check()?;
        Ok(ix)
    }

    /// The positions the lookups index with `[]` (rather than `get`) must be in range; text ranges are read
    /// with `get` everywhere, so a wrong one gives an empty string, never a panic.
    fn check(&self) -> Result<(), Corrupt> {
        let nkeys = self.keys.len();
        let key = |k: u32| (k as usize) < nkeys;
        let all = |v: &[u32]| v.iter().all(|&k| key(k));
        if self.key_concept.len() != nkeys
            || self.key_rank.len() != nkeys
            || self.key_by_rank.len() != nkeys
        {
            return Err(Corrupt("key arrays differ in length"));
        }
        let concepts = self.len();
        if self.concept_id_at.is_empty() && nkeys > 0 {
            return Err(Corrupt("no concepts"));
        }
        if !self.key_concept.iter().all(|&c| (c as usize) < concepts) {
            return Err(Corrupt("key of no concept"));
        }
        let nwords = self.word_id.len().min(self.word_at.len());
        let within = |at: u32, len: u32, total: usize| at as usize + len as usize <= total;
        let keys_ok = self.keys.iter().all(|k| {
            within(k.words, u32::from(k.nwords), nwords)
                && within(k.text, k.len, self.folded.len())
                && within(k.orig, k.orig_len, self.original.len())
                && (k.ini == crate::NO_INI || within(k.ini, k.len, self.initials.len()))
                && (k.locale as usize) < self.locales.len()
        });
        // A position's offset is added to its key's start: it must stay inside the key.
        let pos_ok = |p: &Pos| key(p.key) && p.off <= self.keys[p.key as usize].len;
        if !keys_ok {
            return Err(Corrupt("key out of range"));
        }
        let ranks_ok = all(&self.key_rank)
            && all(&self.key_by_rank)
            && all(&self.starts)
            && all(&self.starts_rank)
            && all(&self.inner_rank)
            && all(&self.ini_rank)
            && self.session_keys.iter().all(|s| all(s))
            && self.session_keys.len() == self.sessions.len()
            && self.inner.iter().all(pos_ok)
            && self.ini_starts.iter().all(pos_ok)
            && self.terms.items.iter().all(|p| key(p.rank))
            && self.notes.items.iter().all(|p| key(p.rank))
            && self.acronyms.items.iter().all(|&(_, _, k)| key(k))
            && self.short_forms.items.iter().all(|&(_, _, k)| key(k));
        if !ranks_ok {
            return Err(Corrupt("key or rank out of range"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PlainEntry;

    fn entry(id: &str, en: &str, ko: &str) -> PlainEntry {
        let mut e = PlainEntry {
            id: id.to_owned(),
            ..PlainEntry::default()
        };
        e.term.insert("en-US".to_owned(), en.to_owned());
        e.term.insert("ko".to_owned(), ko.to_owned());
        e.note
            .insert("en-US".to_owned(), format!("said of {en} in plenary"));
        e.sessions.push("s1".to_owned());
        e
    }

    fn sample() -> Vec<PlainEntry> {
        vec![
            entry("sdg", "Sustainable Development Goals", "지속가능발전목표"),
            entry("dt", "digital transformation", "디지털 전환"),
            entry("lg", "local government", "지방정부"),
        ]
    }

    fn bytes(ix: &Index) -> Vec<u8> {
        let mut w = Writer::default();
        ix.write_to(&mut w);
        w.finish().expect("in memory")
    }

    #[test]
    fn round_trip_is_equal_and_answers_the_same() {
        let g = sample();
        let ix = Index::build(&g);
        let b = bytes(&ix);
        let mut input = b.as_slice();
        let mut r = Reader::new(&mut input, b.len() as u64);
        let back = Index::read_from(&mut r).expect("reads back");
        assert!(r.is_done());
        assert!(back == ix);
        for q in [
            "sus",
            "ㅈㅅ",
            "디지",
            "trans",
            "sustianable",
            "plenary",
            "sdg",
        ] {
            assert_eq!(
                back.search(q, 10, Some("s1")),
                ix.search(q, 10, Some("s1")),
                "{q}"
            );
        }
        assert_eq!(bytes(&back), b);
        // Streamed through a small buffer or kept in memory: the same bytes.
        let mut sink = Vec::new();
        let mut w = Writer::to(&mut sink);
        ix.write_to(&mut w);
        assert!(w.finish().expect("written").is_empty());
        assert_eq!(sink, b);
    }

    #[test]
    fn every_truncation_is_refused() {
        let b = bytes(&Index::build(&sample()));
        for n in 0..b.len() {
            let mut input = &b[..n];
            assert!(
                Index::read_from(&mut Reader::new(&mut input, n as u64)).is_err(),
                "{n}"
            );
            // A stream shorter than announced is refused too.
            let mut input = &b[..n];
            assert!(
                Index::read_from(&mut Reader::new(&mut input, b.len() as u64)).is_err(),
                "{n}"
            );
        }
    }

    #[test]
    fn flipped_bytes_never_panic_and_never_point_outside() {
        let g = sample();
        let b = bytes(&Index::build(&g));
        // Every byte, three ways: what reads back must search without panicking and name only real concepts.
        for i in 0..b.len() {
            for x in [0x01u8, 0x80, 0xff] {
                let mut c = b.clone();
                c[i] ^= x;
                let mut input = c.as_slice();
                if let Ok(ix) = Index::read_from(&mut Reader::new(&mut input, c.len() as u64)) {
                    for q in ["sus", "ㅈ", "dig tr", "sustianable", "plenary"] {
                        for h in ix.search(q, 10, Some("s1")) {
                            assert!((h.concept as usize) < g.len());
                        }
                    }
                }
            }
        }
    }
}
