//! One batch of edits being applied: the files it parsed, changed in memory, and the checks that what
//! was written reads back as the text the user typed. The edits themselves live beside this file, one
//! module per kind of entry (`concepts`, `people`, `items`).

use super::concepts::split_alt;
use super::draft::Edit;
use super::editor::{parse_json, Editor, Layout};
use super::{EVENT_FILE, REVIEW_FILE};
use crate::error::{Error, Result};
use crate::fluent_doc as fluent;
use crate::fluent_doc::{Document, Kind};
use crate::glossary;
use crate::json_doc as json;
use crate::l10n::Catalog;
use crate::text::normalized;
use fluent_syntax::ast;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The scratch state of one batch of edits: parsed documents, written back only if every edit succeeds.
pub(super) struct Work<'e> {
    pub(super) editor: &'e Editor,
    pub(super) layout: Layout,
    pub(super) ftl: BTreeMap<String, Document>,
    pub(super) json: BTreeMap<String, Value>,
    pub(super) catalogs: HashMap<String, Catalog>,
}

/// The fields of one message Booth manages: the value and named attributes, as wanted text.
pub(super) struct Fields<'a> {
    pub(super) value: Option<String>,
    pub(super) attrs: Vec<(&'a str, String)>,
}

impl<'e> Work<'e> {
    pub(super) fn new(editor: &'e Editor, layout: Layout) -> Self {
        Work {
            editor,
            layout,
            ftl: BTreeMap::new(),
            json: BTreeMap::new(),
            catalogs: HashMap::new(),
        }
    }

    pub(super) fn finish(self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        for (file, doc) in &self.ftl {
            let text = doc.to_text();
            let before = self.editor.text(file).unwrap_or_default();
            if text != before {
                let junk = |t: &str| {
                    Document::parse(t)
                        .segs
                        .iter()
                        .filter(|s| s.kind == Kind::Junk)
                        .count()
                };
                if junk(&text) > junk(&before) {
                    return Err(Error::InvalidArgument(format!(
                        "{file}: the edit would not parse as Fluent; nothing was changed"
                    )));
                }
            }
            out.push((file.clone(), text));
        }
        for (file, v) in &self.json {
            out.push((file.clone(), json::to_text(v)));
        }
        Ok(out)
    }

    pub(super) fn doc(&mut self, file: &str) -> &mut Document {
        let editor = self.editor;
        self.ftl
            .entry(file.to_owned())
            .or_insert_with(|| Document::parse(&editor.text(file).unwrap_or_default()))
    }

    pub(super) fn event(&mut self) -> Result<&mut Map<String, Value>> {
        self.json_file(EVENT_FILE)
    }

    pub(super) fn json_file(&mut self, file: &str) -> Result<&mut Map<String, Value>> {
        if !self.json.contains_key(file) {
            let v = match self.editor.text(file) {
                Some(t) if !t.trim().is_empty() => parse_json(file, &t)?,
                _ => Value::Object(Map::new()),
            };
            self.json.insert(file.to_owned(), v);
        }
        match self.json.get_mut(file) {
            Some(Value::Object(m)) => Ok(m),
            _ => Err(Error::InvalidPack(crate::Diagnostic::error(
                "json",
                file,
                "the top level is not an object",
            ))),
        }
    }

    /// The file of `locale` that holds message `id`, or where a new one of that family goes: the resource
    /// already holding messages with `prefix`, else the one named `fallback` (e.g. `glossary.ftl`).
    pub(super) fn file_for(
        &mut self,
        locale: &str,
        id: &str,
        prefix: &str,
        fallback: &str,
    ) -> String {
        let resources = self.layout.resources.clone();
        let paths: Vec<String> = resources.iter().map(|r| format!("{locale}/{r}")).collect();
        for p in &paths {
            if self.doc(p).find(id).is_some() {
                return p.clone();
            }
        }
        for p in &paths {
            if self
                .doc(p)
                .segs
                .iter()
                .any(|s| s.kind == Kind::Message && s.name.starts_with(prefix))
            {
                return p.clone();
            }
        }
        let by_name = resources
            .iter()
            .find(|r| Path::new(r).file_name().is_some_and(|n| n == fallback));
        match by_name.or(resources.last()) {
            Some(r) => format!("{locale}/{r}"),
            None => format!("{locale}/{fallback}"),
        }
    }

