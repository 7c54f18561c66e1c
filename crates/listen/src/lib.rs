//! Streaming speech recognition for Booth (English and Korean), built on whisper.cpp.
//!
//! - [`model`]: check a whisper.cpp model file without loading it; load it.
//! - [`source`]: 16 kHz mono audio from WAV files or sample buffers; [`capture`] (feature
//!   `capture`) from input devices.
//! - [`stream`]: the streaming loop ([`Recognizer::listen`]) and its [`Event`]s.
//! - [`words`], [`vad`], [`resample`]: the pure parts, usable and testable alone.
//!
//! The crate knows nothing about events packs, glossaries or windows.

#![forbid(unsafe_code)]

#[cfg(feature = "capture")]
pub mod capture;
pub mod config;
pub mod model;
pub mod resample;
pub mod source;
pub mod stream;
pub mod vad;
pub mod words;

pub use model::{inspect, ModelError, ModelInfo, ModelKind, Quantization};
pub use source::{AudioMsg, AudioStream, Pacing, SourceError};
pub use stream::{Event, Language, ListenError, Listener, Recognizer, State, StreamConfig};
pub use vad::{Level, VadConfig};
pub use words::Word;

/// Route whisper.cpp / ggml logging away from stderr (idempotent).
pub fn quiet_whisper_logs() {
    whisper_rs::install_logging_hooks();
}
