//! Reading Korean numbers: digits, Hangul numerals and their mixes, grouped by 10⁴.
//!
//! A number is a run of terms, each a coefficient below 10⁴ (digits, or 천/백/십 with
//! digits or Hangul digits: "5천", "오천", "삼십오", "1,500") times a big scale (만 10⁴,
//! 억 10⁸, 조 10¹², 경 10¹⁶), big scales strictly decreasing, terms glued or one space
//! apart. Decisions a reader would otherwise guess at:
//!
//! * A term without a big scale after one with 억 or more takes the next big scale down:
//!   "3억 5천" is how 350,000,000 is said (nobody says 300,005,000 that way); after 만 it
//!   stays units ("2만 5천" = 25,000).
//! * Bare digits after 만 are the units ("12만 3,456"). After 억 or more they are not joined
//!   ("3억5", "3억 5": 3.5억? 300,000,005? a typo?): glued that gives nothing; spaced, the
//!   number ends before them.
//! * A lone Hangul digit after a big scale is a particle or a word, not a units digit
//!   ("삼억이 들었다" is 3억 + subject particle).
//! * Scales stacked in an impossible order ("1억억", "억억억") are `Malformed`.
//!
//! Whether a pure-Hangul number is believed at all (false friends) is decided by the
//! caller, which also sees the unit: see `quantity`.

use crate::lit::{add, literal, scale, Val};
use crate::text::char_at;
use crate::value::Invalid;

/// Hangul digit syllable value.
pub(crate) fn ko_digit(c: char) -> Option<u32> {
    Some(match c {
        '일' => 1,
        '이' => 2,
        '삼' => 3,
        '사' => 4,
        '오' => 5,
        '육' | '륙' => 6,
        '칠' => 7,
        '팔' => 8,
        '구' => 9,
        _ => return None,
    })
}

/// 십, 백, 천 as exponents.
pub(crate) fn ko_small(c: char) -> Option<u32> {
    Some(match c {
        '십' => 1,
        '백' => 2,
        '천' => 3,
        _ => return None,
    })
}

/// 만, 억, 조, 경 as exponents.
pub(crate) fn ko_big(c: char) -> Option<u32> {
    Some(match c {
        '만' => 4,
        '억' => 8,
        '조' => 12,
        '경' => 16,
        _ => return None,
    })
}

/// Every Hangul syllable this reader treats as part of a number.
pub(crate) fn is_ko_numeral(c: char) -> bool {
    ko_digit(c).is_some() || ko_small(c).is_some() || ko_big(c).is_some()
}

/// A parsed Korean (or plain digit) number.
#[derive(Clone, Copy, Debug)]
pub(crate) struct KoNum {
    pub value: Val,
    pub end: usize,
    /// Any ASCII digit in it.
    pub digits: bool,
    /// Hangul numeral syllables in it (digits and scales).
    pub syllables: usize,
    /// The highest big scale exponent (0 when none).
    pub big: u32,
    /// Any scale word at all (십 … 경).
    pub scaled: bool,
    /// Exponent applied to the first coefficient ("4천만" → 7), for ranges like "3~4천만".
    pub lead_exp: u32,
}

/// Coefficient below a big scale.
#[derive(Clone, Copy, Debug)]
struct Small {
    value: Val,
    end: usize,
    digits: bool,
    syllables: usize,
    small_scale: bool,
    lead_exp: u32,
    /// Exactly one Hangul digit syllable and nothing else.
    bare_syllable: bool,
}

fn small(s: &str, i: usize) -> Option<Small> {
    let mut p = i;
    let mut total: Val = Ok(rust_decimal::Decimal::ZERO);
    let mut last_exp = 4;
    let mut out = Small {
        value: total,
        end: i,
        digits: false,
        syllables: 0,
        small_scale: false,
        lead_exp: 0,
        bare_syllable: false,
    };
    let mut lead: Option<u32> = None;
    let mut hangul_digits = 0;
    loop {
        let mut coef: Option<(Val, usize)> = None;
        if let Some(l) = literal(s, p) {
            if l.leading_zero || l.dotted {
                break;
            }
            coef = Some((l.value, l.end));
        } else if let Some(d) = char_at(s, p).and_then(ko_digit) {
            coef = Some((Ok(d.into()), p + 3));
        }
        let q = coef.as_ref().map_or(p, |c| c.1);
        match (coef, char_at(s, q).and_then(ko_small)) {
            (c, Some(e)) if e < last_exp => {
                if let Some((_, cend)) = c {
                    if cend - p == 3 && char_at(s, p).is_some_and(|ch| ko_digit(ch).is_some()) {
                        out.syllables += 1;
                        hangul_digits += 1;
                    } else {
                        out.digits = true;
                    }
                }
                let v = c.map_or(Ok(rust_decimal::Decimal::ONE), |c| c.0);
                total = add(total, scale(v, e));
                out.syllables += 1;
                out.small_scale = true;
                lead.get_or_insert(e);
                last_exp = e;
                p = q + 3;
            }
            (Some((v, cend)), _) => {
                if char_at(s, p).is_some_and(|ch| ko_digit(ch).is_some()) {
                    out.syllables += 1;
                    hangul_digits += 1;
                } else {
                    out.digits = true;
                }
                total = add(total, v);
                lead.get_or_insert(0);
                p = cend;
                break;
            }
            (None, _) => break,
        }
    }
    if p == i {
        return None;
    }
    out.value = total;
    out.end = p;
    out.lead_exp = lead.unwrap_or(0);
    out.bare_syllable = !out.small_scale && !out.digits && hangul_digits == 1;
    Some(out)
}

