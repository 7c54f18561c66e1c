//! The streaming loop: fixed-step re-transcription of a sliding window, gated by voice
//! activity, stabilised with LocalAgreement, on a dedicated thread.
//!
//! Every `step_ms` of new audio (while someone is speaking) the last `window_ms` of audio is
//! transcribed again with a reduced encoder context (`audio_ctx`), a token cap and no
//! cross-step text context. The words after the last stable point are compared with the
//! previous step's; the common prefix becomes [`Event::Stable`]. When speech stops for
//! `utterance_end_ms`, one last step runs and everything pending is made stable. Silence
//! costs no whisper work at all.
//!
//! Why one file of this size: the [`Listener`] handle, its control messages and the engine thread's loop
//! are one protocol, read together; the configuration lives in [`crate::config`].

use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, unbounded, Receiver, RecvTimeoutError, Sender};
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperState};

pub use crate::config::{default_threads, Language, StreamConfig};
use crate::model::{ModelError, ModelInfo};
use crate::resample::SAMPLE_RATE;
use crate::source::{AudioMsg, AudioStream, Pacing};
use crate::vad::{FrameClass, Level, Vad};
use crate::words::{
    drop_repetition_loops, join, strip_non_speech, words_from_tokens, Agreement, TokenPiece, Word,
};

/// What the engine is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "state")]
pub enum State {
    Listening,
    /// Paused by the user, or the source stopped sending (a stalled device) until audio flows again.
    Paused,
    /// Audio is arriving faster than it is transcribed; steps are being skipped.
    FallingBehind {
        lag_ms: u64,
    },
    /// No signal at all (muted or disconnected input).
    NoSignal,
    Stopped,
}

/// Output of the engine.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "event")]
pub enum Event {
    /// Words that will not change any more, with their audio times.
    Stable {
        words: Vec<Word>,
        text: String,
    },
    /// Words two consecutive steps heard again, in agreement, over audio whose words are already stable,
    /// and heard differently from them ([`crate::words::Agreement::take_reheard`]): a late hearing of
    /// something said a moment ago. The stable words stand; a front end may take what is new here.
    Reheard {
        words: Vec<Word>,
    },
    /// The current unstable tail (may change or vanish), for a live caption.
    Partial {
        text: String,
    },
    State(State),
    /// One transcription step took `ms` for `audio_ms` of window audio.
    StepTimed {
        ms: u32,
        audio_ms: u32,
    },
    /// Input level, about every 50–100 ms.
    Level(Level),
    /// Language chosen for the current utterance (`Language::Auto`).
    LanguageDetected {
        code: String,
    },
    /// The speaker paused long enough to end an utterance (or listening paused or stopped): everything
    /// said so far is stable, and no word will continue it. Until then, the last stable words may be
    /// continued by the next ones even when no unstable words follow them yet.
    UtteranceEnded,
    /// A repetition loop was cut from a hypothesis.
    LoopDropped {
        words_dropped: usize,
    },
    /// The audio source failed (e.g. device unplugged). The engine stops.
    SourceLost {
        message: String,
    },
    /// A transcription step failed; the engine continues with the next one.
    StepFailed {
        message: String,
    },
    /// The source ended and everything was flushed; no more events follow.
    Finished,
}

#[derive(Debug, thiserror::Error)]
pub enum ListenError {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("invalid stream configuration: {0}")]
    Config(String),
    #[error("whisper: {0}")]
    Whisper(String),
    #[error("cannot start the recognition thread: {0}")]
    Thread(#[from] std::io::Error),
}

/// A loaded model, shareable between successive listening sessions.
#[derive(Clone)]
pub struct Recognizer {
    ctx: Arc<WhisperContext>,
    info: ModelInfo,
}

impl Recognizer {
    /// Check the file's header, then load it (CPU).
    pub fn load(path: impl AsRef<std::path::Path>) -> Result<Self, ModelError> {
        let (info, ctx) = crate::model::load(path)?;
        Ok(Self {
            ctx: Arc::new(ctx),
            info,
        })
    }

