//! Putting a quantity together: hedge, currency, number, range, unit — and deciding
//! whether to believe it at all.
//!
//! A wrong number on screen is worse than none, so the doubtful cases give nothing:
//! * Hangul numerals alone ("이", "일", "사", "오만", "천", "백", "이천") are ordinary words.
//!   A pure-Hangul number needs a scale word, and either 억/조/경, or 만 with at least three
//!   syllables ("오천만", "삼십만"), or 천만/백만/십만 ending the word (not before 에:
//!   "천만에요"), or a unit/counter after it ("십만 명", "천 원", "만 원"); it must also end
//!   the word (a particle may follow). `convert` (a number box) skips the unit requirement.
//! * Spelled-out English needs a scale word, a unit ("fifteen thousand", "ten people") or a
//!   span of time it counts ("five years": what "5 years" already gives, and how a speech
//!   recogniser writes it); "one", "a" and "some" alone are words. "times" after a
//!   spelled-out number is not 배.
//! * "3-4" with a hyphen is a range only with a scale or unit ("3-4 million", "3-4%"); bare
//!   it may be a score or a code. A range must rise ("5~3억" gives nothing). A bare number
//!   before a scaled one takes its leading scale: "3~4억" is 3억~4억, "3-4 million" is 3–4 million.
//! * Digits glued to unknown letters ("5G", "10km") are reported as identifiers.
//! * A bare 4-digit 1800–2100 with nothing after it is a year ("in 2021"), except in `convert`.

use rust_decimal::Decimal;

use crate::english;
use crate::korean;
use crate::lit::{pow10, scale, Val};
use crate::nonquant;
use crate::render::render_amount;
use crate::text::{char_at, is_hangul, is_particle_start, spaces, starts_with_ci, word_end_ok};
use crate::unit::{currency_prefix_at, pyeong_to_m2, unit_at, Unit};
use crate::value::{Amount, FoundKind, Lang, Quantity};

/// One number inside a quantity.
#[derive(Clone, Copy, Debug)]
struct Num {
    value: Val,
    end: usize,
    lang: Lang,
    words: bool,
    scaled: bool,
    lead_exp: u32,
    /// Pure Hangul that is believed only with a unit after it.
    needs_unit: bool,
    /// A plain 4-digit literal (year candidate).
    four_digits: Option<u32>,
}

fn number(s: &str, p: usize, letters: bool, boxed: bool) -> Option<Num> {
    let c = char_at(s, p)?;
    if c.is_ascii_digit() {
        let k = korean::parse(s, p)?;
        if !k.scaled {
            if let Some(e) = english::digits_number(s, p, letters).filter(|e| e.scaled) {
                let lang = Lang::En;
                return Some(Num {
                    value: e.value,
                    end: e.end,
                    lang,
                    words: false,
                    scaled: true,
                    lead_exp: e.lead_exp,
                    needs_unit: false,
                    four_digits: None,
                });
            }
        }
        let lit = &s[p..k.end];
        let four = (!k.scaled && lit.len() == 4 && lit.bytes().all(|b| b.is_ascii_digit()))
            .then(|| lit.parse().ok())
            .flatten();
        let lang = if k.scaled { Lang::Ko } else { Lang::Neutral };
        return Some(Num {
            value: k.value,
            end: k.end,
            lang,
            words: false,
            scaled: k.scaled,
            lead_exp: k.lead_exp,
            needs_unit: false,
            four_digits: four,
        });
    }
    if korean::is_ko_numeral(c) {
        let k = korean::parse(s, p)?;
        if !k.digits {
            if !k.scaled {
                return None;
            }
            // "천만 관객", "백만 송이": a scale word as the coefficient, then a word break
            // (but not 에: "천만에요" is "you're welcome").
            let scale_led = k.syllables == 2 && k.big == 4 && korean::ko_small(c).is_some();
            let ends_word = char_at(s, k.end)
                .is_none_or(|n| !is_hangul(n) || (is_particle_start(n) && n != '에'));
            let strong = boxed
                || k.big >= 8
                || (k.big == 4 && k.syllables >= 3)
                || (scale_led && ends_word)
                || k.value.is_err();
            return Some(Num {
                value: k.value,
                end: k.end,
                lang: Lang::Ko,
                words: true,
                scaled: true,
                lead_exp: k.lead_exp,
                needs_unit: !strong,
                four_digits: None,
            });
        }
        return Some(Num {
            value: k.value,
            end: k.end,
            lang: Lang::Ko,
            words: false,
            scaled: k.scaled,
            lead_exp: k.lead_exp,
            needs_unit: false,
            four_digits: None,
        });
    }
    if c.is_ascii_alphabetic() {
        let e = english::words_number(s, p)?;
        return Some(Num {
            value: e.value,
            end: e.end,
            lang: Lang::En,
            words: true,
            scaled: e.scaled,
            lead_exp: e.lead_exp,
            needs_unit: !e.scaled && !boxed,
            four_digits: None,
        });
    }
    None
}

