//! Memorising a pack before the event: cards from the glossary (a term → the other language, both
//! directions) and from the documents' numbers (3억 5천만 원 → 350 million won), scheduled by FSRS
//! (`rs-fsrs`), with each user's progress in a small state file beside the pack.
//!
//! The file sits beside the pack folder like the running-late state (`…/my-event/` →
//! `…/my-event.booth-drill.json`), written atomically, one entry per user and card. A card whose concept
//! changed (its prompt or answer differs) starts again: its id carries the text it asks.

use crate::save::atomic_write;
use crate::{Error, Pack, Result};
use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Rating, FSRS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// One thing to recall.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "DrillCard")]
pub struct DrillCard {
    /// Stable while the card asks the same: `term:<concept>:<from>-<to>:<prompt>` or `number:<text>`.
    pub id: String,
    pub kind: CardKind,
    /// Language of the prompt and of the answer ("en" or "ko").
    pub from: String,
    pub to: String,
    pub prompt: String,
    pub answer: String,
    /// Other accepted answers (the glossary's other renderings and acronym).
    pub also: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "DrillCardKind")]
pub enum CardKind {
    Term,
    Number,
}

/// The cards of a pack: every concept with a term in both languages (in `session` only, when given), both
/// ways, and every number in `docs` with an exact value, in the order they occur, once each. The numbers
/// are mixed in, one after every [`TERMS_PER_NUMBER`] term cards, so the documents' numbers are drilled
/// from the start rather than after a whole glossary of new cards.
pub fn cards(pack: &Pack, docs: &[(String, String)], session: Option<&str>) -> Vec<DrillCard> {
    let lang_text = |t: &crate::Text, lang: &str| {
        t.iter()
            .find(|(l, _)| l.split('-').next() == Some(lang))
            .map(|(_, v)| v.clone())
    };
    let alts = |c: &crate::glossary::Concept, lang: &str| -> Vec<String> {
        let mut out: Vec<String> = c
            .alt
            .iter()
            .filter(|(l, _)| l.split('-').next() == Some(lang))
            .flat_map(|(_, v)| v.iter().cloned())
            .collect();
        out.extend(lang_text(&c.abbr, lang));
        out
    };
    let mut out = Vec::new();
    for c in &pack.glossary {
        if session.is_some_and(|s| !c.sessions.iter().any(|x| x == s)) {
            continue;
        }
        let (Some(en), Some(ko)) = (lang_text(&c.term, "en"), lang_text(&c.term, "ko")) else {
            continue;
        };
        for (from, to, prompt, answer) in [("en", "ko", &en, &ko), ("ko", "en", &ko, &en)] {
            out.push(DrillCard {
                id: format!("term:{}:{from}-{to}:{prompt}", c.id),
                kind: CardKind::Term,
                from: from.into(),
                to: to.into(),
                prompt: prompt.clone(),
                answer: answer.clone(),
                also: alts(c, to),
            });
        }
    }
    let terms = std::mem::take(&mut out);
    let mut numbers = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, text) in docs {
        for f in booth_numbers::scan(text) {
            let Some(q) = f.quantity() else { continue };
            if !matches!(q.value, booth_numbers::Amount::Exact { .. })
                || !seen.insert(f.text.clone())
            {
                continue;
            }
            let (from, to, answer) = match q.source_lang {
                booth_numbers::Lang::Ko => ("ko", "en", q.en_phrase.clone()),
                booth_numbers::Lang::En => ("en", "ko", q.ko_phrase.clone()),
                // Digits alone ("2,500") read the same in both languages: nothing to drill.
                _ => continue,
            };
            if answer.trim().is_empty() || answer == f.text {
                continue;
            }
            numbers.push(DrillCard {
                id: format!("number:{}", f.text),
                kind: CardKind::Number,
                from: from.into(),
                to: to.into(),
                prompt: f.text.clone(),
                answer,
                also: Vec::new(),
            });
        }
    }
    let mut numbers = numbers.into_iter();
    for (i, card) in terms.into_iter().enumerate() {
        out.push(card);
        if (i + 1) % TERMS_PER_NUMBER == 0 {
            out.extend(numbers.next());
        }
    }
    out.extend(numbers);
    out
}

/// Term cards between two number cards in a deck.
pub const TERMS_PER_NUMBER: usize = 4;

/// Whether a typed answer is the card's: the same term as the glossary's key sees it (case, plurals,
/// particles, spacing), or for a number the same value in either language.
pub fn is_right(card: &DrillCard, typed: &str) -> bool {
    match card.kind {
        CardKind::Term => {
            let key = booth_documents::term_key(typed);
            !key.is_empty()
                && std::iter::once(&card.answer)
                    .chain(&card.also)
                    .any(|a| booth_documents::term_key(a) == key)
        }
        CardKind::Number => {
            let value = |s: &str| booth_numbers::convert(s).map(|q| q.value);
            value(typed).is_some() && value(typed) == value(&card.answer)
        }
    }
}

/// How well a card was recalled, FSRS's four grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "DrillGrade")]
pub enum Grade {
    Again,
    Hard,
    Good,
    Easy,
}

impl From<Grade> for Rating {
    fn from(g: Grade) -> Rating {
        match g {
            Grade::Again => Rating::Again,
            Grade::Hard => Rating::Hard,
            Grade::Good => Rating::Good,
            Grade::Easy => Rating::Easy,
        }
    }
}

/// Every user's progress on one pack.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Progress {
    pub pack: String,
    pub users: BTreeMap<String, BTreeMap<String, Card>>,
}

