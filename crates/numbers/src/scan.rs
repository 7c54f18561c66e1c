//! One left-to-right pass over running text.
//!
//! Readers are only tried where a word starts (a digit glued to letters or Hangul before it
//! is part of that word), non-quantities before quantities, and when nothing matches the
//! whole word is skipped, so every byte is looked at a bounded number of times and a 100 kB
//! line costs what its length says. Nothing is allocated except for what is found.

use crate::korean::is_ko_numeral;
use crate::nonquant;
use crate::quantity;
use crate::text::{char_at, char_before};
use crate::value::{Found, FoundKind};

fn candidate(c: char, next: Option<char>) -> bool {
    c.is_ascii_alphanumeric()
        || is_ko_numeral(c)
        || matches!(
            c,
            '수' | '몇' | '약' | '대' | '제' | '마' | '$' | '€' | '₩' | '￦' | '¥' | '+'
        )
        || (matches!(c, '-' | '−') && next.is_some_and(|n| n.is_ascii_digit()))
}

fn starts_word(prev: Option<char>, c: char) -> bool {
    match prev {
        None => true,
        Some(p) if p.is_alphanumeric() || p == '_' => false,
        // "1.5", "1,5", "5~3": the second digit belongs to what the first one started.
        Some('.' | ',' | '/' | '-' | '−' | '+' | '~' | ':') if c.is_ascii_digit() => false,
        Some(_) => true,
    }
}

fn detect(s: &str, i: usize, c: char) -> Option<(usize, FoundKind)> {
    if c.is_ascii_digit() {
        return nonquant::at_digit(s, i).or_else(|| quantity::at(s, i, false));
    }
    if c == '+' {
        return nonquant::phone(s, i);
    }
    if c == '제' {
        if let Some(hit) = nonquant::at_je(s, i) {
            return Some(hit);
        }
    }
    if c.is_ascii_alphabetic() {
        return quantity::at(s, i, false).or_else(|| nonquant::at_letter(s, i));
    }
    quantity::at(s, i, false)
}

/// Every numeric expression in `text`, in order and non-overlapping, with byte spans.
pub fn scan(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = char_at(text, i) {
        let next = char_at(text, i + c.len_utf8());
        if starts_word(prev, c) && candidate(c, next) {
            if let Some((end, kind)) = detect(text, i, c).filter(|(end, _)| *end > i) {
                out.push(Found {
                    span: i..end,
                    text: text[i..end].to_owned(),
                    kind,
                });
                prev = char_before(text, end);
                i = end;
                continue;
            }
            // Nothing here: skip the rest of this word so it is not read again from inside.
            let mut j = i + c.len_utf8();
            let mut last = c;
            while let Some(d) = char_at(text, j) {
                if !(d.is_alphanumeric() || d == '_') {
                    break;
                }
                last = d;
                j += d.len_utf8();
            }
            prev = Some(last);
            i = j;
            continue;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}