const APPROX_PREFIXES: [&str; 12] = [
    "약 ",
    "약",
    "대략 ",
    "about ",
    "around ",
    "approximately ",
    "roughly ",
    "some ",
    "nearly ",
    "almost ",
    "approx. ",
    "an estimated ",
];
const KO_APPROX_SUFFIXES: [&str; 6] = ["가량", "정도", "쯤", "남짓", "안팎", "내외"];

/// A quantity (or a year) starting at `i`. `boxed`: the whole input is one typed quantity.
pub(crate) fn at(s: &str, i: usize, boxed: bool) -> Option<(usize, FoundKind)> {
    let mut p = i;
    let mut approx = false;
    for pre in APPROX_PREFIXES {
        if starts_with_ci(&s[p..], pre) && !(pre == "약" && s[p..].starts_with("약간")) {
            approx = true;
            p += pre.len();
            break;
        }
    }
    // "between 3 and 4 million": a range whose separator is "and".
    let between = starts_with_ci(&s[p..], "between ");
    if between {
        p += "between ".len();
    }
    if p != i
        && !boxed
        && char_at(s, p).is_some_and(|c| c.is_ascii_digit())
        && nonquant::at_digit(s, p).is_some()
    {
        return None;
    }
    let mut unit: Option<Unit> = None;
    let mut letters = false;
    if let Some((u, e)) = currency_prefix_at(s, p) {
        unit = Some(u);
        p = e;
        letters = true;
    }
    let mut neg = false;
    for sign in ["-", "−", "마이너스 ", "마이너스", "minus ", "Minus "] {
        if s[p..].starts_with(sign)
            && char_at(s, p + sign.len()).is_some_and(|c| c.is_ascii_digit())
        {
            neg = true;
            p += sign.len();
            break;
        }
    }
    if let Some(v) = vague_at(s, p, unit) {
        return Some(finish(v.0, v.1, v.2));
    }
    let n1 = number(s, p, letters, boxed)?;
    let mut p = n1.end;
    // "3억여 원", "10여 명".
    if s[p..].starts_with('여') {
        let k = p + '여'.len_utf8();
        let ok = char_at(s, k).is_none_or(|c| !is_hangul(c) || is_particle_start(c))
            || unit_at(s, k, false).is_some();
        if ok {
            approx = true;
            p = k;
        }
    }
    let mut lo = n1.value;
    let mut hi: Option<Val> = None;
    let mut scaled = n1.scaled;
    let mut lang = n1.lang;
    let sep = if between && s[p..].starts_with(" and ") {
        Some((true, p + " and ".len()))
    } else {
        range_sep(s, p)
    };
    if let Some((sep_hyphen, k)) = sep {
        if let Some(n2) = number(s, k, letters, boxed).filter(|n| !n.words && !n1.words) {
            if nonquant::at_digit(s, k).is_some() {
                return None;
            }
            if !n1.scaled && n2.scaled {
                lo = scale(lo, n2.lead_exp);
            }
            let unit_after = unit.is_some() || unit_at(s, n2.end, false).is_some();
            if sep_hyphen && !(n2.scaled || unit_after) {
                return None;
            }
            hi = Some(n2.value);
            scaled |= n2.scaled;
            if lang == Lang::Neutral {
                lang = n2.lang;
            }
            p = n2.end;
        }
    }
    if unit.is_none() {
        if let Some((u, e)) = unit_at(s, p, n1.words) {
            unit = Some(u);
            p = e;
        }
    }
    if n1.needs_unit && unit.is_none() && !(n1.lang == Lang::En && english::time_span_at(s, p)) {
        return None;
    }
    if n1.lang == Lang::Ko
        && n1.words
        && char_at(s, p).is_some_and(|c| is_hangul(c) && !is_particle_start(c))
    {
        return None;
    }
    if n1.words && n1.lang == Lang::En && !word_end_ok(s, p) {
        return None;
    }
    if unit.is_none() && !scaled && char_at(s, p).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return Some((nonquant::code_end(s, i), FoundKind::Identifier));
    }
    if let Some(year) = n1.four_digits {
        if !boxed
            && !approx
            && !neg
            && hi.is_none()
            && unit.is_none()
            && (1800..=2100).contains(&year)
        {
            return Some((p, FoundKind::Year));
        }
    }
    // Trailing hedges: "3억 원 정도", "2 million or so".
    let k = p + spaces(s, p, 1);
    if let Some(suf) = KO_APPROX_SUFFIXES.iter().find(|x| s[k..].starts_with(**x)) {
        let e = k + suf.len();
        if char_at(s, e).is_none_or(|c| !is_hangul(c) || is_particle_start(c)) {
            approx = true;
            p = e;
        }
    } else if s[p..].starts_with(" or so") && word_end_ok(s, p + 6) {
        approx = true;
        p += 6;
    }
    let negate = |v: Val| if neg { v.map(|d| -d) } else { v };
    let amount = match (negate(lo), hi.map(negate)) {
        (Err(r), _) | (_, Some(Err(r))) => Amount::Invalid { reason: r },
        (Ok(lo), Some(Ok(hi))) => {
            if lo >= hi {
                return None;
            }
            Amount::Range { lo, hi, approx }
        }
        (Ok(value), None) if approx => Amount::Approx { value },
        (Ok(value), None) => Amount::Exact { value },
    };
    if lang == Lang::Neutral && s[i..p].chars().any(is_hangul) {
        lang = Lang::Ko;
    } else if lang == Lang::Neutral && s[i..p].bytes().any(|b| b.is_ascii_alphabetic()) {
        lang = Lang::En;
    }
    Some(finish(p, amount, (unit, lang)))
}