/// The Korean-style number starting at `i`: digits or Hangul numerals with scales.
pub(crate) fn parse(s: &str, i: usize) -> Option<KoNum> {
    let mut num = KoNum {
        value: Ok(rust_decimal::Decimal::ZERO),
        end: i,
        digits: false,
        syllables: 0,
        big: 0,
        scaled: false,
        lead_exp: 0,
    };
    let mut p = i;
    let mut last_big = u32::MAX;
    let mut first = true;
    loop {
        // Where the next term would start: glued, or after one space (not before the first).
        let try_at = if !first && s.as_bytes().get(p) == Some(&b' ') {
            p + 1
        } else {
            p
        };
        let sm = small(s, try_at);
        let q = sm.map_or(try_at, |m| m.end);
        let big = char_at(s, q).and_then(ko_big);
        match (sm, big) {
            (sm, Some(e)) => {
                if e >= last_big {
                    break;
                }
                let coef = match sm {
                    Some(m) => m,
                    // A bare 만 ("만 원") counts one 만; a bare 억/조/경 is only a number when stacked
                    // into something malformed ("억억억").
                    None if first => {
                        let stacked = char_at(s, q + 3).and_then(ko_big).is_some();
                        if e != 4 && !stacked {
                            return None;
                        }
                        Small {
                            value: Ok(rust_decimal::Decimal::ONE),
                            end: q,
                            digits: false,
                            syllables: 0,
                            small_scale: false,
                            lead_exp: 0,
                            bare_syllable: false,
                        }
                    }
                    None => break,
                };
                num.value = add(num.value, scale(coef.value, e));
                num.digits |= coef.digits;
                num.syllables += coef.syllables + 1;
                num.scaled = true;
                if first {
                    num.lead_exp = coef.lead_exp + e;
                    num.big = e;
                }
                last_big = e;
                p = q + 3;
                // Stacked big scales: "1억억", "3만억", "억억억".
                let mut stacked = false;
                while char_at(s, p).and_then(ko_big).is_some() {
                    p += 3;
                    stacked = true;
                }
                if stacked {
                    num.value = Err(Invalid::Malformed);
                    num.end = p;
                    return Some(num);
                }
            }
            (Some(m), None) => {
                if first {
                    num.value = m.value;
                    num.digits = m.digits;
                    num.syllables = m.syllables;
                    num.scaled = m.small_scale;
                    num.lead_exp = m.lead_exp;
                    p = m.end;
                } else if m.bare_syllable {
                    // "삼억이": a particle.
                    break;
                } else if !m.small_scale && last_big == 4 {
                    // "12만 3,456", "6,900억 7,800만3965": units after 만.
                    num.value = add(num.value, m.value);
                    num.digits |= m.digits;
                    p = m.end;
                } else if !m.small_scale {
                    if try_at == p {
                        // "3억5": 3억 and 5, or 3.5억? Say nothing.
                        return None;
                    }
                    break;
                } else {
                    // "3억 5천" → 3억 5천만; "2만 5천" → 25,000.
                    let e = if last_big >= 8 { last_big - 4 } else { 0 };
                    num.value = add(num.value, scale(m.value, e));
                    num.digits |= m.digits;
                    num.syllables += m.syllables;
                    p = m.end;
                }
                break;
            }
            (None, None) => break,
        }
        first = false;
    }
    if p == i {
        return None;
    }
    num.end = p;
    Some(num)
}

/// "수십억", "몇백만": an order of magnitude. Returns the exponent and the end.
pub(crate) fn vague(s: &str, i: usize) -> Option<(u32, usize, bool)> {
    let c = char_at(s, i)?;
    if c != '수' && c != '몇' {
        return None;
    }
    let mut p = i + 3;
    let mut e = 0;
    if let Some(x) = char_at(s, p).and_then(ko_small) {
        e += x;
        p += 3;
    }
    let mut has_big = false;
    if let Some(x) = char_at(s, p).and_then(ko_big) {
        e += x;
        p += 3;
        has_big = true;
    }
    if e == 0 {
        return None;
    }
    Some((e, p, has_big))
}
