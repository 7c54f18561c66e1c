//! Words as the term finder sees them: tokens with their spans, the key that makes two spellings of a term
//! one ("Local governments" = "local government", "디지털 전환" = "디지털전환", 지방정부의 = 지방정부가 =
//! 지방정부), and the small hand-written lists of words that are never a term's edge.

use booth_search::{fold, is_hangul, strip_particle};
use serde::Serialize;
use ts_rs::TS;

/// The language of a candidate: from its script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "TermLang")]
pub enum Lang {
    En,
    Ko,
}

/// One token of running text.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub raw: &'a str,
    /// Byte offset in the line.
    pub start: usize,
    pub hangul: bool,
    /// Whether punctuation (other than an inner hyphen or apostrophe) comes right after it: a phrase ends.
    pub stop_after: bool,
    /// Whether it stands inside parentheses.
    pub in_parens: bool,
}

/// The tokens of one line: runs of letters and digits, with inner hyphens, apostrophes and periods
/// (post-COVID-19, people's, e.g).
pub(crate) fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    let mut depth = 0i32;
    while i < chars.len() {
        let (at, c) = chars[i];
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let inner = matches!(c, '-' | '\'' | '’' | '‐')
                    && chars.get(j + 1).is_some_and(|n| is_word_char(n.1));
                if is_word_char(c) || inner {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(line.len(), |x| x.0);
            let raw = &line[at..end];
            out.push(Token {
                raw,
                start: at,
                hangul: raw.chars().any(is_hangul),
                stop_after: false,
                in_parens: depth > 0,
            });
            i = j;
            continue;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ => {}
        }
        // A middle dot joins Korean words of one name (공공기관·디지털정부국) as a space would.
        if !c.is_whitespace() && c != '·' {
            if let Some(last) = out.last_mut() {
                last.stop_after = true;
            }
        }
        i += 1;
    }
    out
}

/// Letters and ASCII digits: footnote marks (¹ ²) and other numeric symbols are not words.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c.is_ascii_digit()
}

/// An acronym as written: two or more capitals, no lowercase letter but a plural s (SDGs, ICTs, UN, 5G).
pub(crate) fn is_acronym(raw: &str) -> bool {
    let core = raw.strip_suffix('s').unwrap_or(raw);
    let upper = core.chars().filter(|c| c.is_uppercase()).count();
    let digit = core.chars().any(|c| c.is_ascii_digit());
    (upper >= 2 || (upper == 1 && digit && core.len() <= 4))
        && !core.chars().any(|c| c.is_lowercase())
        && core
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
        && !is_roman(core)
}

