//! Digit literals ("350,000,000", "3.5", "10⁴⁰"), read once and shared by both languages.
//!
//! Values are built from the digits into an integer mantissa, never through a float, and
//! anything that cannot be held exactly is reported instead of rounded: more than 20
//! integer digits (or 10²⁰ or more after scaling) is `TooLarge`, more than 8 decimal
//! places is `TooPrecise`. A comma only groups when every group after the first has
//! exactly three digits ("1,500억"); anything else ("3,5억", "1,5000", "1,2,3") is not read.

use rust_decimal::Decimal;

use crate::text::digit_run;
use crate::value::Invalid;

/// Magnitudes from here on are reported as too large.
pub(crate) const LIMIT_EXP: u32 = 20;
const MAX_INT_DIGITS: usize = 20;
const MAX_FRAC_DIGITS: usize = 8;

pub(crate) type Val = Result<Decimal, Invalid>;

/// A digit literal.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lit {
    pub value: Val,
    pub end: usize,
    /// "007", "02": a code, not an amount.
    pub leading_zero: bool,
    /// A second decimal point follows ("1.2.3", "2021.07.07").
    pub dotted: bool,
}

/// 10ᵉ, or `TooLarge` past the limit.
pub(crate) fn pow10(e: u32) -> Val {
    if e >= LIMIT_EXP + 8 {
        return Err(Invalid::TooLarge);
    }
    Ok(Decimal::from_i128_with_scale(10i128.pow(e), 0))
}

/// `v` × 10ᵉ, checked against the limit.
pub(crate) fn scale(v: Val, e: u32) -> Val {
    let v = v?.checked_mul(pow10(e)?).ok_or(Invalid::TooLarge)?;
    check(v)
}

/// `a` + `b`, checked.
pub(crate) fn add(a: Val, b: Val) -> Val {
    check(a?.checked_add(b?).ok_or(Invalid::TooLarge)?)
}

/// Rejects magnitudes of 10²⁰ and more.
pub(crate) fn check(v: Decimal) -> Val {
    if v.abs() >= Decimal::from_i128_with_scale(10i128.pow(LIMIT_EXP), 0) {
        Err(Invalid::TooLarge)
    } else {
        Ok(v.normalize())
    }
}

/// The literal at byte `i`, if a digit starts there.
pub(crate) fn literal(s: &str, i: usize) -> Option<Lit> {
    let b = s.as_bytes();
    let first = digit_run(s, i);
    if first == 0 {
        return None;
    }
    let mut end = i + first;
    let mut grouped = false;
    if first <= 3 {
        while b.get(end) == Some(&b',') && digit_run(s, end + 1) == 3 {
            end += 4;
            grouped = true;
        }
    }
    // "3,5억", "1,5000", "12,34": a comma that does not group is a decimal comma or a list;
    // either way the figure is not safe to show.
    if b.get(end) == Some(&b',') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let int_end = end;
    let mut frac = false;
    let mut dotted = false;
    if b.get(end) == Some(&b'.') {
        let f = digit_run(s, end + 1);
        if f > 0 {
            frac = true;
            end += 1 + f;
            if b.get(end) == Some(&b'.') && digit_run(s, end + 1) > 0 {
                dotted = true;
            }
        }
    }
    let int_len = int_end - i;
    let leading_zero = !grouped && int_len > 1 && b[i] == b'0';
    let value = value_of(&s[i..int_end], if frac { &s[int_end + 1..end] } else { "" });
    let mut lit = Lit {
        value,
        end,
        leading_zero,
        dotted,
    };
    if !grouped && !frac && &s[i..int_end] == "10" {
        if let Some((exp, e_end)) = exponent(s, end) {
            lit.value = if exp >= LIMIT_EXP {
                Err(Invalid::TooLarge)
            } else {
                pow10(exp)
            };
            lit.end = e_end;
        }
    }
    Some(lit)
}

fn value_of(int: &str, frac: &str) -> Val {
    let digits = int
        .bytes()
        .filter(u8::is_ascii_digit)
        .skip_while(|&c| c == b'0');
    let int_sig = digits.clone().count();
    if int_sig > MAX_INT_DIGITS {
        return Err(Invalid::TooLarge);
    }
    if frac.len() > MAX_FRAC_DIGITS {
        return Err(Invalid::TooPrecise);
    }
    let mut m: i128 = 0;
    for c in digits.chain(frac.bytes()) {
        m = m * 10 + i128::from(c - b'0');
    }
    // At most 28 digits: fits the 96-bit mantissa.
    let d =
        Decimal::try_from_i128_with_scale(m, frac.len() as u32).map_err(|_| Invalid::TooLarge)?;
    check(d)
}

/// "⁴⁰" or "^40" after a literal 10.
fn exponent(s: &str, i: usize) -> Option<(u32, usize)> {
    let rest = s.get(i..)?;
    if let Some(r) = rest.strip_prefix('^') {
        let n = digit_run(r, 0);
        if n == 0 || n > 6 {
            return None;
        }
        let e: u32 = r[..n].parse().ok()?;
        return Some((e, i + 1 + n));
    }
    let mut e: u32 = 0;
    let mut end = i;
    for c in rest.chars() {
        let d = match c {
            '⁰' => 0,
            '¹' => 1,
            '²' => 2,
            '³' => 3,
            '⁴' => 4,
            '⁵' => 5,
            '⁶' => 6,
            '⁷' => 7,
            '⁸' => 8,
            '⁹' => 9,
            _ => break,
        };
        e = e.saturating_mul(10).saturating_add(d);
        end += c.len_utf8();
    }
    (end > i).then_some((e, end))
}
