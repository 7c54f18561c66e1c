//! The stability rule, loop dropping and word assembly: pure functions, no model.

use booth_listen::words::{
    drop_repetition_loops, is_internal_loop, join, normalize, strip_non_speech, words_from_tokens,
    Agreement, TokenPiece, Word,
};

fn w(text: &str, s: u64, e: u64) -> Word {
    Word::new(text, s, e)
}

fn hyp(spec: &[(&str, u64)]) -> Vec<Word> {
    // Each word lasts 300 ms ending at the given time.
    spec.iter()
        .map(|&(t, end)| w(t, end.saturating_sub(300), end))
        .collect()
}

fn texts(ws: &[Word]) -> Vec<&str> {
    ws.iter().map(|w| w.text.as_str()).collect()
}

#[test]
fn words_from_tokens_joins_split_utf8_and_spaces() {
    // "안녕" = EC 95 88 EB 85 95, split mid-character across tokens.
    let t = |b: &[u8], s, e| TokenPiece {
        bytes: b.to_vec(),
        start_ms: s,
        end_ms: e,
    };
    let toks = vec![
        t(b" \xEC\x95", 0, 100),
        t(b"\x88\xEB", 100, 200),
        t(b"\x85\x95", 200, 300),
        t(b" Good", 300, 500),
        t(b" morn", 500, 700),
        t(b"ing,", 700, 800),
    ];
    let words = words_from_tokens(&toks);
    assert_eq!(texts(&words), ["안녕", "Good", "morning,"]);
    assert_eq!((words[0].start_ms, words[0].end_ms), (0, 300));
    assert_eq!((words[2].start_ms, words[2].end_ms), (500, 800));
}

#[test]
fn normalize_ignores_case_and_punctuation() {
    assert_eq!(normalize("Dollars,"), "dollars");
    assert_eq!(normalize("\"SDGs.\""), "sdgs");
    assert_eq!(normalize("지방정부는"), "지방정부는");
    assert_eq!(normalize("$350"), "350");
}

#[test]
fn agreement_commits_only_what_two_steps_agree_on() {
    let mut a = Agreement::new();
    // Step 1: nothing can be stable yet.
    assert!(a
        .update(&hyp(&[
            ("Good", 500),
            ("morning", 900),
            ("distinguished", 1500)
        ]))
        .is_empty());
    // Step 2 agrees on the first two words, revises the third.
    let s = a.update(&hyp(&[
        ("Good", 500),
        ("morning,", 900),
        ("distinguish", 1500),
        ("delegates", 2100),
    ]));
    assert_eq!(texts(&s), ["Good", "morning,"]);
    assert_eq!(texts(a.pending()), ["distinguish", "delegates"]);
    // Step 3 (window now also contains the stable words, timestamps jittered by 100 ms).
    let s = a.update(&hyp(&[
        ("Good", 450),
        ("morning,", 1000),
        ("distinguished", 1600),
        ("delegates", 2100),
        ("and", 2400),
    ]));
    assert!(
        s.is_empty(),
        "disagreement on the first pending word blocks everything after it: {s:?}"
    );
    let s = a.update(&hyp(&[
        ("Good", 500),
        ("morning,", 900),
        ("distinguished", 1500),
        ("delegates,", 2100),
        ("and", 2400),
        ("mayors", 2900),
    ]));
    assert_eq!(texts(&s), ["distinguished", "delegates,", "and"]);
    assert_eq!(a.committed_end_ms(), 2400);
    assert_eq!(texts(&a.flush()), ["mayors"]);
    assert!(a.pending().is_empty());
}

#[test]
fn agreement_never_repeats_stable_words_after_window_slides() {
    let mut a = Agreement::new();
    a.update(&hyp(&[("three", 1000), ("hundred", 1400), ("and", 1600)]));
    let s = a.update(&hyp(&[
        ("three", 1000),
        ("hundred", 1400),
        ("and", 1600),
        ("fifty", 2000),
    ]));
    assert_eq!(texts(&s), ["three", "hundred", "and"]);
    // The window start cut "hundred" in half: whisper now hears "dred and fifty million".
    // "and" overlaps the stable tail by time jitter and must not be emitted twice.
    let s = a.update(&hyp(&[("and", 1700), ("fifty", 2000), ("million", 2500)]));
    assert_eq!(texts(&s), ["fifty"]);
    let s = a.update(&hyp(&[
        ("fifty", 2050),
        ("million", 2500),
        ("dollars", 3000),
    ]));
    assert_eq!(texts(&s), ["million"]);
}

