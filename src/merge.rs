//! Three-way merge of pack files at entry level: what changed only on disk is taken, what changed only here is
//! kept, what changed on both sides differently is a conflict that the caller resolves per entry.
//!
//! Line-based merges (git's) fail on Fluent and JSON in ways that lose meaning: two people adding concepts at
//! the end of the same group conflict on adjacent lines although nothing clashes. Booth merges the units
//! people edit: a Fluent file as its entries (messages, terms, comments, Junk, keyed by id or text, see
//! [`crate::fluent_doc`]), a JSON file as members of objects and as elements of arrays of objects with an
//! `id` (blocks, items) or of unique strings (people, contacts), recursively. Order follows our side;
//! entries added on disk are placed after the entry that precedes them on disk.
//!
//! The same function serves three callers: the conflict report of a save (what changed on disk, and whether
//! we changed it too), the merge the user asks for, and undo/redo when a file changed under a history step.

use crate::error::{Error, Result};
use crate::fluent_doc::{Document, Kind, Segment};
use crate::save::EntryChange;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// Which side wins a conflicting entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "MergeSide")]
pub enum Side {
    /// The unsaved edits made here.
    Ours,
    /// The file as it is on disk now.
    Theirs,
}

/// The result of a merge: the merged text and every entry that differed, conflicts marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    /// Every entry whose version differs between the sides, with `conflict` set where both changed it.
    pub changes: Vec<EntryChange>,
}

impl Merged {
    pub fn conflicts(&self) -> impl Iterator<Item = &EntryChange> {
        self.changes.iter().filter(|c| c.conflict)
    }
}

/// Merges `ours` and `theirs`, both descended from `base`. `None` is a missing file (treated as empty).
/// `choose` picks the winner of each conflicting entry by its key; the choice is recorded in nothing but the
/// text, the conflict itself is reported in [`Merged::changes`].
pub fn merge3(
    file: &str,
    base: Option<&str>,
    ours: Option<&str>,
    theirs: Option<&str>,
    choose: &dyn Fn(&str) -> Side,
) -> Result<Merged> {
    let (b, o, t) = (
        base.unwrap_or_default(),
        ours.unwrap_or_default(),
        theirs.unwrap_or_default(),
    );
    if o == t || t == b {
        return Ok(Merged {
            text: o.to_owned(),
            changes: Vec::new(),
        });
    }
    if o == b {
        return Ok(Merged {
            text: t.to_owned(),
            changes: Vec::new(),
        });
    }
    if file.ends_with(".json") {
        merge_json(file, b, o, t, choose)
    } else if file.ends_with(".ftl") {
        Ok(merge_fluent(b, o, t, choose))
    } else {
        // No structure known: the whole file is one entry.
        let conflict = EntryChange {
            key: String::new(),
            loaded: Some(b.to_owned()),
            disk: Some(t.to_owned()),
            ours: Some(o.to_owned()),
            conflict: true,
        };
        let text = match choose("") {
            Side::Ours => o,
            Side::Theirs => t,
        };
        Ok(Merged {
            text: text.to_owned(),
            changes: vec![conflict],
        })
    }
}

/// One entry of an ordered, keyed sequence.
type Keyed<V> = Vec<(String, V)>;

/// Decides an entry changed on both sides: (key, base, ours, theirs) → merged value (`None`: absent).
type BothChanged<'a, V> = dyn FnMut(&str, Option<&V>, Option<&V>, Option<&V>) -> Option<V> + 'a;

