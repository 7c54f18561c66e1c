//! Bad input: results or nothing, never a panic, never a silently wrong value.

use booth_numbers::{convert, scan, Amount, FoundKind, Invalid};

fn invalid(text: &str) -> Option<Invalid> {
    scan(text).iter().find_map(|f| match &f.kind {
        FoundKind::Quantity(q) => match q.value {
            Amount::Invalid { reason } => Some(reason),
            _ => None,
        },
        _ => None,
    })
}

#[test]
fn long_lines_are_scanned_whole() {
    let unit = "예산은 3억 5천만 원이고 2.5 billion dollars 입니다. ";
    let line = unit.repeat(100_000 / unit.len() + 1);
    assert!(line.len() > 100_000);
    let found = scan(&line);
    assert_eq!(found.len(), 2 * (100_000 / unit.len() + 1));
}

#[test]
fn runs_of_digits_and_scales_are_reported_not_wrapped() {
    let digits = "9".repeat(100_000);
    assert_eq!(invalid(&digits), Some(Invalid::TooLarge));
    let grouped = format!("1{}", ",000".repeat(30_000));
    assert_eq!(invalid(&grouped), Some(Invalid::TooLarge));
    assert_eq!(invalid(&"억".repeat(30_000)), Some(Invalid::Malformed));
    assert_eq!(invalid("10⁴⁰ 원"), Some(Invalid::TooLarge));
    assert_eq!(invalid("1e40"), None, "scientific notation is not read");
    assert_eq!(
        convert("10⁴⁰").map(|q| q.value),
        Some(Amount::Invalid {
            reason: Invalid::TooLarge
        })
    );
}

#[test]
fn words_without_numbers_give_nothing_fast() {
    for text in [
        "one ".repeat(20_000),
        "이 ".repeat(20_000),
        "a a a ".repeat(10_000),
        "수".repeat(30_000),
    ] {
        assert!(scan(&text).is_empty(), "{:?}…", &text[..20]);
    }
}

#[test]
fn emoji_control_characters_and_mixed_scripts() {
    for text in [
        "💰3억💰 원",
        "\u{0}3억\u{7}\u{1b}[31m 5천만",
        "3\u{200b}억",
        "٣ مليون 3 млн 三億 3억",
        "\u{feff}350 million\r\n",
        "억\u{301}",
        "3억\u{fe0f}",
    ] {
        for f in scan(text) {
            assert_eq!(&text[f.span.clone()], f.text);
        }
        let _ = convert(text);
    }
    let found = scan("💰3억💰");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "3억");
}

#[test]
fn every_prefix_of_a_hard_sentence_is_safe() {
    let s = "약 3~4억 원, $3.5bn, 2021-07-07 14:30, 수십억, a quarter of a million, +82 10-1234-5678, 제3차";
    for (i, _) in s.char_indices() {
        let _ = scan(&s[..i]);
        let _ = scan(&s[i..]);
        let _ = convert(&s[..i]);
    }
}
