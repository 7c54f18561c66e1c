//! Listening: the floor's speech, recognised on this machine (whisper.cpp through `booth-listen`), turned
//! into prompts. Audio never leaves the machine and is never written to disk: it goes from the source to the
//! recogniser in memory, and only words come out.
//!
//! The recogniser emits *stable* words (two consecutive transcription steps agreed on them). A prompt is
//! made only from stable, confirmed words, and not from the last ones while they may still be the start of
//! something longer: "3억" with "5천만 원" still to come must not be shown as 300 million, "$350" with
//! "million" still to come not as 350 dollars, and "local" may become "local government". So the words at
//! the end that a number touches, or that may begin a longer term, are held until the next words are
//! heard or the utterance ends, for at most [`HOLD_MS`]; a whole term at the end goes at once.
//!
//! One exception, marked as such: when two later steps agree on hearing already-stable words differently
//! ("mobile drugs" made stable, then "mobile broadband" twice), a term or person in the new hearing that was
//! not prompted there becomes a prompt flagged `late` (`late_prompts`); never a number.

use crate::views::prompts::{context, joined, Prompted};
use crate::Pack;
use booth_listen::{Event, Listener, Word};
use booth_prompts::{Context, PromptKind, Prompter, Spot, What};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::time::{Duration, Instant};
use ts_rs::TS;

pub use booth_listen::capture::{list_devices as input_devices, open as capture, DeviceInfo};
pub use booth_listen::source::wav_file;
pub use booth_listen::{
    inspect, AudioStream, Language, ModelError, ModelInfo, Pacing, Recognizer, SourceError,
    StreamConfig,
};

/// Where a speech model is looked for when none is named: `BOOTH_WHISPER_MODEL`, then [`model_in`].
pub fn find_model(dirs: &[std::path::PathBuf], language: Language) -> Option<std::path::PathBuf> {
    match std::env::var_os("BOOTH_WHISPER_MODEL") {
        Some(p) => Some(p.into()),
        None => model_in(dirs, language),
    }
}

/// The model for `language` in `dirs` (the front end's own, best first: the app's data folder, then its
/// bundled resources): the first folder holding one wins, so a model the user chose is used for every
/// language; within a folder, English takes [`ENGLISH_MODEL`] when it is there, else [`DEFAULT_MODEL`].
pub fn model_in(dirs: &[std::path::PathBuf], language: Language) -> Option<std::path::PathBuf> {
    let names: &[&str] = match language {
        Language::English => &[ENGLISH_MODEL, DEFAULT_MODEL],
        _ => &[DEFAULT_MODEL],
    };
    dirs.iter()
        .find_map(|d| names.iter().map(|n| d.join(n)).find(|p| p.is_file()))
}

/// The file name of the default model (Whisper base, multilingual), built by `./x` from pinned PyPI wheels
/// (`crates/listen/tools/fetch-model.sh`) and shipped with the `.deb`; a model the user chooses is kept
/// under this name in the app's data folder.
pub const DEFAULT_MODEL: &str = "ggml-base.bin";

/// The English-only model built and shipped beside it (Whisper tiny.en): on the evaluation's English
/// speeches it was twice as fast as base and at least as accurate (BENCHMARKS.md, "tiny.en beside base"),
/// which is what lets the loop keep up with speech on two cores.
pub const ENGLISH_MODEL: &str = "ggml-tiny.en.bin";

/// The longest the last words are held back for what may follow them (a few transcription steps).
pub const HOLD_MS: u64 = 4000;

/// A speech model as the settings show it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SpeechModel {
    /// The file's name (its folder is the app's business).
    pub file: String,
    /// `base`, `small`, `large-v3`, `tiny.en`, …
    pub name: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// False for English-only (`.en`) models.
    pub multilingual: bool,
    pub quantization: String,
    /// Whether Korean is worth trying with it: the tiny and base models loop and miss on Korean speech, so
    /// the window says so plainly.
    pub korean_weak: bool,
    /// Time one transcription step is expected to take on a 2-core machine like the ones Booth was measured
    /// on (BENCHMARKS.md), in ms; above ~1000 the loop cannot keep up with speech.
    pub expected_step_ms: Option<u32>,
}

impl SpeechModel {
    pub fn of(info: &ModelInfo) -> SpeechModel {
        use booth_listen::ModelKind as K;
        let expected_step_ms = match info.kind {
            K::Tiny => Some(310),
            K::Base if info.quantization.is_quantized() => Some(530),
            K::Base => Some(630),
            K::Small => Some(1500),
            K::LargeV3Turbo => Some(8000),
            _ => None,
        };
        SpeechModel {
            file: info
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            name: info.name(),
            bytes: info.file_size,
            multilingual: info.multilingual,
            quantization: info.quantization.as_str().to_owned(),
            korean_weak: !info.multilingual || matches!(info.kind, K::Tiny | K::Base),
            expected_step_ms,
        }
    }
}

