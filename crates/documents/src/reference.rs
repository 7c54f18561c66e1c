//! The general reference a document's words are compared with: how often each word occurs in Firefox's UI
//! strings, in English and in Korean (data/, derived by tools/reference.py; MPL-2.0 like its source). A
//! word frequent there is everyday language, not a term; a word absent from it may be one.

use crate::terms::{english_key, korean_stem};
use std::collections::HashMap;
use std::sync::OnceLock;

pub(crate) struct Reference {
    counts: HashMap<String, u32>,
    pub total: u64,
}

impl Reference {
    fn parse(data: &str, hangul: bool) -> Reference {
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut total = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let Some((w, c)) = line.split_once('\t') else {
                continue;
            };
            let c: u32 = c.trim().parse().unwrap_or(0);
            let key = if hangul {
                korean_stem(w).0
            } else {
                english_key(w)
            };
            *counts.entry(key).or_default() += c;
            total += u64::from(c);
        }
        Reference { counts, total }
    }

    pub(crate) fn count(&self, key: &str) -> u32 {
        self.counts.get(key).copied().unwrap_or(0)
    }

    pub(crate) fn english() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::parse(include_str!("../data/reference-en.txt"), false))
    }

    pub(crate) fn korean() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::parse(include_str!("../data/reference-ko.txt"), true))
    }
}
