//! Any bytes named `.md`: see extract.rs for what is checked.
#![no_main]

#[path = "extract.rs"]
mod extract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| extract::check("fuzz.md", data, false));
