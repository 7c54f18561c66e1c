//! Plain text and Markdown: UTF-8 (with or without a BOM) or UTF-16 with a BOM, as editors save them.
//! Markdown stays as written: its marks are punctuation to the term finder and harmless to a reader.

use crate::{Extracted, Format, Warning};

pub(crate) fn extract(bytes: &[u8]) -> Extracted {
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes, &mut warnings)
    } else {
        let rest = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        match std::str::from_utf8(rest) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                warnings.push(Warning::InvalidEncoding);
                String::from_utf8_lossy(rest).into_owned()
            }
        }
    };
    Extracted {
        format: Format::Text,
        units: vec![text.replace("\r\n", "\n")],
        warnings,
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16, warnings: &mut Vec<Warning>) -> String {
    let units = bytes
        .chunks(2)
        .map(|c| word([c[0], *c.get(1).unwrap_or(&0)]));
    let mut bad = bytes.len() % 2 == 1;
    let s: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bad {
        warnings.push(Warning::InvalidEncoding);
    }
    s
}
