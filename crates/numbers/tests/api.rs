//! The public API as the app uses it: the number box, running text, and the JSON the UI gets.

use booth_numbers::{convert, render_en, render_ko, scan, Amount, Decimal, FoundKind, Lang, Unit};

fn value(input: &str) -> Option<Amount> {
    convert(input).map(|q| q.value)
}

fn exact(v: i64) -> Option<Amount> {
    Some(Amount::Exact {
        value: Decimal::from(v),
    })
}

#[test]
fn number_box_reads_whole_quantities_only() {
    assert_eq!(value("3억5천"), exact(350_000_000));
    assert_eq!(value(" 3억 5천만 원 "), exact(350_000_000));
    assert_eq!(value("2021"), exact(2021), "a typed 2021 is an amount");
    assert_eq!(value("$3.5bn"), exact(3_500_000_000));
    // Typed into the box, a lone scale word or spelled number is meant as a number.
    assert_eq!(value("천만"), exact(10_000_000));
    assert_eq!(value("천"), exact(1000));
    assert_eq!(value("fifteen"), exact(15));
    // Partial or doubtful input: nothing rather than a guess.
    for partial in [
        "3억 5",
        "3억5",
        "3억 5천만 원 그리고",
        "",
        "   ",
        "이",
        "일",
        "3-4",
        "5~3억",
        "2021년",
    ] {
        assert_eq!(convert(partial), None, "{partial:?}");
    }
    let long = "1".repeat(300);
    assert_eq!(convert(&long), None);
}

#[test]
fn running_text_in_order_with_byte_spans() {
    let text = "올해 예산은 약 3억 5천만 원으로, 작년(2.5 billion won)보다 12% 늘었고 2021년 이후 3명만 참석했다.";
    let found = scan(text);
    let texts: Vec<&str> = found.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        texts,
        ["약 3억 5천만 원", "2.5 billion won", "12%", "2021년", "3명"]
    );
    for f in &found {
        assert_eq!(&text[f.span.clone()], f.text);
    }
    assert!(matches!(found[3].kind, FoundKind::Year));
    let q = found[0]
        .quantity()
        .map(|q| (q.en_phrase.as_str(), q.ko_phrase.as_str(), q.source_lang));
    assert_eq!(
        q,
        Some(("about 350 million won", "약 3억 5천만 원", Lang::Ko))
    );
    let q = found[1]
        .quantity()
        .map(|q| (q.ko_phrase.as_str(), q.unit, q.source_lang));
    assert_eq!(q, Some(("25억 원", Some(Unit::Won), Lang::En)));
}

#[test]
fn pyeong_gets_square_metres_rounded_half_away_from_zero() {
    let q = convert("30평").expect("30평");
    assert_eq!(q.area_m2, Some("99.17".parse().expect("decimal")));
    assert_eq!(q.en_phrase, "30 pyeong (≈99.17 ㎡)");
    // 1평 = 3.30578… ㎡ → 3.31; 0.5평 = 1.65289… → 1.65.
    assert_eq!(
        convert("1평").and_then(|q| q.area_m2),
        Some("3.31".parse().expect("decimal"))
    );
    assert_eq!(
        convert("0.5평").and_then(|q| q.area_m2),
        Some("1.65".parse().expect("decimal"))
    );
}

#[test]
fn renderers_stand_alone() {
    let d = |s: &str| -> Decimal { s.parse().expect("decimal") };
    assert_eq!(render_en(&d("350000000")), "350 million");
    assert_eq!(render_en(&d("1250000")), "1.25 million");
    assert_eq!(render_en(&d("12500000000")), "12.5 billion");
    assert_eq!(render_en(&d("1234567")), "1,234,567");
    assert_eq!(render_en(&d("-0.5")), "-0.5");
    assert_eq!(render_ko(&d("350000000")), "3억 5천만");
    assert_eq!(render_ko(&d("1200000000000")), "1조 2천억");
    assert_eq!(render_ko(&d("25000")), "2만 5천");
    assert_eq!(render_ko(&d("1234567")), "123만 4,567");
    // 349999999.99 stays exactly that, never rounded up to 3억 5천만.
    assert_eq!(render_ko(&d("349999999.99")), "349,999,999.99");
    assert_eq!(render_en(&d("349999999.99")), "349,999,999.99");
}

#[test]
fn json_keeps_decimals_as_strings() {
    let found = scan("3.5억 원");
    let json = serde_json::to_value(&found).expect("serializes");
    let q = &json[0];
    assert_eq!(q["span"], serde_json::json!({ "start": 0, "end": 10 }));
    assert_eq!(q["kind"]["type"], "quantity");
    assert_eq!(
        q["kind"]["value"],
        serde_json::json!({ "type": "exact", "value": "350000000" })
    );
    assert_eq!(q["kind"]["unit"], "KRW");
    assert_eq!(q["kind"]["enPhrase"], "350 million won");
    assert_eq!(q["kind"]["sourceLang"], "ko");
    let json = serde_json::to_value(scan("3~4억")).expect("serializes");
    assert_eq!(
        json[0]["kind"]["value"],
        serde_json::json!({ "type": "range", "lo": "300000000", "hi": "400000000", "approx": false })
    );
    let json = serde_json::to_value(scan("2021년")).expect("serializes");
    assert_eq!(json[0]["kind"], serde_json::json!({ "type": "year" }));
}
