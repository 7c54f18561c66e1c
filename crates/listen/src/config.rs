//! What a listening session is asked to do: the spoken language and the knobs of the streaming loop
//! ([`crate::stream`]), with the defaults measured on a 2-core machine.

use crate::vad::VadConfig;

/// Spoken language to transcribe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Language {
    English,
    Korean,
    /// Decide per utterance between English and Korean: one language-detection pass once an
    /// utterance has 2 s of speech (or ends); no transcription before that.
    Auto,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Korean => "ko",
            Self::Auto => "auto",
        }
    }

    /// Parse `en`, `ko` or `auto`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Self::English),
            "ko" | "korean" => Some(Self::Korean),
            "auto" => Some(Self::Auto),
            _ => None,
        }
    }
}

/// Knobs of the streaming loop. `Default` is tuned for a 2-core machine with `base`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StreamConfig {
    pub language: Language,
    /// New audio between two transcriptions. 500 ms: on the English evaluation (tiny.en, one thread, real
    /// time) it gave a prompt latency of 1.1 s median / 1.8 s p95 against 2.0 / 6.3 s with 1000 ms, with
    /// no loss of precision; a step that takes longer than this simply makes the next one start at once.
    pub step_ms: u32,
    /// Length of the re-transcribed window.
    pub window_ms: u32,
    /// Encoder context in 20 ms frames; `None`: window + 1 s (1500 is whisper's full 30 s).
    pub audio_ctx: Option<u32>,
    /// Cap on generated tokens per segment per step (bounds the cost of a decoder loop).
    pub max_tokens_per_step: u32,
    /// whisper.cpp compute threads; default `min(2, cores - 1)`, at least 1.
    pub threads: usize,
    /// Allow whisper's temperature fallback (one retry at 0.2) when decoding looks degenerate.
    /// Off by default: a retry doubles the step time and loops are dropped anyway.
    pub temperature_fallback: bool,
    pub vad: VadConfig,
    /// Silence after speech that ends an utterance (flushes pending words).
    pub utterance_end_ms: u32,
    /// Audio kept before detected speech onset.
    pub preroll_ms: u32,
    /// If set, the window starts at `max(now - window_ms, stable_end - context_ms)`, so stable
    /// words are not decoded again (fewer tokens per step). Off by default: on the English
    /// test speech, `Some(1500)` saved ~20 % of step time but lost ~15 of 140 words (whisper
    /// is less consistent on a window that starts mid-sentence).
    pub context_ms: Option<u32>,
    /// Report [`State::NoSignal`] after this long without any signal.
    pub no_signal_ms: u32,
    /// Report [`State::FallingBehind`] when unprocessed audio exceeds this.
    pub behind_ms: u32,
    /// Emit [`Event::Partial`] with the unstable tail after each step.
    pub partials: bool,
    /// Abort a step that takes longer than this (whisper.cpp checks between tokens); the
    /// step's result is lost and the next step covers the same audio again. Not applied to
    /// the last step of an utterance. `None`: no limit.
    pub step_budget_ms: Option<u32>,
}

impl Default for StreamConfig {
    fn default() -> Self {
        Self {
            language: Language::English,
            step_ms: 500,
            window_ms: 8000,
            audio_ctx: None,
            max_tokens_per_step: 64,
            threads: default_threads(),
            temperature_fallback: false,
            vad: VadConfig::default(),
            utterance_end_ms: 700,
            preroll_ms: 300,
            context_ms: None,
            no_signal_ms: 3000,
            behind_ms: 2000,
            partials: true,
            step_budget_ms: Some(5000),
        }
    }
}

/// `min(2, available cores - 1)`, at least 1.
pub fn default_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.saturating_sub(1).clamp(1, 2)
}

impl StreamConfig {
    /// Encoder context actually used, in 20 ms frames.
    pub fn effective_audio_ctx(&self) -> u32 {
        self.audio_ctx
            .unwrap_or((self.window_ms + 1000).div_ceil(20))
            .clamp(64, 1500)
    }

    /// Why this configuration cannot run, if it cannot.
    pub(crate) fn validate(&self) -> Result<(), String> {
        let bad = |what: &str| Err(what.to_owned());
        if !(100..=10_000).contains(&self.step_ms) {
            return bad("step_ms must be 100..=10000");
        }
        if self.window_ms < self.step_ms.max(1000) || self.window_ms > 30_000 {
            return bad("window_ms must be ≥ max(step_ms, 1000) and ≤ 30000");
        }
        if (self.effective_audio_ctx() as u64) * 20 < self.window_ms as u64 {
            return bad("audio_ctx is shorter than the window (20 ms per frame)");
        }
        if self.threads == 0 {
            return bad("threads must be ≥ 1");
        }
        if self.max_tokens_per_step == 0 {
            return bad("max_tokens_per_step must be ≥ 1");
        }
        Ok(())
    }
}
