//! Round trips: every rendering parses back to the value it came from, in both languages,
//! through the public `convert` (the number box) and through `scan` (running text).

use booth_numbers::{convert, render_en, render_ko, scan, Amount, Decimal, FoundKind};
use proptest::prelude::*;

const MAX: i64 = 10_000_000_000_000_000; // 10¹⁶

fn exact(v: Decimal) -> Amount {
    Amount::Exact {
        value: v.normalize(),
    }
}

fn back(text: &str) -> Option<Amount> {
    convert(text).map(|q| q.value)
}

/// `scan` must find the rendering as one quantity covering all of it.
fn scanned(text: &str) -> Option<Amount> {
    match scan(text).as_slice() {
        [f] if f.span == (0..text.len()) => match &f.kind {
            FoundKind::Quantity(q) => Some(q.value.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// One 10⁴ group: often empty or a round number of thousands, since that changes the rendering.
fn group() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(0i64),
        Just(0i64),
        (1i64..=9).prop_map(|t| t * 1000),
        1i64..=9999,
        1i64..=9
    ]
}

/// Values whose shapes matter most: every mix of empty and filled 10⁴ groups up to 10¹⁶,
/// round multiples of every scale, plus anything.
fn integer() -> impl Strategy<Value = i64> {
    prop_oneof![
        (0i64..=1, group(), group(), group(), group()).prop_map(|(g, a, b, c, d)| {
            (((g * 10_000 + a) * 10_000 + b) * 10_000 + c) * 10_000 + d
        }),
        0..=MAX,
        (1i64..=9999, 0u32..=12).prop_map(|(m, e)| m * 10i64.pow(e)),
        (1i64..=999, 1i64..=9999, 0u32..=8).prop_map(|(a, b, e)| (a * 10_000 + b) * 10i64.pow(e)),
        -MAX..=MAX,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

    #[test]
    fn integers_round_trip(n in integer()) {
        let v = Decimal::from(n);
        let en = render_en(&v);
        let ko = render_ko(&v);
        prop_assert_eq!(back(&en), Some(exact(v)), "English {:?}", en);
        prop_assert_eq!(back(&ko), Some(exact(v)), "Korean {:?}", ko);
        if n >= 0 && !(1800..=2100).contains(&n) {
            // In running text a bare 1800–2100 is a year, by design.
            prop_assert_eq!(scanned(&en), Some(exact(v)), "scan English {:?}", en);
            prop_assert_eq!(scanned(&ko), Some(exact(v)), "scan Korean {:?}", ko);
        }
    }

    #[test]
    fn two_place_decimals_round_trip(cents in -MAX * 100..=MAX * 100) {
        let v = Decimal::new(cents, 2);
        let en = render_en(&v);
        let ko = render_ko(&v);
        prop_assert_eq!(back(&en), Some(exact(v)), "English {:?}", en);
        prop_assert_eq!(back(&ko), Some(exact(v)), "Korean {:?}", ko);
    }

    #[test]
    fn scan_never_panics_and_spans_are_sound(s in any::<String>()) {
        let found = scan(&s);
        let mut at = 0;
        for f in &found {
            prop_assert!(f.span.start >= at && f.span.start < f.span.end && f.span.end <= s.len());
            prop_assert_eq!(&s[f.span.clone()], f.text.as_str());
            at = f.span.end;
        }
        let _ = convert(&s);
    }

    #[test]
    fn number_like_text_never_panics(s in "[0-9일이삼사오육칠팔구십백천만억조경수약여~ ,.%$-]{0,40}") {
        for f in scan(&s) {
            prop_assert_eq!(&s[f.span.clone()], f.text.as_str());
        }
        let _ = convert(&s);
    }
}
