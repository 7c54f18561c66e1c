//! Character classes shared by the parsers, kept in one place so the Korean and English
//! readers agree on what a word boundary is.

/// A precomposed Hangul syllable (가–힣).
pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Syllables that start a particle or copula after a number ("3억이", "5명을", "천만 원에").
/// A number glued to any other syllable is part of a longer word and is not taken.
pub(crate) fn is_particle_start(c: char) -> bool {
    "이가을를은는의에도로으와과만씩까부쯤정여밖보라였입인대당짜나요며고께엔남안내".contains(c)
}

/// ASCII case-insensitive prefix test.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// True when the character at byte `n` of `s` (if any) does not continue a word.
pub(crate) fn word_end_ok(s: &str, n: usize) -> bool {
    match s.get(n..).and_then(|r| r.chars().next()) {
        None => true,
        Some(c) => !c.is_alphanumeric() && c != '_',
    }
}

/// The character starting at byte `i`.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The character ending at byte `i`.
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

/// Length of the run of ASCII digits at `i`.
pub(crate) fn digit_run(s: &str, i: usize) -> usize {
    s.as_bytes()
        .get(i..)
        .map_or(0, |b| b.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// Length of the run of ASCII letters at `i`.
pub(crate) fn alpha_run(s: &str, i: usize) -> usize {
    s.as_bytes().get(i..).map_or(0, |b| {
        b.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    })
}

/// Bytes of spaces (ASCII space only, at most `max`) at `i`.
pub(crate) fn spaces(s: &str, i: usize, max: usize) -> usize {
    s.as_bytes().get(i..).map_or(0, |b| {
        b.iter().take(max).take_while(|&&c| c == b' ').count()
    })
}