/// The core of every merge: an ordered keyed sequence (Fluent entries, object members, keyed array elements).
/// `both` is called for keys changed on both sides; it returns the merged value and records conflicts.
fn merge_seq<V: Clone>(
    base: &Keyed<V>,
    ours: &Keyed<V>,
    theirs: &Keyed<V>,
    eq: &dyn Fn(&V, &V) -> bool,
    both: &mut BothChanged<'_, V>,
) -> Keyed<V> {
    let map = |s: &Keyed<V>| -> HashMap<String, V> { s.iter().cloned().collect() };
    let (bm, om, tm) = (map(base), map(ours), map(theirs));
    let same = |a: Option<&V>, b: Option<&V>| match (a, b) {
        (Some(a), Some(b)) => eq(a, b),
        (None, None) => true,
        _ => false,
    };
    let decide = |key: &str, both: &mut BothChanged<'_, V>| {
        let (b, o, t) = (bm.get(key), om.get(key), tm.get(key));
        if same(o, t) || same(t, b) {
            o.cloned()
        } else if same(o, b) {
            t.cloned()
        } else {
            both(key, b, o, t)
        }
    };
    let mut out: Keyed<V> = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut placed: HashSet<String> = HashSet::new();
    for (k, _) in ours {
        if let Some(v) = decide(k, both) {
            out.push((k.clone(), v));
        }
        placed.insert(k.clone());
    }
    // Keys not on our side (added on disk, or deleted here): place after their predecessor on disk.
    let mut prev_on_disk: Option<&str> = None;
    for (k, _) in theirs {
        if !placed.contains(k) {
            if let Some(v) = decide(k, both) {
                let at = prev_on_disk
                    .and_then(|p| out.iter().position(|(ok, _)| ok == p))
                    .map_or(0, |i| i + 1);
                out.insert(at, (k.clone(), v));
            }
            placed.insert(k.clone());
        }
        prev_on_disk = Some(k);
    }
    out
}

fn fluent_keyed(doc: &Document) -> Keyed<Segment> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    doc.segs
        .iter()
        .map(|s| {
            let base = match s.kind {
                Kind::Message => s.name.clone(),
                Kind::Term => s.name.clone(),
                Kind::Comment => format!("# {}", s.name),
                Kind::GroupComment => format!("## {}", s.name),
                Kind::ResourceComment => format!("### {}", s.name),
                Kind::Junk => format!("junk: {}", s.text.lines().next().unwrap_or_default()),
            };
            let n = seen.entry(base.clone()).or_default();
            *n += 1;
            let key = if *n == 1 {
                base
            } else {
                format!("{base} #{n}")
            };
            (key, s.clone())
        })
        .collect()
}

fn merge_fluent(b: &str, o: &str, t: &str, choose: &dyn Fn(&str) -> Side) -> Merged {
    let (bd, od, td) = (Document::parse(b), Document::parse(o), Document::parse(t));
    let (bk, ok, tk) = (fluent_keyed(&bd), fluent_keyed(&od), fluent_keyed(&td));
    let mut changes = report_changes(&bk, &ok, &tk, &|s: &Segment| s.text.clone());
    let mut both =
        |key: &str, _b: Option<&Segment>, o: Option<&Segment>, t: Option<&Segment>| match choose(
            key,
        ) {
            Side::Ours => o.cloned(),
            Side::Theirs => t.cloned(),
        };
    let merged = merge_seq(&bk, &ok, &tk, &|a, b| a.text == b.text, &mut both);
    let mut doc = Document::from_parts(
        od.lead.clone(),
        merged.into_iter().map(|(_, s)| s).collect(),
    );
    // The last entry may have come from the middle of a file: make sure entries stay on their own lines.
    for s in &mut doc.segs {
        if !s.text.ends_with('\n') {
            s.text.push('\n');
        }
    }
    changes.sort_by(|a, b| a.key.cmp(&b.key));
    Merged {
        text: doc.to_text(),
        changes,
    }
}

/// Entries that differ between the three versions, conflicts marked (keys in first-seen order).
fn report_changes<V>(
    base: &Keyed<V>,
    ours: &Keyed<V>,
    theirs: &Keyed<V>,
    show: &dyn Fn(&V) -> String,
) -> Vec<EntryChange> {
    let get = |s: &Keyed<V>, k: &str| s.iter().find(|(sk, _)| sk == k).map(|(_, v)| show(v));
    let mut keys: Vec<&str> = Vec::new();
    let mut seen = HashSet::new();
    for (k, _) in base.iter().chain(ours).chain(theirs) {
        if seen.insert(k.as_str()) {
            keys.push(k);
        }
    }
    keys.into_iter()
        .filter_map(|k| {
            let (b, o, t) = (get(base, k), get(ours, k), get(theirs, k));
            if b == o && b == t {
                return None;
            }
            let conflict = o != t && o != b && t != b;
            Some(EntryChange {
                key: k.to_owned(),
                loaded: b,
                disk: t,
                ours: o,
                conflict,
            })
        })
        .collect()
}

