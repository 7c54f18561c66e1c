//! Pure functions of the streaming loop: words from tokens, repetition-loop removal and the
//! LocalAgreement stability rule. No model needed; all unit-tested.

use std::collections::VecDeque;

/// A recognised word with its position in the audio stream (ms since the stream began).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Word {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// False for a word made final without two steps agreeing on it: it lay between disagreeing words
    /// and a run both steps agree on (see [`Agreement::update`]). Such words are no prompt by themselves:
    /// only what the step before also heard in their place ([`Word::heard_before`]) is.
    #[serde(default = "yes")]
    pub confirmed: bool,
    /// On the first word of such a stretch: what the previous step heard in its place ("Pansuck" where
    /// this step heard "Pan suck"). A term or number both versions name was heard by two steps after all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heard_before: Option<String>,
}

fn yes() -> bool {
    true
}

impl Word {
    pub fn new(text: impl Into<String>, start_ms: u64, end_ms: u64) -> Self {
        Self {
            text: text.into(),
            start_ms,
            end_ms,
            confirmed: true,
            heard_before: None,
        }
    }
}

/// A decoded token: raw bytes (possibly an incomplete UTF-8 sequence, as Korean syllables
/// are often split across byte-level BPE tokens) and its audio span in ms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenPiece {
    pub bytes: Vec<u8>,
    pub start_ms: u64,
    pub end_ms: u64,
}

/// Group tokens into space-separated words. Bytes are concatenated before decoding, so a
/// character split over two tokens comes out whole. A word's start is its first token's
/// start; its end is its last token's end.
pub fn words_from_tokens(tokens: &[TokenPiece]) -> Vec<Word> {
    let mut words = Vec::new();
    let mut cur: Vec<u8> = Vec::new();
    let (mut start, mut end) = (0u64, 0u64);
    let finish = |cur: &mut Vec<u8>, start: u64, end: u64, words: &mut Vec<Word>| {
        let text = String::from_utf8_lossy(cur).trim().to_owned();
        if !text.is_empty() {
            words.push(Word::new(text, start, end.max(start)));
        }
        cur.clear();
    };
    for t in tokens {
        let mut bytes = &t.bytes[..];
        while !bytes.is_empty() {
            // Split on ASCII whitespace; a space starts a new word.
            match bytes.iter().position(|b| b.is_ascii_whitespace()) {
                Some(0) => {
                    if !cur.is_empty() {
                        finish(&mut cur, start, end, &mut words);
                    }
                    bytes = &bytes[1..];
                }
                Some(i) => {
                    if cur.is_empty() {
                        start = t.start_ms;
                    }
                    cur.extend_from_slice(&bytes[..i]);
                    end = t.end_ms;
                    bytes = &bytes[i..];
                }
                None => {
                    if cur.is_empty() {
                        start = t.start_ms;
                    }
                    cur.extend_from_slice(bytes);
                    end = t.end_ms;
                    bytes = &[];
                }
            }
        }
    }
    if !cur.is_empty() {
        finish(&mut cur, start, end, &mut words);
    }
    words
}

