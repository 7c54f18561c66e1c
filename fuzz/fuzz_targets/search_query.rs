//! Any string as a glossary query on the forum pack: no panic, spans inside the matched text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|query: &str| {
    static PACK: OnceLock<booth::Pack> = OnceLock::new();
    let pack = PACK.get_or_init(|| booth::Pack::embedded().expect("forum pack"));
    for hit in pack.index().search(query, 20, Some("session-2")) {
        assert!(hit.start <= hit.end);
        assert!((hit.concept as usize) < pack.glossary.len());
    }
});
