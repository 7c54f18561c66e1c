//! The store under [`super::SmallMap`]: a `ThinVec`, whose length and capacity live in its allocation.
//!
//! Why: a concept carries five of these maps (term, abbreviation, other renderings, note, fields), and most
//! are empty. A `Vec` is 24 bytes inline even then; a `ThinVec` is one pointer and allocates nothing while
//! empty. At 100,000 concepts that is 8 MB of the window's memory at rest (issue 16, BENCHMARKS.md), for
//! 16 bytes more on each map that holds something. The trait set is LiteMap's own for `Vec`, checked with
//! its store tests (`litemap::testing`).

use litemap::store::{
    Store, StoreBulkMut, StoreConstEmpty, StoreFromIterable, StoreFromIterator, StoreIntoIterator,
    StoreIterable, StoreIterableMut, StoreMut, StoreSlice,
};
use std::cmp::Ordering;
use std::ops::Range;
use thin_vec::ThinVec;

/// Sorted `(key, value)` pairs, as LiteMap keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThinStore<K, V>(ThinVec<(K, V)>);

impl<K, V> Default for ThinStore<K, V> {
    fn default() -> Self {
        Self(ThinVec::new())
    }
}

impl<K, V> StoreConstEmpty<K, V> for ThinStore<K, V> {
    const EMPTY: Self = Self(ThinVec::new());
}

impl<K, V> Store<K, V> for ThinStore<K, V> {
    fn lm_len(&self) -> usize {
        self.0.len()
    }

    fn lm_is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn lm_get(&self, index: usize) -> Option<(&K, &V)> {
        self.0.get(index).map(|(k, v)| (k, v))
    }

    fn lm_last(&self) -> Option<(&K, &V)> {
        self.0.last().map(|(k, v)| (k, v))
    }

    fn lm_binary_search_by<F>(&self, mut cmp: F) -> Result<usize, usize>
    where
        F: FnMut(&K) -> Ordering,
    {
        self.0.binary_search_by(|(k, _)| cmp(k))
    }
}

impl<K, V> StoreSlice<K, V> for ThinStore<K, V> {
    type Slice = [(K, V)];

    fn lm_get_range(&self, range: Range<usize>) -> Option<&Self::Slice> {
        self.0.get(range)
    }
}

impl<K, V> StoreMut<K, V> for ThinStore<K, V> {
    fn lm_with_capacity(capacity: usize) -> Self {
        Self(ThinVec::with_capacity(capacity))
    }

    fn lm_reserve(&mut self, additional: usize) {
        self.0.reserve(additional)
    }

    fn lm_get_mut(&mut self, index: usize) -> Option<(&K, &mut V)> {
        self.0.get_mut(index).map(|(k, v)| (&*k, v))
    }

    fn lm_push(&mut self, key: K, value: V) {
        self.0.push((key, value))
    }

    fn lm_insert(&mut self, index: usize, key: K, value: V) {
        self.0.insert(index, (key, value))
    }

    fn lm_remove(&mut self, index: usize) -> (K, V) {
        self.0.remove(index)
    }

    fn lm_clear(&mut self) {
        self.0.clear()
    }
}

impl<K: Ord, V> StoreBulkMut<K, V> for ThinStore<K, V> {
    fn lm_retain<F>(&mut self, mut predicate: F)
    where
        F: FnMut(&K, &V) -> bool,
    {
        self.0.retain(|(k, v)| predicate(k, v))
    }

    /// Inserts one by one: these maps hold a handful of entries.
    fn lm_extend<I>(&mut self, other: I)
    where
        I: IntoIterator<Item = (K, V)>,
    {
        for (k, v) in other {
            match self.lm_binary_search_by(|x| x.cmp(&k)) {
                Ok(i) => self.0[i] = (k, v),
                Err(i) => self.0.insert(i, (k, v)),
            }
        }
    }
}

impl<'a, K: 'a, V: 'a> StoreIterable<'a, K, V> for ThinStore<K, V> {
    type KeyValueIter =
        std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn lm_iter(&'a self) -> Self::KeyValueIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<'a, K: 'a, V: 'a> StoreIterableMut<'a, K, V> for ThinStore<K, V> {
    type KeyValueIterMut =
        std::iter::Map<std::slice::IterMut<'a, (K, V)>, fn(&'a mut (K, V)) -> (&'a K, &'a mut V)>;

    fn lm_iter_mut(&'a mut self) -> Self::KeyValueIterMut {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }
}

impl<K, V> StoreIntoIterator<K, V> for ThinStore<K, V> {
    type KeyValueIntoIter = thin_vec::IntoIter<(K, V)>;

    fn lm_into_iter(self) -> Self::KeyValueIntoIter {
        self.0.into_iter()
    }
}

impl<K: Ord, V> StoreFromIterable<K, V> for ThinStore<K, V> {
    fn lm_sort_from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut store = Self::default();
        store.lm_extend(iter);
        store
    }
}

impl<K, V> FromIterator<(K, V)> for ThinStore<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl<K, V> StoreFromIterator<K, V> for ThinStore<K, V> {}

#[cfg(test)]
mod tests {
    use super::ThinStore;

    #[test]
    fn is_a_litemap_store() {
        litemap::testing::check_store_full::<ThinStore<u32, u64>>();
    }

    #[test]
    fn is_one_pointer() {
        assert_eq!(
            std::mem::size_of::<ThinStore<smol_str::SmolStr, String>>(),
            8
        );
    }
}
