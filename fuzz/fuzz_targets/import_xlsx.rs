//! Any bytes as a glossary import file (xlsx): reading never panics or hangs, whatever the file holds.
#![no_main]

use booth::glossary_files::{read, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let locales = ["en-US".to_owned(), "ko".to_owned()];
    let _ = read(data, Format::Xlsx, "fuzz.xlsx", &locales, &mut |_| {});
});
