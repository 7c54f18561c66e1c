//! Hangul arithmetic for search: syllables ⇄ jamo, initial consonants (초성), what a half-typed syllable can
//! still become, and the particles (조사) that Korean glues onto nouns.
//!
//! Modern Hangul syllables are laid out arithmetically in Unicode (chapter 3.12, "Conjoining Jamo Behavior"):
//! `S = 0xAC00 + (L × 21 + V) × 28 + T`. That formula is all a decomposition needs, so it is written here
//! rather than pulled from a crate; what a crate would not know is the *keyboard*: in the standard 2-set
//! layout an IME shows "짙" after ㅈㅣㅌ and only moves ㅌ into the next syllable when a vowel follows, so a
//! syllable on screen is a prefix of several others. The rules below encode exactly that, as ranges of code
//! points, because the syllable order makes every such set a few contiguous ranges — which the sorted
//! indexes can look up without scanning.

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// A precomposed modern Hangul syllable (가…힣).
pub(crate) fn is_syllable(c: char) -> bool {
    (S_BASE..S_BASE + S_COUNT).contains(&(c as u32))
}

/// Any Hangul letter: syllables and every jamo block.
pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xD7B0..=0xD7FF)
}

/// A syllable's (initial, vowel, final) indexes; final 0 means none.
pub(crate) fn split_syllable(c: char) -> Option<(u32, u32, u32)> {
    let s = (c as u32).checked_sub(S_BASE)?;
    (s < S_COUNT).then_some((s / N_COUNT, (s % N_COUNT) / T_COUNT, s % T_COUNT))
}

fn syllable(l: u32, v: u32, t: u32) -> u32 {
    S_BASE + (l * V_COUNT + v) * T_COUNT + t
}

fn ch(u: u32) -> char {
    // Every value built here lies in the Hangul blocks or just past the last syllable: valid scalar values.
    char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// A lone initial consonant as folding leaves it: NFKC maps the compatibility letters people type
/// (ㄱ U+3131 …) to conjoining choseong (ᄀ U+1100 …).
pub(crate) fn as_choseong(c: char) -> Option<u32> {
    let l = (c as u32).checked_sub(L_BASE)?;
    (l < L_COUNT).then_some(l)
}

/// The initial-consonant form of a character: a syllable becomes its choseong, anything else stays. The
/// choseong and the syllable are both three bytes in UTF-8, so an initials string has the same byte offsets
/// as the text it comes from.
pub(crate) fn initial(c: char) -> char {
    match split_syllable(c) {
        Some((l, _, _)) => ch(L_BASE + l),
        None => c,
    }
}

/// The syllables that share `c`'s initial consonant, as a half-open range (`None` if `c` is not a syllable).
pub(crate) fn same_initial(c: char) -> Option<(char, char)> {
    let (l, _, _) = split_syllable(c)?;
    Some((ch(syllable(l, 0, 0)), ch(syllable(l + 1, 0, 0))))
}

/// Vowels that a vowel can still become with one more key in the 2-set layout (ㅗ → ㅘ ㅙ ㅚ, ㅜ → ㅝ ㅞ ㅟ,
/// ㅡ → ㅢ), as an inclusive index range; they happen to be contiguous.
fn vowel_growth(v: u32) -> (u32, u32) {
    match v {
        8 => (8, 11),
        13 => (13, 16),
        18 => (18, 19),
        _ => (v, v),
    }
}

/// Finals that a final can still become with one more key (ㄱ → ㄳ, ㄴ → ㄵ ㄶ, ㄹ → ㄺ…ㅀ, ㅂ → ㅄ).
fn final_growth(t: u32) -> &'static [u32] {
    match t {
        1 => &[1, 3],
        4 => &[4, 5, 6],
        8 => &[8, 9, 10, 11, 12, 13, 14, 15],
        17 => &[17, 18],
        _ => &[],
    }
}

/// How a final splits when the next key is a vowel: the final that stays (0 for none) and the initial that
/// moves into the next syllable. `None` for no final.
fn final_split(t: u32) -> Option<(u32, u32)> {
    Some(match t {
        1 => (0, 0),   // ㄱ
        2 => (0, 1),   // ㄲ
        3 => (1, 9),   // ㄳ = ㄱ + ㅅ
        4 => (0, 2),   // ㄴ
        5 => (4, 12),  // ㄵ = ㄴ + ㅈ
        6 => (4, 18),  // ㄶ = ㄴ + ㅎ
        7 => (0, 3),   // ㄷ
        8 => (0, 5),   // ㄹ
        9 => (8, 0),   // ㄺ = ㄹ + ㄱ
        10 => (8, 6),  // ㄻ = ㄹ + ㅁ
        11 => (8, 7),  // ㄼ = ㄹ + ㅂ
        12 => (8, 9),  // ㄽ = ㄹ + ㅅ
        13 => (8, 16), // ㄾ = ㄹ + ㅌ
        14 => (8, 17), // ㄿ = ㄹ + ㅍ
        15 => (8, 18), // ㅀ = ㄹ + ㅎ
        16 => (0, 6),  // ㅁ
        17 => (0, 7),  // ㅂ
        18 => (17, 9), // ㅄ = ㅂ + ㅅ
        19 => (0, 9),  // ㅅ
        20 => (0, 10), // ㅆ
        21 => (0, 11), // ㅇ
        22 => (0, 12), // ㅈ
        23 => (0, 14), // ㅊ
        24 => (0, 15), // ㅋ
        25 => (0, 16), // ㅌ
        26 => (0, 17), // ㅍ
        27 => (0, 18), // ㅎ
        _ => return None,
    })
}

