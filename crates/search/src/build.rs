//! Building the index: fold every key once, then sort it every way a query will look it up.
//!
//! Everything here runs once per pack load, and at 100,000 concepts it has a 300 ms budget on a 2-core
//! machine, so it avoids per-key allocations (one reused fold buffer, strings appended to shared buffers)
//! and comparison sorts of strings (see `sort`): the static rank is a sort of integers over the text order.
//!
//! Why one file of this size: the build is one pipeline writing the index's private arrays in phases that
//! depend on each other; split by phase, every array would have to be public to the crate.

use super::acronym::acronym_forms;
use super::sort::{head, sort_by_text, sort_with_heads};
use super::text::{fold_key_into, Folded};
use super::vocab::Vocab;
use super::{
    bigram, hangul, len32, Field, Index, Key, Pos, Posting, Postings, Tagged, NONE16, NO_INI,
};
use crate::Entry;
use rustc_hash::FxHashMap;

/// Strings tagged with a key, before sorting.
#[derive(Default)]
struct TaggedBuilder {
    text: String,
    items: Vec<(u32, u32, u32)>,
}

impl TaggedBuilder {
    fn push(&mut self, s: &str, key: u32) {
        let start = len32(self.text.len());
        self.text.push_str(s);
        self.items.push((start, len32(self.text.len()), key));
    }

    /// Appends `next`'s strings, whose keys are numbered from `key_base` on in the merged index.
    fn append(&mut self, next: TaggedBuilder, key_base: u32) {
        let base = len32(self.text.len());
        self.text.push_str(&next.text);
        self.items.extend(
            next.items
                .iter()
                .map(|&(s, e, k)| (s + base, e + base, k + key_base)),
        );
    }

    fn finish(self) -> Tagged {
        let str_of = |i: u32| {
            let (s, e, _) = self.items[i as usize];
            self.text
                .as_bytes()
                .get(s as usize..e as usize)
                .unwrap_or(&[])
        };
        let mut ids: Vec<u32> = (0..len32(self.items.len())).collect();
        sort_by_text(&mut ids, &str_of);
        let mut items: Vec<(u32, u32, u32)> = ids.iter().map(|&i| self.items[i as usize]).collect();
        items.dedup_by(|a, b| {
            a.2 == b.2 && str_of_item(&self.text, a) == str_of_item(&self.text, b)
        });
        items.shrink_to_fit();
        let mut text = self.text;
        text.shrink_to_fit();
        Tagged { text, items }
    }
}

fn str_of_item<'a>(text: &'a str, it: &(u32, u32, u32)) -> &'a str {
    text.get(it.0 as usize..it.1 as usize).unwrap_or("")
}

/// Does the original text look like an acronym (SDGs, UNPOG, PPPP)?
fn looks_like_acronym(original: &str, f: &Folded) -> bool {
    f.word_starts.len() == 1
        && original.chars().filter(char::is_ascii_uppercase).count() >= 2
        && f.compact.len() <= 12
}

/// What `vocab_parts` computes, for `set_vocab`.
struct VocabParts {
    word_id: Vec<u32>,
    vocab: Vocab,
    terms: Postings,
    notes: Postings,
    grams: FxHashMap<u64, (u32, u32)>,
    gram_ids: Vec<u32>,
}

/// What `order_parts` computes, for `set_orders`.
struct OrderParts {
    starts: Vec<u32>,
    starts_rank: Vec<u32>,
    inner: Vec<Pos>,
    inner_rank: Vec<u32>,
    ini: Vec<Pos>,
    ini_rank: Vec<u32>,
    rank: Vec<u32>,
}

impl OrderParts {
    /// Each order with the static rank of each of its entries, for the best-first walks.
    fn new(starts: Vec<u32>, rank: Vec<u32>, inner: Vec<Pos>, ini: Vec<Pos>) -> OrderParts {
        OrderParts {
            starts_rank: starts.iter().map(|&k| rank[k as usize]).collect(),
            inner_rank: inner.iter().map(|p| rank[p.key as usize]).collect(),
            ini_rank: ini.iter().map(|p| rank[p.key as usize]).collect(),
            starts,
            inner,
            ini,
            rank,
        }
    }
}