fn is_roman(s: &str) -> bool {
    s.len() <= 4 && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// An English word without its plural or possessive ending (the prompts engine's rule: governments →
/// government, SDGs → sdg, policies → policy), lowercased and folded.
pub(crate) fn english_key(raw: &str) -> String {
    let f = fold(raw).replace(['’', '‐'], "-").replace('\'', "");
    let f = f.strip_suffix("-s").unwrap_or(&f).to_owned();
    if f.len() <= 3 || !f.is_ascii() {
        return f
            .strip_suffix('s')
            .filter(|_| raw.ends_with('s') && is_acronym(raw))
            .unwrap_or(&f)
            .to_owned();
    }
    if let Some(stem) = f.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for es in ["sses", "shes", "ches", "xes", "zes"] {
        if f.ends_with(es) {
            return f[..f.len() - 2].to_owned();
        }
    }
    if f.ends_with("ss") || f.ends_with("us") || f.ends_with("is") {
        return f;
    }
    f.strip_suffix('s').unwrap_or(&f).to_owned()
}

/// A Korean word without its particles (지방정부와의 → 지방정부) or plural 들, as the search engine strips
/// them; and whether anything was stripped (a particle ends a noun phrase).
pub(crate) fn korean_stem(raw: &str) -> (String, bool) {
    let f = fold(raw);
    let mut cur: &str = &f;
    // Loanwords whose last syllable looks like a particle (코로나 is not 코로 + 나).
    if let Some(word) = KO_WHOLE.iter().find(|w| f.starts_with(*w)) {
        let rest = &f[word.len()..];
        if rest.is_empty() {
            return (f.clone(), false);
        }
        let (tail, stripped) = korean_stem(rest);
        if tail.chars().all(|c| c.is_ascii_digit()) || tail.is_empty() {
            return (format!("{word}{tail}"), stripped);
        }
    }
    let mut stripped = false;
    for _ in 0..2 {
        let next = strip_particle(cur)
            .or_else(|| cur.strip_suffix('들').filter(|s| s.chars().count() >= 2));
        match next {
            Some(n)
                if n.chars().count() >= 2
                    || (n.chars().count() >= 1 && cur.chars().count() > 2) =>
            {
                cur = n;
                stripped = true;
            }
            _ => break,
        }
    }
    (cur.to_owned(), stripped)
}

/// Words that end in a syllable that is also a particle but are whole (코로나, 바이러스).
const KO_WHOLE: &[&str] = &[
    "코로나",
    "프로그램",
    "파트너",
    "에너지",
    "데이터",
    "센터",
    "아시아",
    "오세아니아",
];

/// The key of a term as a glossary holds it or a candidate was written: English words by [`english_key`],
/// Korean words by their stem, Hangul words joined with no space (Korean spacing varies).
pub fn term_key(term: &str) -> String {
    let mut key = String::new();
    let mut prev_hangul = None;
    for t in tokens(term) {
        let w = if t.hangul {
            korean_stem(t.raw).0
        } else {
            english_key(t.raw)
        };
        push_key(&mut key, &w, t.hangul, prev_hangul);
        prev_hangul = Some(t.hangul);
    }
    key
}

pub(crate) fn push_key(key: &mut String, word: &str, hangul: bool, prev: Option<bool>) {
    if let Some(p) = prev {
        if !(p && hangul) {
            key.push(' ');
        }
    }
    key.push_str(word);
}

/// Function words: never part of an English term (except `of`, `for`, `and`, `on` inside a name).
pub(crate) const EN_STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "etc",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "let",
    "like",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "rather",
    "same",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "i.e",
    "e.g",
    "mr",
    "ms",
    "mrs",
    "dr",
    "prof",
    "yes",
    "okay",
    "thank",
    "thanks",
    "today",
    "tomorrow",
    "yesterday",
    "ladies",
    "gentlemen",
    "colleague",
    "colleagues",
    "everyone",
    "everybody",
    "something",
    "anything",
    "nothing",
    "many",
    "several",
    "various",
    "another",
    "first",
    "second",
    "third",
    "last",
    "next",
    "least",
    "i'm",
    "we're",
    "it's",
    "let's",
    "don't",
    "cannot",
    "already",
    "always",
    "often",
    "never",
    "still",
    "well",
    "back",
    "away",
    "around",
    "especially",
    "particularly",
    "specifically",
    "including",
    "namely",
    "via",
    "vs",
    "versus",
    "percent",
    "per cent",
    "ago",
    "behind",
    "beyond",
    "regarding",
    "whereas",
];

