//! Putting and deleting speaker cards.

use super::draft::PersonDraft;
use super::editor::check_id;
use super::work::{Fields, Work};
use crate::error::{Error, Result};
use crate::fluent_doc::Document;
use crate::json_doc as json;
use crate::Text;
use serde_json::Value;

impl<'e> Work<'e> {
    pub(super) fn put_person(&mut self, p: &PersonDraft) -> Result<()> {
        check_id("person", &p.id)?;
        let id = format!("person-{}", p.id);
        let locales = self.layout.locales.clone();
        for (n, locale) in locales.iter().enumerate() {
            let file = self.file_for(locale, &id, "person-", "people.ftl");
            let get = |t: &Text| t.get(locale).cloned().unwrap_or_default();
            let mut attrs = vec![
                ("honorific", get(&p.honorific)),
                ("title", get(&p.title)),
                ("affiliation", get(&p.affiliation)),
                ("role", get(&p.role)),
                ("bio", get(&p.bio)),
            ];
            // The e-mail is one fact: written in the reference locale, and kept in step where another
            // locale already has it.
            let has_email = self
                .doc(&file)
                .message(&id)
                .is_some_and(|m| m.attributes.iter().any(|a| a.id.name == "email"));
            if n == 0 || has_email {
                attrs.push(("email", p.email.clone().unwrap_or_default()));
            }
            let fields = Fields {
                value: Some(get(&p.name)),
                attrs,
            };
            let place = |doc: &mut Document| doc.segs.len().checked_sub(1);
            self.put_message(locale, &file, &id, &fields, &place, false)?;
        }
        let ev = self.event()?;
        let people = json::array_at(ev, "people");
        if !people.iter().any(|v| v.as_str() == Some(p.id.as_str())) {
            people.push(Value::String(p.id.clone()));
        }
        let is_contact = json::strings(ev.get("contacts")).contains(&p.id);
        if p.contact && !is_contact {
            json::array_at(ev, "contacts").push(Value::String(p.id.clone()));
        } else if !p.contact && is_contact {
            json::array_at(ev, "contacts").retain(|v| v.as_str() != Some(p.id.as_str()));
        }
        Ok(())
    }

    pub(super) fn delete_person(&mut self, id: &str) -> Result<()> {
        let ev = self.event()?;
        let mut by = Vec::new();
        for b in ev
            .get("blocks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let bid = b.get("id").and_then(Value::as_str).unwrap_or_default();
            if b.get("moderator").and_then(Value::as_str) == Some(id) {
                by.push(format!("block {bid} (moderator)"));
            }
            for it in b
                .get("items")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if it.get("speaker").and_then(Value::as_str) == Some(id) {
                    let iid = it.get("id").and_then(Value::as_str).unwrap_or_default();
                    by.push(format!("item {iid} (speaker)"));
                }
            }
        }
        if !by.is_empty() {
            return Err(Error::InUse {
                id: id.to_owned(),
                by,
            });
        }
        let mut found = false;
        for key in ["people", "contacts"] {
            if let Some(a) = ev.get_mut(key).and_then(Value::as_array_mut) {
                let n = a.len();
                a.retain(|v| v.as_str() != Some(id));
                found |= a.len() != n;
            }
        }
        self.remove_or_unknown("person", id, &format!("person-{id}"), found)
    }
}