fn parse_json(file: &str, text: &str) -> Result<Value> {
    if text.trim().is_empty() {
        return Ok(Value::Object(serde_json::Map::new()));
    }
    serde_json::from_str(text).map_err(|e| {
        Error::InvalidPack(
            crate::error::Diagnostic::error("json", file, e.to_string()).at(e.line(), e.column()),
        )
    })
}

fn merge_json(
    file: &str,
    b: &str,
    o: &str,
    t: &str,
    choose: &dyn Fn(&str) -> Side,
) -> Result<Merged> {
    let (bv, ov, tv) = (
        parse_json(file, b)?,
        parse_json(file, o)?,
        parse_json(file, t)?,
    );
    let mut changes = Vec::new();
    let merged = merge_value("", Some(&bv), Some(&ov), Some(&tv), choose, &mut changes);
    let text = match merged {
        Some(v) => crate::json_doc::to_text(&v),
        None => String::new(),
    };
    Ok(Merged { text, changes })
}

/// How the elements of an array are told apart, if they can be.
fn array_keys(items: &[Value]) -> Option<Vec<String>> {
    let mut keys = Vec::with_capacity(items.len());
    for it in items {
        let key = match it {
            Value::Object(m) => format!("[id={}]", m.get("id")?.as_str()?),
            Value::String(s) => format!("[={s}]"),
            _ => return None,
        };
        keys.push(key);
    }
    let unique: HashSet<&String> = keys.iter().collect();
    (unique.len() == keys.len()).then_some(keys)
}

fn keyed_members(v: &Value) -> Option<Keyed<Value>> {
    match v {
        Value::Object(m) => Some(
            m.iter()
                .map(|(k, v)| (format!(".{k}"), v.clone()))
                .collect(),
        ),
        Value::Array(items) => {
            let keys = array_keys(items)?;
            Some(keys.into_iter().zip(items.iter().cloned()).collect())
        }
        _ => None,
    }
}

fn merge_value(
    path: &str,
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    choose: &dyn Fn(&str) -> Side,
    changes: &mut Vec<EntryChange>,
) -> Option<Value> {
    if o == t || t == b {
        return o.cloned();
    }
    if o == b {
        return t.cloned();
    }
    let show = |v: Option<&Value>| v.map(|v| v.to_string());
    let structured = match (b, o, t) {
        (Some(bv), Some(ov), Some(tv))
            if std::mem::discriminant(bv) == std::mem::discriminant(ov)
                && std::mem::discriminant(ov) == std::mem::discriminant(tv) =>
        {
            match (keyed_members(bv), keyed_members(ov), keyed_members(tv)) {
                (Some(bk), Some(ok), Some(tk)) => Some((bk, ok, tk, ov.is_object())),
                _ => None,
            }
        }
        _ => None,
    };
    let Some((bk, ok, tk, is_object)) = structured else {
        let key = path.trim_start_matches('.').to_owned();
        changes.push(EntryChange {
            key: key.clone(),
            loaded: show(b),
            disk: show(t),
            ours: show(o),
            conflict: true,
        });
        return match choose(&key) {
            Side::Ours => o.cloned(),
            Side::Theirs => t.cloned(),
        };
    };
    // Report the simple one-sided changes below this point too, so the user sees what the merge took.
    for c in report_changes(&bk, &ok, &tk, &|v: &Value| v.to_string()) {
        if !c.conflict {
            changes.push(EntryChange {
                key: format!("{path}{}", c.key)
                    .trim_start_matches('.')
                    .to_owned(),
                ..c
            });
        }
    }
    let mut both = |key: &str, b: Option<&Value>, o: Option<&Value>, t: Option<&Value>| {
        merge_value(&format!("{path}{key}"), b, o, t, choose, changes)
    };
    let merged = merge_seq(&bk, &ok, &tk, &|a, b| a == b, &mut both);
    Some(if is_object {
        Value::Object(
            merged
                .into_iter()
                .map(|(k, v)| (k.trim_start_matches('.').to_owned(), v))
                .collect(),
        )
    } else {
        Value::Array(merged.into_iter().map(|(_, v)| v).collect())
    })
}