/// Common English verbs (lemmas; their -s, -ed, -ing forms are derived): a verb ends a noun phrase.
pub(crate) const EN_VERBS: &[&str] = &[
    "accelerate",
    "achieve",
    "address",
    "adopt",
    "advance",
    "agree",
    "aim",
    "allow",
    "apply",
    "ask",
    "assist",
    "become",
    "begin",
    "believe",
    "bolster",
    "bring",
    "build",
    "call",
    "carry",
    "change",
    "come",
    "connect",
    "consider",
    "contain",
    "continue",
    "contribute",
    "cover",
    "create",
    "deliver",
    "depend",
    "describe",
    "develop",
    "discuss",
    "ensure",
    "enable",
    "engage",
    "enjoy",
    "equip",
    "examine",
    "exchange",
    "expand",
    "expect",
    "explore",
    "face",
    "facilitate",
    "find",
    "focus",
    "follow",
    "forge",
    "foster",
    "get",
    "give",
    "go",
    "grow",
    "happen",
    "harness",
    "help",
    "highlight",
    "hold",
    "identify",
    "implement",
    "improve",
    "include",
    "increase",
    "introduce",
    "involve",
    "keep",
    "know",
    "lead",
    "learn",
    "leave",
    "leverage",
    "look",
    "make",
    "mean",
    "meet",
    "minimize",
    "mobilize",
    "move",
    "need",
    "note",
    "offer",
    "open",
    "organize",
    "pose",
    "prepare",
    "present",
    "promote",
    "propose",
    "provide",
    "pursue",
    "put",
    "reach",
    "receive",
    "reduce",
    "remain",
    "require",
    "respond",
    "restore",
    "review",
    "run",
    "say",
    "see",
    "seem",
    "serve",
    "set",
    "share",
    "show",
    "speak",
    "spur",
    "start",
    "strengthen",
    "support",
    "take",
    "talk",
    "tell",
    "think",
    "transform",
    "try",
    "turn",
    "underscore",
    "understand",
    "upgrade",
    "use",
    "utilize",
    "want",
    "welcome",
    "work",
    "worsen",
    "play",
    "played",
    "adopted",
    "allowed",
    "posed",
    "wreaked",
    "expected",
    "mandated",
    "held",
    "made",
    "given",
    "taken",
    "known",
    "shown",
    "seen",
    "done",
    "gone",
    "brought",
    "built",
    "began",
    "begun",
    "became",
    "led",
    "kept",
    "left",
    "met",
    "put",
    "said",
    "told",
    "thought",
    "found",
    "got",
    "went",
    "came",
    "ran",
    "spoke",
    "acknowledge",
    "act",
    "aggregate",
    "assert",
    "combat",
    "complete",
    "coordinate",
    "determine",
    "emphasize",
    "encourage",
    "establish",
    "evaluate",
    "exacerbate",
    "exist",
    "inform",
    "invest",
    "manage",
    "measure",
    "monitor",
    "operate",
    "overcome",
    "participate",
    "perform",
    "plan",
    "practice",
    "predict",
    "produce",
    "protect",
    "prove",
    "raise",
    "realize",
    "recognize",
    "recover",
    "reform",
    "rely",
    "report",
    "represent",
    "resolve",
    "revitalize",
    "stress",
    "succeed",
    "suggest",
    "tackle",
    "translate",
    "unfold",
    "vary",
    "witness",
];