fn range_sep(s: &str, p: usize) -> Option<(bool, usize)> {
    let k = p + spaces(s, p, 1);
    for (sep, hyphen) in [
        ("~", false),
        ("∼", false),
        ("〜", false),
        ("-", true),
        ("–", true),
        ("—", true),
    ] {
        if s[k..].starts_with(sep) {
            let j = k + sep.len();
            // A hyphen range is written tight ("3-4 million").
            if hyphen && k != p {
                return None;
            }
            return Some((hyphen, j + spaces(s, j, 1)));
        }
    }
    if s[p..].starts_with(" to ") {
        return Some((true, p + 4));
    }
    None
}

type Vague = (usize, Amount, (Option<Unit>, Lang));

/// "수십억 원", "tens of billions of dollars", "several million people".
fn vague_at(s: &str, p: usize, prefix_unit: Option<Unit>) -> Option<Vague> {
    let (e, mut end, lang, needs_unit) = if let Some((e, end, has_big)) = korean::vague(s, p) {
        (e, end, Lang::Ko, !has_big)
    } else {
        let (e, end) = english::vague(s, p)?;
        (e, end, Lang::En, false)
    };
    let mut unit = prefix_unit;
    if unit.is_none() {
        let k = if lang == Lang::En && s[end..].starts_with(" of ") {
            end + 3
        } else {
            end
        };
        if let Some((u, ue)) = unit_at(s, k, true) {
            unit = Some(u);
            end = ue;
        }
    }
    if needs_unit && unit.is_none() {
        return None;
    }
    if lang == Lang::Ko && char_at(s, end).is_some_and(|c| is_hangul(c) && !is_particle_start(c)) {
        return None;
    }
    let order: Decimal = pow10(e).ok()?;
    Some((end, Amount::Vague { order }, (unit, lang)))
}

fn finish(
    end: usize,
    value: Amount,
    (unit, source_lang): (Option<Unit>, Lang),
) -> (usize, FoundKind) {
    let (en, ko) = render_amount(&value);
    let one = matches!(value, Amount::Exact { value } if value == Decimal::ONE);
    let area_m2 = match (&value, unit) {
        (Amount::Exact { value } | Amount::Approx { value }, Some(Unit::Pyeong)) => {
            pyeong_to_m2(*value)
        }
        _ => None,
    };
    let (en_phrase, ko_phrase) = match (unit, &value) {
        (_, Amount::Invalid { .. }) | (None, _) => (en.clone(), ko.clone()),
        (Some(u), _) => {
            let (ku, spaced) = u.ko();
            // "tens of billions of won", but "several billion won".
            let of = if matches!(value, Amount::Vague { .. }) && en.ends_with('s') {
                " of"
            } else {
                ""
            };
            let mut enp = format!("{en}{of} {}", u.en(one));
            // Counters follow digits tightly ("3명") but a Hangul scale with a space ("10만 명").
            let counter = matches!(u, Unit::Person | Unit::Item | Unit::Times | Unit::Pyeong);
            let after_hangul = ko.chars().next_back().is_some_and(is_hangul);
            let space = if spaced || (counter && after_hangul) {
                " "
            } else {
                ""
            };
            let mut kop = format!("{ko}{space}{ku}");
            if let Some(m2) = area_m2 {
                enp.push_str(&format!(" (≈{m2} ㎡)"));
                kop.push_str(&format!(" (≈{m2}㎡)"));
            }
            (enp, kop)
        }
    };
    let q = Quantity {
        value,
        en,
        ko,
        unit,
        en_phrase,
        ko_phrase,
        area_m2,
        source_lang,
    };
    (end, FoundKind::Quantity(q))
}