struct Builder {
    ix: Index,
    fold: Folded,
    acronyms: TaggedBuilder,
    short_forms: TaggedBuilder,
    locale_ids: FxHashMap<String, u8>,
    session_ids: FxHashMap<String, usize>,
    forms: Vec<String>,
}

/// The words of one builder's keys, numbered by first appearance within that builder: interning is the
/// costliest step of the vocabulary (a million word occurrences at 100,000 concepts), so each builder does
/// its own part on its own thread and the merge only looks up each builder's distinct words.
#[derive(Default)]
struct LocalWords {
    /// Byte range in the builder's `folded` text of each distinct word.
    words: Vec<(u32, u32)>,
    /// Per entry of the builder's `word_at`: its word number.
    word_tmp: Vec<u32>,
    /// Every occurrence (word number, posting with the builder's key number), in key order.
    occ: Vec<(u32, Posting)>,
    is_note: Vec<bool>,
}

/// Interns every word of `ix`'s keys, and for Korean keys of several words the whole compact key too, so
/// that "지속가능발전" also finds "지속가능 발전" as a substring or with a typo.
fn intern(ix: &Index) -> LocalWords {
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    ids.reserve(ix.word_at.len() / 4);
    let mut out = LocalWords {
        words: Vec::new(),
        word_tmp: vec![0; ix.word_at.len()],
        occ: Vec::with_capacity(ix.word_at.len()),
        is_note: Vec::with_capacity(ix.word_at.len()),
    };
    let mut id_of = |s: u32, e: u32, words: &mut Vec<(u32, u32)>| {
        let w = ix.folded.get(s as usize..e as usize).unwrap_or("");
        let next = len32(words.len());
        *ids.entry(w).or_insert_with(|| {
            words.push((s, e));
            next
        })
    };
    for (ki, k) in ix.keys.iter().enumerate() {
        let ki = len32(ki);
        let note = k.field == Field::Note;
        let w0 = k.words as usize;
        let n = k.nwords as usize;
        for i in 0..n {
            let s = ix.word_at[w0 + i];
            let e = if i + 1 < n {
                ix.word_at[w0 + i + 1]
            } else {
                k.len
            };
            let id = id_of(k.text + s, k.text + e, &mut out.words);
            out.word_tmp[w0 + i] = id;
            let word = u16::try_from(i).unwrap_or(NONE16 - 1);
            out.occ.push((id, Posting { rank: ki, word }));
            out.is_note.push(note);
        }
        if !note && n > 1 && k.ini != NO_INI {
            let id = id_of(k.text, k.text + k.len, &mut out.words);
            out.occ.push((
                id,
                Posting {
                    rank: ki,
                    word: NONE16,
                },
            ));
            out.is_note.push(false);
        }
    }
    out
}

/// Below this many concepts the first phase runs on one thread (the split would cost more than it saves).
const SPLIT_AT: usize = 4096;

impl Builder {
    fn new() -> Builder {
        let mut ix = Index::default();
        ix.concept_id_at.push(0);
        Builder {
            ix,
            fold: Folded::default(),
            acronyms: TaggedBuilder::default(),
            short_forms: TaggedBuilder::default(),
            locale_ids: FxHashMap::default(),
            session_ids: FxHashMap::default(),
            forms: Vec::new(),
        }
    }

