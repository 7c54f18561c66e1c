//! A map of a handful of entries — a concept's text per locale, its other renderings per locale, its
//! fields by name — kept as one sorted vector.
//!
//! Why not `BTreeMap`: its smallest node has room for eleven entries, 544 bytes with `String` keys and
//! values, however few it holds. A concept has three or four such maps of one or two locales each: a
//! million-concept glossary's open held 650 MB more with them (issue 16, BENCHMARKS.md).
//! ICU4X's `LiteMap` is that sorted vector with `BTreeMap`'s interface; this wrapper adds what the rest of
//! Booth needs of a map (serde as a JSON object, its TypeScript type) and iterates in key order as before.

mod store;

use litemap::LiteMap;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};
use smol_str::SmolStr;
use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use store::ThinStore;

/// A map from short string keys (locale tags, field names) to `V`, in key order.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SmallMap<V>(LiteMap<SmolStr, V, ThinStore<SmolStr, V>>);

impl<V> SmallMap<V> {
    pub const fn new() -> Self {
        Self(LiteMap::new())
    }

    pub fn with_capacity(capacity: usize) -> Self {
        Self(LiteMap::with_capacity(capacity))
    }

    /// Inserts or replaces the value for `key`, returning the old one.
    pub fn insert(&mut self, key: impl Into<SmolStr>, value: V) -> Option<V> {
        self.0.insert(key.into(), value)
    }

    // Lookups by `&str`, so that a `&String` key coerces (the keys are `SmolStr`, which borrows as `str`).
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.0.get_mut(key)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.0.remove(key)
    }

    pub fn entry(
        &mut self,
        key: impl Into<SmolStr>,
    ) -> litemap::Entry<'_, SmolStr, V, ThinStore<SmolStr, V>> {
        self.0.entry(key.into())
    }

    /// Also a path for `#[serde(skip_serializing_if = "SmallMap::is_empty")]`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V> Default for SmallMap<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> Deref for SmallMap<V> {
    type Target = LiteMap<SmolStr, V, ThinStore<SmolStr, V>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<V> DerefMut for SmallMap<V> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// `map["ko"]`, as with a `BTreeMap<String, _>`; panics when the key is missing.
impl<V> std::ops::Index<&str> for SmallMap<V> {
    type Output = V;
    fn index(&self, key: &str) -> &V {
        self.0.get(key).expect("no entry for this key")
    }
}

impl<V: fmt::Debug> fmt::Debug for SmallMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

impl<K: Into<SmolStr>, V> FromIterator<(K, V)> for SmallMap<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Self(iter.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

impl<K: Into<SmolStr>, V> Extend<(K, V)> for SmallMap<V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.0.insert(k.into(), v);
        }
    }
}

impl<K: Into<SmolStr>, V, const N: usize> From<[(K, V); N]> for SmallMap<V> {
    fn from(entries: [(K, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<V> IntoIterator for SmallMap<V> {
    type Item = (SmolStr, V);
    type IntoIter = thin_vec::IntoIter<(SmolStr, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a SmallMap<V> {
    type Item = (&'a SmolStr, &'a V);
    type IntoIter =
        <ThinStore<SmolStr, V> as litemap::store::StoreIterable<'a, SmolStr, V>>::KeyValueIter;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A JSON object, as a `BTreeMap` was (LiteMap's own serde writes a list of pairs in some formats).
impl<V: Serialize> Serialize for SmallMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SmallMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = SmallMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = SmallMap::with_capacity(access.size_hint().unwrap_or(0).min(16));
                // A key given twice keeps its last value, as serde's BTreeMap does.
                while let Some((k, v)) = access.next_entry::<String, V>()? {
                    map.0.insert(SmolStr::from(k), v);
                }
                Ok(map)
            }
        }
        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// The same TypeScript type as a `BTreeMap<String, V>` (`{ [key in string]: V }`): the IPC payloads do
/// not change shape.
impl<V: ts_rs::TS> ts_rs::TS for SmallMap<V> {
    type WithoutGenerics = <HashMap<String, V> as ts_rs::TS>::WithoutGenerics;
    type OptionInnerType = <HashMap<String, V> as ts_rs::TS>::OptionInnerType;
    fn ident(cfg: &ts_rs::Config) -> String {
        <HashMap<String, V> as ts_rs::TS>::ident(cfg)
    }
    fn name(cfg: &ts_rs::Config) -> String {
        <HashMap<String, V> as ts_rs::TS>::name(cfg)
    }
    fn inline(cfg: &ts_rs::Config) -> String {
        <HashMap<String, V> as ts_rs::TS>::inline(cfg)
    }
    fn inline_flattened(cfg: &ts_rs::Config) -> String {
        <HashMap<String, V> as ts_rs::TS>::inline_flattened(cfg)
    }
    fn visit_dependencies(v: &mut impl ts_rs::TypeVisitor)
    where
        Self: 'static,
    {
        <HashMap<String, V> as ts_rs::TS>::visit_dependencies(v);
    }
    fn visit_generics(v: &mut impl ts_rs::TypeVisitor)
    where
        Self: 'static,
    {
        <HashMap<String, V> as ts_rs::TS>::visit_generics(v);
    }
    fn decl(cfg: &ts_rs::Config) -> String {
        <HashMap<String, V> as ts_rs::TS>::decl(cfg)
    }
    fn decl_concrete(cfg: &ts_rs::Config) -> String {
        <HashMap<String, V> as ts_rs::TS>::decl_concrete(cfg)
    }
    fn output_path() -> Option<std::path::PathBuf> {
        <HashMap<String, V> as ts_rs::TS>::output_path()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn iterates_and_serialises_as_a_btree_map_does() {
        let pairs = [
            ("ko", "지방정부"),
            ("en-US", "local government"),
            ("de", "Kommune"),
        ];
        let small: SmallMap<String> = pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let btree: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert!(small
            .iter()
            .map(|(k, v)| (k.as_str(), v))
            .eq(btree.iter().map(|(k, v)| (k.as_str(), v))));
        assert_eq!(
            serde_json::to_string(&small).expect("JSON"),
            serde_json::to_string(&btree).expect("JSON")
        );
        let back: SmallMap<String> =
            serde_json::from_str(r#"{"ko":"a","en-US":"b","ko":"c"}"#).expect("JSON");
        assert_eq!(back.get("ko").map(String::as_str), Some("c"));
        assert_eq!(back.keys().collect::<Vec<_>>(), ["en-US", "ko"]);
        assert!(serde_json::from_str::<SmallMap<String>>("[1]").is_err());
    }
}
