//! Numbers that are not amounts: years, dates, times, durations, ordinals, identifiers
//! and phone numbers. They are checked before any quantity reading, because converting
//! "2021년" to "2,021" or "SDG 11" to "11" puts a wrong thing on screen.
//!
//! Rules, in the order they are tried at a digit:
//! * dates: `yyyy-mm-dd`, `yyyy.mm.dd`, `yyyy/mm/dd`, `d/m/yyyy`, "7 July [2021]", "7월 [7일]",
//!   "2021년 7월 7일", "N일"; years: "2021년" (4 digits), and — in `quantity` — a bare
//!   4-digit 1800–2100 with no unit or scale ("in 2021");
//! * phones: "+" and 8–15 digits in groups, or three hyphenated groups starting with 0, or
//!   15xx/16xx/18xx-xxxx, or 9+ digits starting with 0;
//! * times: "14:30[:15]", "2 p.m.", "2pm", "14시 [30분]"; durations: "N시간", "N분", "N초",
//!   "N개월", "N주", "N년" that is not a year;
//! * ordinals: "3rd", "제3차", "3번째", "3차", "3위", "3등", "3회", "3번", "3층", "3분기", "3주년";
//! * identifiers: "A/RES/74/4", "COP28", "SDG 11", "Goal 11", "11.2.1", "007", "74/4", "5G".
//!
//! At a letter: month names before a day or year, ordinal words (except "second", which is
//! also a unit of time), keywords and acronyms followed by a number, and codes mixing
//! letters and digits.

use crate::english::scale_at;
use crate::lit::literal;
use crate::text::{
    alpha_run, char_at, digit_run, is_hangul, is_particle_start, spaces, word_end_ok,
};
use crate::unit::unit_at;
use crate::value::FoundKind;

type Hit = Option<(usize, FoundKind)>;

fn num(s: &str, i: usize, max_len: usize) -> Option<(u32, usize)> {
    let n = digit_run(s, i);
    if n == 0 || n > max_len {
        return None;
    }
    Some((s[i..i + n].parse().ok()?, i + n))
}

fn month_name(w: &str) -> bool {
    const M: [&str; 21] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
    ];
    M.iter().any(|m| w.eq_ignore_ascii_case(m))
        || ["oct", "nov", "dec"]
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
}

/// After a Korean suffix: nothing Hangul follows except a particle.
fn ko_end(s: &str, i: usize) -> bool {
    char_at(s, i).is_none_or(|c| !is_hangul(c) || is_particle_start(c))
}

/// Korean suffixed forms starting right after digits at `j` (number value `v`).
fn ko_suffix(s: &str, j: usize, v: u32, four_digits: bool) -> Hit {
    let rest = &s[j..];
    let kind_end = |suffix: &str, kind: FoundKind| -> Hit {
        let e = j + suffix.len();
        ko_end(s, e).then_some((e, kind))
    };
    if rest.starts_with("년") {
        let e = j + "년".len();
        if four_digits {
            // "2021년 7월 7일" as one date.
            let mut end = e;
            if s[e..].starts_with("도") {
                end += "도".len();
            }
            let k = end + spaces(s, end, 1);
            if let Some((m, me)) = num(s, k, 2) {
                if (1..=12).contains(&m) && s[me..].starts_with("월") {
                    return Some((month_day(s, me + "월".len()), FoundKind::Date));
                }
            }
            return Some((end, FoundKind::Year));
        }
        let e = if s[e..].starts_with("간") {
            e + "간".len()
        } else {
            e
        };
        return ko_end(s, e).then_some((e, FoundKind::Duration));
    }
    if rest.starts_with("월") && (1..=12).contains(&v) {
        return Some((month_day(s, j + "월".len()), FoundKind::Date));
    }
    if rest.starts_with("일") && (1..=31).contains(&v) {
        let e = j + "일".len();
        if s[e..].starts_with("간") {
            return Some((e + "간".len(), FoundKind::Duration));
        }
        return ko_end(s, e).then_some((e, FoundKind::Date));
    }
    if rest.starts_with("시간") {
        return kind_end("시간", FoundKind::Duration);
    }
    if rest.starts_with("시") && v <= 24 {
        let mut end = j + "시".len();
        if !ko_end(s, end) && !s[end..].starts_with("반") {
            return None;
        }
        if s[end..].starts_with("반") {
            end += "반".len();
        }
        for unit in ["분", "초"] {
            let k = end + spaces(s, end, 1);
            if let Some((_, e)) = num(s, k, 2) {
                if s[e..].starts_with(unit) {
                    end = e + unit.len();
                }
            }
        }
        return Some((end, FoundKind::Time));
    }
    for (suffix, kind) in [
        ("분기", FoundKind::Ordinal),
        ("분", FoundKind::Duration),
        ("초", FoundKind::Duration),
        ("개월", FoundKind::Duration),
        ("주년", FoundKind::Ordinal),
        ("주", FoundKind::Duration),
        ("번째", FoundKind::Ordinal),
        ("차", FoundKind::Ordinal),
        ("위", FoundKind::Ordinal),
        ("등", FoundKind::Ordinal),
        ("회", FoundKind::Ordinal),
        ("번", FoundKind::Ordinal),
        ("층", FoundKind::Ordinal),
        ("기", FoundKind::Ordinal),
        ("호", FoundKind::Identifier),
    ] {
        if rest.starts_with(suffix) {
            if suffix == "호" {
                // "3호", "3호실", "2호선": a number used as a name.
                return Some((j + suffix.len(), kind));
            }
            return kind_end(suffix, kind);
        }
    }
    None
}

