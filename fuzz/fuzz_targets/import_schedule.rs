//! Any text as a c3voc/frab schedule import (as pretalx exports it): import never panics or hangs, and
//! every pack it produces is written and loads again without a panic.
#![no_main]

use booth::schedule::frab;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let locales = ["en-US".to_owned(), "ko".to_owned()];
    if let Ok(pack) = frab::import_locales(text, &locales, None, None) {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("pack");
        if pack.write(&out).is_ok() {
            let _ = booth::Pack::open(&out);
        }
    }
});
