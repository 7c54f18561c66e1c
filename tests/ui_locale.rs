use booth::locale::{negotiate, ui_locales};

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| (*x).to_owned()).collect()
}

#[test]
fn the_os_locale_is_negotiated_against_the_built_in_ui_locales() {
    let available = ui_locales();
    assert_eq!(available, s(&["en-US", "ko"]));
    // A Korean system, in BCP 47 or POSIX form, gets Korean.
    assert_eq!(negotiate(&s(&["ko-KR", "en-US"]), &available), "ko");
    assert_eq!(negotiate(&s(&["ko_KR.UTF-8"]), &available), "ko");
    // Another English gets the English there is; order of preference wins.
    assert_eq!(negotiate(&s(&["en-GB"]), &available), "en-US");
    assert_eq!(negotiate(&s(&["de-DE", "ko"]), &available), "ko");
    // Nothing matching, or nothing parseable: the default.
    assert_eq!(negotiate(&s(&["fr-FR"]), &available), "en-US");
    assert_eq!(negotiate(&s(&["C", "!!"]), &available), "en-US");
}
