//! When two texts a person wrote count as the same. Booth has two answers, on purpose:
//!
//! - [`normalized`]: for *editing and files*. Trimmed, composed (NFC), CRLF as LF: the same text as typed,
//!   whatever the keyboard, the platform's line ends or the composing IME. Case, accents and compatibility
//!   forms stay, because an organizer who changes "Sdgs" to "SDGs" or "resume" to "résumé" has changed
//!   the entry. [`caseless`] adds lowercasing on top, for deciding whether an imported term is one the pack
//!   already has ("Local  Government" and "local government" are one term; "résumé" and "resume" are not).
//! - `booth_search::fold`: for *finding*. NFKC, lowercase, accents removed, so "resume" finds "résumé" and
//!   "①" finds "1". Too lenient to decide identity: it would merge distinct terms on import and hide edits.

use unicode_normalization::UnicodeNormalization;

/// Text as typed, compared exactly: trimmed, NFC, CRLF as LF.
pub fn normalized(s: &str) -> String {
    s.replace("\r\n", "\n").trim().nfc().collect()
}

/// [`normalized`], lowercased, with runs of white space as one space: whether two renderings are the same
/// term (an import's conflicts, the checker's duplicate renderings).
pub fn caseless(s: &str) -> String {
    normalized(s)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keeps_what_a_person_changed_and_import_ignores_only_case() {
        // U+1100 U+1161 (conjoining jamo, as some IMEs send them) is U+AC00 composed.
        assert_eq!(normalized(" \u{1100}\u{1161}\r\nb "), "\u{ac00}\nb");
        assert_ne!(normalized("Sdgs"), normalized("SDGs"));
        assert_eq!(caseless("Local  Government"), caseless("local government"));
        assert_ne!(caseless("résumé"), caseless("resume"));
        assert_ne!(caseless("①"), caseless("1"));
    }
}