    pub fn info(&self) -> &ModelInfo {
        &self.info
    }

    /// Start transcribing `audio` on a new thread.
    pub fn listen(
        &self,
        config: StreamConfig,
        audio: AudioStream,
    ) -> Result<Listener, ListenError> {
        config.validate().map_err(ListenError::Config)?;
        if !self.info.multilingual && config.language != Language::English {
            return Err(ModelError::NotMultilingual {
                name: self.info.name(),
                language: config.language.code().into(),
            }
            .into());
        }
        let state = self
            .ctx
            .create_state()
            .map_err(|e| ListenError::Whisper(e.to_string()))?;
        let (ev_tx, ev_rx) = unbounded();
        let (ctl_tx, ctl_rx) = bounded(16);
        let engine = Engine::new(config, state, ev_tx, self.info.multilingual);
        let thread = std::thread::Builder::new()
            .name("booth-listen".into())
            .spawn(move || engine.run(audio, ctl_rx))?;
        Ok(Listener {
            ctl: ctl_tx,
            events: ev_rx,
            thread: Some(thread),
        })
    }
}

enum Control {
    Pause,
    Resume,
    Stop,
}

/// A running listening session. Dropping it stops the engine.
pub struct Listener {
    ctl: Sender<Control>,
    events: Receiver<Event>,
    thread: Option<JoinHandle<()>>,
}

impl Listener {
    pub fn events(&self) -> &Receiver<Event> {
        &self.events
    }

    /// Stop transcribing (pending words are made stable); audio is discarded until resumed.
    pub fn pause(&self) {
        let _ = self.ctl.send(Control::Pause);
    }

    pub fn resume(&self) {
        let _ = self.ctl.send(Control::Resume);
    }

    /// Stop and wait for the engine thread (at most one step).
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let _ = self.ctl.send(Control::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.shutdown();
    }
}

const MS: u64 = SAMPLE_RATE as u64 / 1000;
/// Audio kept after the voice-activity detector's last speech frame (which already includes its own
/// hangover) when a step is transcribed: room for a word's soft ending.
const TAIL_AFTER_SPEECH_MS: u64 = 200;

thread_local! {
    /// Deadline of the step running on this (engine) thread.
    static STEP_DEADLINE: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
}

/// whisper.cpp abort callback. Called on the engine thread between tokens (and possibly on
/// ggml worker threads, where no deadline is set and it answers "continue").
fn step_deadline_passed() -> bool {
    STEP_DEADLINE.with(|d| d.get().is_some_and(|t| Instant::now() > t))
}

struct Engine {
    cfg: StreamConfig,
    state: WhisperState,
    tx: Sender<Event>,
    multilingual: bool,
    vad: Vad,
    /// Audio of the current window; `window[0]` is stream sample `window_start`.
    window: Vec<f32>,
    window_start: u64,
    /// Stream samples received so far (including paused time).
    received: u64,
    /// `received` at the last step.
    stepped_at: u64,
    /// Stream sample just after the last speech frame.
    last_speech: Option<u64>,
    /// `last_speech` when the last step ran.
    last_step_speech: Option<u64>,
    /// Speech seen since the last flush.
    in_utterance: bool,
    utterance_speech_samples: u64,
    utterance_lang: Option<&'static str>,
    agreement: Agreement,
    last_partial: String,
    no_signal_run: u64,
    state_now: State,
    paused: bool,
    /// When the last audio arrived (real-time sources), and whether it has stopped coming: a device that
    /// stalls without failing shows as Paused until audio flows again.
    last_audio: Instant,
    stalled: bool,
}

/// How long a real-time source may send nothing before the state says Paused (a person must see it
/// within 1 s of a stall; a microphone sends every 10–100 ms).
const STALL: Duration = Duration::from_millis(500);

