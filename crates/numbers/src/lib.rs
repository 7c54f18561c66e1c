//! Numbers for the interpreter's screen: every figure in a sentence, its exact value, and
//! how to say it in the other language.
//!
//! Korean counts in groups of 10⁴ (만, 억, 조, 경) and English in groups of 10³ (thousand,
//! million, billion, trillion), so "3억 5천만 원" must come out as "350 million won" while the
//! speaker is already on the next sentence. This crate finds such figures in either
//! language (mixed text allowed), keeps them exact with `Decimal`, renders both ways, and
//! refuses to guess: Hangul numerals that are ordinary words, years, dates, times, ordinals,
//! identifiers and phone numbers are reported as what they are or left alone.
//!
//! It knows nothing of packs, windows or glossaries; the app calls [`scan`] per sentence and
//! [`convert`] for the number box.

#![forbid(unsafe_code)]

mod english;
mod korean;
mod lit;
mod nonquant;
mod quantity;
mod render;
mod scan;
mod text;
mod unit;
mod value;

pub use render::{group_digits, render_en, render_en_order, render_ko, render_ko_order};
pub use rust_decimal::Decimal;
pub use scan::scan;
pub use unit::{pyeong_to_m2, Unit};
pub use value::{Amount, Found, FoundKind, Invalid, Lang, Quantity};

/// Whether `after` (the text right after a number) begins with a span of time the number counts
/// (" years", " days"): "5 years" is an amount whose time word stays outside the quantity.
pub fn counts_time(after: &str) -> bool {
    english::time_span_at(after, 0)
}

/// Longest input `convert` reads; a number box never holds more.
const CONVERT_MAX: usize = 256;

/// One typed quantity ("3억5천", "$3.5bn", "350 million won") → both renderings.
///
/// The whole input must be one quantity: partial input ("3억 5", "3억5") and anything that
/// is not a quantity give `None` rather than a guess. Unlike [`scan`], a bare 4-digit number
/// is an amount here, since the user typed it into a number box.
pub fn convert(input: &str) -> Option<Quantity> {
    let t = input.trim();
    if t.is_empty() || t.len() > CONVERT_MAX {
        return None;
    }
    match quantity::at(t, 0, true)? {
        (end, FoundKind::Quantity(q)) if end == t.len() => Some(q),
        _ => None,
    }
}