/// What a listening session tells a front end.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
#[ts(export)]
pub enum Heard {
    /// A prompt from stable words. `audioMs`: where in the audio its last word ended; `elapsedMs`: wall-clock
    /// time since listening started when it was emitted (their difference, for a live source, is the delay
    /// the interpreter sees).
    #[serde(rename_all = "camelCase")]
    Prompt {
        prompt: Box<Prompted>,
        #[ts(type = "number")]
        audio_ms: u64,
        #[ts(type = "number")]
        elapsed_ms: u64,
        /// Made from a late hearing of words already said ([`Event::Reheard`]): later than the rest, and
        /// about something a few seconds back.
        late: bool,
    },
    /// The words not yet stable, for an optional live caption.
    Caption { text: String },
    /// What the recogniser is doing.
    State { state: ListenState },
    /// The input level (0..1), for a meter.
    Level { rms: f32, peak: f32 },
    /// One transcription step took `ms`.
    Step { ms: u32 },
    /// Something went wrong that the user should know (a failed step, a lost device).
    Problem { message: String },
    /// The source ended and everything was said.
    Finished,
}

/// The recogniser's state, as the window says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(export)]
pub enum ListenState {
    /// The model is being read.
    Loading,
    Listening,
    Paused,
    /// Speech comes faster than it is transcribed: steps are skipped.
    #[serde(rename_all = "camelCase")]
    FallingBehind {
        #[ts(type = "number")]
        lag_ms: u64,
    },
    /// No input signal (muted, unplugged).
    NoSignal,
    Stopped,
}

impl From<booth_listen::State> for ListenState {
    fn from(s: booth_listen::State) -> Self {
        use booth_listen::State as S;
        match s {
            S::Listening => ListenState::Listening,
            S::Paused => ListenState::Paused,
            S::FallingBehind { lag_ms } => ListenState::FallingBehind { lag_ms },
            S::NoSignal => ListenState::NoSignal,
            S::Stopped => ListenState::Stopped,
        }
    }
}

/// Stable words waiting to become prompts.
struct Pending {
    words: Vec<Word>,
    /// When the oldest held word arrived.
    since: Option<Instant>,
    /// The last words made into prompts, to drop words the recogniser makes final a second time (it can
    /// re-send the end of an utterance when the stream ends).
    recent: Vec<String>,
    /// Numbers prompted lately (their words and where they ended in the audio): the recogniser may make the
    /// same words final twice across an utterance boundary, and a number is not shown twice for one saying.
    numbers: Vec<(String, u64)>,
    /// Terms and people prompted lately (where they ended in the audio): a later hearing of the same stretch
    /// ([`Event::Reheard`]) does not prompt them again.
    named: Vec<(PromptKind, u32, u64)>,
}

/// How many of the last words said are remembered to recognise a repeat.
const RECENT_WORDS: usize = 16;

/// How many words at the start of `words` repeat the end of what was already said (at least two, so a word
/// said twice on purpose, "very very", is kept).
fn repeated(recent: &[String], words: &[Word]) -> usize {
    let max = recent.len().min(words.len());
    (2..=max)
        .rev()
        .find(|&k| {
            recent[recent.len() - k..]
                .iter()
                .zip(&words[..k])
                .all(|(a, b)| crate::text::caseless(a) == crate::text::caseless(&b.text))
        })
        .unwrap_or(0)
}

/// How far apart in the audio the same number said twice is two sayings, not one heard twice.
const SAME_NUMBER_MS: u64 = 10_000;