impl Engine {
    fn new(cfg: StreamConfig, state: WhisperState, tx: Sender<Event>, multilingual: bool) -> Self {
        Self {
            vad: Vad::new(cfg.vad),
            cfg,
            state,
            tx,
            multilingual,
            window: Vec::new(),
            window_start: 0,
            received: 0,
            stepped_at: 0,
            last_speech: None,
            last_step_speech: None,
            in_utterance: false,
            utterance_speech_samples: 0,
            utterance_lang: None,
            agreement: Agreement::new(),
            last_partial: String::new(),
            no_signal_run: 0,
            state_now: State::Stopped,
            paused: false,
            last_audio: Instant::now(),
            stalled: false,
        }
    }

    fn emit(&self, e: Event) {
        let _ = self.tx.send(e);
    }

    fn set_state(&mut self, s: State) {
        let same = match (self.state_now, s) {
            (State::FallingBehind { .. }, State::FallingBehind { .. }) => false,
            (a, b) => a == b,
        };
        if !same {
            self.state_now = s;
            self.emit(Event::State(s));
        }
    }

    fn run(mut self, audio: AudioStream, ctl: Receiver<Control>) {
        self.warm_up();
        self.set_state(State::Listening);
        self.last_audio = Instant::now();
        let step = self.cfg.step_ms as u64 * MS;
        let rx = audio.receiver().clone();
        let realtime = audio.pacing() == Pacing::RealTime;
        'outer: loop {
            // Control.
            while let Ok(c) = ctl.try_recv() {
                match c {
                    Control::Pause if !self.paused => {
                        self.end_utterance(false);
                        self.paused = true;
                        self.window.clear();
                        self.set_state(State::Paused);
                    }
                    Control::Resume if self.paused => {
                        self.paused = false;
                        self.window_start = self.received;
                        self.stepped_at = self.received;
                        self.set_state(State::Listening);
                    }
                    Control::Stop => {
                        self.end_utterance(true);
                        self.set_state(State::Stopped);
                        break 'outer;
                    }
                    _ => {}
                }
            }

            // Audio: wait for one step of new audio, then (real time) take whatever else queued.
            let mut ended = false;
            while self.received - self.stepped_at < step {
                match rx.recv_timeout(Duration::from_millis(50)) {
                    Ok(msg) => {
                        if !self.take(msg, &mut ended) {
                            break 'outer;
                        }
                        if ended {
                            break;
                        }
                    }
                    Err(RecvTimeoutError::Timeout) => {
                        if !ctl.is_empty() {
                            continue 'outer;
                        }
                        if realtime
                            && !self.paused
                            && !self.stalled
                            && self.last_audio.elapsed() >= STALL
                        {
                            self.stalled = true;
                            self.set_state(State::Paused);
                        }
                    }
                    Err(RecvTimeoutError::Disconnected) => {
                        ended = true;
                        break;
                    }
                }
            }
            if realtime && !ended {
                while let Ok(msg) = rx.try_recv() {
                    if !self.take(msg, &mut ended) {
                        break 'outer;
                    }
                    if ended {
                        break;
                    }
                }
                let backlog_ms = (self.received - self.stepped_at).saturating_sub(step) / MS;
                if !self.paused && backlog_ms > self.cfg.behind_ms as u64 {
                    self.set_state(State::FallingBehind { lag_ms: backlog_ms });
                } else if matches!(self.state_now, State::FallingBehind { .. }) {
                    self.set_state(State::Listening);
                }
            }
            if ended {
                if self.in_utterance && self.stepped_at < self.received {
                    self.step(true);
                }
                self.end_utterance(true);
                self.emit(Event::Finished);
                self.set_state(State::Stopped);
                break;
            }
            self.stepped_at = self.received;
            if self.paused {
                continue;
            }
            self.tick();
        }
        drop(audio);
    }

    /// Handles one audio message; when the source is lost, ends the utterance, says Stopped and returns false.
    fn take(&mut self, msg: AudioMsg, ended: &mut bool) -> bool {
        let alive = self.handle(msg, ended);
        if !alive {
            self.end_utterance(true);
            self.set_state(State::Stopped);
        }
        alive
    }

    /// Handle one audio message; false when the source is lost.
    fn handle(&mut self, msg: AudioMsg, ended: &mut bool) -> bool {
        match msg {
            AudioMsg::Frames(f) => {
                self.last_audio = Instant::now();
                if std::mem::take(&mut self.stalled) && !self.paused {
                    self.set_state(State::Listening);
                }
                let start = self.received;
                self.received += f.len() as u64;
                if self.paused {
                    self.window_start = self.received;
                    return true;
                }
                let mut offset = 0u64;
                let mut speech_end = None;
                let mut speech_samples = 0u64;
                let mut no_signal = self.no_signal_run;
                let frame = crate::vad::FRAME as u64;
                self.vad.push(&f, |c| {
                    offset += frame;
                    match c {
                        FrameClass::Speech => {
                            speech_end = Some(start + offset.min(f.len() as u64));
                            speech_samples += frame;
                            no_signal = 0;
                        }
                        FrameClass::Silence => no_signal = 0,
                        FrameClass::NoSignal => no_signal += frame,
                    }
                });
                self.no_signal_run = no_signal;
                if let Some(e) = speech_end {
                    self.last_speech = Some(e);
                    self.in_utterance = true;
                    self.utterance_speech_samples += speech_samples;
                }
                self.window.extend_from_slice(&f);
                if self.no_signal_run >= self.cfg.no_signal_ms as u64 * MS {
                    self.set_state(State::NoSignal);
                } else if self.state_now == State::NoSignal {
                    self.set_state(State::Listening);
                }
                true
            }
            AudioMsg::Level(l) => {
                self.emit(Event::Level(l));
                true
            }
            AudioMsg::Lost(m) => {
                self.emit(Event::SourceLost { message: m });
                false
            }
            AudioMsg::End => {
                *ended = true;
                true
            }
        }
    }

    /// Called once per step of new audio.
    fn tick(&mut self) {
        let speaking_recently = self.last_speech.is_some_and(|e| {
            self.received.saturating_sub(e) < self.cfg.utterance_end_ms as u64 * MS
        });
        if self.in_utterance && !speaking_recently {
            // Utterance over: one last look, then everything pending becomes stable.
            self.step(true);
            self.end_utterance(true);
            return;
        }
        if !self.in_utterance {
            // Silence: keep only the pre-roll, spend nothing.
            self.trim_to(
                self.received
                    .saturating_sub(self.cfg.preroll_ms as u64 * MS),
            );
            return;
        }
        // Keep the window within window_ms; words about to fall out are made stable.
        let new_start = self.received.saturating_sub(self.cfg.window_ms as u64 * MS);
        if new_start > self.window_start {
            let leaving_ms = (new_start + 500 * MS) / MS;
            let forced = self.agreement.force_until(leaving_ms);
            self.emit_stable(forced);
            self.trim_to(new_start);
        }
        // Do not re-transcribe more than `context_ms` of already stable audio.
        let stable_end = self.agreement.committed_end_ms() * MS;
        if let (Some(ctx), true) = (self.cfg.context_ms, stable_end > 0) {
            self.trim_to(stable_end.saturating_sub(ctx as u64 * MS));
        }
        // Nothing new said since the last step: the (voiced part of the) window is what whisper has
        // already transcribed, and a second identical answer is no agreement.
        if self.last_speech == self.last_step_speech {
            return;
        }
        self.step(false);
    }

    fn trim_to(&mut self, sample: u64) {
        if sample <= self.window_start {
            return;
        }
        let n = ((sample - self.window_start) as usize).min(self.window.len());
        self.window.drain(..n);
        self.window_start += n as u64;
    }

    /// Finish the current utterance: commit (or drop) pending words and reset the window.
    fn end_utterance(&mut self, commit: bool) {
        if commit {
            let words = self.agreement.flush();
            self.emit_stable(words);
        } else {
            self.agreement.discard_pending();
        }
        if self.in_utterance {
            self.emit(Event::UtteranceEnded);
        }
        if !self.last_partial.is_empty() {
            self.last_partial.clear();
            if self.cfg.partials {
                self.emit(Event::Partial {
                    text: String::new(),
                });
            }
        }
        self.in_utterance = false;
        self.utterance_speech_samples = 0;
        self.utterance_lang = None;
        self.trim_to(
            self.received
                .saturating_sub(self.cfg.preroll_ms as u64 * MS),
        );
    }

    fn emit_stable(&mut self, words: Vec<Word>) {
        if !words.is_empty() {
            let text = join(&words);
            self.emit(Event::Stable { words, text });
        }
    }

    /// Language of this step; None: wait (auto mode, not enough speech to decide yet).
    fn language_for_step(&mut self, last_step_of_utterance: bool) -> Option<&'static str> {
        match self.cfg.language {
            Language::English => Some("en"),
            Language::Korean => Some("ko"),
            Language::Auto if !self.multilingual => Some("en"),
            Language::Auto => {
                if let Some(l) = self.utterance_lang {
                    return Some(l);
                }
                if self.utterance_speech_samples < 2000 * MS && !last_step_of_utterance {
                    return None;
                }
                let lang = self.detect_en_ko().unwrap_or("en");
                self.utterance_lang = Some(lang);
                self.emit(Event::LanguageDetected { code: lang.into() });
                Some(lang)
            }
        }
    }

    /// Whisper's language probabilities for the window, restricted to English vs Korean.
    fn detect_en_ko(&mut self) -> Option<&'static str> {
        self.state.pcm_to_mel(&self.window, self.cfg.threads).ok()?;
        let (_, probs) = self.state.lang_detect(0, self.cfg.threads).ok()?;
        let en = *probs.get(whisper_rs::get_lang_id("en")? as usize)?;
        let ko = *probs.get(whisper_rs::get_lang_id("ko")? as usize)?;
        Some(if ko > en { "ko" } else { "en" })
    }

    fn params(&self, lang: &'static str) -> FullParams<'static, 'static> {
        let mut p = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        p.set_n_threads(self.cfg.threads as i32);
        p.set_language(Some(lang));
        p.set_translate(false);
        p.set_no_context(true);
        // One segment per step: the token cap then bounds the whole step (with several
        // segments whisper.cpp restarts decoding after each one, and a looping decoder can
        // fill the 224-token text context again and again).
        p.set_single_segment(true);
        p.set_token_timestamps(true);
        p.set_max_tokens(self.cfg.max_tokens_per_step as i32);
        p.set_audio_ctx(self.cfg.effective_audio_ctx() as i32);
        p.set_temperature(0.0);
        p.set_temperature_inc(if self.cfg.temperature_fallback {
            0.2
        } else {
            0.0
        });
        p.set_suppress_blank(true);
        p.set_suppress_nst(true);
        p.set_print_special(false);
        p.set_print_progress(false);
        p.set_print_realtime(false);
        p.set_print_timestamps(false);
        p
    }

    /// One silent decode at start-up: allocates whisper's buffers and sets the reduced
    /// encoder context in the state (so a later language detection uses it too).
    fn warm_up(&mut self) {
        let silence = vec![0.0f32; SAMPLE_RATE as usize];
        let lang = if self.multilingual && self.cfg.language == Language::Korean {
            "ko"
        } else {
            "en"
        };
        let mut p = self.params(lang);
        p.set_max_tokens(1);
        let _ = self.state.full(p, &silence);
    }

    /// Transcribe the window and feed the agreement.
    fn step(&mut self, last_of_utterance: bool) {
        if self.window.is_empty() {
            return;
        }
        let Some(lang) = self.language_for_step(last_of_utterance) else {
            return;
        };
        // The window's silent tail is not transcribed: with nothing to hear after the last speech, whisper
        // fills it with what it heard before — on a real speaker (tests/fixtures/jfk.wav) tiny.en wrote
        // "ask what you can do for your country" again and again into the trailing silence, and two
        // steps agreed on it.
        let voiced = self.last_speech.map_or(self.window.len(), |e| {
            (e.saturating_sub(self.window_start) + TAIL_AFTER_SPEECH_MS * MS) as usize
        });
        let audio_len = voiced.min(self.window.len());
        self.last_step_speech = self.last_speech;
        // whisper.cpp needs some audio; pad short windows with silence.
        let min_len = SAMPLE_RATE as usize * 11 / 10;
        let padded;
        let audio: &[f32] = if audio_len < min_len {
            padded = {
                let mut v = self.window[..audio_len].to_vec();
                v.resize(min_len, 0.0);
                v
            };
            &padded
        } else {
            &self.window[..audio_len]
        };
        let t = Instant::now();
        let mut params = self.params(lang);
        // The last step of an utterance has no budget: nothing would re-cover its words.
        if let Some(budget) = self.cfg.step_budget_ms.filter(|_| !last_of_utterance) {
            STEP_DEADLINE.with(|d| d.set(Some(t + Duration::from_millis(budget as u64))));
            // A fn item, i.e. a zero-sized callback: whisper-rs 0.16's
            // `set_abort_callback_safe` hands its trampoline a pointer to a boxed trait
            // object but reads it as the concrete closure type, which is only sound for a
            // closure without captures. (It also leaks a 16-byte box per call.)
            params.set_abort_callback_safe(step_deadline_passed);
        }
        let result = self.state.full(params, audio);
        STEP_DEADLINE.with(|d| d.set(None));
        let ms = t.elapsed().as_millis() as u32;
        self.emit(Event::StepTimed {
            ms,
            audio_ms: (audio_len as u64 / MS) as u32,
        });
        if let Err(e) = result {
            let message = match self.cfg.step_budget_ms {
                Some(b) if ms > b => format!("step aborted after {ms} ms (budget {b} ms): {e}"),
                _ => e.to_string(),
            };
            self.emit(Event::StepFailed { message });
            return;
        }
        let base_ms = self.window_start / MS;
        let end_ms = base_ms + audio_len as u64 / MS;
        let mut pieces = Vec::new();
        for seg in self.state.as_iter() {
            for i in 0..seg.n_tokens() {
                let Some(tok) = seg.get_token(i) else {
                    continue;
                };
                let data = tok.token_data();
                // Special and timestamp tokens are ≥ eot.
                if data.id >= self.eot() {
                    continue;
                }
                let Ok(bytes) = tok.to_bytes() else { continue };
                let t0 = base_ms + (data.t0.max(0) as u64) * 10;
                let t1 = base_ms + (data.t1.max(0) as u64) * 10;
                pieces.push(TokenPiece {
                    bytes: bytes.to_vec(),
                    start_ms: t0.min(end_ms),
                    end_ms: t1.min(end_ms).max(t0.min(end_ms)),
                });
            }
        }
        let mut words = words_from_tokens(&pieces);
        strip_non_speech(&mut words);
        let before = words.len();
        if drop_repetition_loops(&mut words) {
            self.emit(Event::LoopDropped {
                words_dropped: before - words.len(),
            });
        }
        if std::env::var_os("BOOTH_LISTEN_DEBUG").is_some() {
            eprintln!(
                "step @{}ms window {}..{}ms (speech until {:?} ms): {:?}",
                self.received / MS,
                base_ms,
                end_ms,
                self.last_speech.map(|e| e / MS),
                words
                    .iter()
                    .map(|w| format!("{}[{}-{}]", w.text, w.start_ms, w.end_ms))
                    .collect::<Vec<_>>()
            );
        }
        let stable = self.agreement.update(&words);
        if std::env::var_os("BOOTH_LISTEN_DEBUG").is_some() && !stable.is_empty() {
            eprintln!("stable: {}", join(&stable));
        }
        self.emit_stable(stable);
        for words in self.agreement.take_reheard() {
            if std::env::var_os("BOOTH_LISTEN_DEBUG").is_some() {
                eprintln!("heard again: {}", join(&words));
            }
            self.emit(Event::Reheard { words });
        }
        if self.cfg.partials {
            let partial = join(self.agreement.pending());
            if partial != self.last_partial {
                self.last_partial = partial.clone();
                self.emit(Event::Partial { text: partial });
            }
        }
    }

    fn eot(&self) -> i32 {
        if self.multilingual {
            50257
        } else {
            50256
        }
    }
}

#[cfg(test)]
#[path = "stream_tests.rs"]
mod tests;