/// General words that are not a term on their own and do not start one ("important measures", "new
/// demands", "local level"): common adjectives, adverbs and the most general nouns. Written by hand for the
/// register of speeches and concept notes; the reference counts do the rest.
pub(crate) const EN_GENERAL: &[&str] = &[
    "able",
    "active",
    "actual",
    "additional",
    "advanced",
    "agile",
    "aspect",
    "approach",
    "area",
    "available",
    "based",
    "basic",
    "best",
    "better",
    "big",
    "broad",
    "case",
    "central",
    "certain",
    "challenge",
    "clear",
    "close",
    "common",
    "complete",
    "concerted",
    "context",
    "critical",
    "crucial",
    "current",
    "day",
    "different",
    "difficult",
    "diverse",
    "due",
    "early",
    "easy",
    "effective",
    "effectively",
    "efficient",
    "effort",
    "end",
    "enhanced",
    "entire",
    "essential",
    "example",
    "existing",
    "experience",
    "far-reaching",
    "fact",
    "final",
    "focus",
    "following",
    "form",
    "full",
    "fully",
    "future",
    "general",
    "generous",
    "given",
    "global",
    "good",
    "great",
    "group",
    "growing",
    "high",
    "huge",
    "idea",
    "important",
    "instrumental",
    "integral",
    "issue",
    "key",
    "kind",
    "large",
    "level",
    "little",
    "long",
    "long-term",
    "low",
    "main",
    "major",
    "manner",
    "matter",
    "means",
    "meanwhile",
    "need",
    "negative",
    "new",
    "number",
    "order",
    "part",
    "particular",
    "past",
    "place",
    "point",
    "positive",
    "possible",
    "pre-existing",
    "present",
    "profound",
    "proper",
    "question",
    "rapid",
    "real",
    "recent",
    "regard",
    "relevant",
    "respect",
    "result",
    "right",
    "role",
    "same",
    "significant",
    "similar",
    "simple",
    "small",
    "so-called",
    "special",
    "specific",
    "strong",
    "successful",
    "sure",
    "swift",
    "term",
    "thing",
    "time",
    "timely",
    "total",
    "true",
    "type",
    "unprecedented",
    "urgent",
    "useful",
    "view",
    "way",
    "whole",
    "wide",
    "year",
    "years",
    "aspect",
    "opportunity",
    "pace",
    "heart",
    "forefront",
    "center",
    "centre",
    "ground",
    "light",
    "lot",
    "lots",
    "behalf",
    "addition",
    "terms",
    "order",
    "sort",
    "deal",
    "side",
    "pivotal",
    "imperative",
    "vital",
    "dynamic",
    "dynamically",
    "assertive",
    "upgraded",
    "diverse",
    "distant",
    "exponential",
    "innovative",
    "interactive",
    "various",
    "viable",
    "worsening",
    "prolonged",
    "completely",
    "accordingly",
    "rapidly",
    "virtually",
    "locally",
    "further",
    "proactive",
    "responsive",
    "more",
    "less",
    "much",
    "thing",
    "things",
    "lesson",
    "lessons",
    "practice",
    "practices",
    "aim",
    "goal",
    "objective",
    "benefit",
    "change",
    "demand",
    "difficulty",
    "impact",
    "effect",
    "threat",
    "problem",
    "solution",
    "strategy",
    "measure",
    "action",
    "activity",
    "step",
    "task",
    "work",
    "job",
    "way",
    "people",
    "person",
    "country",
    "world",
    "everyone",
    "member",
    "today",
    "moment",
    "minute",
    "hour",
    "week",
    "month",
    "session",
    "presentation",
    "question",
    "answer",
    "discussion",
    "remark",
    "speech",
    "slide",
    "thank",
    "honour",
    "honor",
    "pleasure",
    "privilege",
    "chair",
    "floor",
    "audience",
    "participant",
    "friend",
    "partner",
];

/// Korean general nouns of speeches (역할, 노력, 필요, 말씀): with the function words ([`KO_FUNCTION`]) they
/// never make a term alone, nor stand at its edge.
const KO_GENERAL_NOUNS: &[&str] = &[
    "경우",
    "부분",
    "측면",
    "분야",
    "과정",
    "방안",
    "노력",
    "역할",
    "필요",
    "중요",
    "가운데",
    "이후",
    "이전",
    "동안",
    "다음",
    "생각",
    "문제",
    "내용",
    "결과",
    "사례",
    "방법",
    "방식",
    "정도",
    "부문",
    "차원",
    "중심",
    "기반",
    "바탕",
    "시대",
    "세계",
    "국가",
    "나라",
    "사람",
    "사람들",
    "모습",
    "상황",
    "계기",
    "기회",
    "목표",
    "전략",
    "과제",
    "조치",
    "영향",
    "효과",
    "변화",
    "대응",
    "지원",
    "강화",
    "활용",
    "추진",
    "확대",
    "개선",
    "구축",
    "마련",
    "논의",
    "발표",
    "세션",
    "토론",
    "질문",
    "답변",
    "부탁",
    "소개",
    "시작",
    "마지막",
    "처음",
    "기간",
    "적극적",
    "효과적",
    "실질적",
    "지속적",
    "다양",
];

