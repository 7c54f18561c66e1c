//! Any bytes as a pack's Fluent file: decoding, the nesting guard, both parsers and the catalog.
#![no_main]

use booth::l10n::Catalog;
use booth::source::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut diags = Vec::new();
    let Ok(text) = decode("fuzz.ftl", data.to_vec()) else { return };
    let mut catalog = Catalog::new("ko".parse().expect("valid tag"));
    catalog.add_file("fuzz.ftl", text, &mut diags);
    for id in catalog.ids().map(str::to_owned).collect::<Vec<_>>() {
        let _ = catalog.message(&id);
    }
    for d in &diags {
        // Every finding is positioned inside the input.
        assert!(d.line.is_none_or(|l| l >= 1));
    }
});
