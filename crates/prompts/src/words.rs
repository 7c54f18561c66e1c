//! Running text as words, and words as lookup keys, so that a term is found however it is inflected or
//! spaced in speech:
//!
//! - every word is folded by the search engine's [`booth_search::fold`] (NFKC, lowercase, no accents), so
//!   the prompts and the glossary search agree on what "the same letters" means;
//! - Hangul words join without a space, because Korean spacing varies (지속 가능 발전 목표 = 지속가능발전목표),
//!   and a Korean particle or the plural 들 at the end of the last word is stripped (지방정부와의 → 지방정부);
//! - English words lose a plural or possessive ending (governments → government, partnerships' →
//!   partnership, SDGs → SDG). A Snowball stemmer would also do this, but it over-stems for this job:
//!   it makes "governance" and "government" one stem, two concepts an interpreter must keep apart.

use booth_search::{fold, is_hangul, strip_particle};
use std::ops::Range;

/// One word of a text: its byte span and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Range<usize>,
    pub folded: String,
    pub hangul: bool,
    /// Two or more capitals and no lowercase letter as written (SDGs, ICT, UN): an acronym in the text.
    pub caps: bool,
    /// Begins with a capital as written: a recogniser writes a name it heard so, however it spells it.
    pub capital: bool,
}

/// The words of `text`: runs of letters and digits (the search engine's word characters) and the
/// apostrophes inside them.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner_apostrophe = (c == '\'' || c == '’')
            && start.is_some()
            && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, s..i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, s..text.len()));
    }
    out
}

/// The letters of words, folded, without spaces, hyphens, apostrophes or digits ("Pan-Suk Kim" → "pansukkim").
pub fn letters_of(ws: &[Word]) -> String {
    ws.iter()
        .flat_map(|w| w.folded.chars())
        .filter(|c| c.is_alphabetic())
        .collect()
}

fn word(text: &str, span: Range<usize>) -> Word {
    let raw = &text[span.clone()];
    let folded = fold(raw);
    let hangul = raw.chars().any(is_hangul);
    let upper = raw.chars().filter(|c| c.is_uppercase()).count();
    let caps = upper >= 2 && !raw.trim_end_matches('s').chars().any(|c| c.is_lowercase());
    Word {
        span,
        folded,
        hangul,
        caps,
        capital: raw.chars().next().is_some_and(char::is_uppercase),
    }
}

/// An English word without its plural or possessive ending. Short words are left alone (bus, gas, news
/// are not plurals worth undoing), and so are endings that are not plural (-ss, -us, -is).
pub fn singular(w: &str) -> &str {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w);
    if w.len() <= 3 || !w.is_ascii() {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        // policies → polic(y): the key keeps the stem both ways, so "policy" and "policies" agree.
        return stem;
    }
    for es in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(es) {
            return &w[..w.len() - 2];
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    w.strip_suffix('s').unwrap_or(w)
}

/// The key form of one folded word, as a term's word or as the last word of a match.
pub fn key_word(folded: &str, hangul: bool) -> &str {
    if hangul {
        folded
    } else {
        let s = singular(folded);
        // policy → polic, as policies → polic.
        s.strip_suffix('y').filter(|p| p.len() >= 3).unwrap_or(s)
    }
}

/// Appends `word` to a key under construction, with a space except between two Hangul words.
pub fn push_key(key: &mut String, word: &str, hangul: bool, prev_hangul: Option<bool>) {
    if let Some(prev) = prev_hangul {
        if !(prev && hangul) {
            key.push(' ');
        }
    }
    key.push_str(word);
}

/// The key of a whole term or name as written in the glossary or on a card.
pub fn key_of(text: &str) -> String {
    let mut key = String::new();
    let mut prev = None;
    for w in words(text) {
        push_key(&mut key, key_word(&w.folded, w.hangul), w.hangul, prev);
        prev = Some(w.hangul);
    }
    key
}

/// The forms a Korean word can stand for once its endings are removed, longest first: the word, then
/// without a particle, then without a second one (지방정부와의 → 지방정부와 → 지방정부), and the plural 들.
pub fn korean_stems(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    let mut cur = word;
    for _ in 0..3 {
        let next = strip_particle(cur).or_else(|| {
            cur.strip_suffix('들')
                .filter(|s| s.chars().count() >= 1 && !s.is_empty())
        });
        match next {
            Some(n) if !n.is_empty() => {
                out.push(n);
                cur = n;
            }
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keys_ignore_plural_possessive_and_hyphens() {
        assert_eq!(key_of("Local governments"), key_of("local government"));
        assert_eq!(
            key_of("public-private partnerships"),
            key_of("Public Private Partnership")
        );
        assert_eq!(key_of("SDGs"), key_of("SDG"));
        assert_eq!(key_of("policies"), key_of("policy"));
        assert_ne!(key_of("governance"), key_of("government"));
        assert_eq!(singular("business"), "business");
        assert_eq!(singular("bus"), "bus");
    }

    #[test]
    fn hangul_keys_ignore_spacing_and_endings() {
        assert_eq!(key_of("지속 가능 발전 목표"), key_of("지속가능발전목표"));
        assert_eq!(key_of("SDG 지역화"), "sdg 지역화");
        assert_eq!(
            korean_stems("지방정부와의"),
            vec!["지방정부와의", "지방정부와", "지방정부"]
        );
        assert_eq!(
            korean_stems("지방정부들의"),
            vec!["지방정부들의", "지방정부들", "지방정부"]
        );
    }

    #[test]
    fn words_keep_byte_spans_and_see_acronyms() {
        let w = words("The SDGs' targets, 지방정부의 역할");
        let texts: Vec<&str> = w
            .iter()
            .map(|w| &"The SDGs' targets, 지방정부의 역할"[w.span.clone()])
            .collect();
        assert_eq!(texts, ["The", "SDGs", "targets", "지방정부의", "역할"]);
        assert!(w[1].caps && !w[0].caps && !w[2].caps);
    }
}
