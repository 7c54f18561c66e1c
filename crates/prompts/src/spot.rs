//! Finding the pack's terms, its people and every number in a sentence.
//!
//! Each word start is tried against the lexicon with as many words as the longest key can hold, the last word in
//! each of its forms (a Korean word with and without its endings). Numbers come from `booth-numbers`.
//! Overlaps are settled deterministically: the longest span wins ("local government" over "government"),
//! then the earliest, then a number over a name over a term; what is not a quantity (a year, an
//! identifier such as SDG 11) still takes its place, so no term is read out of the middle of it.

use crate::lexicon::{sounds_of, Lexicon, Sense, Target, NEAR_NAME_MIN_LETTERS};
use crate::words::{key_word, korean_stems, push_key, words, Word};
use booth_numbers::{FoundKind, Quantity};
use std::ops::Range;

/// The most words one match may take (a term of twelve words is not a term).
const MAX_WORDS: usize = 12;

/// What the agenda says about who is speaking: preferred when a surname is shared (김 원장님).
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Person ids, most likely first (the current speaker, the moderator, the next speaker).
    pub people: Vec<String>,
    /// The text was heard by a speech recogniser, not typed: a romanised name it spelled a letter or two
    /// differently ("Sabine Kuhlman", "Pansuck Kim") is still that person. Off for typed text, where
    /// "Iljae Lim" is somebody else.
    pub heard: bool,
}

/// The fewest syllables a Korean term needs to be found at the head of a longer word (see
/// `compound_heads`): 지방정부 (4) in 지방정부예산, but not 정부 in 정부청사 nor 시민 in 시민단체.
const COMPOUND_HEAD_MIN: usize = 4;

/// The most words a near spelling of a name may be heard as ("Pan suck Kim" is three).
const NEAR_NAME_MAX_WORDS: usize = 4;

/// One thing found in a sentence, with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub span: Range<usize>,
    pub what: What,
}

#[derive(Debug, Clone, PartialEq)]
pub enum What {
    Concept(u32),
    Person(u32),
    Number(Box<Quantity>),
    /// A number that is not a quantity (a year, a date, an identifier): never a prompt.
    NotAQuantity,
}

impl What {
    /// Among spans of the same length and start, which wins (higher first).
    fn rank(&self) -> u8 {
        match self {
            What::Number(_) => 3,
            What::Person(_) => 2,
            What::Concept(_) => 1,
            What::NotAQuantity => 0,
        }
    }
}

impl Lexicon {
    /// Every term, person and number in `text`, in text order, not overlapping.
    pub fn spot(&self, text: &str, ctx: &Context) -> Vec<Spot> {
        let ws = words(text);
        let mut found: Vec<Spot> = Vec::new();
        for i in 0..ws.len() {
            self.terms_from(&ws, i, ctx, &mut found);
            self.addressed_from(&ws, i, ctx, &mut found);
            if ctx.heard {
                self.near_names_from(&ws, i, ctx, &mut found);
            }
        }
        for n in booth_numbers::scan(text) {
            let what = match n.kind {
                FoundKind::Quantity(_) if headless_scale(&n.text) => What::NotAQuantity,
                FoundKind::Quantity(_) if ctx.heard && headless_korean(&n.text) => {
                    What::NotAQuantity
                }
                FoundKind::Quantity(q) if ctx.heard && lone_digit(&q, &text[n.span.end..]) => {
                    What::NotAQuantity
                }
                FoundKind::Quantity(q) => What::Number(Box::new(q)),
                _ => What::NotAQuantity,
            };
            found.push(Spot { span: n.span, what });
        }
        settle(found)
    }