    /// What a field shows now: the pattern's own text when it is plain, else the bundle's formatting.
    pub(super) fn shown(
        &mut self,
        locale: &str,
        msg: &ast::Message<String>,
        attr: Option<&str>,
    ) -> String {
        let pattern = match attr {
            None => msg.value.as_ref(),
            Some(a) => msg
                .attributes
                .iter()
                .find(|x| x.id.name == a)
                .map(|x| &x.value),
        };
        let Some(pattern) = pattern else {
            return String::new();
        };
        if let Some(t) = fluent::plain_text(pattern) {
            return normalized(&t);
        }
        let catalog = self.catalog(locale);
        catalog
            .format(&msg.id.name, attr, None)
            .map(|s| normalized(&s))
            .unwrap_or_default()
    }

    pub(super) fn catalog(&mut self, locale: &str) -> &Catalog {
        let editor = self.editor;
        let resources = self.layout.resources.clone();
        self.catalogs.entry(locale.to_owned()).or_insert_with(|| {
            let lang = locale.parse().unwrap_or_default();
            let mut c = Catalog::new(lang);
            let mut diags = Vec::new();
            for r in &resources {
                let rel = format!("{locale}/{r}");
                if let Some(t) = editor.text(&rel) {
                    c.add_file(&rel, t.into_owned(), &mut diags);
                }
            }
            c
        })
    }

    /// Writes the managed fields of message `id` in `file`, keeping its comment, its other attributes and
    /// every field whose shown text is unchanged. Returns the message index, or `None` when the message
    /// ends up empty (and is removed). `place` decides where a new (or moved) message goes.
    pub(super) fn put_message(
        &mut self,
        locale: &str,
        file: &str,
        id: &str,
        fields: &Fields<'_>,
        place: &dyn Fn(&mut Document) -> Option<usize>,
        moved: bool,
    ) -> Result<()> {
        let existing = self.doc(file).message(id);
        let mut msg = existing.clone().unwrap_or(ast::Message {
            id: fluent::ident(id),
            value: None,
            attributes: Vec::new(),
            comment: None,
        });
        let mut set: Vec<(Option<&str>, String)> = Vec::new();
        if let Some(want) = &fields.value {
            let want = normalized(want);
            if self.shown(locale, &msg, None) != want {
                msg.value = (!want.is_empty()).then(|| fluent::text_pattern(&want));
                set.push((None, want));
            }
        }
        for (name, want) in &fields.attrs {
            let want = normalized(want);
            let now = self.shown(locale, &msg, Some(name));
            let same = if *name == "alt" {
                split_alt(&now) == split_alt(&want)
            } else {
                now == want
            };
            if same {
                continue;
            }
            let pos = msg.attributes.iter().position(|a| a.id.name == *name);
            match (pos, want.is_empty()) {
                (Some(i), true) => {
                    msg.attributes.remove(i);
                }
                (Some(i), false) => msg.attributes[i].value = fluent::text_pattern(&want),
                (None, true) => {}
                (None, false) => msg.attributes.push(ast::Attribute {
                    id: fluent::ident(name),
                    value: fluent::text_pattern(&want),
                }),
            }
            set.push((Some(name), want));
        }
        let doc = self.doc(file);
        let index = doc.find(id);
        let empty = msg.value.is_none() && msg.attributes.is_empty();
        if empty {
            if let Some(i) = index {
                doc.remove(i);
            }
            return Ok(());
        }
        if set.is_empty() && index.is_some() && !moved {
            return Ok(());
        }
        // What was written must read back as exactly what was asked.
        let text = fluent::serialize_message(&msg);
        let back = fluent::message_of(&text).ok_or_else(|| {
            Error::InvalidArgument(format!("`{id}` cannot be written as a Fluent message"))
        })?;
        for (attr, want) in &set {
            let pattern = match attr {
                None => back.value.as_ref(),
                Some(a) => back
                    .attributes
                    .iter()
                    .find(|x| x.id.name == *a)
                    .map(|x| &x.value),
            };
            let got = pattern
                .and_then(fluent::plain_text)
                .map(|t| normalized(&t))
                .unwrap_or_default();
            if &got != want {
                return Err(Error::InvalidArgument(format!(
                    "`{id}`: the text {want:?} cannot be written as Fluent text (reads back as {got:?})"
                )));
            }
        }
        match index {
            Some(i) if !moved => {
                if set.is_empty() {
                    return Ok(());
                }
                doc.replace(i, &msg);
            }
            _ => {
                // New, or moving (e.g. to another domain): keep the old text when nothing else changed.
                let old_text = index.map(|i| doc.segs[i].text.clone());
                if let Some(i) = index {
                    doc.remove(i);
                }
                let entry = match (old_text, set.is_empty()) {
                    (Some(t), true) => t,
                    _ => text,
                };
                let after = place(doc);
                doc.insert_text(after, Kind::Message, id, entry);
            }
        }
        Ok(())
    }

