//! `event.json` and `review.json` as ordered JSON values.
//!
//! Edits go through `serde_json::Value` with serde_json's `preserve_order` feature, so objects keep the key
//! order the organizer wrote (and members Booth does not know survive untouched). The file is written back
//! with `serde_json::to_string_pretty` (two-space indent, one member or element per line) plus a final
//! newline: the format the pack's own `event.json` is in, so saving it changes only the edited lines. A
//! hand-formatted file (e.g. arrays on one line) is rewritten in that format on its first save; that is the
//! only normalization, and no value changes.

use serde_json::{Map, Value};

/// The stable pretty format of pack JSON files.
pub fn to_text(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string());
    s.push('\n');
    s
}

/// `obj[key]` as an object, created (at the end of `obj`) when missing or not an object.
pub fn object_at<'a>(obj: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    match slot_at(obj, key, Value::is_object, || Value::Object(Map::new())) {
        Value::Object(m) => m,
        _ => unreachable!("just made an object"),
    }
}

/// `obj[key]` as an array, created when missing or not an array.
pub fn array_at<'a>(obj: &'a mut Map<String, Value>, key: &str) -> &'a mut Vec<Value> {
    match slot_at(obj, key, Value::is_array, || Value::Array(Vec::new())) {
        Value::Array(a) => a,
        _ => unreachable!("just made an array"),
    }
}

/// `obj[key]`, replaced by `make()` when missing or not of the wanted type (`is`).
fn slot_at<'a>(
    obj: &'a mut Map<String, Value>,
    key: &str,
    is: fn(&Value) -> bool,
    make: fn() -> Value,
) -> &'a mut Value {
    let slot = obj.entry(key.to_owned()).or_insert_with(make);
    if !is(slot) {
        *slot = make();
    }
    slot
}

/// The strings of an array of strings (other elements ignored).
pub fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The `id`s of an array of objects (elements without a string `id` ignored).
pub fn ids(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|o| o.get("id").and_then(Value::as_str).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Index of the element of an array of objects whose `id` is `id`.
pub fn position_by_id(items: &[Value], id: &str) -> Option<usize> {
    items
        .iter()
        .position(|v| v.get("id").and_then(Value::as_str) == Some(id))
}
