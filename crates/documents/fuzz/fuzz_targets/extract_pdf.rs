//! Any bytes named `.pdf`: see extract.rs for what is checked.
#![no_main]

#[path = "extract.rs"]
mod extract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| extract::check("fuzz.pdf", data, true));
