//! Folding and word splitting: the one definition of "the same text" that keys and queries share.
//!
//! Interpreters type fast and loosely, so matching ignores what they cannot see or do not type: case,
//! accents, compatibility forms (full-width letters, ligatures), composed vs. decomposed Hangul, spaces and
//! punctuation. Keys are folded once at load time into a *compact* form (words concatenated, separators
//! dropped — that is what makes "디지털전환" equal "디지털 전환"), together with where each word starts, so
//! word-level rules ("dig trans", acronyms) still see the words.

use super::hangul;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Folds one character, emitting zero or more folded characters: compatibility-decomposed (NFKC), lowercased,
/// accents removed. Hangul syllables are kept whole: they are matched by their own rules (see `hangul`), and
/// their canonical decomposition into conjoining jamo is not an "accent".
fn fold_char(c: char, emit: &mut impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    if hangul::is_syllable(c) {
        emit(c);
        return;
    }
    for k in std::iter::once(c).nfkc() {
        for l in k.to_lowercase() {
            decompose_canonical(l, |d| {
                if !is_combining_mark(d) {
                    emit(d);
                }
            });
        }
    }
}

/// The folding applied to queries (and, char by char, to keys): NFKC, lowercase, accents removed. Separators
/// are kept, so this is also what a human would call "the same text". Idempotent.
pub fn fold(s: &str) -> String {
    // A first NFKC pass over the whole string composes sequences (conjoining jamo typed one by one, base +
    // combining mark) that per-character folding cannot see.
    let mut cur: String = if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        s.to_owned()
    } else {
        s.nfkc().collect()
    };
    // Removing a mark can bring two characters together that NFKC would compose (e.g. a choseong and a
    // jungseong that had a mark between them), so repeat until stable; in practice this is one pass.
    for _ in 0..4 {
        let mut next = String::with_capacity(cur.len());
        for c in cur.chars() {
            fold_char(c, &mut |f| next.push(f));
        }
        if is_nfkc_quick(next.chars()) != IsNormalized::Yes {
            next = next.nfkc().collect();
        }
        if next == cur {
            break;
        }
        cur = next;
    }
    cur
}

/// Whether `c` belongs to a word. Everything else (spaces, punctuation, symbols, emoji, bidi controls) only
/// separates words.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A text folded into its compact form.
#[derive(Debug, Default, Clone)]
pub(crate) struct Folded {
    /// Folded words, concatenated with no separators.
    pub compact: String,
    /// Byte offset in `compact` where each word starts (the first is 0 when there is any word).
    pub word_starts: Vec<u32>,
    /// Per word: whether a separator other than white space (a hyphen, a slash, a script change) joined it to
    /// the previous word — "Co-operation" counts as one word when forming acronyms, two when not.
    pub joined: Vec<bool>,
    /// Per compact character (only when asked for): the index of the original character it comes from.
    pub origin: Vec<u32>,
    /// Whether any folded character is Hangul (syllable or jamo).
    pub hangul: bool,
}

impl Folded {
    /// The byte range of word `i` in `compact`.
    pub fn word(&self, i: usize) -> std::ops::Range<usize> {
        let start = self.word_starts[i] as usize;
        let end = self
            .word_starts
            .get(i + 1)
            .map_or(self.compact.len(), |&e| e as usize);
        start..end
    }
}

/// Folds a key (text from the pack, already NFC) character by character, so every folded character knows the
/// original character it came from: spans are reported in the user's text, not ours.
pub(crate) fn fold_key(text: &str, with_origin: bool) -> Folded {
    let mut out = Folded::default();
    fold_key_into(text, with_origin, &mut out);
    out
}

/// [`fold_key`] into buffers the caller reuses (the index build folds hundreds of thousands of keys).
pub(crate) fn fold_key_into(text: &str, with_origin: bool, out: &mut Folded) {
    out.compact.clear();
    out.word_starts.clear();
    out.joined.clear();
    out.origin.clear();
    out.hangul = false;
    if text.is_ascii() {
        fold_ascii(text, with_origin, out);
        return;
    }
    let mut in_word = false;
    let mut sep_seen_space = false;
    let mut prev_hangul = false;
    let mut push = |out: &mut Folded, i: u32, f: char| {
        // Hangul syllables and ASCII are by far the most common; skip the Unicode tables for them.
        let word = if f.is_ascii() {
            f.is_ascii_alphanumeric()
        } else {
            hangul::is_syllable(f) || is_word_char(f)
        };
        if word {
            let h = !f.is_ascii() && hangul::is_hangul(f);
            out.hangul |= h;
            // A change between Hangul and other scripts ("G20정상회의") starts a new word.
            let script_change = in_word && h != prev_hangul;
            if !in_word || script_change {
                out.word_starts
                    .push(u32::try_from(out.compact.len()).unwrap_or(u32::MAX));
                let first = out.word_starts.len() == 1;
                out.joined
                    .push(!first && (script_change || !sep_seen_space));
            }
            in_word = true;
            prev_hangul = h;
            sep_seen_space = false;
            out.compact.push(f);
            if with_origin {
                out.origin.push(i);
            }
        } else {
            in_word = false;
            sep_seen_space |= f.is_whitespace();
        }
    };
    for (i, c) in text.chars().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        if c.is_ascii() {
            push(out, i, c.to_ascii_lowercase());
        } else {
            fold_char(c, &mut |f| push(out, i, f));
        }
    }
}