    /// Keys starting at word `i`.
    fn terms_from(&self, ws: &[Word], i: usize, ctx: &Context, out: &mut Vec<Spot>) {
        let mut key = String::new();
        let mut prev = None;
        for j in i..ws.len().min(i + MAX_WORDS) {
            let w = &ws[j];
            if key.len() > self.max_key {
                break;
            }
            let base_len = key.len();
            let lasts: Vec<&str> = if w.hangul {
                korean_stems(&w.folded)
            } else {
                vec![key_word(&w.folded, false)]
            };
            for last in &lasts {
                key.truncate(base_len);
                push_key(&mut key, last, w.hangul, prev);
                if let Some(senses) = self.keys.get(&key) {
                    if let Some(what) = self.choose(senses, j == i && w.caps, ctx) {
                        out.push(Spot {
                            span: ws[i].span.start..w.span.end,
                            what,
                        });
                    }
                }
            }
            if w.hangul {
                if let Some(last) = lasts.last() {
                    self.compound_heads(
                        &key[..base_len],
                        last,
                        prev,
                        (ws[i].span.start, w),
                        ctx,
                        out,
                    );
                }
            }
            // Inner words are matched as written (a particle inside a term is part of the term).
            key.truncate(base_len);
            push_key(&mut key, key_word(&w.folded, w.hangul), w.hangul, prev);
            prev = Some(w.hangul);
        }
    }

    /// A Korean term at the head of a compound noun written as one word: 스마트시티 in 스마트시티사업은,
    /// 지방정부 in 지방정부예산 (Korean writes nouns together as often as apart). Only heads that make a key
    /// of [`COMPOUND_HEAD_MIN`] syllables or more, with two or more left after them, and only concepts:
    /// shorter heads are too often the start of an unrelated word.
    fn compound_heads(
        &self,
        before: &str,
        stem: &str,
        prev: Option<bool>,
        (start, w): (usize, &Word),
        ctx: &Context,
        out: &mut Vec<Spot>,
    ) {
        // Spans are bytes of the text as written; the head is cut there only when folding kept the bytes.
        if w.folded.len() != w.span.len() || !w.folded.starts_with(stem) {
            return;
        }
        let syllables: Vec<(usize, char)> = stem.char_indices().collect();
        let before_syllables = before.chars().filter(|c| !c.is_whitespace()).count();
        let mut key = String::with_capacity(before.len() + stem.len());
        for cut in (2..syllables.len().saturating_sub(1)).rev() {
            if before_syllables + cut < COMPOUND_HEAD_MIN {
                break;
            }
            let head = &stem[..syllables[cut].0];
            key.clear();
            key.push_str(before);
            push_key(&mut key, head, true, prev);
            let Some(senses) = self.keys.get(&key) else {
                continue;
            };
            if let Some(what @ What::Concept(_)) = self.choose(senses, false, ctx) {
                out.push(Spot {
                    span: start..w.span.start + head.len(),
                    what,
                });
                return;
            }
        }
    }

    /// The sense a key stands for here: a capitalised-only acronym needs capitals in the text; of several
    /// people the one the agenda expects; of several concepts the first in the pack.
    fn choose(&self, senses: &[Sense], caps_in_text: bool, ctx: &Context) -> Option<What> {
        let usable: Vec<&Sense> = senses.iter().filter(|s| !s.caps || caps_in_text).collect();
        let people: Vec<u32> = usable
            .iter()
            .filter_map(|s| match s.target {
                Target::Person(p) => Some(p),
                Target::Concept(_) => None,
            })
            .collect();
        if !people.is_empty() {
            return self.one_person(&people, ctx).map(What::Person);
        }
        usable.iter().find_map(|s| match s.target {
            Target::Concept(c) => Some(What::Concept(c)),
            Target::Person(_) => None,
        })
    }

    /// One person of several candidates, or none when the agenda cannot tell them apart.
    fn one_person(&self, candidates: &[u32], ctx: &Context) -> Option<u32> {
        if let [only] = candidates {
            return Some(*only);
        }
        ctx.people.iter().find_map(|id| {
            candidates
                .iter()
                .copied()
                .find(|&p| self.person_id(p) == Some(id.as_str()))
        })
    }

