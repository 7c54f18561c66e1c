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

use crate::vocab::Vocab;
use crate::{Field, Index, Key, Pos, Posting, Postings, Tagged, TypoCache};
use rustc_hash::FxHashMap;

/// Changes whenever the byte layout or the index's build changes what it stores.
pub const FORMAT: u32 = 1;

/// Why stored bytes are not an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrupt(pub &'static str);

impl std::fmt::Display for Corrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stored index is corrupt: {}", self.0)
    }
}

impl std::error::Error for Corrupt {}

/// Writes little-endian numbers and length-prefixed arrays, into memory ([`Writer::default`]) or through
/// to a stream ([`Writer::to`]) a buffer at a time, so a big index is never copied whole into memory to be
/// stored.
#[derive(Default)]
pub struct Writer<'a> {
    pub bytes: Vec<u8>,
    sink: Option<&'a mut dyn std::io::Write>,
    failed: Option<std::io::Error>,
}

impl std::fmt::Debug for Writer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer")
            .field("buffered", &self.bytes.len())
            .finish()
    }
}

const SPILL: usize = 1 << 20;

impl<'a> Writer<'a> {
    /// A writer that passes its bytes on to `sink`; [`Writer::finish`] writes the rest and reports the
    /// first error.
    pub fn to(sink: &'a mut dyn std::io::Write) -> Self {
        Writer {
            bytes: Vec::with_capacity(SPILL + 4096),
            sink: Some(sink),
            failed: None,
        }
    }

    fn spill(&mut self, at: usize) {
        if self.bytes.len() < at {
            return;
        }
        if let Some(sink) = self.sink.as_mut() {
            if self.failed.is_none() {
                if let Err(e) = sink.write_all(&self.bytes) {
                    self.failed = Some(e);
                }
            }
            self.bytes.clear();
        }
    }

    /// Writes what is buffered to the sink (a writer without one keeps its bytes).
    pub fn finish(mut self) -> std::io::Result<Vec<u8>> {
        self.spill(0);
        match self.failed.take() {
            Some(e) => Err(e),
            None => Ok(std::mem::take(&mut self.bytes)),
        }
    }

    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
        self.spill(SPILL);
    }
    pub fn u16(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self.spill(SPILL);
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self.spill(SPILL);
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self.spill(SPILL);
    }
    pub fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }
    pub fn raw(&mut self, b: &[u8]) {
        for chunk in b.chunks(SPILL) {
            self.bytes.extend_from_slice(chunk);
            self.spill(SPILL);
        }
    }
    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.raw(s.as_bytes());
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        for chunk in v.chunks(SPILL / 4) {
            self.bytes
                .extend(chunk.iter().flat_map(|x| x.to_le_bytes()));
            self.spill(SPILL);
        }
    }
    pub fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
}

/// Reads what [`Writer`] wrote from any byte stream (a file is read straight into the index's arrays,
/// never whole into memory first); every read is bounds-checked and fails with [`Corrupt`].
pub struct Reader<'a> {
    input: &'a mut dyn std::io::Read,
    /// Bytes the caller said the stream holds and that are not read yet.
    left: u64,
    scratch: Vec<u8>,
}

impl std::fmt::Debug for Reader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader").field("left", &self.left).finish()
    }
}

impl<'a> Reader<'a> {
    /// Reads at most `len` bytes of `input`.
    pub fn new(input: &'a mut dyn std::io::Read, len: u64) -> Self {
        Reader {
            input,
            left: len,
            scratch: Vec::new(),
        }
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.left == 0
    }

    /// The next `n` bytes, in a new buffer of exactly that size.
    pub fn owned(&mut self, n: usize) -> Result<Vec<u8>, Corrupt> {
        let mut v = Vec::new();
        self.fill(n, &mut v)?;
        Ok(v)
    }

    fn fill(&mut self, n: usize, v: &mut Vec<u8>) -> Result<(), Corrupt> {
        if n as u64 > self.left {
            return Err(Corrupt("truncated"));
        }
        v.clear();
        v.reserve_exact(n);
        use std::io::Read;
        let got = (&mut self.input)
            .take(n as u64)
            .read_to_end(v)
            .map_err(|_| Corrupt("unreadable"))?;
        if got != n {
            return Err(Corrupt("truncated"));
        }
        self.left -= n as u64;
        Ok(())
    }