#[test]
fn a_late_timestamp_on_a_stable_word_does_not_hide_the_next_word() {
    let mut a = Agreement::new();
    // "mayors" is estimated to end at 3600 although "and" starts at 3200: a filter on time
    // alone (start >= 3600 - 300) would drop "and" from every later hypothesis.
    a.update(&[w("delegates,", 2000, 2800), w("mayors", 2900, 3600)]);
    let s = a.update(&[w("delegates,", 2000, 2800), w("mayors", 2900, 3600)]);
    assert_eq!(texts(&s), ["delegates,", "mayors"]);
    assert!(a
        .update(&[
            w("mayors", 2900, 3100),
            w("and", 3200, 3400),
            w("partners.", 3500, 4000)
        ])
        .is_empty());
    let s = a.update(&[
        w("mayors", 2900, 3100),
        w("and", 3200, 3400),
        w("partners.", 3500, 4000),
        w("Welcome", 4300, 4600),
    ]);
    assert_eq!(texts(&s), ["and", "partners."]);
}

#[test]
fn a_hypothesis_with_shifted_times_is_anchored_by_text() {
    let mut a = Agreement::new();
    a.update(&[
        w("countries.", 6800, 7700),
        w("We", 8720, 8760),
        w("will", 8880, 8910),
        w("train", 8910, 8990),
    ]);
    let s = a.update(&[
        w("countries.", 6800, 7700),
        w("We", 8720, 8760),
        w("will", 8880, 8910),
        w("trade", 8910, 8990),
    ]);
    assert_eq!(texts(&s), ["countries.", "We", "will"]);
    // Whisper skipped the window's start and stamped the rest from 2000 ms on.
    let hyp = [
        w("We", 2000, 2090),
        w("will", 2090, 2160),
        w("train", 2290, 2520),
        w("12,000", 2520, 3330),
    ];
    assert_eq!(texts(&a.new_part(&hyp)), ["train", "12,000"]);
}

#[test]
fn overlap_removal_only_applies_near_the_stable_point() {
    let mut a = Agreement::new();
    a.update(&hyp(&[("Thank", 1000), ("you.", 1400)]));
    assert_eq!(a.update(&hyp(&[("Thank", 1000), ("you.", 1400)])).len(), 2);
    // Ten seconds later the next speaker also says "Thank you": it is new speech.
    a.update(&hyp(&[("Thank", 11000), ("you,", 11400)]));
    let s = a.update(&hyp(&[
        ("Thank", 11000),
        ("you,", 11400),
        ("chair.", 11900),
    ]));
    assert_eq!(texts(&s), ["Thank", "you,"]);
}

#[test]
fn force_until_commits_words_leaving_the_window() {
    let mut a = Agreement::new();
    a.update(&hyp(&[("a", 1000), ("b", 2000), ("c", 3000)]));
    let s = a.force_until(2000);
    assert_eq!(texts(&s), ["a", "b"]);
    assert_eq!(texts(a.pending()), ["c"]);
    a.discard_pending();
    assert!(a.flush().is_empty());
}

#[test]
fn loops_are_cut_after_the_first_occurrence() {
    let mut ws = hyp(&[
        ("we", 100),
        ("will", 200),
        ("train", 300),
        ("the", 400),
        ("staff", 500),
        ("the", 600),
        ("staff", 700),
        ("the", 800),
        ("staff", 900),
        ("the", 1000),
    ]);
    assert!(drop_repetition_loops(&mut ws));
    assert_eq!(join(&ws), "we will train the staff");

    // Five words or more said again at once: a decoder repeating the last phrase it heard (tiny.en
    // on tests/fixtures/jfk.wav); four words twice may be speech.
    let said = "ask what you can do for your country";
    let looped = format!("ask not {said} {said} ask what your country can do for you");
    let mut ws = hyp(&looped
        .split(' ')
        .enumerate()
        .map(|(i, w)| (w, 100 * (i as u64 + 1)))
        .collect::<Vec<_>>());
    assert!(drop_repetition_loops(&mut ws));
    assert_eq!(join(&ws), format!("ask not {said}"));
    let mut ws = hyp(&[
        ("thank", 100),
        ("you", 200),
        ("very", 300),
        ("much", 400),
        ("thank", 500),
        ("you", 600),
        ("very", 700),
        ("much", 800),
    ]);
    assert!(!drop_repetition_loops(&mut ws));

    // Single word: 4 repeats is a loop, 3 is speech ("no, no, no").
    let mut ws = hyp(&[("no,", 100), ("no,", 200), ("no.", 300), ("Thank", 400)]);
    assert!(!drop_repetition_loops(&mut ws));
    assert_eq!(ws.len(), 4);
    let mut ws = hyp(&[
        ("감사합니다", 100),
        ("감사합니다", 200),
        ("감사합니다", 300),
        ("감사합니다", 400),
        ("감사합니다", 500),
    ]);
    assert!(drop_repetition_loops(&mut ws));
    assert_eq!(ws.len(), 1);

    // A longer n-gram (Korean phrase) repeated three times.
    let mut ws = hyp(&[
        ("지방정부는", 100),
        ("디지털", 200),
        ("전환을", 300),
        ("지방정부는", 400),
        ("디지털", 500),
        ("전환을", 600),
        ("지방정부는", 700),
        ("디지털", 800),
        ("전환을", 900),
    ]);
    assert!(drop_repetition_loops(&mut ws));
    assert_eq!(join(&ws), "지방정부는 디지털 전환을");

    // Normal text is untouched.
    let mut ws = hyp(&[
        ("the", 100),
        ("city", 200),
        ("and", 300),
        ("the", 400),
        ("region", 500),
    ]);
    assert!(!drop_repetition_loops(&mut ws));
    assert_eq!(ws.len(), 5);
}