    /// Folds every field of `glossary`, whose first concept is number `first`.
    fn concepts<E: Entry>(&mut self, glossary: &[E], first: usize) {
        for (i, c) in glossary.iter().enumerate() {
            let ci = len32(first + i);
            self.ix.concept_ids.push_str(c.id());
            self.ix.concept_id_at.push(len32(self.ix.concept_ids.len()));
            let from = self.ix.keys.len();
            for (l, t) in c.term() {
                self.add(ci, Field::Term, l, NONE16, t);
            }
            for (l, t) in c.abbr() {
                self.add(ci, Field::Abbr, l, NONE16, t);
            }
            for (l, list) in c.alt() {
                for (i, t) in list.iter().enumerate() {
                    self.add(ci, Field::Alt, l, u16::try_from(i).unwrap_or(NONE16 - 1), t);
                }
            }
            for (l, t) in c.note() {
                self.add(ci, Field::Note, l, NONE16, t);
            }
            let to = self.ix.keys.len();
            for s in c.sessions() {
                let si = self.session(s);
                self.ix.session_keys[si].extend(len32(from)..len32(to));
            }
        }
    }

    fn session(&mut self, s: &str) -> usize {
        if let Some(&i) = self.session_ids.get(s) {
            return i;
        }
        self.ix.sessions.push(s.to_owned());
        self.ix.session_keys.push(Vec::new());
        let i = self.ix.sessions.len() - 1;
        self.session_ids.insert(s.to_owned(), i);
        i
    }

    fn locale(&mut self, locale: &str) -> u8 {
        if let Some(&l) = self.locale_ids.get(locale) {
            return l;
        }
        self.ix.locales.push(locale.to_owned());
        let l = u8::try_from(self.ix.locales.len() - 1).unwrap_or(u8::MAX);
        self.locale_ids.insert(locale.to_owned(), l);
        l
    }

    /// Appends what `next` built from the concepts that follow this builder's, so that the result is
    /// exactly what one builder would have built from all of them (a unit test compares the two).
    fn append(&mut self, next: Builder) {
        let n = next.ix;
        let ix = &mut self.ix;
        let (dk, dt, dorig, dw, dini, did) = (
            len32(ix.keys.len()),
            len32(ix.folded.len()),
            len32(ix.original.len()),
            len32(ix.word_at.len()),
            len32(ix.initials.len()),
            len32(ix.concept_ids.len()),
        );
        let locales: Vec<u8> = n.locales.iter().map(|l| self.locale(l)).collect();
        let ix = &mut self.ix;
        ix.keys.extend(n.keys.iter().map(|k| Key {
            text: k.text + dt,
            orig: k.orig + dorig,
            words: k.words + dw,
            ini: if k.ini == NO_INI {
                NO_INI
            } else {
                k.ini + dini
            },
            locale: locales.get(k.locale as usize).copied().unwrap_or(k.locale),
            ..*k
        }));
        ix.key_concept.extend(&n.key_concept);
        ix.folded.push_str(&n.folded);
        ix.original.push_str(&n.original);
        ix.initials.push_str(&n.initials);
        ix.word_at.extend(&n.word_at);
        ix.concept_ids.push_str(&n.concept_ids);
        ix.concept_id_at
            .extend(n.concept_id_at.iter().skip(1).map(|&a| a + did));
        for (s, keys) in n.sessions.iter().zip(n.session_keys) {
            let si = self.session(s);
            self.ix.session_keys[si].extend(keys.iter().map(|&k| k + dk));
        }
        self.acronyms.append(next.acronyms, dk);
        self.short_forms.append(next.short_forms, dk);
    }

    fn add(
        &mut self,
        concept: u32,
        field: Field,
        locale: &str,
        alt: u16,
        text: &str,
    ) -> Option<u32> {
        fold_key_into(text, false, &mut self.fold);
        if self.fold.compact.is_empty() {
            return None;
        }
        let locale = self.locale(locale);
        let f = &self.fold;
        let ix = &mut self.ix;
        let ki = len32(ix.keys.len());
        let start = len32(ix.folded.len());
        ix.folded.push_str(&f.compact);
        let orig = len32(ix.original.len());
        ix.original.push_str(text);
        let words = len32(ix.word_at.len());
        ix.word_at.extend(&f.word_starts);
        let ini = if f.hangul && f.compact.chars().any(hangul::is_syllable) {
            let at = len32(ix.initials.len());
            ix.initials.extend(f.compact.chars().map(hangul::initial));
            at
        } else {
            NO_INI
        };
        if field != Field::Note {
            acronym_forms(f, &mut self.forms);
            for a in &self.forms {
                self.acronyms.push(a, ki);
            }
            if field != Field::Abbr && looks_like_acronym(text, f) {
                self.short_forms.push(&f.compact, ki);
                if let Some(s) = f.compact.strip_suffix('s').filter(|s| s.len() >= 2) {
                    self.short_forms.push(s, ki);
                }
            }
        }
        ix.keys.push(Key {
            text: start,
            len: len32(f.compact.len()),
            orig,
            orig_len: len32(text.len()),
            words,
            nwords: u16::try_from(f.word_starts.len()).unwrap_or(NONE16 - 1),
            alt,
            ini,
            field,
            locale,
        });
        ix.key_concept.push(concept);
        Some(ki)
    }
}