/// Comparison form of a word: lower case, without surrounding punctuation.
pub fn normalize(text: &str) -> String {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// A decoder loop inside one "word": a unit of 1..=4 characters repeated back to back at
/// least 5 times (10 for units with digits, as "1000000" is a number), e.g. `지다다다다다다`,
/// `------`, `abcabcabcabcabc`. Returns (index of the run's first character, unit length).
pub fn find_internal_loop(text: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    for start in 0..n {
        for p in (1..=4usize).take_while(|&p| start + p <= n) {
            let unit = &chars[start..start + p];
            let mut reps = 1;
            while start + (reps + 1) * p <= n
                && &chars[start + reps * p..start + (reps + 1) * p] == unit
            {
                reps += 1;
            }
            let min_reps = if unit.iter().any(char::is_ascii_digit) {
                10
            } else {
                5
            };
            if reps >= min_reps {
                return Some((start, p));
            }
        }
    }
    None
}

/// True when a word contains a decoder loop ([`find_internal_loop`]).
pub fn is_internal_loop(text: &str) -> bool {
    find_internal_loop(text).is_some()
}

/// Remove decoder repetition loops from a hypothesis.
///
/// A loop is an n-gram (n = 1..=8 words, compared normalised) repeated back to back: 4+ times
/// for a single word, 3+ times for two to four words, twice from five words on — a speaker rarely
/// says five words again at once, while a decoder that has run out of audio repeats the last
/// phrase it heard (tiny.en on a real speaker, `tests/fixtures/jfk.wav`: "… ask what you can do
/// for your country ask what you can do for your country ask what your country …"). The first
/// occurrence is kept and everything from the second occurrence on is dropped (a loop runs until
/// the token cap, so what follows it is never trustworthy). A word containing a character-level
/// loop ([`find_internal_loop`]) is cut there and ends the hypothesis.
/// Returns true when something was dropped.
pub fn drop_repetition_loops(words: &mut Vec<Word>) -> bool {
    let norm: Vec<String> = words.iter().map(|w| normalize(&w.text)).collect();
    for i in 0..words.len() {
        if let Some((start, unit)) = find_internal_loop(&words[i].text) {
            if start == 0 {
                // The word is nothing but the loop (e.g. `ㅋㅋㅋㅋㅋ`): it goes entirely.
                words.truncate(i);
            } else {
                // Keep the word's head and one unit of the loop.
                words[i].text = words[i].text.chars().take(start + unit).collect();
                words.truncate(i + 1);
            }
            return true;
        }
        for n in 1..=8usize {
            let min_repeats = match n {
                1 => 4,
                2..=4 => 3,
                _ => 2,
            };
            if i + n * min_repeats > words.len() {
                break;
            }
            let gram = &norm[i..i + n];
            if gram.iter().all(|w| w.is_empty()) {
                continue;
            }
            let mut repeats = 1;
            while i + (repeats + 1) * n <= words.len()
                && &norm[i + repeats * n..i + (repeats + 1) * n] == gram
            {
                repeats += 1;
            }
            if repeats >= min_repeats {
                words.truncate(i + n);
                return true;
            }
        }
    }
    false
}

/// LocalAgreement-2: a word becomes stable when two consecutive hypotheses agree on it (and on
/// everything before it) after the last stable word.
#[derive(Debug, Clone)]
pub struct Agreement {
    /// Tail of the stable words (for overlap removal).
    recent: VecDeque<Word>,
    /// Audio time up to which words are stable.
    committed_end_ms: u64,
    /// Unstable part of the previous hypothesis.
    pending: Vec<Word>,
    /// Words starting this much before the stable point are still considered new (timestamps
    /// jitter by a couple of hundred ms between steps); duplicates are removed by n-gram overlap.
    tolerance_ms: u64,
    /// The part of the previous hypothesis that heard stable audio again.
    prev_reheard: Vec<Word>,
    /// Words (normalised) already told as heard again ([`Agreement::take_reheard`]), not told twice.
    told: VecDeque<String>,
    /// Runs the last two hypotheses agree on over stable audio, where they differ from the stable words.
    reheard: Vec<Vec<Word>>,
    /// The unstable part of the last hypothesis that heard as far as any since the last stable word, and
    /// the stable point it was taken at: what a later hypothesis is compared with when the ones between
    /// stopped short (see [`Agreement::update`]).
    reference: Vec<Word>,
    reference_at: u64,
}

/// A hypothesis whose words end this much before the reference's stopped short: whisper dropped the end
/// of the window (tiny.en often answers with the first seconds only), which is no evidence either way.
const STOPPED_SHORT_MS: u64 = 1000;

/// Where the last of `words` ends (0 for none).
fn end_of(words: &[Word]) -> u64 {
    words.last().map_or(0, |w| w.end_ms)
}

impl Default for Agreement {
    fn default() -> Self {
        Self::new()
    }
}

impl Agreement {
    pub fn new() -> Self {
        Self {
            recent: VecDeque::new(),
            committed_end_ms: 0,
            pending: Vec::new(),
            tolerance_ms: 300,
            prev_reheard: Vec::new(),
            told: VecDeque::new(),
            reheard: Vec::new(),
            reference: Vec::new(),
            reference_at: 0,
        }
    }

    /// End of the last stable word (ms).
    pub fn committed_end_ms(&self) -> u64 {
        self.committed_end_ms
    }

    /// The unstable tail of the latest hypothesis.
    pub fn pending(&self) -> &[Word] {
        &self.pending
    }

    /// The part of `hypothesis` (a whole-window transcript in stream time) after the stable point.
    ///
    /// First by text: the last stable words (up to 4; a single word only if it has 3+
    /// characters) are looked for in the hypothesis near the stable point (±1.5 s), and what
    /// follows the match is new; failing that, a 2+-word match anywhere (its last occurrence). Token timestamps are too rough to rely on alone (a stable
    /// word whose end is estimated late would hide the next word forever). Without a text
    /// anchor, words starting after `stable_end - 300 ms` are new, minus any prefix that
    /// repeats the stable tail.
    pub fn new_part(&self, hypothesis: &[Word]) -> Vec<Word> {
        if let Some(after) = self.text_anchor(hypothesis) {
            return hypothesis[after..].to_vec();
        }
        let cutoff = self.committed_end_ms.saturating_sub(self.tolerance_ms);
        let mut fresh: Vec<Word> = hypothesis
            .iter()
            .filter(|w| self.recent.is_empty() || w.start_ms >= cutoff)
            .cloned()
            .collect();
        // Drop the longest prefix of `fresh` that repeats the end of the stable text — only
        // when it is close in time (a new utterance may well start with the same words).
        if fresh
            .first()
            .is_none_or(|w| w.start_ms > self.committed_end_ms + 1000)
        {
            return fresh;
        }
        let recent: Vec<String> = self.recent.iter().map(|w| normalize(&w.text)).collect();
        let max_k = recent.len().min(fresh.len()).min(5);
        for k in (1..=max_k).rev() {
            let tail = &recent[recent.len() - k..];
            if fresh[..k]
                .iter()
                .map(|w| normalize(&w.text))
                .eq(tail.iter().cloned())
            {
                fresh.drain(..k);
                break;
            }
        }
        fresh
    }

    /// Index just after the stable tail's occurrence in `hypothesis`, if found near the stable point.
    fn text_anchor(&self, hypothesis: &[Word]) -> Option<usize> {
        let recent: Vec<String> = self.recent.iter().map(|w| normalize(&w.text)).collect();
        let norm: Vec<String> = hypothesis.iter().map(|w| normalize(&w.text)).collect();
        for k in (1..=recent.len().min(4)).rev() {
            let tail = &recent[recent.len() - k..];
            if k == 1 && tail[0].chars().count() < 3 || tail.iter().all(String::is_empty) {
                continue;
            }
            let best = (0..norm.len().saturating_sub(k - 1))
                .filter(|&j| norm[j..j + k] == *tail)
                .map(|j| {
                    (
                        j + k,
                        hypothesis[j + k - 1].end_ms.abs_diff(self.committed_end_ms),
                    )
                })
                .filter(|&(_, dist)| dist <= 1500)
                .min_by_key(|&(_, dist)| dist);
            if let Some((after, _)) = best {
                return Some(after);
            }
        }
        // Whisper sometimes skips the start of the window and stamps what it did hear from the
        // window start on (times off by seconds). A distinctive match of 2+ stable words is
        // then trusted without the time check (last occurrence).
        for k in (2..=recent.len().min(4)).rev() {
            let tail = &recent[recent.len() - k..];
            if tail.iter().map(|t| t.chars().count()).sum::<usize>() < 6 {
                continue;
            }
            // Only for times shifted backwards: a later match is new speech repeating words.
            if let Some(j) = (0..norm.len().saturating_sub(k - 1)).rev().find(|&j| {
                norm[j..j + k] == *tail && hypothesis[j + k - 1].end_ms < self.committed_end_ms
            }) {
                return Some(j + k);
            }
        }
        None
    }

    /// Feed the next hypothesis; returns the words that just became stable.
    ///
    /// LocalAgreement-2: the common prefix of this hypothesis and the previous one (after the stable
    /// point) is stable. One step further: whisper often rewrites a word or two early in the window
    /// ("Pansuck Kim said that…" then "Pan suck Kim said that…") while agreeing on everything after, and
    /// strict prefix agreement then holds every later word until it leaves the window, seconds later. So
    /// when both hypotheses hold the same run of [`AGREED_RUN`] or more words in the same place, the run
    /// and everything before it become stable too; the disagreeing words before it are taken as the newer
    /// hypothesis has them and marked unconfirmed (no prompt unless the step before heard it too).
    ///
    /// A hypothesis that stopped short of the previous one ([`STOPPED_SHORT_MS`]: whisper answered with
    /// the window's first seconds only) neither confirms nor contradicts what lies beyond its end: the next
    /// hypothesis is compared with the last one that heard that far (eval/listen, en sentence 4: "Pan-Suck
    /// Kim said that", then two steps that ended at the sentence before, then "Pansuck Kim said that 15,000
    /// officials"). Only the comparison changes: the words kept for [`Agreement::force_until`] and
    /// [`Agreement::flush`] are still the latest hypothesis's.
    pub fn update(&mut self, hypothesis: &[Word]) -> Vec<Word> {
        let fresh = self.new_part(hypothesis);
        let split = hypothesis.len() - fresh.len();
        let reheard = if hypothesis[split..] == fresh[..] {
            hypothesis[..split].to_vec()
        } else {
            Vec::new()
        };
        let prev_reheard = std::mem::replace(&mut self.prev_reheard, reheard);
        self.reheard = self.agreed_again(&prev_reheard);
        let stopped_short = self.reference_at == self.committed_end_ms
            && end_of(&self.pending) + STOPPED_SHORT_MS < end_of(&self.reference);
        let before_words = if stopped_short {
            self.reference.clone()
        } else {
            self.pending.clone()
        };
        let prev: Vec<String> = before_words.iter().map(|w| normalize(&w.text)).collect();
        let next: Vec<String> = fresh.iter().map(|w| normalize(&w.text)).collect();
        let agree = prev.iter().zip(&next).take_while(|(a, b)| a == b).count();
        let mut stable: Vec<Word> = fresh[..agree].to_vec();
        let mut rest = agree;
        if let Some((before, start, end)) = latest_common_run(&prev[agree..], &next[agree..]) {
            let (before, start, end) = (agree + before, agree + start, agree + end);
            let heard_before = join(&before_words[agree..before]);
            let mut rewritten: Vec<Word> = fresh[agree..start].to_vec();
            for w in &mut rewritten {
                w.confirmed = false;
            }
            if let Some(first) = rewritten.first_mut() {
                first.heard_before = Some(heard_before).filter(|t| !t.is_empty());
            }
            stable.extend(rewritten);
            stable.extend_from_slice(&fresh[start..end]);
            rest = end;
        }
        self.pending = fresh[rest..].to_vec();
        let stable = self.commit(stable);
        if self.reference_at != self.committed_end_ms
            || end_of(&self.pending) + STOPPED_SHORT_MS >= end_of(&self.reference)
        {
            self.reference = self.pending.clone();
            self.reference_at = self.committed_end_ms;
        }
        stable
    }

    /// What the last two steps both heard differently from the stable words over audio already stable:
    /// runs of two or more words in the same place (give or take a second) in both, with a word the
    /// stable text does not have. Whisper often hears a word right only once it has heard what follows
    /// ("mobile drugs" made stable by two steps, then "mobile broadband" in every step after, eval/listen
    /// en sentence 5); the words stay as they were made stable, and this tells the late hearing — agreed
    /// on as any stable word is — once.
    pub fn take_reheard(&mut self) -> Vec<Vec<Word>> {
        std::mem::take(&mut self.reheard)
    }

    fn agreed_again(&mut self, prev: &[Word]) -> Vec<Vec<Word>> {
        let now = &self.prev_reheard;
        let a: Vec<String> = prev.iter().map(|w| normalize(&w.text)).collect();
        let b: Vec<String> = now.iter().map(|w| normalize(&w.text)).collect();
        // Maximal runs: (end in a, end in b, length).
        let mut runs = Vec::new();
        let mut run = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                if a[i - 1] == b[j - 1] && !a[i - 1].is_empty() {
                    run[i][j] = run[i - 1][j - 1] + 1;
                }
            }
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let len = run[i][j];
                let maximal = i == a.len() || j == b.len() || run[i + 1][j + 1] == 0;
                if len >= 2
                    && maximal
                    && prev[i - len].start_ms.abs_diff(now[j - len].start_ms) <= SAME_PLACE_MS
                {
                    runs.push((j - len, j));
                }
            }
        }
        runs.sort_by_key(|&(s, e)| (std::cmp::Reverse(e - s), s));
        let known = |w: &str, told: &VecDeque<String>| {
            w.is_empty()
                || self.recent.iter().any(|r| normalize(&r.text) == w)
                || told.iter().any(|t| t == w)
        };
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut out = Vec::new();
        for (s, e) in runs {
            if taken.iter().any(|&(ts, te)| s < te && ts < e) {
                continue;
            }
            taken.push((s, e));
            if b[s..e].iter().all(|w| known(w, &self.told)) {
                continue;
            }
            for w in &b[s..e] {
                self.told.push_back(w.clone());
            }
            out.push((s, now[s..e].to_vec()));
        }
        let excess = self.told.len().saturating_sub(RECENT_STABLE);
        self.told.drain(..excess);
        out.sort_by_key(|&(s, _)| s);
        out.into_iter().map(|(_, words)| words).collect()
    }

    /// Make stable the pending words that end at or before `t_ms` (they are leaving the
    /// audio window and can no longer be confirmed).
    pub fn force_until(&mut self, t_ms: u64) -> Vec<Word> {
        let n = self.pending.iter().take_while(|w| w.end_ms <= t_ms).count();
        let stable: Vec<Word> = self.pending.drain(..n).collect();
        self.commit(stable)
    }

    /// Make every pending word stable (end of an utterance or of the stream).
    pub fn flush(&mut self) -> Vec<Word> {
        self.prev_reheard.clear();
        let stable = std::mem::take(&mut self.pending);
        self.commit(stable)
    }

    /// Forget pending words without committing them (e.g. on pause).
    pub fn discard_pending(&mut self) {
        self.pending.clear();
        self.prev_reheard.clear();
        self.reference.clear();
    }

    /// Record words as stable. Times are made monotonic (a word never starts before the
    /// previous stable word ended), as timestamps from a shifted hypothesis can run backwards.
    fn commit(&mut self, mut words: Vec<Word>) -> Vec<Word> {
        for w in &mut words {
            if !self.recent.is_empty() {
                w.start_ms = w.start_ms.max(self.committed_end_ms);
            }
            w.end_ms = w.end_ms.max(w.start_ms);
            self.committed_end_ms = self.committed_end_ms.max(w.end_ms);
            self.recent.push_back(w.clone());
            if self.recent.len() > RECENT_STABLE {
                self.recent.pop_front();
            }
        }
        words
    }
}