    /// The end of every delete: the entity's message `msg` goes from every file, and an id found neither
    /// there nor in `event.json` (`in_json`) is unknown, so the whole edit fails.
    pub(super) fn remove_or_unknown(
        &mut self,
        kind: &str,
        id: &str,
        msg: &str,
        in_json: bool,
    ) -> Result<()> {
        if !self.remove_message_everywhere(msg) && !in_json {
            return Err(Error::UnknownId {
                kind: kind.into(),
                id: id.to_owned(),
            });
        }
        Ok(())
    }

    pub(super) fn remove_message_everywhere(&mut self, id: &str) -> bool {
        let mut found = false;
        let locales = self.layout.locales.clone();
        let resources = self.layout.resources.clone();
        for l in &locales {
            for r in &resources {
                let doc = self.doc(&format!("{l}/{r}"));
                while let Some(i) = doc.find(id) {
                    doc.remove(i);
                    found = true;
                }
            }
        }
        found
    }

    pub(super) fn message_exists(&mut self, id: &str) -> bool {
        let locales = self.layout.locales.clone();
        let resources = self.layout.resources.clone();
        locales.iter().any(|l| {
            resources
                .iter()
                .any(|r| self.doc(&format!("{l}/{r}")).find(id).is_some())
        })
    }

    pub(super) fn apply(&mut self, edit: Edit) -> Result<()> {
        match edit {
            Edit::PutConcept { concept } => self.put_concept(&concept),
            Edit::DeleteConcept { id } => self.delete_concept(&id),
            Edit::PutPerson { person } => self.put_person(&person),
            Edit::DeletePerson { id } => self.delete_person(&id),
            Edit::PutItem { item } => self.put_item(&item),
            Edit::DeleteItem { id } => self.delete_item(&id),
            Edit::SetReview { review } => {
                let people = json::strings(self.event()?.get("people"));
                let known_concept =
                    self.message_exists(&format!("{}{}", glossary::PREFIX, review.concept));
                if !known_concept {
                    return Err(Error::UnknownId {
                        kind: "concept".into(),
                        id: review.concept.clone(),
                    });
                }
                if !people.contains(&review.reviewer) {
                    return Err(Error::UnknownId {
                        kind: "person".into(),
                        id: review.reviewer.clone(),
                    });
                }
                let now = self.editor.clock.unwrap_or_else(chrono::Utc::now);
                let file = self.json_file(REVIEW_FILE)?;
                crate::review::apply(file, &review, now)
            }
        }
    }
}