impl Index {
    /// Builds the index of `glossary` (positions in the slice are the concept numbers of
    /// [`super::Hit::concept`]).
    pub fn build<E: Entry + Sync>(glossary: &[E]) -> Index {
        Index::build_in(glossary, if glossary.len() >= SPLIT_AT { 2 } else { 1 })
    }

    /// The build with its first phase (folding every field) split into `parts` threads. The machines
    /// Booth runs on have few cores and the app builds one index at a time, so two threads is the default.
    fn build_in<E: Entry + Sync>(glossary: &[E], parts: usize) -> Index {
        let size = glossary.len().div_ceil(parts.max(1)).max(1);
        let part = |from: usize| {
            let to = (from + size).min(glossary.len());
            let mut b = Builder::new();
            b.concepts(glossary.get(from..to).unwrap_or(&[]), from);
            let words = intern(&b.ix);
            (b, words)
        };
        let mut built: Vec<(Builder, LocalWords)> = std::thread::scope(|s| {
            let handles: Vec<_> = (1..glossary.len().div_ceil(size))
                .map(|i| (i, s.spawn(move || part(i * size))))
                .collect();
            let mut all = vec![part(0)];
            for (i, h) in handles {
                // A panic in a worker is a bug in this module; redo its part here rather than lose it.
                all.push(h.join().unwrap_or_else(|_| part(i * size)));
            }
            all
        });
        let (mut b, first_words) = built.remove(0);
        let mut words = vec![(first_words, 0, 0)];
        for (next, next_words) in built {
            words.push((next_words, len32(b.ix.folded.len()), len32(b.ix.keys.len())));
            b.append(next);
        }
        let Builder {
            mut ix,
            acronyms,
            short_forms,
            ..
        } = b;
        // The sort orders and the vocabulary only read what the fold wrote: independent jobs, split into
        // two halves of about the same cost (one per core of the machines Booth runs on; more threads than
        // cores made every job slower, as they share one memory bus).
        let (vocab, orders, acronyms, short_forms) = std::thread::scope(|s| {
            let ix = &ix;
            let half = s.spawn(move || {
                let tagged = (acronyms.finish(), short_forms.finish());
                (ix.vocab_parts(words), ix.ini_order(), tagged)
            });
            let inner = ix.inner_order();
            let (starts, rank) = ix.key_order();
            // A panic in the other half is a bug in this module: it is not worth a second code path.
            let (vocab, ini, (acronyms, short_forms)) = match half.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            (
                vocab,
                OrderParts::new(starts, rank, inner, ini),
                acronyms,
                short_forms,
            )
        });
        ix.acronyms = acronyms;
        ix.short_forms = short_forms;
        ix.set_vocab(vocab);
        ix.set_orders(orders);
        ix.shrink();
        ix
    }

