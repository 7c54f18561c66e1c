//! Reading English numbers: digits with scale words ("2.5 billion", "$3.5bn"), spelled-out
//! cardinals ("fifteen thousand"), fractions of a scale ("a quarter of a million") and
//! vague orders ("tens of billions").
//!
//! Spelled-out numbers are common words ("one of them", "a thousand thanks" is fine, "one"
//! is not), so the caller only believes one that carries a scale word or a unit. One-letter
//! abbreviations ("3m", "5k", "2b") are read as scales only after a currency sign ("$3m"),
//! since "3m" alone is three metres.

use rust_decimal::Decimal;

use crate::lit::{add, literal, scale, Val};
use crate::text::{alpha_run, starts_with_ci, word_end_ok};

/// A parsed English number.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EnNum {
    pub value: Val,
    pub end: usize,
    pub scaled: bool,
    /// Exponent applied to the leading figure ("4 million" → 6), for ranges like "3-4 million".
    pub lead_exp: u32,
}

/// Lower-cased ASCII word at `i` (letters only) — borrowed, no allocation.
fn word(s: &str, i: usize) -> &str {
    &s[i..i + alpha_run(s, i)]
}

fn eq(w: &str, t: &str) -> bool {
    w.eq_ignore_ascii_case(t)
}

/// A span of time after one space ("five years", "ten days"): a spelled-out number counting it is
/// an amount, as a unit makes one. The time word stays outside the quantity, as after digits.
pub(crate) fn time_span_at(s: &str, i: usize) -> bool {
    const SPANS: [&str; 14] = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "decade", "decades",
    ];
    let Some(rest) = s.get(i..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let w = word(rest, 0);
    SPANS.iter().any(|t| eq(w, t))
}

/// A scale word (full, or "bn"/"mn"/"tn") at `i`, optionally after one space; one-letter
/// forms only glued and only when `letters` is set.
pub(crate) fn scale_at(s: &str, i: usize, letters: bool) -> Option<(u32, usize)> {
    let glued = word(s, i);
    if !glued.is_empty() && word_end_ok(s, i + glued.len()) {
        let e = match glued {
            "bn" | "BN" | "Bn" => Some(9),
            "mn" | "MN" | "Mn" | "mln" => Some(6),
            "tn" | "trn" | "TN" => Some(12),
            "k" | "K" if letters => Some(3),
            "m" | "M" if letters => Some(6),
            "b" | "B" if letters => Some(9),
            _ => None,
        };
        if let Some(e) = e {
            return Some((e, i + glued.len()));
        }
    }
    let j = if s.as_bytes().get(i) == Some(&b' ') {
        i + 1
    } else {
        i
    };
    let w = word(s, j);
    if w.is_empty() || !word_end_ok(s, j + w.len()) {
        return None;
    }
    let e = full_scale(w).or(match w {
        "bn" | "mn" | "tn" | "trn" => scale_at(s, j, false).map(|x| x.0),
        _ => None,
    })?;
    Some((e, j + w.len()))
}

/// Scale words and the power of ten each stands for.
const SCALES: [(&str, u32); 5] = [
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("quadrillion", 15),
];

/// Plural scale words, as in "hundreds of millions", and their powers of ten.
const PLURAL_SCALES: [(&str, u32); 5] = [
    ("hundreds", 2),
    ("thousands", 3),
    ("millions", 6),
    ("billions", 9),
    ("trillions", 12),
];

/// The power of ten of `w` in a table of scale words (case-insensitive).
fn exponent_in(table: &[(&str, u32)], w: &str) -> Option<u32> {
    table.iter().find(|(t, _)| eq(w, t)).map(|x| x.1)
}

fn full_scale(w: &str) -> Option<u32> {
    exponent_in(&SCALES, w)
}

fn units_word(w: &str) -> Option<u32> {
    const W: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    W.iter().position(|t| eq(w, t)).map(|p| p as u32)
}

fn tens_word(w: &str) -> Option<u32> {
    const W: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    W.iter().position(|t| eq(w, t)).map(|p| (p as u32 + 2) * 10)
}

/// Digits followed by an optional scale: "350 million", "3.5bn", "$3m" (`letters`).
pub(crate) fn digits_number(s: &str, i: usize, letters: bool) -> Option<EnNum> {
    let lit = literal(s, i)?;
    if lit.leading_zero || lit.dotted {
        return None;
    }
    let mut n = EnNum {
        value: lit.value,
        end: lit.end,
        scaled: false,
        lead_exp: 0,
    };
    // "1.5 thousand million" is not booth English; one scale only.
    if let Some((e, end)) = scale_at(s, lit.end, letters) {
        n.value = scale(n.value, e);
        n.end = end;
        n.scaled = true;
        n.lead_exp = e;
    }
    Some(n)
}

/// "a quarter of a million", "half a billion", "three quarters of a million".
fn fraction(s: &str, i: usize) -> Option<EnNum> {
    let rest = &s[i..];
    const FORMS: [(&str, &str); 7] = [
        ("a quarter of a ", "0.25"),
        ("one quarter of a ", "0.25"),
        ("quarter of a ", "0.25"),
        ("three quarters of a ", "0.75"),
        ("half a ", "0.5"),
        ("a half ", "0.5"),
        ("half of a ", "0.5"),
    ];
    for (form, f) in FORMS {
        if starts_with_ci(rest, form) {
            let j = i + form.len();
            let w = word(s, j);
            let e = full_scale(w)?;
            if !word_end_ok(s, j + w.len()) {
                return None;
            }
            let v: Decimal = f.parse().ok()?;
            return Some(EnNum {
                value: scale(Ok(v), e),
                end: j + w.len(),
                scaled: true,
                lead_exp: e,
            });
        }
    }
    None
}

