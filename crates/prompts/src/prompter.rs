//! Which of the things found become prompts, and when: only the hard items, never a transcript.
//!
//! Numbers are always prompted (numbers are where interpreters fail most). A term or a person is prompted
//! once, then not again for the cool-down (60 s by default) unless the pack marks the concept `always`;
//! a concept marked `never` is not prompted at all. What is not a quantity (a year, a date, an identifier)
//! is never a prompt.

use crate::lexicon::{Lexicon, Policy};
use crate::spot::{Context, What};
use booth_numbers::Quantity;
use rustc_hash::FxHashMap;
use serde::Serialize;
use ts_rs::TS;

/// What kind of help a prompt gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum PromptKind {
    Number,
    Term,
    Person,
}

/// One prompt: the words of the text it was found in, and what they are.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Prompt {
    pub kind: PromptKind,
    /// Span in Unicode scalar values (characters) of the text, end exclusive.
    pub start: u32,
    pub end: u32,
    /// The words as they were said or written.
    pub text: String,
    /// The concept's or person's id.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Position of the concept or person in the slices the lexicon was built from (for joining in place).
    #[serde(skip)]
    #[ts(skip)]
    pub index: Option<u32>,
    /// For a number: its exact value and renderings in both languages.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Quantity>,
}

/// The cool-down state of one listener (a window, a command-line run).
#[derive(Debug, Clone)]
pub struct Prompter {
    /// Milliseconds before a term or person is prompted again (0: every time).
    pub cooldown_ms: u64,
    last: FxHashMap<(PromptKind, u32), u64>,
}

impl Default for Prompter {
    fn default() -> Self {
        Prompter::new(60_000)
    }
}

impl Prompter {
    pub fn new(cooldown_ms: u64) -> Prompter {
        Prompter {
            cooldown_ms,
            last: FxHashMap::default(),
        }
    }

    /// The prompts of `text` heard at `now_ms` (any clock, in milliseconds), in text order.
    pub fn prompts(
        &mut self,
        lexicon: &Lexicon,
        text: &str,
        now_ms: u64,
        ctx: &Context,
    ) -> Vec<Prompt> {
        let spots = lexicon.spot(text, ctx);
        self.prompts_of_spots(lexicon, text, spots, now_ms)
    }

    /// The prompts of `spots` found in `text` ([`Lexicon::spot`]), some perhaps left out by the caller (a
    /// listener keeps only what two recognition steps agree on), with the cool-down of [`Prompter::prompts`].
    pub fn prompts_of_spots(
        &mut self,
        lexicon: &Lexicon,
        text: &str,
        spots: Vec<crate::Spot>,
        now_ms: u64,
    ) -> Vec<Prompt> {
        let mut out = Vec::with_capacity(spots.len());
        // Byte offsets → character offsets, in one pass over the text.
        let mut chars = text.char_indices().map(|(b, _)| b).enumerate().peekable();
        let mut char_at = |byte: usize| -> u32 {
            let mut n = 0;
            while let Some(&(i, b)) = chars.peek() {
                if b >= byte {
                    n = i;
                    break;
                }
                chars.next();
                n = i + 1;
            }
            u32::try_from(n).unwrap_or(u32::MAX)
        };
        for s in spots {
            let index = match s.what {
                What::Concept(i) | What::Person(i) => Some(i),
                _ => None,
            };
            let (kind, id, number, key) = match s.what {
                What::Number(q) => (PromptKind::Number, None, Some(*q), None),
                What::Concept(c) => {
                    let policy = lexicon.policy(c);
                    if policy == Policy::Never {
                        continue;
                    }
                    let key = (policy != Policy::Always).then_some((PromptKind::Term, c));
                    (
                        PromptKind::Term,
                        lexicon.concept_id(c).map(str::to_owned),
                        None,
                        key,
                    )
                }
                What::Person(p) => (
                    PromptKind::Person,
                    lexicon.person_id(p).map(str::to_owned),
                    None,
                    Some((PromptKind::Person, p)),
                ),
                What::NotAQuantity => continue,
            };
            if let Some(key) = key {
                if self.last.get(&key).is_some_and(|&t| {
                    self.cooldown_ms > 0 && now_ms.saturating_sub(t) < self.cooldown_ms
                }) {
                    continue;
                }
                self.last.insert(key, now_ms);
            }
            let start = char_at(s.span.start);
            let end = char_at(s.span.end);
            out.push(Prompt {
                kind,
                start,
                end,
                text: text.get(s.span.clone()).unwrap_or_default().to_owned(),
                id,
                index,
                number,
            });
        }
        out
    }

    /// Forgets what was prompted (a new speech, another pack).
    pub fn reset(&mut self) {
        self.last.clear();
    }
}