/// The characters of `text` that the compact bytes `start..end` come from (as [`fold_key`] maps them), as a
/// half-open range of character indexes. Walks the text once without building the folded copy: the
/// search calls this for every hit it returns.
pub(crate) fn original_span(text: &str, start: u32, end: u32) -> Option<(u32, u32)> {
    let (mut pos, mut from, mut to) = (0u32, None, None);
    for (i, c) in text.chars().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        let mut step = |f: char| {
            let word = if f.is_ascii() {
                f.is_ascii_alphanumeric()
            } else {
                hangul::is_syllable(f) || is_word_char(f)
            };
            if !word {
                return;
            }
            if pos == start && from.is_none() {
                from = Some(i);
            }
            pos += u32::try_from(f.len_utf8()).unwrap_or(4);
            if pos >= end && to.is_none() {
                to = Some(i + 1);
            }
        };
        if c.is_ascii() {
            step(c.to_ascii_lowercase());
        } else {
            fold_char(c, &mut step);
        }
        if to.is_some() {
            break;
        }
    }
    Some((from?, to?))
}

/// The letters and digits of a query as typed, if any is a capital: then the query says something about
/// case, and among equally good matches those that agree with it come first ("Anti" before "anti-…").
/// A query without capitals says nothing about case (smart case, as in ripgrep or Helix's picker).
pub(crate) fn capitals(query: &str) -> Option<Vec<char>> {
    query
        .chars()
        .any(char::is_uppercase)
        .then(|| query.chars().filter(|&c| is_word_char(c)).collect())
}

/// Whether `text`, from its character `from` on, has a capital wherever the query's letters have one
/// (letters and digits paired in order, everything else skipped; a text that ends first agrees).
pub(crate) fn keeps_capitals(capitals: &[char], text: &str, from: usize) -> bool {
    let mut letters = text.chars().skip(from).filter(|&c| is_word_char(c));
    for &q in capitals {
        match letters.next() {
            Some(c) if q.is_uppercase() && !c.is_uppercase() => return false,
            Some(_) => {}
            None => return true,
        }
    }
    true
}

/// The same as the general path for ASCII text (most English keys), a byte at a time: nothing to normalize,
/// no script changes.
fn fold_ascii(text: &str, with_origin: bool, out: &mut Folded) {
    let mut in_word = false;
    let mut space = false;
    for (i, b) in text.bytes().enumerate() {
        if b.is_ascii_alphanumeric() {
            if !in_word {
                out.word_starts
                    .push(u32::try_from(out.compact.len()).unwrap_or(u32::MAX));
                let first = out.word_starts.len() == 1;
                out.joined.push(!first && !space);
            }
            in_word = true;
            space = false;
            out.compact.push(char::from(b.to_ascii_lowercase()));
            if with_origin {
                out.origin.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        } else {
            in_word = false;
            space |= char::from(b).is_whitespace();
        }
    }
}

/// Folds a query: whole-string normalization first (see [`fold`]), then the same per-character rules as keys.
pub(crate) fn fold_query(text: &str) -> Folded {
    fold_key(&fold(text), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_are_what_a_query_says_about_case() {
        assert_eq!(capitals("anti-c"), None);
        assert_eq!(capitals("디지털"), None);
        assert_eq!(capitals("Anti-C"), Some(vec!['A', 'n', 't', 'i', 'C']));
        let caps = capitals("Anti-C").unwrap_or_default();
        assert!(keeps_capitals(&caps, "Anti-Corruption Agency", 0));
        assert!(keeps_capitals(&caps, "ANTI CORRUPTION", 0));
        assert!(!keeps_capitals(&caps, "Anti-corruption budget", 0));
        assert!(!keeps_capitals(&caps, "anti-Corruption", 0));
        assert!(keeps_capitals(&caps, "the Anti Crime law", 4));
        assert!(!keeps_capitals(&caps, "the Anti Crime law", 0));
        assert!(
            keeps_capitals(&caps, "An", 0),
            "a text that ends first agrees"
        );
    }

    #[test]
    fn compact_form_drops_separators_and_keeps_word_starts() {
        let f = fold_key("Public-Private-People Partnerships", true);
        assert_eq!(f.compact, "publicprivatepeoplepartnerships");
        assert_eq!(f.word_starts, vec![0, 6, 13, 19]);
        assert_eq!(f.joined, vec![false, true, true, false]);
        assert_eq!(
            f.origin[6], 7,
            "the `p` of Private is the 8th original char"
        );
    }

    #[test]
    fn accents_case_and_width_fold_away() {
        assert_eq!(fold("Universität ＰＯＴＳＤＡＭ"), "universitat potsdam");
        assert_eq!(fold("ﬁnance"), "finance");
    }

    #[test]
    fn spans_map_back_to_original_characters() {
        let text = "Universität Potsdam";
        let f = fold_key(text, true);
        // "universitatpots" in compact bytes
        assert_eq!(original_span(text, 0, 15), Some((0, 16)));
        assert_eq!(f.origin[11], 12);
        assert_eq!(original_span("디지털 전환", 9, 15), Some((4, 6)));
        assert_eq!(original_span("abc", 5, 6), None);
    }

    #[test]
    fn script_change_splits_words() {
        let f = fold_key("G20정상회의", false);
        assert_eq!(f.word_starts, vec![0, 3]);
        assert_eq!(f.joined, vec![false, true]);
    }
}
