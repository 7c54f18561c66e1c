//! Prompts as the front ends show them: each with the concept or person it names, so the window and the
//! command line print both languages without holding the pack; and the agenda's word on who is speaking,
//! which settles a surname several people share.

use crate::agenda::Agenda;
use crate::glossary::Concept;
use crate::people::Person;
use crate::Pack;
use booth_prompts::{Context, Prompt, PromptKind, Prompter};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Text to prompt from: a line heard or typed, or a whole script pasted for preparation.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PromptRequest {
    pub text: String,
    /// When it was said (RFC 3339; default now): the agenda then says who is speaking.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub at: Option<String>,
}

/// One prompt with what it names, and a line for each language: a number's rendering ("350 million",
/// "3억 5천만"), a concept's terms, a person's names.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Prompted {
    #[serde(flatten)]
    pub prompt: Prompt,
    pub en: String,
    pub ko: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concept: Option<Concept>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
}

/// Who is likely to be named at `at`: the current speaker, the block's moderator, then the next speaker.
pub fn context(agenda: &Agenda, at: DateTime<Utc>) -> Context {
    let status = agenda.status_at(at);
    let mut people = Vec::new();
    let mut add = |id: Option<&String>| {
        if let Some(id) = id {
            if !people.contains(id) {
                people.push(id.clone());
            }
        }
    };
    if let Some(r) = status.current {
        add(agenda.item(r).speaker.as_ref());
    }
    if let Some(b) = status.block.and_then(|b| agenda.blocks.get(b)) {
        add(b.moderator.as_ref());
    }
    if let Some(r) = status.next {
        add(agenda.item(r).speaker.as_ref());
    }
    Context {
        people,
        heard: false,
    }
}

impl PromptRequest {
    /// The prompts of this text for `prompter` (its cool-down), joined to the pack's concepts and people.
    pub fn answer(&self, pack: &Pack, prompter: &mut Prompter) -> crate::Result<Vec<Prompted>> {
        let at = super::instant(self.at.as_deref())?;
        let ctx = context(&pack.agenda, at);
        let now_ms = u64::try_from(at.timestamp_millis()).unwrap_or(0);
        let prompts = prompter.prompts(pack.lexicon(), &self.text, now_ms, &ctx);
        Ok(prompts.into_iter().map(|p| joined(pack, p)).collect())
    }
}

/// A prompt with the concept or person it names, and its line in each language.
pub(crate) fn joined(pack: &Pack, prompt: Prompt) -> Prompted {
    let at = prompt.index.map(|i| i as usize);
    let concept = match prompt.kind {
        PromptKind::Term => at.and_then(|i| pack.glossary.get(i)).cloned(),
        _ => None,
    };
    let person = match prompt.kind {
        PromptKind::Person => at.and_then(|i| pack.people.get(i)).cloned(),
        _ => None,
    };
    let in_lang = |text: &crate::Text, lang: &str| -> String {
        text.iter()
            .find(|(l, _)| l.split('-').next() == Some(lang))
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let (en, ko) = match (&prompt.number, &concept, &person) {
        (Some(q), _, _) => (q.en_phrase.clone(), q.ko_phrase.clone()),
        (_, Some(c), _) => (in_lang(&c.term, "en"), in_lang(&c.term, "ko")),
        // A foreign name is said in Korean by its reading (marked as one on the card), the original after it.
        (_, _, Some(p)) => {
            let name_ko = in_lang(&p.name, "ko");
            let ko = match in_lang(&p.reading, "ko") {
                r if !r.is_empty() && r != name_ko => format!("{r} ({name_ko})"),
                _ => name_ko,
            };
            (in_lang(&p.name, "en"), ko)
        }
        _ => (String::new(), String::new()),
    };
    Prompted {
        prompt,
        en,
        ko,
        concept,
        person,
    }
}