/// Follows a listener until its source ends or `on` returns false, turning stable words into prompts for
/// `pack` with `prompter`'s cool-down (on the audio's clock, so a file played fast behaves as it would live).
/// `started_at` is the wall-clock instant the audio began (the agenda then says who is speaking).
pub fn follow(
    pack: &Pack,
    listener: &Listener,
    prompter: &mut Prompter,
    started_at: DateTime<Utc>,
    mut on: impl FnMut(Heard) -> bool,
) {
    let started = Instant::now();
    let mut pending = Pending {
        words: Vec::new(),
        since: None,
        recent: Vec::new(),
        numbers: Vec::new(),
        named: Vec::new(),
    };
    // Whether the speaker is still inside an utterance: the held words may yet be continued ("Sustainable
    // Development" … "Goals"), even when the recogniser has no unstable words after them at the moment.
    let mut open = false;
    // Whether the recogniser has words after the stable ones that are not final yet: a number at the end is
    // held only while it has (the rest of "3억 5천만" is then still being decided).
    let mut unstable = false;
    let emit = |pending: &mut Pending,
                prompter: &mut Prompter,
                ended: bool,
                quiet: bool,
                on: &mut dyn FnMut(Heard) -> bool|
     -> bool {
        let held_long = pending
            .since
            .is_some_and(|t| t.elapsed() >= Duration::from_millis(HOLD_MS));
        for h in prompts_of(
            pack,
            prompter,
            pending,
            started_at,
            Hold {
                ended: ended || held_long,
                quiet,
            },
            started,
        ) {
            if !on(h) {
                return false;
            }
        }
        true
    };
    loop {
        let event = match listener.events().recv_timeout(Duration::from_millis(200)) {
            Ok(e) => e,
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => {
                if !emit(&mut pending, prompter, !open, !unstable, &mut on) {
                    return;
                }
                continue;
            }
            Err(crossbeam_channel::RecvTimeoutError::Disconnected) => {
                emit(&mut pending, prompter, true, true, &mut on);
                on(Heard::Finished);
                return;
            }
        };
        let go_on = match event {
            Event::Stable { mut words, .. } => {
                let again = repeated(&pending.recent, &words);
                words.drain(..again);
                if pending.words.is_empty() && !words.is_empty() {
                    pending.since = Some(Instant::now());
                }
                open |= !words.is_empty();
                pending.words.extend(words);
                emit(&mut pending, prompter, !open, !unstable, &mut on)
            }
            Event::Partial { text } => {
                unstable = !text.trim().is_empty();
                open |= unstable;
                emit(&mut pending, prompter, !open, !unstable, &mut on)
                    && on(Heard::Caption { text })
            }
            Event::UtteranceEnded => {
                // No word is coming that could continue the held ones.
                (open, unstable) = (false, false);
                emit(&mut pending, prompter, true, true, &mut on)
            }
            Event::State(s) => {
                // A pause or a stop ends what was being said: nothing more will follow the held words.
                let ended = !matches!(s, booth_listen::State::Listening);
                (!ended || emit(&mut pending, prompter, true, true, &mut on))
                    && on(Heard::State { state: s.into() })
            }
            Event::Level(l) => on(Heard::Level {
                rms: l.rms,
                peak: l.peak,
            }),
            Event::StepTimed { ms, .. } => on(Heard::Step { ms }),
            Event::SourceLost { message } => {
                emit(&mut pending, prompter, true, true, &mut on)
                    && on(Heard::Problem {
                        message: format!("audio source lost: {message}"),
                    })
            }
            Event::StepFailed { message } => on(Heard::Problem {
                message: format!("a transcription step failed: {message}"),
            }),
            Event::Finished => {
                emit(&mut pending, prompter, true, true, &mut on);
                on(Heard::Finished);
                return;
            }
            Event::Reheard { words } => {
                late_prompts(pack, prompter, &mut pending, &words, started_at, started)
                    .into_iter()
                    .all(&mut on)
            }
            Event::LanguageDetected { .. } | Event::LoopDropped { .. } => true,
        };
        if !go_on {
            return;
        }
    }
}

/// What may still follow the pending words.
#[derive(Debug, Clone, Copy)]
struct Hold {
    /// The utterance is over (or the words were held too long): nothing is held.
    ended: bool,
    /// The recogniser has no unstable words after them now: a number at the end is not held, a term that
    /// may grow still is.
    quiet: bool,
}