#[test]
fn internal_loops_inside_one_word() {
    assert!(is_internal_loop("하하하하하하하하"));
    assert!(is_internal_loop("------------"));
    assert!(is_internal_loop("abcabcabcabcabc"));
    assert!(!is_internal_loop("cybersecurity"));
    assert!(!is_internal_loop("지속가능발전목표"));
    assert!(!is_internal_loop("호호호"));
    assert!(!is_internal_loop("1,000,000,000"));
    let mut ws = hyp(&[("ok", 100), ("ㅋㅋㅋㅋㅋㅋㅋㅋㅋ", 200), ("x", 300)]);
    assert!(drop_repetition_loops(&mut ws));
    assert_eq!(join(&ws), "ok");
    // The loop starts inside a real word: keep the word's head and one unit.
    let mut ws = hyp(&[
        ("외는", 100),
        ("지다다다다다다다다다다다다다", 200),
        ("다다다", 300),
    ]);
    assert!(drop_repetition_loops(&mut ws));
    assert_eq!(join(&ws), "외는 지다");
}

#[test]
fn non_speech_annotations_are_removed() {
    let mut ws = hyp(&[
        ("[BLANK_AUDIO]", 100),
        ("Hello", 200),
        ("(speaking", 300),
        ("in", 400),
        ("Korean)", 500),
        ("world", 600),
        ("♪", 700),
    ]);
    strip_non_speech(&mut ws);
    assert_eq!(join(&ws), "Hello world");
}

#[test]
fn a_run_both_steps_agree_on_after_a_rewritten_word_is_stable_and_the_rewritten_word_unconfirmed() {
    let mut a = Agreement::new();
    // What tiny.en wrote in two consecutive steps of the evaluation's fourth sentence.
    a.update(&hyp(&[
        ("finance.", 500),
        ("Pansuck", 900),
        ("Kim", 1100),
        ("said", 1300),
        ("that", 1500),
        ("15,000", 2100),
        ("officials", 2600),
        ("joined", 2900),
        ("our", 3100),
        ("capacity", 3500),
        ("demand.", 3900),
    ]));
    let s = a.update(&hyp(&[
        ("to", 300),
        ("finance.", 500),
        ("Pan", 700),
        ("suck", 900),
        ("Kim", 1100),
        ("said", 1300),
        ("that", 1500),
        ("15,000", 2100),
        ("officials", 2600),
        ("join", 2900),
        ("our", 3100),
        ("capacity", 3500),
        ("development", 4000),
        ("probe.", 4300),
    ]));
    // Strict prefix agreement would make nothing stable ("finance." vs "to"); the shared run "Kim said
    // that 15,000 officials" is stable, and what precedes it is the newer step's, unconfirmed.
    assert_eq!(
        texts(&s),
        [
            "to",
            "finance.",
            "Pan",
            "suck",
            "Kim",
            "said",
            "that",
            "15,000",
            "officials"
        ]
    );
    let confirmed: Vec<bool> = s.iter().map(|w| w.confirmed).collect();
    assert_eq!(
        confirmed,
        [false, false, false, false, true, true, true, true, true]
    );
    // The first rewritten word says what the step before heard in the stretch's place.
    assert_eq!(s[0].heard_before.as_deref(), Some("finance. Pansuck"));
    assert!(s[1..].iter().all(|w| w.heard_before.is_none()));
    assert_eq!(
        texts(a.pending()),
        ["join", "our", "capacity", "development", "probe."]
    );
}