    /// The second half of the vocabulary: the builders' local words merged into one numbering (first
    /// seen, builder by builder: the numbering one builder would have made), then sorted.
    fn vocab_parts(&self, parts: Vec<(LocalWords, u32, u32)>) -> VocabParts {
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        ids.reserve(parts.first().map_or(0, |p| p.0.words.len()) * 2);
        let mut words: Vec<&str> = Vec::new();
        let total: usize = parts.iter().map(|p| p.0.occ.len()).sum();
        let mut occ: Vec<(u32, Posting)> = Vec::with_capacity(total);
        let mut is_note: Vec<bool> = Vec::with_capacity(total);
        let mut word_tmp: Vec<u32> = Vec::with_capacity(self.word_at.len());
        for (local, text_base, key_base) in &parts {
            let global: Vec<u32> = local
                .words
                .iter()
                .map(|&(s, e)| {
                    let w = self
                        .folded
                        .get((s + text_base) as usize..(e + text_base) as usize)
                        .unwrap_or("");
                    let next = len32(words.len());
                    *ids.entry(w).or_insert_with(|| {
                        words.push(w);
                        next
                    })
                })
                .collect();
            let g = |id: u32| global.get(id as usize).copied().unwrap_or(0);
            word_tmp.extend(local.word_tmp.iter().map(|&id| g(id)));
            occ.extend(local.occ.iter().map(|&(id, p)| {
                (
                    g(id),
                    Posting {
                        rank: p.rank + key_base,
                        word: p.word,
                    },
                )
            }));
            is_note.extend(&local.is_note);
        }
        drop(parts);
        let mut order: Vec<u32> = (0..len32(words.len())).collect();
        sort_by_text(&mut order, &|i: u32| words[i as usize].as_bytes());
        let mut remap = vec![0u32; words.len()];
        for (sorted, &tmp) in order.iter().enumerate() {
            remap[tmp as usize] = len32(sorted);
        }
        let vocab = Vocab::from_sorted(order.iter().map(|&t| words[t as usize]));
        let n = words.len();
        let mut terms = Postings {
            offs: vec![0; n + 1],
            items: Vec::new(),
        };
        let mut notes = terms.clone();
        for ((w, _), &note) in occ.iter().zip(&is_note) {
            let p = if note { &mut notes } else { &mut terms };
            p.offs[remap[*w as usize] as usize + 1] += 1;
        }
        for p in [&mut terms, &mut notes] {
            for i in 0..n {
                p.offs[i + 1] += p.offs[i];
            }
            p.items = vec![Posting { rank: 0, word: 0 }; p.offs[n] as usize];
        }
        let mut fill_t = terms.offs.clone();
        let mut fill_n = notes.offs.clone();
        for ((w, posting), &note) in occ.iter().zip(&is_note) {
            let (p, fill) = if note {
                (&mut notes, &mut fill_n)
            } else {
                (&mut terms, &mut fill_t)
            };
            let slot = &mut fill[remap[*w as usize] as usize];
            p.items[*slot as usize] = *posting;
            *slot += 1;
        }
        let word_id = word_tmp.iter().map(|&t| remap[t as usize]).collect();

        // Bigrams of every vocabulary entry, for substrings.
        let mut counts: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        let mut pairs: Vec<(u64, u32)> = Vec::new();
        let mut seen: Vec<u64> = Vec::new();
        for id in 0..vocab.len() {
            seen.clear();
            let mut prev: Option<char> = None;
            for c in vocab.word(id).chars() {
                if let Some(p) = prev {
                    seen.push(bigram(p, c));
                }
                prev = Some(c);
            }
            seen.sort_unstable();
            seen.dedup();
            for &g in &seen {
                counts.entry(g).or_insert((0, 0)).1 += 1;
                pairs.push((g, id));
            }
        }
        let mut at = 0u32;
        for e in counts.values_mut() {
            let n = e.1;
            *e = (at, at);
            at += n;
        }
        let mut gram_ids = vec![0u32; pairs.len()];
        for (g, id) in pairs {
            if let Some(e) = counts.get_mut(&g) {
                gram_ids[e.1 as usize] = id;
                e.1 += 1;
            }
        }
        VocabParts {
            word_id,
            vocab,
            terms,
            notes,
            grams: counts,
            gram_ids,
        }
    }

    fn set_vocab(&mut self, v: VocabParts) {
        self.word_id = v.word_id;
        self.vocab = v.vocab;
        self.terms = v.terms;
        self.notes = v.notes;
        self.grams = v.grams;
        self.gram_ids = v.gram_ids;
    }