/// After "N월": an optional " N일".
fn month_day(s: &str, e: usize) -> usize {
    let k = e + spaces(s, e, 1);
    if let Some((d, de)) = num(s, k, 2) {
        if (1..=31).contains(&d) && s[de..].starts_with("일") {
            return de + "일".len();
        }
    }
    e
}

/// A non-quantity starting at the digit at `i`.
pub(crate) fn at_digit(s: &str, i: usize) -> Hit {
    let b = s.as_bytes();
    let run = digit_run(s, i);
    // Long runs never match a date or time; only their length matters (phones).
    let (v, j) = num(s, i, 9).unwrap_or((u32::MAX, i + run));
    let n = j - i;
    let sep = b.get(j).copied();
    // yyyy-mm-dd, yyyy.mm.dd, yyyy/mm/dd (also "2021. 7. 7.").
    if n == 4 && matches!(sep, Some(b'-' | b'.' | b'/')) {
        let sp = |k: usize| {
            if sep == Some(b'.') {
                k + spaces(s, k, 1)
            } else {
                k
            }
        };
        if let Some((m, me)) = num(s, sp(j + 1), 2) {
            if (1..=12).contains(&m) && b.get(me).copied() == sep {
                if let Some((d, de)) = num(s, sp(me + 1), 2) {
                    if (1..=31).contains(&d) && !b.get(de).is_some_and(u8::is_ascii_digit) {
                        let end = if sep == Some(b'.') && b.get(de) == Some(&b'.') {
                            de + 1
                        } else {
                            de
                        };
                        return Some((end, FoundKind::Date));
                    }
                }
            }
        }
    }
    // 2019-2020, 2019~20: a span of years.
    if n == 4 && (1800..=2100).contains(&v) {
        for sep in ["-", "–", "~"] {
            if s[j..].starts_with(sep) {
                let k = j + sep.len();
                let m = digit_run(s, k);
                let e = k + m;
                let rising = s[k..e].parse::<u32>().is_ok_and(|w| {
                    if m == 4 {
                        w > v && w <= 2100
                    } else {
                        w > v % 100
                    }
                });
                // "2000-3000 people" is a range of people.
                let counted = unit_at(s, e, false).is_some() || scale_at(s, e, true).is_some();
                let (e, ends) = if s[e..].starts_with("년") {
                    (e + "년".len(), ko_end(s, e + "년".len()))
                } else {
                    (e, word_end_ok(s, e))
                };
                if (m == 4 || m == 2) && rising && ends && !counted {
                    return Some((e, FoundKind::Year));
                }
            }
        }
    }
    // d/m/yyyy or m/d/yyyy.
    if n <= 2 && sep == Some(b'/') {
        if let Some((_, me)) = num(s, j + 1, 2) {
            if b.get(me) == Some(&b'/') && digit_run(s, me + 1) == 4 {
                return Some((me + 5, FoundKind::Date));
            }
        }
    }
    if let Some(hit) = phone(s, i) {
        return Some(hit);
    }
    // 14:30, 2:30 p.m.
    if n <= 2 && sep == Some(b':') && v <= 24 {
        if let Some((mm, me)) = num(s, j + 1, 2) {
            if digit_run(s, j + 1) == 2 && mm < 60 {
                let mut end = me;
                if b.get(end) == Some(&b':') && digit_run(s, end + 1) == 2 {
                    end += 3;
                }
                return Some((ampm(s, end).unwrap_or(end), FoundKind::Time));
            }
        }
    }
    // 3:2 — a score or ratio, not an amount.
    if sep == Some(b':') && digit_run(s, j + 1) > 0 {
        return Some((j + 1 + digit_run(s, j + 1), FoundKind::Identifier));
    }
    if n <= 2 && (1..=12).contains(&v) {
        if let Some(end) = ampm(s, j) {
            return Some((end, FoundKind::Time));
        }
    }
    // "7 July 2021".
    if n <= 2 && sep == Some(b' ') {
        let w = &s[j + 1..j + 1 + alpha_run(s, j + 1)];
        if month_name(w) && word_end_ok(s, j + 1 + w.len()) {
            let mut end = j + 1 + w.len();
            if b.get(end) == Some(&b' ') && digit_run(s, end + 1) == 4 {
                end += 5;
            }
            return Some((end, FoundKind::Date));
        }
    }
    // 1st, 2nd, 3rd, 11th; 1990s.
    let w = &s[j..j + alpha_run(s, j)];
    if !w.is_empty() && word_end_ok(s, j + w.len()) {
        let ord = ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x));
        if ord {
            return Some((j + w.len(), FoundKind::Ordinal));
        }
        if n == 4 && w == "s" {
            return Some((j + 1, FoundKind::Year));
        }
    }
    if n <= 12 {
        if let Some(hit) = ko_suffix(s, j, v, n == 4 && (1000..3000).contains(&v)) {
            return Some(hit);
        }
    }
    // 74/4, 11.2.1, 007.
    if sep == Some(b'/') && digit_run(s, j + 1) > 0 {
        return Some((code_end(s, i), FoundKind::Identifier));
    }
    if let Some(l) = literal(s, i) {
        if l.dotted || l.leading_zero {
            return Some((code_end(s, i), FoundKind::Identifier));
        }
    }
    None
}