#[test]
fn two_shared_words_after_a_disagreement_are_no_agreement() {
    let mut a = Agreement::new();
    a.update(&hyp(&[
        ("the", 300),
        ("local", 600),
        ("government", 900),
        ("said", 1200),
    ]));
    // Two words in common after a disagreement: not enough.
    let s = a.update(&hyp(&[
        ("a", 300),
        ("vocal", 600),
        ("government", 900),
        ("said", 1200),
    ]));
    assert!(s.is_empty(), "{s:?}");
    // Prefix agreement still works as before and everything from it is confirmed.
    let s = a.update(&hyp(&[
        ("a", 300),
        ("vocal", 600),
        ("government", 900),
        ("said", 1200),
        ("so", 1500),
    ]));
    assert_eq!(texts(&s), ["a", "vocal", "government", "said"]);
    assert!(s.iter().all(|w| w.confirmed));
}

#[test]
fn a_stretch_two_steps_hear_again_differently_is_told_once() {
    // What tiny.en heard of "… still lack mobile broadband" (eval/listen, en sentence 5): two steps made
    // "mobile drugs" stable, and the next two both heard "mobile broadband" over the same audio.
    let mut a = Agreement::new();
    let step = |a: &mut Agreement, last: &str| {
        a.update(&hyp(&[
            ("people", 1000),
            ("still", 1400),
            ("lack", 1800),
            ("mobile", 2300),
            (last, 2900),
            ("and", 3200),
        ]))
    };
    step(&mut a, "drugs");
    assert_eq!(
        texts(&step(&mut a, "drugs")),
        ["people", "still", "lack", "mobile", "drugs", "and"]
    );
    assert!(a.take_reheard().is_empty());
    // The first step to hear it differently is one step: nothing yet.
    step(&mut a, "broadband");
    assert!(a.take_reheard().is_empty());
    // The second agrees: the run both heard, with the new word, is told — and the stable words stand.
    let stable = step(&mut a, "broadband.");
    assert!(stable.is_empty());
    let told = a.take_reheard();
    assert_eq!(told.len(), 1);
    assert_eq!(
        texts(&told[0]),
        ["people", "still", "lack", "mobile", "broadband.", "and"]
    );
    assert!(a.take_reheard().is_empty(), "taken once");
    // A third step hearing the same is not told again.
    step(&mut a, "broadband");
    assert!(a.take_reheard().is_empty());
}

#[test]
fn hearing_the_stable_words_again_as_they_are_tells_nothing() {
    let mut a = Agreement::new();
    let spec = [
        ("Good", 500),
        ("afternoon", 1100),
        ("Sabine", 1800),
        ("Kuhlmann", 2400),
    ];
    a.update(&hyp(&spec));
    a.update(&hyp(&spec));
    a.update(&hyp(&spec));
    a.update(&hyp(&spec));
    assert!(a.take_reheard().is_empty());
    // Two steps that disagree with each other over stable audio tell nothing either.
    a.update(&hyp(&[
        ("Good", 500),
        ("afternoon", 1100),
        ("Sabi", 1800),
        ("Koolman", 2400),
    ]));
    a.update(&hyp(&[
        ("Good", 500),
        ("afternoon", 1100),
        ("Sabir", 1800),
        ("Kolman", 2400),
    ]));
    assert!(a.take_reheard().is_empty());
}

#[test]
fn a_step_that_stopped_short_neither_confirms_nor_contradicts() {
    // tiny.en on eval/listen's en sentence 4: "Pan-Suck Kim said that", then steps that ended at the
    // sentence before, then "Pansuck Kim said that 15,000 officials".
    let mut a = Agreement::new();
    let before = [("local", 1000), ("finance.", 1500)];
    a.update(&hyp(&before));
    assert_eq!(texts(&a.update(&hyp(&before))), ["local", "finance."]);
    let said = [
        ("Pan-Suck", 2200),
        ("Kim", 2500),
        ("said", 2800),
        ("that.", 3100),
    ];
    assert!(a
        .update(&hyp(&[before.as_slice(), &said].concat()))
        .is_empty());
    // Stopped short: nothing after the stable words.
    assert!(a.update(&hyp(&before)).is_empty());
    let later = [
        ("Pansuck", 2300),
        ("Kim", 2500),
        ("said", 2800),
        ("that", 3100),
        ("15,000", 3600),
        ("officials", 4000),
    ];
    let stable = a.update(&hyp(&[before.as_slice(), &later].concat()));
    assert_eq!(texts(&stable), ["Pansuck", "Kim", "said", "that"]);
    assert!(!stable[0].confirmed);
    assert_eq!(stable[0].heard_before.as_deref(), Some("Pan-Suck"));
    assert!(stable[1..].iter().all(|w| w.confirmed));
}
