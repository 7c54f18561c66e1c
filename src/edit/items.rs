//! Putting and deleting agenda items (and the blocks they make up in `event.json`).

use super::draft::ItemDraft;
use super::editor::check_id;
use super::work::{Fields, Work};
use crate::error::{Error, Result};
use crate::fluent_doc::Document;
use crate::json_doc as json;
use serde_json::{Map, Value};

impl<'e> Work<'e> {
    pub(super) fn put_item(&mut self, it: &ItemDraft) -> Result<()> {
        check_id("item", &it.id)?;
        let ev = self.event()?;
        let people = json::strings(ev.get("people"));
        let named = it.speaker.iter().chain(it.cospeakers.iter().flatten());
        if let Some(sp) = named.into_iter().find(|sp| !people.contains(sp)) {
            return Err(Error::UnknownId {
                kind: "person".into(),
                id: sp.clone(),
            });
        }
        let blocks = ev
            .get_mut("blocks")
            .and_then(Value::as_array_mut)
            .ok_or_else(|| Error::InvalidArgument("event.json has no `blocks`".into()))?;
        let Some(target) = json::position_by_id(blocks, &it.block) else {
            return Err(Error::UnknownId {
                kind: "block".into(),
                id: it.block.clone(),
            });
        };
        // Where the item is now, if anywhere.
        let mut current: Option<(usize, usize)> = None;
        for (bi, b) in blocks.iter().enumerate() {
            if let Some(items) = b.get("items").and_then(Value::as_array) {
                if let Some(ii) = json::position_by_id(items, &it.id) {
                    current = Some((bi, ii));
                }
            }
        }
        let mut obj = match current {
            Some((bi, ii)) => blocks[bi]["items"][ii]
                .as_object()
                .cloned()
                .unwrap_or_default(),
            None => Map::new(),
        };
        obj.insert("id".into(), Value::String(it.id.clone()));
        obj.insert(
            "kind".into(),
            serde_json::to_value(it.kind).unwrap_or(Value::Null),
        );
        obj.insert("minutes".into(), Value::from(it.minutes));
        match &it.speaker {
            Some(s) => {
                obj.insert("speaker".into(), Value::String(s.clone()));
            }
            None => {
                obj.shift_remove("speaker");
            }
        }
        match it.cospeakers.as_deref() {
            None => {}
            Some([]) => {
                obj.shift_remove("cospeakers");
            }
            Some(list) => {
                obj.insert("cospeakers".into(), Value::from(list.to_vec()));
            }
        }
        let obj = Value::Object(obj);
        match current {
            Some((bi, ii)) if bi == target && it.position.is_none_or(|p| p == ii) => {
                blocks[bi]["items"][ii] = obj;
            }
            _ => {
                if let Some((bi, ii)) = current {
                    if let Some(items) = blocks[bi].get_mut("items").and_then(Value::as_array_mut) {
                        items.remove(ii);
                    }
                }
                let Value::Object(block) = &mut blocks[target] else {
                    return Err(Error::InvalidArgument(format!(
                        "block `{}` is not an object",
                        it.block
                    )));
                };
                let items = json::array_at(block, "items");
                let at = it.position.unwrap_or(items.len()).min(items.len());
                items.insert(at, obj);
            }
        }
        // The message goes after the previous item's (or the block's) message when new.
        let block_items = json::ids(blocks[target].get("items"));
        let mut before: Vec<String> = block_items
            .iter()
            .take_while(|i| **i != it.id)
            .map(|i| format!("item-{i}"))
            .collect();
        before.reverse();
        before.push(format!("block-{}", it.block));
        let id = format!("item-{}", it.id);
        for locale in self.layout.locales.clone() {
            let file = self.file_for(&locale, &id, "item-", "agenda.ftl");
            let fields = Fields {
                value: Some(it.title.get(&locale).cloned().unwrap_or_default()),
                attrs: Vec::new(),
            };
            let anchors = before.clone();
            let place = move |doc: &mut Document| -> Option<usize> {
                anchors
                    .iter()
                    .find_map(|a| doc.find(a))
                    .or(doc.segs.len().checked_sub(1))
            };
            self.put_message(&locale, &file, &id, &fields, &place, false)?;
        }
        Ok(())
    }

    pub(super) fn delete_item(&mut self, id: &str) -> Result<()> {
        let ev = self.event()?;
        let mut found = false;
        if let Some(blocks) = ev.get_mut("blocks").and_then(Value::as_array_mut) {
            for b in blocks {
                if let Some(items) = b.get_mut("items").and_then(Value::as_array_mut) {
                    let n = items.len();
                    items.retain(|v| v.get("id").and_then(Value::as_str) != Some(id));
                    found |= items.len() != n;
                }
            }
        }
        self.remove_or_unknown("item", id, &format!("item-{id}"), found)
    }
}
