//! The pack's terms and names, as keys that running text is looked up in: built once when a pack loads,
//! like the search index, so spotting a sentence is a handful of hash lookups whatever the glossary's size.

use crate::words::{key_of, words};
use booth_search::Entry;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether a concept becomes a prompt when it is heard (the pack says, per concept; `docs/PACK.md`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PromptPolicy")]
pub enum Policy {
    /// Prompted when heard, then not again for the cool-down.
    #[default]
    Auto,
    /// Never prompted: too common to help (it is still found by search).
    Never,
    /// Prompted every time it is heard, cool-down or not.
    Always,
}

/// A glossary entry the prompts can name: the search engine's entry and its policy.
pub trait Promptable: Entry {
    fn policy(&self) -> Policy {
        Policy::Auto
    }
}

impl Promptable for booth_search::PlainEntry {}

/// A person the prompts can name: their name in every language, and the words they are addressed by
/// (titles such as 원장 or Director; the usual academic and official ones are known already).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonEntry {
    pub id: String,
    pub names: Vec<String>,
    pub titles: Vec<String>,
}

/// What a key stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    Concept(u32),
    Person(u32),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Sense {
    pub target: Target,
    /// Written in capitals in the glossary (an acronym such as IT or UN): only a capitalised word in the
    /// text is that acronym, never the ordinary word "it" or "un".
    pub caps: bool,
}

/// Every key of the pack's terms and names.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub(crate) keys: FxHashMap<String, Vec<Sense>>,
    /// Surnames (lowercased) → people, for "Professor Kuhlmann" and 김 원장님.
    pub(crate) surnames: FxHashMap<String, Vec<u32>>,
    /// Title words (folded) a surname may follow or precede.
    pub(crate) titles: rustc_hash::FxHashSet<String>,
    pub(crate) concept_ids: Vec<String>,
    pub(crate) policies: Vec<Policy>,
    pub(crate) person_ids: Vec<String>,
    /// Each person's own title words (folded), to tell 김 원장님 from 김 교수님.
    pub(crate) person_titles: Vec<Vec<String>>,
    /// Every leading part of a multi-word key, cut at a space ("local" of "local government"): words that
    /// may still become a term when the next word is heard.
    pub(crate) prefixes: rustc_hash::FxHashSet<String>,
    /// The longest key in bytes: no match is tried longer than this (Korean spacing varies, so a term's
    /// words in the glossary do not bound the words it takes in speech).
    pub(crate) max_key: usize,
    /// Romanised names of two or more words as their letters alone ("pansukkim"), for names a recogniser
    /// spells a little differently (near names, in speech).
    pub(crate) name_letters: Vec<(String, u32)>,
    /// The same names as they sound ([`sound_of`]), for names a recogniser heard by ear alone ("Sabi
    /// Koolman" for Sabine Kuhlmann).
    pub(crate) name_sounds: Vec<(String, u32)>,
}

/// The fewest letters a romanised name needs before a near spelling of it counts in speech (shorter names
/// are too close to ordinary words; see `spot`'s near names).
pub const NEAR_NAME_MIN_LETTERS: usize = 8;

/// How a romanised name's letters sound: their Double Metaphone codes (the primary, and the alternate
/// when it differs), with the first letter kept as written so that a name heard by ear keeps its
/// initial ("Iljae Kim" and "Illy Kim" are both `I` + ALKM; Metaphone writes every initial vowel as A).
/// Double Metaphone rather than Soundex: it was made for names of many origins and keeps the whole word,
/// where Soundex keeps four characters.
pub(crate) fn sounds_of(letters: &str) -> Vec<String> {
    let Some(first) = letters.chars().next() else {
        return Vec::new();
    };
    let codes = rphonetic::DoubleMetaphone::new(Some(letters.len())).double_metaphone(letters);
    let (primary, alternate) = (codes.primary(), codes.alternate());
    let mut out = vec![format!("{first}{primary}")];
    if alternate != primary {
        out.push(format!("{first}{alternate}"));
    }
    out
}

