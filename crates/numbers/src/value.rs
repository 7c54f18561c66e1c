//! The shapes a found number takes on the way to the screen.
//!
//! A spoken figure is not always one exact value: "약 3억" keeps its value but must keep
//! its hedge, "3~4억" is two values, "수십억" is only an order of magnitude, and "10⁴⁰" is
//! something the booth should flag rather than silently wrap. Each of these is its own
//! variant so the UI can never show a hedged or vague figure as if it were exact.
//! Values are `Decimal` and serialize as strings, so the front end never sees a float.

use std::ops::Range;

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::unit::Unit;

/// The value part of a quantity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
#[ts(export)]
pub enum Amount {
    /// "3억 5천만", "350 million".
    Exact {
        #[ts(type = "string")]
        value: Decimal,
    },
    /// "약 3억", "3억여", "about 2 million": the value as said, hedged.
    Approx {
        #[ts(type = "string")]
        value: Decimal,
    },
    /// "3~4억", "3-4 million"; `approx` when hedged as well ("약 3~4억").
    Range {
        #[ts(type = "string")]
        lo: Decimal,
        #[ts(type = "string")]
        hi: Decimal,
        approx: bool,
    },
    /// "수십억", "tens of billions": no value, only the smallest power of ten it covers
    /// (수십억 → 10⁹, "tens of billions" → 10¹⁰).
    Vague {
        #[ts(type = "string")]
        order: Decimal,
    },
    /// A number that was said but cannot be shown honestly.
    Invalid { reason: Invalid },
}

/// Why a number is reported without a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "NumberInvalid")]
pub enum Invalid {
    /// Its magnitude is 10²⁰ or more (beyond 경 groups and any booth figure).
    #[error("too large")]
    TooLarge,
    /// More decimal places than can be kept exactly.
    #[error("too many decimal places")]
    TooPrecise,
    /// Scale words in an impossible order ("1억억", "억억억").
    #[error("malformed number")]
    Malformed,
}

/// Which language the figure was said in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "NumberLang")]
pub enum Lang {
    Ko,
    En,
    /// Digits and symbols only ("1,250,000", "65%").
    Neutral,
}

/// A quantity with both renderings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Quantity {
    pub value: Amount,
    /// The number alone in English: "350 million", "about 2 million", "3-4 million".
    pub en: String,
    /// The number alone in Korean: "3억 5천만", "약 200만", "3억~4억".
    pub ko: String,
    pub unit: Option<Unit>,
    /// Number and unit as an English speaker would say them: "350 million won", "65 percent".
    pub en_phrase: String,
    /// Number and unit in Korean: "3억 5천만 원", "65%".
    pub ko_phrase: String,
    /// For 평: the area in ㎡ (1평 = 400/121 ㎡), rounded half away from zero to 2 places.
    #[ts(type = "string | null")]
    pub area_m2: Option<Decimal>,
    pub source_lang: Lang,
}

/// What a found numeric expression is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
#[ts(export, rename = "NumberKind")]
pub enum FoundKind {
    Quantity(Quantity),
    /// "2021년", "in 2021".
    Year,
    /// "7월 7일", "July 7", "2021-07-07".
    Date,
    /// "14시 30분", "14:30", "2 p.m.".
    Time,
    /// "3년", "6개월", "2시간": a span of time, not an amount to convert.
    Duration,
    /// "제3차", "3번째", "the 3rd", "third".
    Ordinal,
    /// "A/RES/74/4", "SDG 11", "Goal 11", "COP28", "1.2.3".
    Identifier,
    /// "010-1234-5678", "+82 2 123 4567".
    Phone,
}

/// One numeric expression in running text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "NumberFound")]
pub struct Found {
    /// Byte range into the scanned text.
    #[ts(type = "{ start: number, end: number }")]
    pub span: Range<usize>,
    /// The matched text, as written.
    pub text: String,
    pub kind: FoundKind,
}

impl Found {
    /// The quantity, when this is one.
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.kind {
            FoundKind::Quantity(q) => Some(q),
            _ => None,
        }
    }
}