/// One way the last, possibly half-typed, unit of a query can continue: the text must have `lead` (zero or
/// one syllable) followed by one character in `lo..hi`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Growth {
    pub lead: Option<char>,
    pub lo: char,
    pub hi: char,
}

/// Everything a last query unit may still turn into while the IME is composing:
/// - a lone initial ㅌ: any syllable starting with ㅌ;
/// - 터 (no final): 터, 턱, 털, … and, for ㅗ/ㅜ/ㅡ, the compound vowels (고 → 과, 괴 …);
/// - 짙 (with a final): 짙 itself or a bigger final (닭 from 달), or 지 followed by a syllable starting with
///   ㅌ (디짙 → 디지털), splitting compound finals the way the IME does (닭 → 달 + ㄱ…).
///
/// Returns nothing for characters that are not Hangul.
pub(crate) fn growths(c: char) -> Vec<Growth> {
    if let Some(l) = as_choseong(c) {
        return vec![Growth {
            lead: None,
            lo: ch(syllable(l, 0, 0)),
            hi: ch(syllable(l + 1, 0, 0)),
        }];
    }
    let Some((l, v, t)) = split_syllable(c) else {
        return Vec::new();
    };
    if t == 0 {
        let (v0, v1) = vowel_growth(v);
        return vec![Growth {
            lead: None,
            lo: ch(syllable(l, v0, 0)),
            hi: ch(syllable(l, v1, 0) + T_COUNT),
        }];
    }
    let mut out = Vec::new();
    let grown = final_growth(t);
    if grown.is_empty() {
        out.push(Growth {
            lead: None,
            lo: c,
            hi: ch(c as u32 + 1),
        });
    }
    for &g in grown {
        let u = syllable(l, v, g);
        match out.last_mut() {
            Some(Growth { hi, .. }) if *hi as u32 == u => *hi = ch(u + 1),
            _ => out.push(Growth {
                lead: None,
                lo: ch(u),
                hi: ch(u + 1),
            }),
        }
    }
    if let Some((head, tail)) = final_split(t) {
        out.push(Growth {
            lead: Some(ch(syllable(l, v, head))),
            lo: ch(syllable(tail, 0, 0)),
            hi: ch(syllable(tail + 1, 0, 0)),
        });
    }
    out
}

/// Particles (조사) that follow a noun, longest first so "에서" wins over "에". Stripping them is a fallback
/// only: "정부가" should find 정부 when nothing is called "정부가".
const PARTICLES: &[&str] = &[
    "에서부터",
    "으로부터",
    "으로서",
    "으로써",
    "에게서",
    "한테서",
    "로부터",
    "에서",
    "에게",
    "한테",
    "께서",
    "으로",
    "이나",
    "이랑",
    "까지",
    "부터",
    "처럼",
    "보다",
    "마저",
    "조차",
    "밖에",
    "로서",
    "로써",
    "라도",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "와",
    "과",
    "도",
    "만",
    "로",
    "나",
    "랑",
    "께",
];

/// `word` without a trailing particle, if it ends with one and something Hangul is left.
pub fn strip_particle(word: &str) -> Option<&str> {
    PARTICLES.iter().find_map(|p| {
        let stem = word.strip_suffix(p)?;
        stem.chars().last().is_some_and(is_syllable).then_some(stem)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_split_by_the_unicode_formula() {
        assert_eq!(split_syllable('가'), Some((0, 0, 0)));
        assert_eq!(split_syllable('힣'), Some((18, 20, 27)));
        assert_eq!(split_syllable('a'), None);
        assert_eq!(initial('정'), '\u{110C}');
    }

    #[test]
    fn half_typed_syllables_grow_as_the_ime_would() {
        let g = growths('짙');
        // 짙 itself, or 지 + a syllable starting with ㅌ.
        assert!(g.iter().any(|g| g.lead.is_none() && g.lo == '짙'));
        assert!(g
            .iter()
            .any(|g| g.lead == Some('지') && g.lo <= '털' && '털' < g.hi));
        let g = growths('터');
        assert!(g[0].lo <= '털' && '털' < g[0].hi && !(g[0].lo <= '토' && '토' < g[0].hi));
        let g = growths('고');
        assert!(g[0].lo <= '과' && '괴' < g[0].hi);
        let g = growths('달');
        assert!(g.iter().any(|g| g.lo <= '닭' && '닭' < g.hi));
    }

    #[test]
    fn particles_strip_longest_first() {
        assert_eq!(strip_particle("정부에서"), Some("정부"));
        assert_eq!(strip_particle("정부가"), Some("정부"));
        assert_eq!(strip_particle("정부"), None);
        assert_eq!(strip_particle("가"), None);
    }
}