/// Titles by which people are addressed with their surname, in English and Korean.
const TITLES: &[&str] = &[
    "professor",
    "prof",
    "dr",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "minister",
    "director",
    "secretary",
    "ambassador",
    "president",
    "chair",
    "chairman",
    "chairperson",
    "dean",
    "governor",
    "mayor",
    "commissioner",
    "excellency",
    "교수",
    "교수님",
    "원장",
    "원장님",
    "위원장",
    "위원장님",
    "센터장",
    "센터장님",
    "장관",
    "장관님",
    "차관",
    "차관님",
    "박사",
    "박사님",
    "실장",
    "실장님",
    "국장",
    "국장님",
    "처장",
    "처장님",
    "총장",
    "총장님",
    "대표",
    "대표님",
    "대사",
    "대사님",
    "시장",
    "시장님",
    "의원",
    "의원님",
    "선생",
    "선생님",
    "소장",
    "소장님",
    "이사장",
    "이사장님",
    "학장",
    "학장님",
    "님",
    "씨",
];

impl Lexicon {
    pub fn build<C: Promptable>(concepts: &[C], people: &[PersonEntry]) -> Lexicon {
        let mut lx = Lexicon {
            titles: TITLES.iter().map(|t| (*t).to_owned()).collect(),
            ..Lexicon::default()
        };
        for (i, c) in concepts.iter().enumerate() {
            let target = Target::Concept(u32::try_from(i).unwrap_or(u32::MAX));
            lx.concept_ids.push(c.id().to_owned());
            lx.policies.push(c.policy());
            let forms = c
                .term()
                .values()
                .chain(c.abbr().values())
                .chain(c.alt().values().flatten());
            for form in forms {
                lx.add(form, target);
            }
        }
        for (i, p) in people.iter().enumerate() {
            let n = u32::try_from(i).unwrap_or(u32::MAX);
            lx.person_ids.push(p.id.clone());
            for name in &p.names {
                lx.add(name, Target::Person(n));
                let ws = words(name);
                if ws.len() >= 2 && ws.iter().all(|w| !w.hangul) {
                    let letters = crate::words::letters_of(&ws);
                    if letters.chars().count() >= NEAR_NAME_MIN_LETTERS {
                        for sound in sounds_of(&letters) {
                            lx.name_sounds.push((sound, n));
                        }
                        lx.name_letters.push((letters, n));
                    }
                }
                let surnames: Vec<String> = if ws.len() == 1 && ws[0].hangul {
                    // A Korean name written as one word: its first syllable is the surname (김판석 → 김).
                    name.chars()
                        .next()
                        .map(|c| c.to_string())
                        .into_iter()
                        .collect()
                } else {
                    // A romanised name's family name may come first (Kim Soon Eun) or last (Pan Suk Kim).
                    [ws.first(), ws.last()]
                        .into_iter()
                        .flatten()
                        .filter(|w| w.folded.chars().count() >= 2)
                        .map(|w| w.folded.clone())
                        .collect()
                };
                for s in surnames {
                    let list = lx.surnames.entry(s).or_default();
                    if !list.contains(&n) {
                        list.push(n);
                    }
                }
            }
            let mut own = Vec::new();
            for t in &p.titles {
                if let Some(last) = words(t).last() {
                    lx.titles.insert(last.folded.clone());
                    own.push(last.folded.clone());
                }
            }
            lx.person_titles.push(own);
        }
        lx
    }

    fn add(&mut self, form: &str, target: Target) {
        let key = key_of(form);
        if key.is_empty() {
            return;
        }
        let ws = words(form);
        self.max_key = self.max_key.max(key.len());
        for (i, _) in key.match_indices(' ') {
            self.prefixes.insert(key[..i].to_owned());
        }
        let caps = ws.len() == 1 && ws[0].caps;
        let senses = self.keys.entry(key).or_default();
        if !senses.iter().any(|s| s.target == target) {
            senses.push(Sense { target, caps });
        }
    }

    pub fn concept_id(&self, i: u32) -> Option<&str> {
        self.concept_ids.get(i as usize).map(String::as_str)
    }

    pub fn person_id(&self, i: u32) -> Option<&str> {
        self.person_ids.get(i as usize).map(String::as_str)
    }

    pub fn policy(&self, i: u32) -> Policy {
        self.policies.get(i as usize).copied().unwrap_or_default()
    }

    /// Whether `text` (its last words as heard) may be the start of a longer term or name.
    pub fn may_continue(&self, text: &str) -> bool {
        let key = crate::words::key_of(text);
        !key.is_empty() && self.prefixes.contains(&key)
    }

    /// How many keys the lexicon holds.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}