    /// Word starts after the first of every term key, by the compact text from there on.
    fn inner_order(&self) -> Vec<Pos> {
        let mut inner = Vec::new();
        for (ki, k) in self.keys.iter().enumerate() {
            if k.field == Field::Note {
                continue;
            }
            let ki = len32(ki);
            for i in 1..k.nwords as usize {
                inner.push(Pos {
                    key: ki,
                    off: self.word_at[k.words as usize + i],
                });
            }
        }
        self.sorted(inner, |ix, p| ix.suffix(p))
    }

    /// Word starts of Hangul term keys that begin with a syllable, by the initials form from there on.
    fn ini_order(&self) -> Vec<Pos> {
        let mut ini = Vec::new();
        for (ki, k) in self.keys.iter().enumerate() {
            if k.field == Field::Note || k.ini == NO_INI {
                continue;
            }
            let ki = len32(ki);
            let text = self.text(ki);
            for i in 0..k.nwords as usize {
                let off = self.word_at[k.words as usize + i];
                if text
                    .get(off as usize..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(hangul::is_syllable)
                {
                    ini.push(Pos { key: ki, off });
                }
            }
        }
        self.sorted(ini, |ix, p| ix.ini_suffix(p))
    }

    /// Term keys (no notes) in text order, and every key's static rank.
    fn key_order(&self) -> (Vec<u32>, Vec<u32>) {
        let n = len32(self.keys.len());
        let text_of = |k: u32| self.text(k).as_bytes();
        let heads = (0..n).map(|k| (head(text_of(k)), k)).collect();
        let lex = sort_with_heads(heads, &text_of);
        let chars: Vec<u32> = self
            .keys
            .iter()
            .map(|k| len32(self.original_text(k).chars().count()))
            .collect();

        // Static rank: shorter original text first, then the text order above (which breaks ties by key
        // number, i.e. pack order: concept, field, locale, rendering).
        let mut by_len: Vec<u64> = lex
            .iter()
            .enumerate()
            .map(|(pos, &k)| (u64::from(chars[k as usize]) << 32) | pos as u64)
            .collect();
        by_len.sort_unstable();
        let mut rank = vec![0u32; n as usize];
        for (r, v) in by_len.iter().enumerate() {
            let k = lex[(v & 0xFFFF_FFFF) as usize];
            rank[k as usize] = len32(r);
        }

        let starts: Vec<u32> = lex
            .into_iter()
            .filter(|&k| self.keys[k as usize].field != Field::Note)
            .collect();
        (starts, rank)
    }

    fn set_orders(&mut self, o: OrderParts) {
        self.starts = o.starts;
        self.starts_rank = o.starts_rank;
        self.inner = o.inner;
        self.inner_rank = o.inner_rank;
        self.ini_starts = o.ini;
        self.ini_rank = o.ini_rank;
        let mut by_rank = vec![0u32; o.rank.len()];
        for (k, &r) in o.rank.iter().enumerate() {
            if let Some(slot) = by_rank.get_mut(r as usize) {
                *slot = len32(k);
            }
        }
        self.key_by_rank = by_rank;
        // The postings were built with key numbers: from here on they hold ranks, best first in a group.
        for p in [&mut self.terms, &mut self.notes] {
            for item in &mut p.items {
                item.rank = o.rank.get(item.rank as usize).copied().unwrap_or(0);
            }
            for w in 0..p.offs.len().saturating_sub(1) {
                let (s, e) = (p.offs[w] as usize, p.offs[w + 1] as usize);
                p.items[s..e].sort_unstable_by_key(|i| (i.rank, i.word));
            }
        }
        self.key_rank = o.rank;
    }

    /// `entries` (in key order, so their texts are read in memory order first) sorted by the text `text`
    /// gives for each; ties keep the input order.
    ///
    /// Word starts repeat a lot (every "…government" ends in the same suffix; at 100,000 generated concepts
    /// 518k inner word starts have 118k distinct texts), so each distinct text is sorted once and the
    /// entries are then placed by a stable counting sort over the texts' positions.
    fn sorted(&self, entries: Vec<Pos>, text: impl Fn(&Index, Pos) -> &str) -> Vec<Pos> {
        let mut group_at: FxHashMap<&str, u32> = FxHashMap::default();
        group_at.reserve(entries.len() / 2);
        let mut reps: Vec<Pos> = Vec::new();
        let group: Vec<u32> = entries
            .iter()
            .map(|&p| {
                *group_at.entry(text(self, p)).or_insert_with(|| {
                    reps.push(p);
                    len32(reps.len() - 1)
                })
            })
            .collect();
        drop(group_at);
        let heads = reps
            .iter()
            .enumerate()
            .map(|(g, &p)| (head(text(self, p).as_bytes()), len32(g)))
            .collect();
        let order = sort_with_heads(heads, &|g: u32| text(self, reps[g as usize]).as_bytes());
        // Where each group's entries start in the output: its sorted position, shifted by the sizes of
        // the groups before it.
        let mut start = vec![0u32; reps.len() + 1];
        for &g in &group {
            start[g as usize] += 1;
        }
        let mut at = 0u32;
        for &g in &order {
            let n = start[g as usize];
            start[g as usize] = at;
            at += n;
        }
        let mut out = vec![Pos { key: 0, off: 0 }; entries.len()];
        for (&p, &g) in entries.iter().zip(&group) {
            let slot = &mut start[g as usize];
            out[*slot as usize] = p;
            *slot += 1;
        }
        out
    }

    fn shrink(&mut self) {
        self.keys.shrink_to_fit();
        self.key_concept.shrink_to_fit();
        self.folded.shrink_to_fit();
        self.original.shrink_to_fit();
        self.initials.shrink_to_fit();
        self.word_at.shrink_to_fit();
        self.concept_ids.shrink_to_fit();
        for s in &mut self.session_keys {
            s.shrink_to_fit();
        }
        self.grams.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PlainEntry;

    fn concept(i: usize) -> PlainEntry {
        let words = [
            "digital",
            "government",
            "public",
            "Sustainable",
            "Co-operation",
            "local",
        ];
        let ko = ["디지털", "정부", "공공", "지속가능", "협력", "지방"];
        let mut c = PlainEntry {
            id: format!("c{i}"),
            ..PlainEntry::default()
        };
        let en = format!(
            "{} {} {}",
            words[i % 6],
            words[(i / 6) % 6],
            words[(i / 36) % 6]
        );
        let kr = format!("{}{} {}", ko[i % 6], ko[(i / 7) % 6], ko[(i / 5) % 6]);
        // Locales first seen in a different order in each part, sessions first seen late, empty fields.
        if i.is_multiple_of(3) {
            c.term.insert("ko", kr.clone());
            c.term.insert("en-US", en);
        } else {
            c.term.insert("en-US", en);
            if !i.is_multiple_of(5) {
                c.term.insert("ko", kr.clone());
            }
        }
        if i.is_multiple_of(4) {
            c.abbr.insert("en-US", "SDGs".into());
            c.alt.insert("ko", vec![kr, "!!".into()]);
        }
        if i.is_multiple_of(7) {
            c.note.insert("fr", format!("note {i} de la session"));
        }
        if i > 40 && i.is_multiple_of(9) {
            c.sessions = vec![format!("s{}", i % 4), "all".into()];
        }
        c
    }

    #[test]
    fn a_split_build_equals_the_single_thread_build() {
        let glossary: Vec<PlainEntry> = (0..200).map(concept).collect();
        let one = Index::build_in(&glossary, 1);
        assert!(one.keys.len() > 400 && one.sessions.len() == 5 && one.locales.len() == 3);
        for parts in [2, 3, 7] {
            assert!(
                Index::build_in(&glossary, parts) == one,
                "{parts} parts differ"
            );
        }
        assert!(Index::build_in::<PlainEntry>(&[], 2) == Index::build_in::<PlainEntry>(&[], 1));
    }
}