/// The prompts of the pending words that can be said now; the words a prompt at the end touches (or a
/// number word at the end) stay pending as `hold` says.
fn prompts_of(
    pack: &Pack,
    prompter: &mut Prompter,
    pending: &mut Pending,
    started_at: DateTime<Utc>,
    hold: Hold,
    started: Instant,
) -> Vec<Heard> {
    if pending.words.is_empty() {
        return Vec::new();
    }
    // The words joined by single spaces, and where each starts (in bytes).
    let mut text = String::new();
    let mut starts = Vec::with_capacity(pending.words.len());
    for w in &pending.words {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(&w.text);
    }
    let last_audio_ms = pending.words.last().map_or(0, |w| w.end_ms);
    let at = started_at + chrono::Duration::milliseconds(i64::try_from(last_audio_ms).unwrap_or(0));
    let ctx = Context {
        heard: true,
        ..context(&pack.agenda, at)
    };
    // How many words can go now.
    let mut ready = pending.words.len();
    if !hold.ended {
        let last_start = starts.last().copied().unwrap_or(0);
        let spots = pack.lexicon().spot(&text, &ctx);
        // A term or name that ends the words heard so far waits only if a longer one may still come
        // ("local" of "local government"; "Sustainable Development Goals" is whole and goes at once); a
        // number always waits for the next word (3억 … 5천만, 350 million … dollars).
        let touching = spots
            .iter()
            .filter(|s| s.span.end > last_start)
            .filter(|s| match s.what {
                What::Concept(_) | What::Person(_) => {
                    pack.lexicon().may_continue(&text[s.span.clone()])
                }
                What::Number(_) | What::NotAQuantity => !hold.quiet,
            })
            .map(|s| s.span.start)
            .min();
        // The earliest of the last three words that may begin a longer term ("local" → "local government").
        let n = pending.words.len();
        let begins_term = (n.saturating_sub(3)..n).find(|&i| {
            let tail: Vec<&str> = pending.words[i..].iter().map(|w| w.text.as_str()).collect();
            pack.lexicon().may_continue(&tail.join(" "))
        });
        let hold_from = match (touching, begins_term) {
            (Some(b), _) => Some(b),
            (None, Some(i)) => Some(starts[i]),
            (None, None) if !hold.quiet && may_continue_a_number(&pending.words[n - 1].text) => {
                Some(last_start)
            }
            (None, None) => None,
        };
        // Never cut through what was found: "capacity development" stays whole even though its
        // "development" may begin a longer term.
        let hold_from = hold_from.map(|mut b| {
            while let Some(s) = spots.iter().find(|s| s.span.start < b && b < s.span.end) {
                b = s.span.start;
            }
            b
        });
        if let Some(b) = hold_from {
            ready = starts.iter().take_while(|&&s| s < b).count();
            // A prompt that starts inside the first word holds everything.
            if ready > 0
                && starts[ready - 1] <= b
                && b < starts.get(ready).copied().unwrap_or(usize::MAX)
            {
                ready -= 1;
            }
        }
    }
    let said: Vec<Word> = pending.words.drain(..ready).collect();
    pending.recent.extend(said.iter().map(|w| w.text.clone()));
    let excess = pending.recent.len().saturating_sub(RECENT_WORDS);
    pending.recent.drain(..excess);
    pending.since = if pending.words.is_empty() {
        None
    } else if ready > 0 {
        Some(Instant::now())
    } else {
        pending.since
    };
    if said.is_empty() {
        return Vec::new();
    }
    let head_len = starts
        .get(said.len())
        .map_or(text.len(), |&s| s.saturating_sub(1));
    let head = &text[..head_len];
    let now_ms = said.last().map_or(0, |w| w.end_ms);
    let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let char_starts: Vec<usize> = starts[..said.len()]
        .iter()
        .map(|&b| head[..b.min(head.len())].chars().count())
        .collect();
    let numbers = &mut pending.numbers;
    numbers.retain(|&(_, end)| now_ms.saturating_sub(end) < SAME_NUMBER_MS);
    pending
        .named
        .retain(|&(_, _, end)| now_ms.saturating_sub(end) < 2 * SAME_SAYING_MS);
    // Only words two steps agreed on become prompts: each run of confirmed words is read on its own, so
    // a rewritten word is caption text only and no term is read across it (nor does it use a cool-down).
    // A rewritten stretch (unconfirmed words) still yields what the step before heard in its place too:
    // the same term, person or number in both versions was heard by two steps.
    let lexicon = pack.lexicon();
    let mut found = Vec::new();
    let mut w = 0;
    while w < said.len() {
        let confirmed = said[w].confirmed;
        let run_end = (w..said.len())
            .find(|&i| said[i].confirmed != confirmed || (i > w && said[i].heard_before.is_some()))
            .unwrap_or(said.len());
        let from = starts[w];
        let to = starts
            .get(run_end)
            .map_or(head.len(), |&s| s.saturating_sub(1));
        let part = &head[from..to];
        let prompts = if confirmed {
            prompter.prompts(lexicon, part, now_ms, &ctx)
        } else if let Some(before) = &said[w].heard_before {
            // Read with the few agreed words after it, both versions alike, so a name or term that ends
            // in them ("Pansuck" + "Kim") is seen; only what starts in the stretch is taken here.
            let next_end = (run_end..said.len())
                .take(4)
                .find(|&i| !said[i].confirmed)
                .unwrap_or(said.len().min(run_end + 4));
            let end = starts
                .get(next_end)
                .map_or(head.len(), |&s| s.saturating_sub(1));
            let following = head.get(to..end).unwrap_or_default();
            let heard_before = lexicon.spot(&format!("{before}{following}"), &ctx);
            let with_next = &head[from..end];
            let both: Vec<Spot> = lexicon
                .spot(with_next, &ctx)
                .into_iter()
                .filter(|s| s.span.start < part.len())
                .filter(|s| heard_before.iter().any(|b| b.what == s.what))
                .collect();
            prompter.prompts_of_spots(lexicon, with_next, both, now_ms)
        } else {
            Vec::new()
        };
        let offset = u32::try_from(char_starts[w]).unwrap_or(u32::MAX);
        for mut p in prompts {
            p.start += offset;
            p.end += offset;
            found.push(p);
        }
        w = run_end;
    }
    found
        .into_iter()
        .filter_map(|p| {
            // The audio time of the prompt's last word.
            let last_word = char_starts
                .iter()
                .rposition(|&c| c < p.end as usize)
                .unwrap_or(0);
            let audio_ms = said.get(last_word).map_or(now_ms, |w| w.end_ms);
            if p.kind == PromptKind::Number {
                let words = crate::text::caseless(&p.text);
                if numbers.iter().any(|(w, _)| *w == words) {
                    return None;
                }
                numbers.push((words, audio_ms));
            } else if let Some(i) = p.index {
                pending.named.push((p.kind, i, audio_ms));
            }
            Some(Heard::Prompt {
                audio_ms,
                elapsed_ms,
                prompt: Box::new(joined(pack, p)),
                late: false,
            })
        })
        .collect()
}