/// How many of the last stable words are kept: the overlap with a new hypothesis is looked for in them, and
/// a word heard again over stable audio that is one of them is no new hearing (an 8 s window holds about 24
/// words of speech).
const RECENT_STABLE: usize = 32;

/// How far apart in time two steps may put the same words and still have heard them in the same place.
const SAME_PLACE_MS: u64 = 1000;

/// The fewest words in a row two hypotheses must share, after a disagreement, for the words up to them
/// to be stable ([`Agreement::update`]). Two words ("the government") recur too easily by chance.
pub const AGREED_RUN: usize = 3;

/// The run of [`AGREED_RUN`]+ equal words in a row that `a` and `b` share and that ends last in `b`: where
/// it starts in `a`, and its range in `b` — only where both put it at the same place give or take two
/// words (a run found far from where it was is a repeat, not an agreement).
fn latest_common_run(a: &[String], b: &[String]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None; // (start in a, start in b, end in b)
                                                        // run[i][j]: length of the common run ending at a[i-1], b[j-1].
    let mut run = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            if a[i - 1] == b[j - 1] && !a[i - 1].is_empty() {
                run[i][j] = run[i - 1][j - 1] + 1;
                let len = run[i][j];
                let later = best.is_none_or(|(_, s, e)| j > e || (j == e && j - len < s));
                if len >= AGREED_RUN && i.abs_diff(j) <= 2 && later {
                    best = Some((i - len, j - len, j));
                }
            }
        }
    }
    best
}

/// Join words into display text.
pub fn join(words: &[Word]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&w.text);
    }
    s
}

/// Remove bracketed non-speech annotations whisper sometimes emits (`[BLANK_AUDIO]`,
/// `(applause)`, `[Music]`, `♪`), including ones spanning several words.
pub fn strip_non_speech(words: &mut Vec<Word>) {
    let mut out = Vec::with_capacity(words.len());
    let mut closing: Option<char> = None;
    for w in words.drain(..) {
        let t = w.text.trim();
        if let Some(c) = closing {
            if t.ends_with(c) {
                closing = None;
            }
            continue;
        }
        let open = match t.chars().next() {
            Some('[') => Some(']'),
            Some('(') => Some(')'),
            _ => None,
        };
        if let Some(c) = open {
            if !t.ends_with(c) {
                closing = Some(c);
            }
            continue;
        }
        if t.chars().all(|c| c == '♪' || c == '♫' || c.is_whitespace()) {
            continue;
        }
        out.push(w);
    }
    *words = out;
}
