//! Exact renderings for the booth screen, in the groupings each language counts in.
//!
//! English (groups of 10³): the largest scale (thousand, million, billion, trillion) at or
//! below the value, if the value then reads in at most three digits: "350 million",
//! "1.25 million", "12.5 billion", "15 thousand". "thousand" takes whole numbers from 10
//! up only ("1,500" and "5,000", not "1.5 thousand" or "5 thousand"); "trillion" also takes
//! any whole count ("12,000 trillion").
//! Anything else (1,234,567; 350,500,000; 1,234.5) is written in full with grouping commas,
//! which is exact and still quick to read. Values below 1,000 are written as they are.
//!
//! Korean (groups of 10⁴): each non-zero group with its scale (경, 조, 억, 만), largest
//! first, separated by spaces; a group that is a whole number of thousands is written with
//! 천 ("3억 5천만", "2만 5천"), any other group in digits ("1,500억", "12만 3,456", "500만").
//! Two shapes would be misread, so they are written in full digits instead: a units group
//! after 억 or more with an empty 만 group (300,005,000 as "3억 5천" reads as 3억 5천만), and
//! any non-integer of 10⁴ or more. Values below 10⁴ are written in digits ("5,000", "0.5").
//!
//! Every rendering parses back to the same value (the property tests check this).

use rust_decimal::Decimal;

use crate::value::{Amount, Invalid};

const EN_SCALES: [(u32, &str); 4] = [
    (12, "trillion"),
    (9, "billion"),
    (6, "million"),
    (3, "thousand"),
];
const KO_SCALES: [(u32, &str); 5] = [(16, "경"), (12, "조"), (8, "억"), (4, "만"), (0, "")];

/// Digits with grouping commas: "1,234,567.5".
pub fn group_digits(v: &Decimal) -> String {
    let s = v.normalize().to_string();
    let (sign, s) = match s.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", s.as_str()),
    };
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let mut out = String::with_capacity(s.len() + s.len() / 3 + 1);
    out.push_str(sign);
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn written_digits(q: &Decimal) -> usize {
    q.normalize()
        .to_string()
        .bytes()
        .filter(u8::is_ascii_digit)
        .count()
}

/// The English rendering of an exact value (see the module rules).
pub fn render_en(v: &Decimal) -> String {
    let n = v.normalize();
    if n.is_sign_negative() && !n.is_zero() {
        return format!("-{}", render_en(&-n));
    }
    if n < Decimal::from(1000) {
        return n.to_string();
    }
    for (e, name) in EN_SCALES {
        let unit = Decimal::from_i128_with_scale(10i128.pow(e), 0);
        if n < unit {
            continue;
        }
        let mut q = n;
        if q.set_scale(q.scale() + e).is_err() {
            break;
        }
        let q = q.normalize();
        let whole = q.fract().is_zero();
        let fits = match e {
            3 => whole && n >= Decimal::from(10_000) && written_digits(&q) <= 3,
            12 => whole || written_digits(&q) <= 3,
            _ => written_digits(&q) <= 3,
        };
        if fits {
            return format!("{} {}", group_digits(&q), name);
        }
        break;
    }
    group_digits(&n)
}

/// The Korean rendering of an exact value (see the module rules).
pub fn render_ko(v: &Decimal) -> String {
    let n = v.normalize();
    if n.is_sign_negative() && !n.is_zero() {
        return format!("-{}", render_ko(&-n));
    }
    if n < Decimal::from(10_000) || !n.fract().is_zero() || n.scale() != 0 {
        return group_digits(&n);
    }
    let Ok(m) = u128::try_from(n.mantissa()) else {
        return group_digits(&n);
    };
    let group = |e: u32| (m / 10u128.pow(e)) % 10_000;
    if group(8) + group(12) + group(16) > 0 && group(4) == 0 && group(0) > 0 {
        return group_digits(&n);
    }
    let mut out = String::new();
    for (e, name) in KO_SCALES {
        let g = if e == 16 {
            m / 10u128.pow(16)
        } else {
            group(e)
        };
        if g == 0 {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if g % 1000 == 0 && g < 10_000 {
            out.push_str(&(g / 1000).to_string());
            out.push('천');
        } else {
            out.push_str(&group_digits(&Decimal::from(g)));
        }
        out.push_str(name);
    }
    out
}

/// "several billion", "tens of billions", "hundreds of thousands" for 10ᵉ.
pub fn render_en_order(e: u32) -> String {
    match e {
        0 => "a few".to_owned(),
        1 => "dozens".to_owned(),
        2 => "hundreds".to_owned(),
        _ => {
            let (base, plural) = match e {
                3..=5 => ("thousand", "thousands"),
                6..=8 => ("million", "millions"),
                9..=11 => ("billion", "billions"),
                _ => ("trillion", "trillions"),
            };
            let base_exp = match e {
                3..=5 => 3,
                6..=8 => 6,
                9..=11 => 9,
                _ => 12,
            };
            match e - base_exp {
                0 => format!("several {base}"),
                1 => format!("tens of {plural}"),
                2 => format!("hundreds of {plural}"),
                _ => format!("thousands of {plural}"),
            }
        }
    }
}

/// "수십억", "수백만", "수천" for 10ᵉ.
pub fn render_ko_order(e: u32) -> String {
    let big = (e / 4).min(4);
    let small = e.saturating_sub(big * 4).min(3);
    let mut out = String::from("수");
    match small {
        1 => out.push('십'),
        2 => out.push('백'),
        3 => out.push('천'),
        _ => {}
    }
    out.push_str(["", "만", "억", "조", "경"][big as usize]);
    out
}

fn invalid_text(r: Invalid) -> (&'static str, &'static str) {
    match r {
        Invalid::TooLarge => ("too large", "너무 큰 수"),
        Invalid::TooPrecise => ("too many decimals", "소수 자릿수 초과"),
        Invalid::Malformed => ("malformed number", "잘못된 수"),
    }
}

/// Both renderings of an amount: (English, Korean).
pub(crate) fn render_amount(a: &Amount) -> (String, String) {
    match a {
        Amount::Exact { value } => (render_en(value), render_ko(value)),
        Amount::Approx { value } => (
            format!("about {}", render_en(value)),
            format!("약 {}", render_ko(value)),
        ),
        Amount::Range { lo, hi, approx } => {
            let (en, ko) = (
                range_en(lo, hi),
                format!("{}~{}", render_ko(lo), render_ko(hi)),
            );
            if *approx {
                (format!("about {en}"), format!("약 {ko}"))
            } else {
                (en, ko)
            }
        }
        Amount::Vague { order } => {
            let e = order.normalize().to_string().len().saturating_sub(1) as u32;
            (render_en_order(e), render_ko_order(e))
        }
        Amount::Invalid { reason } => {
            let (en, ko) = invalid_text(*reason);
            (en.to_owned(), ko.to_owned())
        }
    }
}

/// "300-400 million" when both ends share a scale word, else "350 million-1.2 billion".
fn range_en(lo: &Decimal, hi: &Decimal) -> String {
    let (l, h) = (render_en(lo), render_en(hi));
    if let (Some((ln, ls)), Some((hn, hs))) = (l.split_once(' '), h.split_once(' ')) {
        if ls == hs {
            return format!("{ln}-{hn} {hs}");
        }
    }
    format!("{l}-{h}")
}