/// How far apart in the audio a term or person heard again is a second saying, not the first heard again.
const SAME_SAYING_MS: u64 = 10_000;

/// The terms and people in words the recogniser heard again over audio already made into prompts
/// ([`Event::Reheard`]: two steps agreed on them, as on any stable word) that were not prompted there: a
/// name or term heard right only once what followed it was heard. Numbers are not taken from a late
/// hearing: a number on screen that the next moment contradicts is worse than none. Words still held
/// (not yet made into prompts) are left to the stable words.
fn late_prompts(
    pack: &Pack,
    prompter: &mut Prompter,
    pending: &mut Pending,
    words: &[Word],
    started_at: DateTime<Utc>,
    started: Instant,
) -> Vec<Heard> {
    let Some(last) = words.last() else {
        return Vec::new();
    };
    let held_from = pending.words.first().map_or(u64::MAX, |w| w.start_ms);
    let mut text = String::new();
    let mut ends = Vec::with_capacity(words.len());
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&w.text);
        ends.push((text.len(), w.end_ms));
    }
    let at = started_at + chrono::Duration::milliseconds(i64::try_from(last.end_ms).unwrap_or(0));
    let ctx = Context {
        heard: true,
        ..context(&pack.agenda, at)
    };
    let end_of = |byte: usize| {
        ends.iter()
            .find(|&&(e, _)| e >= byte)
            .map_or(last.end_ms, |&(_, ms)| ms)
    };
    let lexicon = pack.lexicon();
    let named = &mut pending.named;
    named.retain(|&(_, _, ms)| last.end_ms.saturating_sub(ms) < 2 * SAME_SAYING_MS);
    let spots: Vec<Spot> = lexicon
        .spot(&text, &ctx)
        .into_iter()
        .filter(|s| {
            let (kind, i) = match s.what {
                What::Concept(i) => (PromptKind::Term, i),
                What::Person(i) => (PromptKind::Person, i),
                What::Number(_) | What::NotAQuantity => return false,
            };
            let ms = end_of(s.span.end);
            ms < held_from
                && !named
                    .iter()
                    .any(|&(k, j, at)| k == kind && j == i && at.abs_diff(ms) < SAME_SAYING_MS)
        })
        .collect();
    let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let mut char_ends: Vec<(usize, u64)> = Vec::with_capacity(ends.len());
    for &(byte, ms) in &ends {
        char_ends.push((text[..byte].chars().count(), ms));
    }
    prompter
        .prompts_of_spots(lexicon, &text, spots, last.end_ms)
        .into_iter()
        .map(|p| {
            let audio_ms = char_ends
                .iter()
                .find(|&&(c, _)| c >= p.end as usize)
                .map_or(last.end_ms, |&(_, ms)| ms);
            if let Some(i) = p.index {
                named.push((p.kind, i, audio_ms));
            }
            Heard::Prompt {
                audio_ms,
                elapsed_ms,
                prompt: Box::new(joined(pack, p)),
                late: true,
            }
        })
        .collect()
}

