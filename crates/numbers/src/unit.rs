//! Units and counters, because "3억" and "3억 달러" are different things to say.
//!
//! A unit is only taken when it is a whole word: "3원칙" (three principles) is not 3 won,
//! so a one-syllable Korean unit must be followed by a non-Hangul character or a particle.
//! 평 is converted to ㎡ with 1평 = 400/121 ㎡ (the legal definition), rounded half away from
//! zero to two places and marked "≈" in the phrase, since that value alone is not exact.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use ts_rs::TS;

use crate::text::{is_hangul, is_particle_start, starts_with_ci, word_end_ok};

/// A unit or counter kept with the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
pub enum Unit {
    #[serde(rename = "KRW")]
    Won,
    #[serde(rename = "USD")]
    Dollar,
    #[serde(rename = "EUR")]
    Euro,
    #[serde(rename = "JPY")]
    Yen,
    #[serde(rename = "CNY")]
    Yuan,
    #[serde(rename = "PERSON")]
    Person,
    /// 개, the general counter.
    #[serde(rename = "ITEM")]
    Item,
    #[serde(rename = "PERCENT")]
    Percent,
    #[serde(rename = "PERCENT_POINT")]
    PercentPoint,
    /// 배, "times" as a multiplier.
    #[serde(rename = "TIMES")]
    Times,
    #[serde(rename = "PYEONG")]
    Pyeong,
    #[serde(rename = "M2")]
    SquareMeter,
}

impl Unit {
    /// The code used in serialized output and the golden file.
    pub fn code(self) -> &'static str {
        match self {
            Unit::Won => "KRW",
            Unit::Dollar => "USD",
            Unit::Euro => "EUR",
            Unit::Yen => "JPY",
            Unit::Yuan => "CNY",
            Unit::Person => "PERSON",
            Unit::Item => "ITEM",
            Unit::Percent => "PERCENT",
            Unit::PercentPoint => "PERCENT_POINT",
            Unit::Times => "TIMES",
            Unit::Pyeong => "PYEONG",
            Unit::SquareMeter => "M2",
        }
    }

    /// English word after a number; `one` picks the singular.
    pub fn en(self, one: bool) -> &'static str {
        match (self, one) {
            (Unit::Won, _) => "won",
            (Unit::Dollar, true) => "dollar",
            (Unit::Dollar, false) => "dollars",
            (Unit::Euro, true) => "euro",
            (Unit::Euro, false) => "euros",
            (Unit::Yen, _) => "yen",
            (Unit::Yuan, _) => "yuan",
            (Unit::Person, true) => "person",
            (Unit::Person, false) => "people",
            (Unit::Item, true) => "item",
            (Unit::Item, false) => "items",
            (Unit::Percent, _) => "percent",
            (Unit::PercentPoint, true) => "percentage point",
            (Unit::PercentPoint, false) => "percentage points",
            (Unit::Times, _) => "times",
            (Unit::Pyeong, _) => "pyeong",
            (Unit::SquareMeter, true) => "square meter",
            (Unit::SquareMeter, false) => "square meters",
        }
    }

    /// Korean unit and whether it is written with a space after the number.
    pub fn ko(self) -> (&'static str, bool) {
        match self {
            Unit::Won => ("원", true),
            Unit::Dollar => ("달러", true),
            Unit::Euro => ("유로", true),
            Unit::Yen => ("엔", true),
            Unit::Yuan => ("위안", true),
            Unit::Person => ("명", false),
            Unit::Item => ("개", false),
            Unit::Percent => ("%", false),
            Unit::PercentPoint => ("%p", false),
            Unit::Times => ("배", false),
            Unit::Pyeong => ("평", false),
            Unit::SquareMeter => ("㎡", false),
        }
    }
}