    /// A surname with a title: "Professor Kuhlmann", "Dr. Manodham", "김 원장님", "김원장님께서". When the
    /// title is one a candidate holds (원장 for the institute's president), it picks among people who share
    /// the surname; otherwise the agenda's context does.
    fn addressed_from(&self, ws: &[Word], i: usize, ctx: &Context, out: &mut Vec<Spot>) {
        let w = &ws[i];
        let next = ws.get(i + 1);
        // The title a word is (its stem without particles or 님), if it is one.
        let title_of = |folded: &str, hangul: bool| -> Option<String> {
            if hangul {
                korean_stems(folded).into_iter().find_map(|s| {
                    let s = s.strip_suffix('님').filter(|t| !t.is_empty()).unwrap_or(s);
                    self.titles.contains(s).then(|| s.to_owned())
                })
            } else {
                let f = folded.trim_end_matches('.');
                self.titles.contains(f).then(|| f.to_owned())
            }
        };
        let mut push = |surname: &str, title: &str, span: Range<usize>| {
            let Some(all) = self.surnames.get(surname) else {
                return;
            };
            let titled: Vec<u32> = all
                .iter()
                .copied()
                .filter(|&p| {
                    self.person_titles
                        .get(p as usize)
                        .is_some_and(|t| t.iter().any(|t| t == title))
                })
                .collect();
            let pick = if titled.is_empty() {
                self.one_person(all, ctx)
            } else {
                self.one_person(&titled, ctx)
            };
            if let Some(p) = pick {
                out.push(Spot {
                    span,
                    what: What::Person(p),
                });
            }
        };
        if w.hangul {
            // 김 원장님: the surname alone, then a title.
            if let Some(n) = next.filter(|n| n.hangul) {
                if let Some(t) = title_of(&n.folded, true) {
                    push(&w.folded, &t, w.span.start..n.span.end);
                }
            }
            // 김원장님: surname and title in one word.
            if let Some((at, _)) = w.folded.char_indices().nth(1) {
                let (surname, rest) = w.folded.split_at(at);
                if let Some(t) = title_of(rest, true) {
                    push(surname, &t, w.span.clone());
                }
            }
        } else if let Some(n) = next.filter(|n| !n.hangul) {
            // Professor Kuhlmann, Dr. Manodham.
            if let Some(t) = title_of(&w.folded, false) {
                push(&n.folded, &t, w.span.start..n.span.end);
            }
        }
    }
}

impl Lexicon {
    /// A romanised name heard a little off: the words from `i` (one to four, none Hangul) whose letters,
    /// run together, are within one edit of a name's (two from 14 letters on) and begin with the same
    /// letter. Whisper hears "Kuhlmann" as "Kuhlman", "Pan Suk" as "Pansuck"; the words' boundaries do not
    /// matter, only their letters. Failing that, words all written with a capital (a recogniser writes
    /// a name it heard so, however it spells it) that *sound* like a name ([`sounds_of`]): "Illy Kim" for
    /// Iljae Kim, "Sabi Koolman" for Sabine Kuhlmann. The closest name wins; a tie the agenda cannot
    /// break is no name.
    fn near_names_from(&self, ws: &[Word], i: usize, ctx: &Context, out: &mut Vec<Spot>) {
        let Some(longest) = self
            .name_letters
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
        else {
            return;
        };
        let mut heard = String::new();
        let mut all_capital = true;
        for (n, w) in ws.iter().skip(i).take(NEAR_NAME_MAX_WORDS).enumerate() {
            if w.hangul {
                return;
            }
            all_capital &= w.capital;
            heard.extend(w.folded.chars().filter(|c| c.is_alphabetic()));
            let len = heard.chars().count();
            if len > longest + 2 {
                return;
            }
            let mut people = if len >= NEAR_NAME_MIN_LETTERS {
                self.near_by_letters(&heard)
            } else {
                Vec::new()
            };
            // By sound only as two words or more: one capitalised word is too often a sentence's first
            // ("Yangjjok yaegi…", a romanised Korean line of cc-kedict, sounds like Young-ji Tak).
            if people.is_empty() && all_capital && n >= 1 && len >= NEAR_SOUND_MIN_LETTERS {
                people = self.near_by_sound(&heard);
            }
            people.sort_unstable();
            people.dedup();
            if people.is_empty() {
                continue;
            }
            if let Some(p) = self.one_person(&people, ctx) {
                out.push(Spot {
                    span: ws[i].span.start..w.span.end,
                    what: What::Person(p),
                });
            }
        }
    }

    /// The people whose name's letters are closest to `heard`, within one edit (two from 14 letters).
    fn near_by_letters(&self, heard: &str) -> Vec<u32> {
        let len = heard.chars().count();
        let first = heard.chars().next();
        closest(self.name_letters.iter().filter_map(|(name, p)| {
            let name_len = name.chars().count();
            let allowed = if name_len >= 14 { 2 } else { 1 };
            (len.abs_diff(name_len) <= allowed && name.chars().next() == first)
                .then(|| (strsim::levenshtein(heard, name), allowed, *p))
        }))
    }