/// A spelled-out cardinal: "fifteen thousand", "a million", "two and a half billion",
/// "three hundred and fifty million", "twenty-five".
pub(crate) fn words_number(s: &str, i: usize) -> Option<EnNum> {
    if let Some(f) = fraction(s, i) {
        return Some(f);
    }
    let mut total: Val = Ok(Decimal::ZERO);
    let mut current: Option<Decimal> = None;
    let mut last_scale = u32::MAX;
    let mut lead: Option<u32> = None;
    let mut p = i;
    let mut end = i;
    let mut scaled = false;
    let mut first = true;
    loop {
        let w = word(s, p);
        if w.is_empty()
            || !word_end_ok(s, p + w.len()) && s.as_bytes().get(p + w.len()) != Some(&b'-')
        {
            break;
        }
        let next = p + w.len();
        let after = |k: usize| -> usize {
            // Skip one space or hyphen to the next word.
            match s.as_bytes().get(k) {
                Some(b' ') | Some(b'-') => k + 1,
                _ => k,
            }
        };
        if let Some(u) = units_word(w) {
            let c = current.unwrap_or_default();
            let r = c % Decimal::from(100);
            let tens_then_digit =
                r >= Decimal::from(20) && (r % Decimal::from(10)).is_zero() && (1..=9).contains(&u);
            if current.is_some() && !r.is_zero() && !tens_then_digit {
                break;
            }
            current = Some(c + Decimal::from(u));
        } else if let Some(t) = tens_word(w) {
            let c = current.unwrap_or_default();
            if c % Decimal::from(100) != Decimal::ZERO {
                break;
            }
            current = Some(c + Decimal::from(t));
        } else if eq(w, "hundred") {
            let c = current.unwrap_or(Decimal::ONE);
            if c >= Decimal::from(100) {
                break;
            }
            current = Some(c * Decimal::from(100));
            lead.get_or_insert(2);
            scaled = true;
        } else if let Some(e) = full_scale(w) {
            if e >= last_scale {
                break;
            }
            let c = current.take().unwrap_or(Decimal::ONE);
            lead.get_or_insert(e);
            total = add(total, scale(Ok(c), e));
            last_scale = e;
            scaled = true;
        } else if first && (eq(w, "a") || eq(w, "an")) {
            let nw = word(s, after(next));
            if !(eq(nw, "hundred") || full_scale(nw).is_some()) {
                return None;
            }
            current = Some(Decimal::ONE);
            // "a" itself adds nothing; the scale that follows multiplies one.
            p = after(next);
            first = false;
            continue;
        } else if eq(w, "and") && !first {
            // "two and a half million", "three hundred and fifty".
            let rest = &s[next..];
            if starts_with_ci(rest, " a half ") && current.is_some() {
                let j = next + " a half ".len();
                let e = full_scale(word(s, j))?;
                let c = current.take().unwrap_or_default() + Decimal::new(5, 1);
                let w2 = word(s, j);
                total = add(total, scale(Ok(c), e));
                lead.get_or_insert(e);
                scaled = true;
                end = j + w2.len();
                break;
            }
            let nw = word(s, after(next));
            if units_word(nw).is_some() || tens_word(nw).is_some() {
                p = after(next);
                continue;
            }
            break;
        } else {
            break;
        }
        end = next;
        first = false;
        let b = s.as_bytes().get(next);
        if b == Some(&b' ') || b == Some(&b'-') {
            p = next + 1;
        } else {
            break;
        }
    }
    if end == i {
        return None;
    }
    if let Some(c) = current {
        total = add(total, Ok(c));
    }
    Some(EnNum {
        value: total,
        end,
        scaled,
        lead_exp: lead.unwrap_or(0),
    })
}

/// "tens of billions", "hundreds of millions", "several million", "a few thousand",
/// "billions", "thousands of", "dozens of": an order of magnitude and the end.
pub(crate) fn vague(s: &str, i: usize) -> Option<(u32, usize)> {
    let w = word(s, i);
    let after_w = i + w.len();
    let plural_scale = |w: &str| exponent_in(&PLURAL_SCALES, w);
    let rest = &s[after_w..];
    if eq(w, "tens") || eq(w, "hundreds") {
        let k = if eq(w, "tens") { 1 } else { 2 };
        if let Some(r) = rest.strip_prefix(" of ") {
            let j = after_w + 4;
            let w2 = word(r, 0);
            if let Some(e) = plural_scale(w2).filter(|&e| e >= 3) {
                if word_end_ok(s, j + w2.len()) {
                    return Some((e + k, j + w2.len()));
                }
            }
        }
    }
    if eq(w, "several") || eq(w, "few") || eq(w, "a") && starts_with_ci(rest, " few ") {
        let j = if eq(w, "a") { after_w + 5 } else { after_w + 1 };
        if s.as_bytes().get(j - 1) != Some(&b' ') {
            return None;
        }
        let w2 = word(s, j);
        let e = if eq(w2, "hundred") {
            Some(2)
        } else {
            full_scale(w2)
        };
        if let Some(e) = e {
            if word_end_ok(s, j + w2.len()) {
                return Some((e, j + w2.len()));
            }
        }
        return None;
    }
    if !word_end_ok(s, after_w) {
        return None;
    }
    if eq(w, "dozens") && rest.starts_with(" of ") {
        return Some((1, after_w));
    }
    match plural_scale(w) {
        Some(2) if rest.starts_with(" of ") => Some((2, after_w)),
        Some(e) if e >= 3 => Some((e, after_w)),
        _ => None,
    }
}