/// Korean endings that make a word a predicate or a linking form (추진하고, 강화하며, 필요합니다, 위한):
/// such a word ends a noun phrase and is no term. Each follows a verb stem (하, 되, 있, 이 …), so nouns
/// that happen to end in the same syllable (재해, 참여, 비대면) are not caught.
pub(crate) const KO_PREDICATE_ENDINGS: &[&str] = &[
    // Past connective and negative forms (늘었고, 못했고, 이용하지 못했다).
    "했고",
    "었고",
    "았고",
    "였고",
    "됐고",
    "하지",
    "되지",
    "하다",
    "하고",
    "하며",
    "하면",
    "하여",
    "하는",
    "한다",
    "했다",
    "하기",
    "하게",
    "해야",
    "해서",
    "합니다",
    "했습니다",
    "하였",
    "하겠",
    "하도록",
    "하지만",
    "되다",
    "되고",
    "되며",
    "되면",
    "되어",
    "되는",
    "된다",
    "됐다",
    "되기",
    "되게",
    "됩니다",
    "되었",
    "돼야",
    "있다",
    "있고",
    "있는",
    "있으며",
    "있습니다",
    "있어",
    "있을",
    "없다",
    "없는",
    "없이",
    "입니다",
    "이며",
    "이고",
    "이다",
    "이라는",
    "이라고",
    "적인",
    "적으로",
    "위한",
    "위해",
    "통해",
    "통한",
    "대한",
    "대해",
    "따른",
    "따라",
    "같은",
    "같이",
    "라는",
    "라고",
    "다는",
    "다고",
    "니다",
    "습니다",
    "었다",
    "았다",
    "였다",
    "겠다",
    "지만",
    "는데",
    "도록",
    "시키",
    "시켜",
    "으로써",
    "으며",
    "으면",
    "봅니다",
    "봤",
    "드립니다",
    "주십시오",
    "려면",
    "어야",
    "아야",
    "여야",
    "관한",
    "보여",
    "보았",
    "었습니다",
    "였습니다",
    "았습니다",
    "시킵니다",
    "시켰",
];

/// Three-syllable-or-longer words ending in an adnominal form (지속가능한, 강력한, 예정된, 추진할): adjectives
/// and relative clauses, not nouns. Two-syllable nouns such as 권한 or 제한 are left alone.
const KO_ADNOMINAL: &[char] = &['한', '된', '할', '될', '운', '히'];

pub(crate) fn en_is_stop(folded: &str) -> bool {
    EN_STOP.contains(&folded)
}

pub(crate) fn en_is_verb(folded: &str) -> bool {
    if EN_VERBS.contains(&folded) || EN_IRREGULAR_PAST.contains(&folded) {
        return true;
    }
    let candidates = [
        folded.strip_suffix("ing").map(|s| s.to_owned()),
        folded.strip_suffix("ing").map(|s| format!("{s}e")),
        folded.strip_suffix("ed").map(|s| s.to_owned()),
        folded.strip_suffix('d').map(|s| s.to_owned()),
        folded.strip_suffix("ied").map(|s| format!("{s}y")),
        folded.strip_suffix("es").map(|s| s.to_owned()),
        folded.strip_suffix('s').map(|s| s.to_owned()),
    ];
    candidates
        .into_iter()
        .flatten()
        .any(|l| EN_VERBS.contains(&l.as_str()))
}