    /// The people whose name sounds closest to `heard`: the same sound code, or one edit off when the
    /// name's code is long enough ([`NEAR_SOUND_LONG_CODE`]) that one edit still tells names apart.
    fn near_by_sound(&self, heard: &str) -> Vec<u32> {
        let heard_sounds = sounds_of(heard);
        closest(self.name_sounds.iter().filter_map(|(name, p)| {
            let allowed = usize::from(name.chars().count() > NEAR_SOUND_LONG_CODE);
            heard_sounds
                .iter()
                .filter(|h| h.chars().next() == name.chars().next())
                .map(|h| strsim::levenshtein(h, name))
                .min()
                .map(|d| (d, allowed, *p))
        }))
    }
}

/// Of (distance, distance allowed, person), the people at the smallest distance within what it allows.
fn closest(scored: impl Iterator<Item = (usize, usize, u32)>) -> Vec<u32> {
    let mut best: Option<(usize, Vec<u32>)> = None;
    for (d, _, p) in scored.filter(|&(d, allowed, _)| d <= allowed) {
        match &mut best {
            Some((bd, ps)) if *bd == d => ps.push(p),
            Some((bd, _)) if *bd < d => {}
            _ => best = Some((d, vec![p])),
        }
    }
    best.map(|(_, ps)| ps).unwrap_or_default()
}

/// The fewest letters words must have before they may sound like a name ("Illy Kim" has seven).
const NEAR_SOUND_MIN_LETTERS: usize = 6;

/// A name's sound code (initial included) longer than this may be heard one edit off: "SSPNKLMN"
/// (Sabine Kuhlmann) as "SSPKLMN"; a shorter one ("IALKM", Iljae Kim) only exactly.
const NEAR_SOUND_LONG_CODE: usize = 6;

/// A number of one digit that counts nothing ("5", "4", "2원", "1 over"): never hard to render, and in
/// speech the likeliest wrong number — a recogniser writes stray digits out of noise and unclear speech
/// (seen on the evaluation speeches: "시민, 5, 요, 라, 4,", "2원", and whisper base hearing "160 trillion
/// won over" as "160 trillion 1 over"). One counting a span of time ("5 years", "five years") is what
/// the speaker said and stays. Typed text keeps all.
fn lone_digit(q: &booth_numbers::Quantity, after: &str) -> bool {
    let mut digits = q.en.chars();
    let one = digits.next().is_some_and(|c| c.is_ascii_digit()) && digits.next().is_none();
    one && !booth_numbers::counts_time(after)
}

/// An English amount that begins with its scale word ("million", "trillion one"): in speech that is the
/// tail of a number whose head was heard apart ("$350" … "million"), never a million of something; a wrong
/// number on screen is worse than none. ("a million", "one million" and Korean 만 원 are whole.)
fn headless_scale(text: &str) -> bool {
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    matches!(
        first.as_str(),
        "hundred" | "thousand" | "million" | "billion" | "trillion" | "quadrillion" | "mn" | "bn"
    )
}

/// A Korean number heard beginning with a bare scale ("백만 명", "천억"): said alone it is one of
/// that scale, but a recogniser's step that lost the head of a longer number writes the same thing
/// ("이천오백만 명" heard as "백만 명" in a real-time run of the Korean evaluation speech), and a wrong
/// number on screen is worse than none. Heard only; typed "백만 명" is a million people.
fn headless_korean(text: &str) -> bool {
    text.trim_start()
        .starts_with(['십', '백', '천', '만', '억', '조'])
}

/// The longest spans win, then the earliest, then numbers over people over terms; returned in text order.
fn settle(mut found: Vec<Spot>) -> Vec<Spot> {
    found.sort_by(|a, b| {
        (b.span.len(), a.span.start, b.what.rank()).cmp(&(
            a.span.len(),
            b.span.start,
            a.what.rank(),
        ))
    });
    let mut kept: Vec<Spot> = Vec::new();
    for s in found {
        if !kept
            .iter()
            .any(|k| k.span.start < s.span.end && s.span.start < k.span.end)
        {
            kept.push(s);
        }
    }
    kept.sort_by_key(|s| s.span.start);
    kept
}