/// Whether a word may be the first part of a number still being said ("3억", "이천", "1.5", "350").
fn may_continue_a_number(word: &str) -> bool {
    const NUMERALS: &str = "일이삼사오육칠팔구십백천만억조경영공";
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    w.chars().any(|c| c.is_ascii_digit())
        || (!w.is_empty() && w.chars().all(|c| NUMERALS.contains(c)))
        || matches!(
            w.to_lowercase().as_str(),
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "hundred"
                | "thousand"
                | "million"
                | "billion"
                | "trillion"
                | "a"
                | "point"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use booth_prompts::PromptKind;

    fn pending(words: &[(&str, u64)]) -> Pending {
        Pending {
            words: words
                .iter()
                .map(|&(t, end)| Word::new(t, end.saturating_sub(300), end))
                .collect(),
            since: Some(Instant::now()),
            recent: Vec::new(),
            numbers: Vec::new(),
            named: Vec::new(),
        }
    }

    fn said(heard: &[Heard]) -> Vec<(PromptKind, String, u64)> {
        heard
            .iter()
            .filter_map(|h| match h {
                Heard::Prompt {
                    prompt, audio_ms, ..
                } => Some((prompt.prompt.kind, prompt.en.clone(), *audio_ms)),
                _ => None,
            })
            .collect()
    }

    /// The forum pack heard at 14:20 in Seoul with a fresh prompter: words are made final, prompts come out.
    struct Listener {
        pack: Pack,
        prompter: Prompter,
        pending: Pending,
        started: Instant,
    }

    impl Listener {
        fn new() -> Listener {
            Listener {
                pack: Pack::embedded().expect("forum pack"),
                prompter: Prompter::new(60_000),
                pending: pending(&[]),
                started: Instant::now(),
            }
        }

        /// `words` (text, end in ms of audio) made final; the prompts that can be said now.
        fn hear(&mut self, words: &[(&str, u64)], flush: bool) -> Vec<Heard> {
            self.pending.words.extend(pending(words).words);
            let at = "2021-07-07T05:20:00Z".parse().expect("instant");
            let (pack, prompter) = (&self.pack, &mut self.prompter);
            let hold = Hold {
                ended: flush,
                quiet: flush,
            };
            prompts_of(pack, prompter, &mut self.pending, at, hold, self.started)
        }
    }

    impl Listener {
        /// `words` heard again by two steps over audio already made final.
        fn hear_again(&mut self, words: &[(&str, u64)]) -> Vec<Heard> {
            let at = "2021-07-07T05:20:00Z".parse().expect("instant");
            let words = pending(words).words;
            let (pack, prompter) = (&self.pack, &mut self.prompter);
            late_prompts(pack, prompter, &mut self.pending, &words, at, self.started)
        }
    }

    #[test]
    fn a_term_heard_right_only_later_is_prompted_once_and_never_a_number() {
        let mut l = Listener::new();
        // Made final as tiny.en first heard it (eval/listen, en sentence 5).
        let first = [
            ("2.5", 1000),
            ("million", 1400),
            ("people", 1800),
            ("still", 2100),
            ("lack", 2400),
            ("mobile", 2800),
            ("drugs", 3300),
        ];
        let heard = l.hear(&first, true);
        assert_eq!(
            said(&heard),
            [(PromptKind::Number, "2.5 million people".to_owned(), 1800)]
        );
        // Two later steps agreed on "mobile broadband" over that audio, and on another number.
        let again = [
            ("3.5", 1000),
            ("million", 1400),
            ("people", 1800),
            ("still", 2100),
            ("lack", 2400),
            ("mobile", 2800),
            ("broadband.", 3300),
        ];
        assert_eq!(
            said(&l.hear_again(&again)),
            [(PromptKind::Term, "mobile broadband".to_owned(), 3300)]
        );
        // Told again (another stretch of the same hearing), it is not prompted twice.
        assert!(l.hear_again(&again[4..]).is_empty());
    }

    #[test]
    fn a_late_hearing_of_what_was_prompted_or_is_still_held_adds_nothing() {
        let mut l = Listener::new();
        let heard = l.hear(&[("for", 300), ("local", 700), ("government", 1200)], true);
        assert_eq!(said(&heard).len(), 1);
        // "local government" heard again where it was prompted: nothing new.
        assert!(l
            .hear_again(&[("for", 300), ("local", 700), ("government.", 1200)])
            .is_empty());
        // Words still held (a term that may grow) are the stable words' to prompt, not a late hearing's.
        assert!(l.hear(&[("and", 1500), ("local", 1900)], false).is_empty());
        assert!(l
            .hear_again(&[("and", 1500), ("local", 1900), ("finance", 2400)])
            .is_empty());
    }

    #[test]
    fn a_whole_term_at_the_end_goes_at_once_and_one_that_may_grow_waits() {
        let mut l = Listener::new();
        // Nothing in the forum's glossary is longer than "Sustainable Development Goals": no wait.
        let heard = l.hear(
            &[
                ("the", 300),
                ("Sustainable", 900),
                ("Development", 1400),
                ("Goals.", 1800),
            ],
            false,
        );
        assert_eq!(
            said(&heard),
            [(
                PromptKind::Term,
                "Sustainable Development Goals".to_owned(),
                1800
            )]
        );
        // "local" may become "local government": held until the next word says which.
        assert!(l.hear(&[("for", 2200), ("local", 2600)], false).is_empty());
        let heard = l.hear(&[("government", 3100), ("and", 3300)], false);
        assert_eq!(
            said(&heard),
            [(PromptKind::Term, "local government".to_owned(), 3100)]
        );
    }

    #[test]
    fn an_unconfirmed_word_is_no_prompt_and_no_term_is_read_across_it() {
        let words = [
            ("digital", 400),
            ("divide", 800),
            ("and", 1000),
            ("local", 1400),
            ("government", 2100),
            ("and", 2300),
            ("transparency", 2900),
        ];
        // All confirmed: three terms.
        let mut l = Listener::new();
        let all: Vec<String> = said(&l.hear(&words, true))
            .into_iter()
            .map(|(_, en, _)| en)
            .collect();
        assert_eq!(all, ["digital divide", "local government", "transparency"]);
        // "divide" and "government" were rewritten between steps and made final by a later agreed run.
        let mut l = Listener::new();
        l.pending.words = pending(&words).words;
        l.pending.words[1].confirmed = false;
        l.pending.words[4].confirmed = false;
        let heard = l.hear(&[], true);
        assert_eq!(
            said(&heard),
            [(PromptKind::Term, "transparency".to_owned(), 2900)],
            "neither 'digital divide' nor 'local government' has all its words confirmed"
        );
        // The unconfirmed mention used no cool-down: heard again, confirmed, it is prompted.
        let heard = l.hear(
            &[
                ("the", 3300),
                ("digital", 3700),
                ("divide", 4100),
                ("is", 4300),
            ],
            true,
        );
        assert_eq!(
            said(&heard),
            [(PromptKind::Term, "digital divide".to_owned(), 4100)]
        );
    }

    #[test]
    fn a_rewritten_stretch_still_gives_what_both_steps_heard_in_it() {
        let words = [
            ("the", 300),
            ("digital", 700),
            ("divide", 1100),
            ("grew", 1400),
            ("350", 1800),
            ("million", 2100),
            ("dollars", 2500),
            ("for", 2700),
            ("local", 3000),
            ("finance", 3400),
        ];
        let mut l = Listener::new();
        l.pending.words = pending(&words).words;
        // Steps disagreed on "the digital divide grew" (the step before heard "a digital divide through"),
        // and on "$350 million dollars for local finance" (before: "350 million dollars for vocal
        // violence"): the term and the number both versions name are prompted, the rest is not.
        for i in [0, 1, 2, 3] {
            l.pending.words[i].confirmed = false;
        }
        l.pending.words[0].heard_before = Some("a digital divide through".into());
        for i in 4..10 {
            l.pending.words[i].confirmed = false;
        }
        l.pending.words[4].heard_before = Some("350 million dollars for vocal violence".into());
        let heard = l.hear(&[], true);
        assert_eq!(
            said(&heard),
            [
                (PromptKind::Term, "digital divide".to_owned(), 1100),
                (PromptKind::Number, "350 million dollars".to_owned(), 2500),
            ],
            "not 'local finance': the step before did not hear it"
        );
    }

    #[test]
    fn a_rewritten_name_is_read_with_the_agreed_words_after_it() {
        let mut l = Listener::new();
        l.pending.words = pending(&[
            ("Pan", 400),
            ("suck", 700),
            ("Kim", 900),
            ("said", 1100),
            ("that", 1300),
        ])
        .words;
        l.pending.words[0].confirmed = false;
        l.pending.words[1].confirmed = false;
        l.pending.words[0].heard_before = Some("Pansuck".into());
        let heard = l.hear(&[], true);
        assert_eq!(
            said(&heard),
            [(PromptKind::Person, "Pan Suk Kim".to_owned(), 900)]
        );
    }

    #[test]
    fn a_term_whose_last_word_may_begin_another_is_held_whole() {
        let mut l = Listener::new();
        // "development" may begin a longer term, but it ends "capacity development": both wait together.
        assert!(l
            .hear(
                &[
                    ("joined", 300),
                    ("our", 500),
                    ("capacity", 900),
                    ("development", 1400)
                ],
                false
            )
            .is_empty());
        let heard = l.hear(&[("programs.", 1900), ("The", 2100)], false);
        assert_eq!(
            said(&heard),
            [(PromptKind::Term, "capacity development".to_owned(), 1400)]
        );
    }

    #[test]
    fn a_name_heard_a_letter_off_is_the_person() {
        let mut l = Listener::new();
        let heard = l.hear(
            &[
                ("Pansuck", 500),
                ("Kim", 800),
                ("said", 1000),
                ("that", 1200),
            ],
            false,
        );
        assert_eq!(
            said(&heard),
            [(PromptKind::Person, "Pan Suk Kim".to_owned(), 800)]
        );
    }

    #[test]
    fn a_number_still_being_said_is_held_until_it_is_whole() {
        let mut l = Listener::new();
        assert!(l.hear(&[("예산은", 400), ("3억", 900)], false).is_empty());
        assert_eq!(l.pending.words.len(), 1, "예산은 went, 3억 is held");
        // The amount touches the last word: still held (원이 might be followed by more).
        assert!(l.hear(&[("5천만", 1400), ("원이", 1700)], false).is_empty());
        let heard = l.hear(&[("필요합니다", 2300)], false);
        assert_eq!(
            said(&heard),
            [(PromptKind::Number, "350 million won".to_owned(), 1700)]
        );
        assert!(l.pending.words.is_empty());
        // The same words made final again across an utterance boundary: not a second prompt.
        let again = [
            ("3억", 2600),
            ("5천만", 3000),
            ("원이", 3300),
            ("필요합니다", 3900),
        ];
        assert!(said(&l.hear(&again, false)).is_empty());
    }

    #[test]
    fn a_term_at_the_end_waits_for_the_next_word_or_the_flush() {
        let mut l = Listener::new();
        assert!(l.hear(&[("the", 200), ("local", 600)], false).is_empty());
        assert!(l.hear(&[("government", 1100)], false).is_empty());
        let heard = l.hear(&[], true);
        assert_eq!(
            said(&heard),
            [(PromptKind::Term, "local government".to_owned(), 1100)]
        );
    }

    #[test]
    fn words_made_final_twice_are_recognised_as_a_repeat() {
        let recent: Vec<String> = ["local", "finance", "matters"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let again = pending(&[("finance", 100), ("matters", 200), ("today", 300)]).words;
        assert_eq!(repeated(&recent, &again), 2);
        let new = pending(&[("matters", 100), ("more", 200)]).words;
        assert_eq!(
            repeated(&recent, &new),
            0,
            "one word in common is not a repeat"
        );
    }

    #[test]
    fn words_that_may_begin_a_number() {
        for w in ["3억", "이천", "1.5", "350,", "million", "삼십"] {
            assert!(may_continue_a_number(w), "{w}");
        }
        for w in ["government", "지방정부", "이사업"] {
            assert!(!may_continue_a_number(w), "{w}");
        }
    }

    #[test]
    fn english_takes_the_english_model_where_it_is_and_a_chosen_model_wins_everywhere() {
        let chosen = tempfile::tempdir().expect("temp dir");
        let bundled = tempfile::tempdir().expect("temp dir");
        let put = |dir: &std::path::Path, name: &str| {
            std::fs::write(dir.join(name), b"model").expect("write");
            dir.join(name)
        };
        let dirs = [chosen.path().to_owned(), bundled.path().to_owned()];
        assert_eq!(model_in(&dirs, Language::English), None);

        let base = put(bundled.path(), DEFAULT_MODEL);
        assert_eq!(model_in(&dirs, Language::English), Some(base.clone()));
        let tiny = put(bundled.path(), ENGLISH_MODEL);
        assert_eq!(model_in(&dirs, Language::English), Some(tiny));
        assert_eq!(model_in(&dirs, Language::Korean), Some(base.clone()));
        assert_eq!(model_in(&dirs, Language::Auto), Some(base));

        // A model the user chose (kept in the data folder) listens in every language.
        let mine = put(chosen.path(), DEFAULT_MODEL);
        for language in [Language::English, Language::Korean, Language::Auto] {
            assert_eq!(model_in(&dirs, language), Some(mine.clone()));
        }
    }
}