/// Past tenses and participles of common irregular verbs ("revenue fell", "spending rose"), which no ending
/// rule finds. Forms that are as often nouns in policy texts (cut, cost, set, spread, left, lead…) are not
/// listed: a verb taken for a noun only lengthens a phrase, a noun taken for a verb loses a term.
const EN_IRREGULAR_PAST: &[&str] = &[
    "arose",
    "arisen",
    "ate",
    "eaten",
    "became",
    "began",
    "begun",
    "blew",
    "blown",
    "broke",
    "broken",
    "brought",
    "built",
    "bought",
    "caught",
    "chose",
    "chosen",
    "came",
    "dealt",
    "did",
    "done",
    "drew",
    "drawn",
    "drove",
    "driven",
    "fell",
    "fallen",
    "felt",
    "fought",
    "fled",
    "flew",
    "flown",
    "forgot",
    "forgotten",
    "froze",
    "frozen",
    "got",
    "gotten",
    "gave",
    "given",
    "went",
    "gone",
    "grew",
    "grown",
    "heard",
    "hid",
    "hidden",
    "held",
    "kept",
    "knew",
    "known",
    "laid",
    "led",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "ran",
    "risen",
    "rose",
    "said",
    "sought",
    "sold",
    "sent",
    "shook",
    "shaken",
    "shot",
    "showed",
    "shown",
    "sang",
    "sung",
    "sank",
    "sunk",
    "sat",
    "slept",
    "spoke",
    "spoken",
    "spent",
    "stood",
    "stole",
    "stolen",
    "stuck",
    "struck",
    "swept",
    "took",
    "taken",
    "taught",
    "tore",
    "torn",
    "told",
    "thought",
    "threw",
    "thrown",
    "understood",
    "undertook",
    "undertaken",
    "woke",
    "wore",
    "worn",
    "won",
    "wrote",
    "written",
    "withdrew",
    "withdrawn",
    "overcame",
    "overcome",
];

pub(crate) fn en_is_general(key: &str) -> bool {
    EN_GENERAL.contains(&key)
}

/// An adjective by its ending (local, digital, economic, inclusive): it does not end a term or stand alone.
pub(crate) fn en_is_adjective(key: &str) -> bool {
    key.len() > 4
        && !EN_NOUNS_LIKE_ADJECTIVES.contains(&key)
        && ["al", "ic", "ive", "ous", "ful", "able", "ible", "ary"]
            .iter()
            .any(|e| key.ends_with(e))
}

/// Nouns with an adjective's ending.
const EN_NOUNS_LIKE_ADJECTIVES: &[&str] = &[
    "pandemic",
    "epidemic",
    "republic",
    "clinic",
    "topic",
    "traffic",
    "mechanic",
    "proposal",
    "approval",
    "capital",
    "hospital",
    "initiative",
    "representative",
    "objective",
    "incentive",
    "alternative",
    "perspective",
    "executive",
    "directive",
    "narrative",
    "potential",
    "secretary",
    "summary",
    "library",
    "boundary",
    "beneficiary",
    "dictionary",
    "official",
    "professional",
    "individual",
    "arrival",
    "renewal",
    "referral",
    "principal",
    "material",
    "signal",
    "portal",
    "journal",
    "tribunal",
    "terminal",
    "survival",
    "rival",
    "ritual",
    "manual",
    "festival",
    "interval",
    "removal",
    "disposal",
    "appraisal",
    "chemical",
    "constituency",
    "analytic",
    "robotic",
    "logistic",
    "statistic",
];

/// A past participle by its ending (convened, spurred): it ends no term.
pub(crate) fn en_is_participle(key: &str) -> bool {
    key.len() > 4 && key.ends_with("ed") && !key.ends_with("eed")
}

pub(crate) fn ko_is_general(stem: &str) -> bool {
    KO_FUNCTION.contains(&stem) || KO_GENERAL_NOUNS.contains(&stem)
}

