//! Putting and deleting glossary concepts, and where a concept goes in its file (its domain group).

use super::editor::check_id;
use super::work::{Fields, Work};
use crate::error::{Error, Result};
use crate::fluent_doc as fluent;
use crate::fluent_doc::{Document, Kind};
use crate::glossary::{self, Concept};
use crate::json_doc as json;
use crate::Text;
use serde_json::{Map, Value};

impl<'e> Work<'e> {
    pub(super) fn put_concept(&mut self, c: &Concept) -> Result<()> {
        check_id("concept", &c.id)?;
        let sessions = json::ids(self.event()?.get("sessions"));
        for s in &c.sessions {
            if !sessions.contains(s) {
                return Err(Error::UnknownId {
                    kind: "session".into(),
                    id: s.clone(),
                });
            }
        }
        if let Some(bad) = c.fields.keys().find(|n| !glossary::is_field_name(n)) {
            return Err(Error::InvalidArgument(format!(
                "concept `{}`: `{bad}` cannot be a field name (a Fluent identifier other than abbr, alt, note)",
                c.id
            )));
        }
        let id = format!("{}{}", glossary::PREFIX, c.id);
        let domain = c
            .domain
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned);
        for locale in self.layout.locales.clone() {
            let file = self.file_for(&locale, &id, glossary::PREFIX, "glossary.ftl");
            let get = |t: &Text| t.get(&locale).cloned().unwrap_or_default();
            let alt = c
                .alt
                .get(&locale)
                .map(|v| {
                    v.iter()
                        .map(|s| s.trim())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            let mut attrs = vec![("abbr", get(&c.abbr)), ("alt", alt), ("note", get(&c.note))];
            // The fields the concept carries are set (a locale without one removes it); attributes it does
            // not name are left as they are.
            attrs.extend(c.fields.iter().map(|(name, t)| (name.as_str(), get(t))));
            let fields = Fields {
                value: Some(get(&c.term)),
                attrs,
            };
            let doc = self.doc(&file);
            let moved = doc.find(&id).is_some_and(|i| domain_at(doc, i) != domain);
            let d = domain.clone();
            let place =
                move |doc: &mut Document| -> Option<usize> { domain_slot(doc, d.as_deref()) };
            let has_text = fields
                .value
                .as_deref()
                .is_some_and(|v| !v.trim().is_empty())
                || fields.attrs.iter().any(|(_, v)| !v.trim().is_empty());
            if has_text && (doc.find(&id).is_none() || moved) {
                ensure_domain_group(doc, domain.as_deref());
            }
            self.put_message(&locale, &file, &id, &fields, &place, moved)?;
        }
        let ev = self.event()?;
        let glossary_map = json::object_at(ev, "glossary");
        let spec = glossary_map
            .entry(c.id.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(m) = spec {
            let want: Vec<Value> = c.sessions.iter().cloned().map(Value::String).collect();
            if m.get("sessions").and_then(Value::as_array) != Some(&want) {
                m.insert("sessions".into(), Value::Array(want));
            }
            // `auto` is the default and is not written, so old packs keep their bytes.
            match c.prompt {
                booth_prompts::Policy::Auto => {
                    m.shift_remove("prompt");
                }
                p => {
                    let v = serde_json::to_value(p).unwrap_or(Value::Null);
                    if m.get("prompt") != Some(&v) {
                        m.insert("prompt".into(), v);
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn delete_concept(&mut self, id: &str) -> Result<()> {
        let ev = self.event()?;
        let in_json = ev
            .get_mut("glossary")
            .and_then(Value::as_object_mut)
            .and_then(|g| g.shift_remove(id))
            .is_some();
        let msg = format!("{}{id}", glossary::PREFIX);
        self.remove_or_unknown("concept", id, &msg, in_json)
    }
}

/// `.alt` as a list, for comparing without caring about spacing around `;`.
pub(super) fn split_alt(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The domain a group comment names (`## Domain: X` → `X`; an empty `##` ends every group).
pub(super) fn group_domain(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t.strip_prefix("Domain:").unwrap_or(t).trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The domain of the entry at `i`: the closest group comment above it.
pub(super) fn domain_at(doc: &Document, i: usize) -> Option<String> {
    doc.segs[..i]
        .iter()
        .rev()
        .find(|s| s.kind == Kind::GroupComment)
        .and_then(|s| group_domain(&s.name))
}

/// The group comment of `domain`, if the file has one.
pub(super) fn group_index(doc: &Document, domain: &str) -> Option<usize> {
    doc.segs.iter().position(|s| {
        s.kind == Kind::GroupComment && group_domain(&s.name).as_deref() == Some(domain)
    })
}

/// Makes sure a new concept of `domain` has a place: appends `## Domain: X` when the file has no such
/// group. A concept without a domain needs no group.
pub(super) fn ensure_domain_group(doc: &mut Document, domain: Option<&str>) {
    if let Some(d) = domain {
        if group_index(doc, d).is_none() {
            if let Some(last) = doc.segs.last_mut() {
                if !last.text.ends_with('\n') {
                    last.text.push('\n');
                }
                if last.gap.is_empty() {
                    last.gap = "\n".into();
                }
            }
            let text = fluent::group_comment_text(&format!("Domain: {d}"));
            let name = text.trim_start_matches("## ").trim_end().to_owned();
            doc.segs.push(fluent::Segment {
                kind: Kind::GroupComment,
                name,
                text,
                gap: "\n".into(),
            });
        }
    }
}

/// Where a concept of `domain` is inserted: after the last entry of its group (before the next group
/// comment); without a domain, before the first group comment so no group claims it.
pub(super) fn domain_slot(doc: &Document, domain: Option<&str>) -> Option<usize> {
    match domain {
        Some(d) => {
            let g = group_index(doc, d)?;
            let end = doc.segs[g + 1..]
                .iter()
                .position(|s| matches!(s.kind, Kind::GroupComment | Kind::ResourceComment))
                .map_or(doc.segs.len(), |n| g + 1 + n);
            // After the last message or term of the group (or the group comment itself).
            (g..end)
                .rev()
                .find(|&i| matches!(doc.segs[i].kind, Kind::Message | Kind::Term))
                .or(Some(g))
        }
        None => match doc.segs.iter().position(|s| s.kind == Kind::GroupComment) {
            Some(0) => None,
            Some(g) => Some(g - 1),
            None => doc.segs.len().checked_sub(1),
        },
    }
}
