//! Any UTF-8 text: candidate mining returns, every candidate has a non-empty term and key, a positive
//! score, and at most three contexts, each a line of the text (or a part of it).
#![no_main]

use booth_documents::{candidates, term_key, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (known, body) = text.split_once('\n').unwrap_or(("", text));
    let known: Vec<&str> = known.split('|').collect();
    for c in candidates(&[Source { name: "f", text: body }], &known, 100) {
        assert!(!c.term.is_empty() && !c.key.is_empty(), "{c:?}");
        assert!(c.score > 0.0 && c.score.is_finite(), "{c:?}");
        assert!(c.contexts.len() <= 3);
        assert!(!known.iter().any(|k| !k.is_empty() && term_key(k) == c.key), "{c:?}");
    }
});