/// ㎡ for an area in 평: exact 400/121 conversion, rounded half away from zero to 2 places.
pub fn pyeong_to_m2(pyeong: Decimal) -> Option<Decimal> {
    let m2 = pyeong
        .checked_mul(Decimal::from(400))?
        .checked_div(Decimal::from(121))?;
    Some(m2.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// Korean units, longest first where one is a prefix of another. `bool`: single syllable
/// that needs a particle or non-Hangul after it.
const KO_UNITS: &[(&str, Unit, bool)] = &[
    ("퍼센트포인트", Unit::PercentPoint, false),
    ("%포인트", Unit::PercentPoint, false),
    ("%p", Unit::PercentPoint, false),
    ("%P", Unit::PercentPoint, false),
    ("％p", Unit::PercentPoint, false),
    ("%", Unit::Percent, false),
    ("％", Unit::Percent, false),
    ("퍼센트", Unit::Percent, false),
    ("프로", Unit::Percent, false),
    ("제곱미터", Unit::SquareMeter, false),
    ("㎡", Unit::SquareMeter, false),
    ("달러", Unit::Dollar, false),
    ("유로", Unit::Euro, false),
    ("위안", Unit::Yuan, false),
    ("엔", Unit::Yen, true),
    ("원", Unit::Won, true),
    ("명", Unit::Person, true),
    ("개", Unit::Item, true),
    ("배", Unit::Times, true),
    ("평", Unit::Pyeong, true),
];

/// English units after a number (case-insensitive, whole words).
const EN_UNITS: &[(&str, Unit)] = &[
    ("percentage points", Unit::PercentPoint),
    ("percentage point", Unit::PercentPoint),
    ("percent", Unit::Percent),
    ("per cent", Unit::Percent),
    ("pp", Unit::PercentPoint),
    ("us dollars", Unit::Dollar),
    ("dollars", Unit::Dollar),
    ("dollar", Unit::Dollar),
    ("usd", Unit::Dollar),
    ("korean won", Unit::Won),
    ("won", Unit::Won),
    ("krw", Unit::Won),
    ("euros", Unit::Euro),
    ("euro", Unit::Euro),
    ("yen", Unit::Yen),
    ("yuan", Unit::Yuan),
    ("people", Unit::Person),
    ("persons", Unit::Person),
    ("person", Unit::Person),
    ("times", Unit::Times),
    ("pyeong", Unit::Pyeong),
    ("square meters", Unit::SquareMeter),
    ("square metres", Unit::SquareMeter),
    ("sqm", Unit::SquareMeter),
    ("m2", Unit::SquareMeter),
];

/// A unit starting at `i` (after at most one space); returns the unit and the end.
/// `words_only`: the number was spelled out, so "times" (ambiguous with "occasions") is refused.
pub(crate) fn unit_at(s: &str, i: usize, words_only: bool) -> Option<(Unit, usize)> {
    let rest = s.get(i..)?;
    // Glued ("3억원", "65%", "$3bn") or after one space ("3억 원", "65 percent").
    let (skip, body) = match rest.strip_prefix(' ') {
        Some(b) => (1, b),
        None => (0, rest),
    };
    for &(word, unit, short) in KO_UNITS {
        if let Some(after) = body.strip_prefix(word) {
            if short {
                if let Some(c) = after.chars().next() {
                    if is_hangul(c) && !is_particle_start(c) {
                        continue;
                    }
                }
            }
            return Some((unit, i + skip + word.len()));
        }
    }
    for &(word, unit) in EN_UNITS {
        if words_only && unit == Unit::Times {
            continue;
        }
        if starts_with_ci(body, word) && word_end_ok(body, word.len()) {
            return Some((unit, i + skip + word.len()));
        }
    }
    if skip == 0 && body.starts_with("-fold") && word_end_ok(body, 5) {
        return Some((Unit::Times, i + 5));
    }
    None
}

/// A currency written before the number: "$", "US$", "USD ", "€", "₩", "KRW ".
pub(crate) fn currency_prefix_at(s: &str, i: usize) -> Option<(Unit, usize)> {
    let rest = s.get(i..)?;
    const SYMBOLS: &[(&str, Unit)] = &[
        ("US$", Unit::Dollar),
        ("$", Unit::Dollar),
        ("€", Unit::Euro),
        ("₩", Unit::Won),
        ("￦", Unit::Won),
        ("¥", Unit::Yen),
    ];
    for &(sym, unit) in SYMBOLS {
        if rest.starts_with(sym) {
            let mut end = i + sym.len();
            if s[end..].starts_with(' ') {
                end += 1;
            }
            return Some((unit, end));
        }
    }
    const CODES: &[(&str, Unit)] = &[
        ("USD ", Unit::Dollar),
        ("KRW ", Unit::Won),
        ("EUR ", Unit::Euro),
        ("JPY ", Unit::Yen),
        ("CNY ", Unit::Yuan),
    ];
    for &(code, unit) in CODES {
        if rest.starts_with(code) {
            return Some((unit, i + code.len()));
        }
    }
    None
}