    /// The next `n` bytes, valid until the next read.
    pub fn take(&mut self, n: usize) -> Result<&[u8], Corrupt> {
        let mut v = std::mem::take(&mut self.scratch);
        let r = self.fill(n, &mut v);
        self.scratch = v;
        r?;
        Ok(&self.scratch[..n])
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Corrupt> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    pub fn u8(&mut self) -> Result<u8, Corrupt> {
        Ok(self.array::<1>()?[0])
    }
    pub fn u16(&mut self) -> Result<u16, Corrupt> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    pub fn u32(&mut self) -> Result<u32, Corrupt> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub fn u64(&mut self) -> Result<u64, Corrupt> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// A length of items of `item_bytes` each, refused if the rest of the stream cannot hold them (so a
    /// corrupt length never makes a huge allocation).
    pub fn len(&mut self, item_bytes: usize) -> Result<usize, Corrupt> {
        let n = usize::try_from(self.u64()?).map_err(|_| Corrupt("length"))?;
        if (n as u64).saturating_mul(item_bytes.max(1) as u64) > self.left {
            return Err(Corrupt("length past the end"));
        }
        Ok(n)
    }

    pub fn string(&mut self) -> Result<String, Corrupt> {
        let n = self.len(1)?;
        String::from_utf8(self.owned(n)?).map_err(|_| Corrupt("text is not UTF-8"))
    }

    pub fn u32s(&mut self) -> Result<Vec<u32>, Corrupt> {
        let n = self.len(4)?;
        Ok(self
            .take(n * 4)?
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }

    pub fn strings(&mut self) -> Result<Vec<String>, Corrupt> {
        let n = self.len(8)?;
        (0..n).map(|_| self.string()).collect()
    }
}

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
    let n = r.len(KEY_BYTES)?;
    let bytes = r.take(n * KEY_BYTES)?;
    bytes
        .chunks_exact(KEY_BYTES)
        .map(|c| {
            let u = |i: usize| u32::from_le_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]);
            Ok(Key {
                text: u(0),
                len: u(4),
                orig: u(8),
                orig_len: u(12),
                words: u(16),
                ini: u(20),
                nwords: u16::from_le_bytes([c[24], c[25]]),
                alt: u16::from_le_bytes([c[26], c[27]]),
                field: field_of(c[28])?,
                locale: c[29],
            })
        })
        .collect()
}

fn write_pos(w: &mut Writer<'_>, v: &[Pos]) {
    w.len(v.len());
    for p in v {
        w.u32(p.key);
        w.u32(p.off);
    }
}

fn read_pos(r: &mut Reader<'_>) -> Result<Vec<Pos>, Corrupt> {
    let n = r.len(8)?;
    Ok(r.take(n * 8)?
        .chunks_exact(8)
        .map(|c| Pos {
            key: u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            off: u32::from_le_bytes([c[4], c[5], c[6], c[7]]),
        })
        .collect())
}

fn write_postings(w: &mut Writer<'_>, p: &Postings) {
    w.u32s(&p.offs);
    w.len(p.items.len());
    for it in &p.items {
        w.u32(it.key);
        w.u16(it.word);
    }
}

fn read_postings(r: &mut Reader<'_>) -> Result<Postings, Corrupt> {
    let offs = r.u32s()?;
    let n = r.len(6)?;
    let items = r
        .take(n * 6)?
        .chunks_exact(6)
        .map(|c| Posting {
            key: u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            word: u16::from_le_bytes([c[4], c[5]]),
        })
        .collect();
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
    let n = r.len(12)?;
    let items = r
        .take(n * 12)?
        .chunks_exact(12)
        .map(|c| {
            let u = |i: usize| u32::from_le_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]);
            (u(0), u(4), u(8))
        })
        .collect();
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
            && self.terms.items.iter().all(|p| key(p.key))
            && self.notes.items.iter().all(|p| key(p.key))
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