impl Progress {
    /// The state file beside a pack folder: `…/my-event/` → `…/my-event.booth-drill.json`.
    pub fn path_for(pack_dir: &Path) -> PathBuf {
        match (pack_dir.parent(), pack_dir.file_name()) {
            (Some(parent), Some(name)) => {
                parent.join(format!("{}.booth-drill.json", name.to_string_lossy()))
            }
            _ => pack_dir.join(".booth-drill.json"),
        }
    }

    /// Reads the file (none yet: empty progress). A file for another pack or that is not JSON is an error,
    /// never silently replaced.
    pub fn load(path: &Path, pack_id: &str) -> Result<Progress> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Progress {
                    pack: pack_id.to_owned(),
                    ..Progress::default()
                })
            }
            Err(source) => {
                return Err(Error::Io {
                    path: path.to_owned(),
                    source,
                })
            }
        };
        let p: Progress = serde_json::from_str(&text).map_err(|e| {
            Error::InvalidArgument(format!(
                "{}: not a drill progress file: {e}",
                path.display()
            ))
        })?;
        if p.pack != pack_id {
            return Err(Error::InvalidArgument(format!(
                "{}: progress of pack `{}`, not `{pack_id}`",
                path.display(),
                p.pack
            )));
        }
        Ok(p)
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let json = serde_json::to_string_pretty(self)
            .map_err(|e| Error::InvalidArgument(e.to_string()))?;
        atomic_write(path, json.as_bytes())
    }

    /// The next card for `user` at `now`: the most overdue card first, then a card never seen (in the
    /// cards' order); None when everything is scheduled later.
    pub fn next<'c>(
        &self,
        user: &str,
        cards: &'c [DrillCard],
        now: DateTime<Utc>,
    ) -> Option<&'c DrillCard> {
        let seen = self.users.get(user);
        let due = cards
            .iter()
            .filter_map(|c| seen.and_then(|s| s.get(&c.id)).map(|st| (c, st.due)))
            .filter(|(_, due)| *due <= now)
            .min_by_key(|(_, due)| *due)
            .map(|(c, _)| c);
        due.or_else(|| {
            cards
                .iter()
                .find(|c| !seen.is_some_and(|s| s.contains_key(&c.id)))
        })
    }

    /// Records a review; returns when the card is due again.
    pub fn grade(
        &mut self,
        user: &str,
        card: &DrillCard,
        grade: Grade,
        now: DateTime<Utc>,
    ) -> DateTime<Utc> {
        let cards = self.users.entry(user.to_owned()).or_default();
        let state = cards.remove(&card.id).unwrap_or_else(|| Card {
            due: now,
            last_review: now,
            ..Card::default()
        });
        let next = FSRS::default().next(state, now, grade.into()).card;
        let due = next.due;
        cards.insert(card.id.clone(), next);
        due
    }
}

/// Where a drill stands for the window: the card to ask now and how far the user is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "DrillNext")]
pub struct Next {
    /// None when every card is scheduled later.
    pub card: Option<DrillCard>,
    /// Cards in the deck, and how many of them the user has seen.
    pub cards: usize,
    pub seen: usize,
}

/// Whose progress: `$USER` (or `USERNAME`), else "default", as `booth drill` does.
pub fn user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "default".into())
}

/// A pack folder's deck for `session` (the whole pack when `None`): its concepts, and the numbers of the
/// documents added to it.
pub fn deck(pack: &Pack, pack_dir: &Path, session: Option<&str>) -> Result<Vec<DrillCard>> {
    let docs = crate::documents::texts_of(pack_dir, session)?;
    Ok(cards(pack, &docs, session))
}

fn find<'c>(deck: &'c [DrillCard], id: &str) -> Result<&'c DrillCard> {
    deck.iter()
        .find(|c| c.id == id)
        .ok_or_else(|| Error::UnknownId {
            kind: "card".into(),
            id: id.to_owned(),
        })
}

/// One user's drill in a pack folder: `session`'s deck (the whole pack's when `None`), with the progress
/// file beside the pack. The shell and the tests name the folder, session and user once, then step.
#[derive(Debug, Clone, Copy)]
pub struct FolderDrill<'a> {
    pub pack: &'a Pack,
    pub pack_dir: &'a Path,
    pub session: Option<&'a str>,
    pub user: &'a str,
}

impl FolderDrill<'_> {
    fn deck(&self) -> Result<Vec<DrillCard>> {
        deck(self.pack, self.pack_dir, self.session)
    }

    /// The user's next card, from the progress file beside the pack.
    pub fn next(&self, now: DateTime<Utc>) -> Result<Next> {
        let deck = self.deck()?;
        let progress = Progress::load(&Progress::path_for(self.pack_dir), &self.pack.id)?;
        Ok(progress.next_of(self.user, &deck, now))
    }

    /// Grades card `id`, saves the progress file (atomically) and returns the next card.
    pub fn grade(&self, id: &str, grade: Grade, now: DateTime<Utc>) -> Result<Next> {
        let deck = self.deck()?;
        let card = find(&deck, id)?;
        let path = Progress::path_for(self.pack_dir);
        let mut progress = Progress::load(&path, &self.pack.id)?;
        progress.grade(self.user, card, grade, now);
        progress.save(&path)?;
        Ok(progress.next_of(self.user, &deck, now))
    }

    /// Whether `typed` answers card `id` of the deck ([`is_right`]).
    pub fn check(&self, id: &str, typed: &str) -> Result<bool> {
        let deck = self.deck()?;
        Ok(is_right(find(&deck, id)?, typed))
    }
}

impl Progress {
    fn next_of(&self, user: &str, deck: &[DrillCard], now: DateTime<Utc>) -> Next {
        let seen = self
            .users
            .get(user)
            .map_or(0, |s| deck.iter().filter(|c| s.contains_key(&c.id)).count());
        Next {
            card: self.next(user, deck, now).cloned(),
            cards: deck.len(),
            seen,
        }
    }
}
