//! Input level metering and energy-based voice-activity detection.

use crate::resample::SAMPLE_RATE;

/// Level of a block of samples, for a meter.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Level {
    /// Root mean square, 0..=1 (full scale).
    pub rms: f32,
    /// Largest absolute sample, 0..=1.
    pub peak: f32,
}

impl Level {
    pub fn of(samples: &[f32]) -> Self {
        if samples.is_empty() {
            return Self {
                rms: 0.0,
                peak: 0.0,
            };
        }
        let mut sum = 0.0f64;
        let mut peak = 0.0f32;
        for &s in samples {
            sum += (s as f64) * (s as f64);
            peak = peak.max(s.abs());
        }
        Self {
            rms: (sum / samples.len() as f64).sqrt() as f32,
            peak: peak.min(1.0),
        }
    }

    /// RMS in dB full scale (−120 for digital silence).
    pub fn rms_dbfs(&self) -> f32 {
        to_dbfs(self.rms)
    }
}

fn to_dbfs(x: f32) -> f32 {
    if x <= 1e-6 {
        -120.0
    } else {
        20.0 * x.log10()
    }
}

/// Tuning of [`Vad`].
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VadConfig {
    /// Frames quieter than this (dBFS RMS) are never speech.
    pub min_speech_dbfs: f32,
    /// A frame is speech when it is this many dB above the tracked noise floor.
    pub margin_db: f32,
    /// Speech continues this long after the last loud frame (bridges pauses between words).
    pub hangover_ms: u32,
    /// Frames with a peak below this are digital silence (no signal at all).
    pub no_signal_peak: f32,
}

impl Default for VadConfig {
    fn default() -> Self {
        Self {
            min_speech_dbfs: -50.0,
            margin_db: 9.0,
            hangover_ms: 300,
            no_signal_peak: 1e-4,
        }
    }
}

/// Frame length used by the detector: 30 ms at 16 kHz.
pub const FRAME: usize = (SAMPLE_RATE as usize) * 30 / 1000;

/// Energy-based speech detector with an adaptive noise floor, fed 16 kHz samples.
///
/// The floor follows quiet frames quickly (down) and loud ones slowly (up), so steady
/// background noise (fans, hum, room tone) stops counting as speech within a few seconds,
/// while speech, which is intermittent, stays well above it.
#[derive(Debug, Clone)]
pub struct Vad {
    cfg: VadConfig,
    floor_db: f32,
    partial: Vec<f32>,
    hang_frames_left: u32,
    frames_seen: u64,
}

/// Per-frame decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameClass {
    /// No signal at all (peak below [`VadConfig::no_signal_peak`]).
    NoSignal,
    Silence,
    Speech,
}

impl Vad {
    pub fn new(cfg: VadConfig) -> Self {
        Self {
            cfg,
            floor_db: -70.0,
            partial: Vec::with_capacity(FRAME),
            hang_frames_left: 0,
            frames_seen: 0,
        }
    }

    pub fn config(&self) -> &VadConfig {
        &self.cfg
    }

    /// Current noise-floor estimate in dBFS.
    pub fn noise_floor_dbfs(&self) -> f32 {
        self.floor_db
    }

    /// Classify the complete 30 ms frames in `samples` (leftovers are kept for next time).
    pub fn push(&mut self, samples: &[f32], mut on_frame: impl FnMut(FrameClass)) {
        let mut rest = samples;
        while !rest.is_empty() {
            let take = (FRAME - self.partial.len()).min(rest.len());
            self.partial.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.partial.len() == FRAME {
                let level = Level::of(&self.partial);
                self.partial.clear();
                on_frame(self.classify(level));
            }
        }
    }

    fn classify(&mut self, level: Level) -> FrameClass {
        self.frames_seen += 1;
        if level.peak < self.cfg.no_signal_peak {
            self.hang_frames_left = 0;
            return FrameClass::NoSignal;
        }
        let db = level.rms_dbfs();
        // Noise floor: fast attack downwards, slow release upwards (~0.1 dB per frame,
        // i.e. ~3 dB/s), faster during the first second so it settles on startup.
        if db < self.floor_db {
            self.floor_db = 0.7 * self.floor_db + 0.3 * db;
        } else {
            let rise = if self.frames_seen < 33 { 1.0 } else { 0.1 };
            self.floor_db = (self.floor_db + rise).min(db);
        }
        let loud = db >= self.cfg.min_speech_dbfs && db >= self.floor_db + self.cfg.margin_db;
        if loud {
            self.hang_frames_left = self.cfg.hangover_ms.div_ceil(30);
            FrameClass::Speech
        } else if self.hang_frames_left > 0 {
            self.hang_frames_left -= 1;
            FrameClass::Speech
        } else {
            FrameClass::Silence
        }
    }

    /// Convenience: fraction of 30 ms frames of `samples` classified as speech.
    pub fn speech_fraction(&mut self, samples: &[f32]) -> f32 {
        let (mut speech, mut total) = (0u32, 0u32);
        self.push(samples, |c| {
            total += 1;
            if c == FrameClass::Speech {
                speech += 1;
            }
        });
        if total == 0 {
            0.0
        } else {
            speech as f32 / total as f32
        }
    }
}