/// Korean function words, pronouns, adverbs and determiners: they end a noun phrase. The other general
/// words (역할, 대응, 지원 …) may stand inside a term (재난 대응 체계) but not at its edge.
const KO_FUNCTION: &[&str] = &[
    "것",
    "수",
    "등",
    "및",
    "또",
    "또한",
    "그",
    "이",
    "저",
    "이번",
    "이러한",
    "그러한",
    "이런",
    "그런",
    "우리",
    "저희",
    "여러분",
    "오늘",
    "지금",
    "현재",
    "이제",
    "특히",
    "또는",
    "그리고",
    "하지만",
    "그러나",
    "따라서",
    "때문",
    "위해",
    "통해",
    "대한",
    "대해",
    "관련",
    "가장",
    "더",
    "매우",
    "많은",
    "다양한",
    "새로운",
    "중요한",
    "모든",
    "각",
    "여러",
    "가지",
    "함께",
    "모두",
    "같은",
    "위한",
    "따른",
    "있는",
    "없는",
    "하는",
    "되는",
    "아울러",
    "이른바",
    "덕분",
    "산하",
    "즉",
    "예",
    "첫째",
    "둘째",
    "셋째",
    "이를",
    "이와",
    "그간",
    "최근",
    "향후",
    "지난",
    "올해",
    "내년",
    "작년",
    "보다",
    "더욱",
    "크게",
    "빠르게",
    "앞으로",
    "오늘날",
    "말씀",
    "감사",
    "저는",
    "제",
    "안녕하십니까",
    "안녕하세요",
    "감사합니다",
    "반갑습니다",
    "드립니다",
    "주신",
    "계신",
    "있습니다",
    "합니다",
    "했습니다",
    "됩니다",
    "입니다",
    "있다",
    "한다",
    "된다",
    "이다",
    "것입니다",
    "말",
    "때",
    "곳",
    "점",
    "데",
    "바",
    "뿐",
    "중",
    "간",
    "전",
    "후",
    "내",
    "외",
    "년",
    "월",
    "일",
    "분",
    "명",
    "개",
    "적극",
    "새",
    "큰",
    "작은",
    "높은",
    "낮은",
    "좋은",
    // "몇 주 만에" (after a few weeks): a bound noun with its particle.
    "만에",
];

pub(crate) fn ko_is_function(stem: &str) -> bool {
    KO_FUNCTION.contains(&stem)
}

pub(crate) fn ko_is_predicate(raw: &str) -> bool {
    KO_PREDICATE_ENDINGS.iter().any(|e| raw.ends_with(e))
        || (raw.chars().count() >= 3
            && raw
                .chars()
                .last()
                .is_some_and(|c| KO_ADNOMINAL.contains(&c))
            && !raw.ends_with("공무원"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_join_spellings() {
        assert_eq!(term_key("Local governments"), term_key("local government"));
        assert_eq!(term_key("SDGs"), term_key("SDG"));
        assert_eq!(term_key("policies"), "policy");
        assert_eq!(term_key("디지털 전환"), term_key("디지털전환"));
        assert_eq!(term_key("지방정부의"), term_key("지방정부가"));
        assert_eq!(term_key("지방정부의"), "지방정부");
        assert_ne!(term_key("governance"), term_key("government"));
    }

    #[test]
    fn acronyms_and_verbs() {
        assert!(
            is_acronym("SDGs") && is_acronym("UN") && is_acronym("PPPPs") && is_acronym("COVID-19")
        );
        assert!(!is_acronym("II") && !is_acronym("Local") && !is_acronym("A"));
        assert!(en_is_verb("accelerating") && en_is_verb("strengthened") && en_is_verb("calls"));
        assert!(!en_is_verb("government"));
    }

    #[test]
    fn tokens_keep_inner_hyphens_and_mark_punctuation() {
        let t = tokens("post-COVID-19 era, (PPPs) and people's");
        let raws: Vec<&str> = t.iter().map(|t| t.raw).collect();
        assert_eq!(raws, ["post-COVID-19", "era", "PPPs", "and", "people's"]);
        assert!(t[1].stop_after && t[2].in_parens && !t[3].in_parens);
    }
}