/// " a.m.", "pm", " PM" after an hour.
fn ampm(s: &str, i: usize) -> Option<usize> {
    let k = i + spaces(s, i, 1);
    for form in ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."] {
        if s[k..].starts_with(form) && (form.ends_with('.') || word_end_ok(s, k + form.len())) {
            return Some(k + form.len());
        }
    }
    None
}

/// The end of a code token: letters, digits and `/ . - _` inside, ending on a letter or digit.
pub(crate) fn code_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut end = i;
    let mut k = i;
    while let Some(&c) = b.get(k) {
        if c.is_ascii_alphanumeric() {
            k += 1;
            end = k;
        } else if matches!(c, b'/' | b'.' | b'-' | b'_')
            && b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// A phone number at `i` ('+' or a digit).
pub(crate) fn phone(s: &str, i: usize) -> Hit {
    let b = s.as_bytes();
    let plus = b.get(i) == Some(&b'+');
    let mut k = if plus { i + 1 } else { i };
    let mut groups = [0usize; 6];
    let mut count = 0;
    let mut end;
    let mut hyphens_only = true;
    let mut hyphen_seen = false;
    let first = &s[k..];
    let mut best = None;
    while count < 6 {
        let n = digit_run(s, k);
        if n == 0 {
            break;
        }
        groups[count] = n;
        count += 1;
        end = k + n;
        if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        if phone_shape(&groups[..count], first, plus, hyphens_only) {
            best = Some(end);
        }
        match b.get(end) {
            Some(b'-') if digit_run(s, end + 1) > 0 => {
                hyphen_seen = true;
                k = end + 1
            }
            // Spaces only before the hyphenated part: "+82 10-1234-5678 02…" ends at 5678.
            Some(b' ') if plus && !hyphen_seen && digit_run(s, end + 1) > 0 => {
                hyphens_only = false;
                k = end + 1
            }
            _ => break,
        }
    }
    best.map(|e| (e, FoundKind::Phone))
}

fn phone_shape(groups: &[usize], first: &str, plus: bool, hyphens_only: bool) -> bool {
    let total: usize = groups.iter().sum();
    let count = groups.len();
    if plus {
        count >= 2 && (8..=15).contains(&total)
    } else if count >= 3 {
        hyphens_only && first.starts_with('0') && (9..=12).contains(&total)
    } else if count == 2 {
        groups[0] == 4 && groups[1] == 4 && ["15", "16", "18"].iter().any(|p| first.starts_with(p))
    } else {
        first.starts_with('0') && (9..=12).contains(&total)
    }
}

/// A non-quantity starting at the ASCII letter at `i`.
pub(crate) fn at_letter(s: &str, i: usize) -> Hit {
    let len = alpha_run(s, i);
    let w = &s[i..i + len];
    let after = i + len;
    let b = s.as_bytes();
    // Codes gluing letters to digits: COP28, G20, A/RES/74/4, SDG11.
    if matches!(b.get(after), Some(c) if c.is_ascii_digit() || matches!(c, b'/' | b'-' | b'.')) {
        let end = code_end(s, i);
        if s[i..end].bytes().any(|c| c.is_ascii_digit()) && word_end_ok(s, end) {
            return Some((end, FoundKind::Identifier));
        }
    }
    if !word_end_ok(s, after) {
        return None;
    }
    if month_name(w) && b.get(after) == Some(&b' ') {
        let n = digit_run(s, after + 1);
        let day_end = after + 1 + n;
        if (1..=2).contains(&n) && word_end_ok(s, day_end) {
            let mut end = day_end;
            if s[end..].starts_with(", ") && digit_run(s, end + 2) == 4 {
                end += 6;
            } else if b.get(end) == Some(&b' ') && digit_run(s, end + 1) == 4 {
                end += 5;
            }
            return Some((end, FoundKind::Date));
        }
        if n == 4 && word_end_ok(s, day_end) {
            return Some((day_end, FoundKind::Date));
        }
    }
    const ORDINALS: [&str; 14] = [
        "first",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "twentieth",
        "hundredth",
        "thousandth",
    ];
    if ORDINALS.iter().any(|o| w.eq_ignore_ascii_case(o)) {
        return Some((after, FoundKind::Ordinal));
    }
    // Words that, followed by a number, name a thing rather than count it.
    const KEYWORDS: [&str; 12] = [
        "goal",
        "target",
        "article",
        "resolution",
        "section",
        "chapter",
        "paragraph",
        "annex",
        "room",
        "page",
        "indicator",
        "agenda",
    ];
    // Only capitalized: "no 3 people", "the table 2 guests" are not codes.
    const CAPITALIZED: [&str; 6] = ["No", "Item", "Rule", "Gate", "Table", "Figure"];
    let acronym = (2..=6).contains(&len) && w.bytes().all(|c| c.is_ascii_uppercase());
    let keyword = KEYWORDS.iter().any(|k| w.eq_ignore_ascii_case(k)) || CAPITALIZED.contains(&w);
    if (acronym || keyword) && !is_currency_code(w) {
        let k = if s[after..].starts_with(". ") {
            after + 2
        } else if b.get(after) == Some(&b' ') {
            after + 1
        } else {
            return None;
        };
        if digit_run(s, k) > 0 {
            let end = code_end(s, k);
            return Some((end, FoundKind::Identifier));
        }
    }
    None
}

fn is_currency_code(w: &str) -> bool {
    ["USD", "KRW", "EUR", "JPY", "CNY"].contains(&w)
}

/// "제3차", "제5조", "제74차": 제 and digits.
pub(crate) fn at_je(s: &str, i: usize) -> Hit {
    let k = i + "제".len();
    let n = digit_run(s, k);
    if n == 0 {
        return None;
    }
    let mut end = k + n;
    if let Some(c) = char_at(s, end) {
        if is_hangul(c) && !is_particle_start(c) {
            end += c.len_utf8();
        }
    }
    Some((end, FoundKind::Ordinal))
}
