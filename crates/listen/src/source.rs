//! Audio in: 16 kHz mono f32 frames from a WAV file, a sample buffer or (feature
//! `capture`) a live input device.
//!
//! Every source runs on its own thread and delivers [`AudioMsg`]s through a bounded
//! channel; an [`AudioStream`] owns that thread and stops it when dropped.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, Sender};

use crate::resample::{downmix, resample_to_16k, ResampleError, Resampler16k, SAMPLE_RATE};
use crate::vad::Level;

/// One message from a source.
#[derive(Debug, Clone)]
pub enum AudioMsg {
    /// 16 kHz mono samples, in order, without gaps.
    Frames(Vec<f32>),
    /// Input level of the audio just delivered, about every 50 ms (for a meter).
    Level(Level),
    /// The device went away or failed; no more audio will come.
    Lost(String),
    /// End of a finite source.
    End,
}

/// Whether a source delivers audio at the pace of a clock or as fast as it can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Pacing {
    /// Wall-clock pace, like a microphone. The engine drops steps when it falls behind.
    RealTime,
    /// As fast as the consumer takes it; the engine processes every step.
    AsFastAsPossible,
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read WAV file {path}: {source}")]
    Wav {
        path: PathBuf,
        #[source]
        source: hound::Error,
    },
    #[error("{path}: unsupported WAV format ({what})")]
    WavFormat { path: PathBuf, what: String },
    #[error(transparent)]
    Resample(#[from] ResampleError),
    #[error("audio device: {0}")]
    Device(String),
    #[error("cannot start audio thread: {0}")]
    Thread(#[from] std::io::Error),
}

/// A running audio source.
pub struct AudioStream {
    rx: Receiver<AudioMsg>,
    pacing: Pacing,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    description: String,
}

impl AudioStream {
    pub(crate) fn new(
        rx: Receiver<AudioMsg>,
        pacing: Pacing,
        stop: Arc<AtomicBool>,
        thread: JoinHandle<()>,
        description: String,
    ) -> Self {
        Self {
            rx,
            pacing,
            stop,
            thread: Some(thread),
            description,
        }
    }

    pub fn pacing(&self) -> Pacing {
        self.pacing
    }

    /// Human-readable origin (file name or device name).
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The receiving end (the engine uses it; also handy for a meter without an engine).
    pub fn receiver(&self) -> &Receiver<AudioMsg> {
        &self.rx
    }
}

impl Drop for AudioStream {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Unblock a producer waiting on a full channel.
        while self.rx.try_recv().is_ok() {}
        if let Some(t) = self.thread.take() {
            let deadline = Instant::now() + Duration::from_secs(2);
            while !t.is_finished() && Instant::now() < deadline {
                while self.rx.try_recv().is_ok() {}
                std::thread::sleep(Duration::from_millis(5));
            }
            if t.is_finished() {
                let _ = t.join();
            }
        }
    }
}

/// Decoded audio file: 16 kHz mono, plus what it was before conversion.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub samples: Vec<f32>,
    pub original_rate: u32,
    pub original_channels: u16,
}

type WavSamples = Box<dyn Iterator<Item = Result<f32, hound::Error>> + Send>;

/// Opens a WAV file (8/16/24/32-bit integer or 32-bit float PCM, any rate, any channel count) and returns
/// its format and its samples as f32 in -1..1, interleaved, read lazily.
fn open_wav(path: &Path) -> Result<(hound::WavSpec, WavSamples), SourceError> {
    let wav_err = |source| SourceError::Wav {
        path: path.to_path_buf(),
        source,
    };
    let reader = hound::WavReader::open(path).map_err(wav_err)?;
    let spec = reader.spec();
    if spec.channels == 0 {
        return Err(SourceError::WavFormat {
            path: path.to_path_buf(),
            what: "0 channels".into(),
        });
    }
    let samples: WavSamples = match spec.sample_format {
        hound::SampleFormat::Float if spec.bits_per_sample == 32 => {
            Box::new(reader.into_samples::<f32>())
        }
        hound::SampleFormat::Int if (1..=32).contains(&spec.bits_per_sample) => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample - 1)) as f32;
            Box::new(
                reader
                    .into_samples::<i32>()
                    .map(move |s| s.map(|v| v as f32 * scale)),
            )
        }
        _ => {
            return Err(SourceError::WavFormat {
                path: path.to_path_buf(),
                what: format!("{:?} {} bits", spec.sample_format, spec.bits_per_sample),
            })
        }
    };
    Ok((spec, samples))
}

/// Read a whole WAV file into 16 kHz mono (tests, the evaluation; playing a file uses [`wav_file`]).
pub fn read_wav(path: impl AsRef<Path>) -> Result<Decoded, SourceError> {
    let path = path.as_ref();
    let (spec, samples) = open_wav(path)?;
    let interleaved: Vec<f32> =
        samples
            .collect::<Result<_, _>>()
            .map_err(|source| SourceError::Wav {
                path: path.to_path_buf(),
                source,
            })?;
    let mono = downmix(&interleaved, spec.channels as usize);
    let samples = resample_to_16k(&mono, spec.sample_rate)?;
    Ok(Decoded {
        samples,
        original_rate: spec.sample_rate,
        original_channels: spec.channels,
    })
}

/// Play a WAV file into the engine, reading it as it plays (100 ms at a time), so that a two-hour
/// recording costs no more memory than a short one. A read error part-way (a truncated file) ends the
/// stream with [`AudioMsg::Lost`] naming the file, after the audio before it.
pub fn wav_file(path: impl AsRef<Path>, pacing: Pacing) -> Result<AudioStream, SourceError> {
    let path = path.as_ref();
    let (spec, mut samples) = open_wav(path)?;
    let mut resampler = Resampler16k::new(spec.sample_rate)?;
    let name = path.display().to_string();
    let channels = spec.channels as usize;
    let per_chunk = (spec.sample_rate as usize / 10).max(1) * channels;
    let mut done = false;
    let file = name.clone();
    let chunks = std::iter::from_fn(move || {
        while !done {
            let interleaved: Result<Vec<f32>, hound::Error> =
                samples.by_ref().take(per_chunk).collect();
            let mut out = Vec::new();
            let pushed = match interleaved {
                Err(e) => {
                    done = true;
                    return Some(Err(format!("{file}: {e}")));
                }
                Ok(chunk) if chunk.is_empty() => {
                    done = true;
                    resampler.finish(&mut out)
                }
                Ok(chunk) => resampler.push(&downmix(&chunk, channels), &mut out),
            };
            match pushed {
                Err(e) => {
                    done = true;
                    return Some(Err(format!("{file}: {e}")));
                }
                Ok(()) if !out.is_empty() => return Some(Ok(out)),
                Ok(()) => {}
            }
        }
        None
    });
    play(chunks, pacing, name)
}

/// Play 16 kHz mono samples into the engine (tests, pre-recorded audio).
pub fn samples(
    samples: Vec<f32>,
    pacing: Pacing,
    description: impl Into<String>,
) -> Result<AudioStream, SourceError> {
    const CHUNK: usize = SAMPLE_RATE as usize / 10;
    let starts = (0..samples.len()).step_by(CHUNK);
    let chunks = starts.map(move |i| Ok(samples[i..(i + CHUNK).min(samples.len())].to_vec()));
    play(chunks, pacing, description.into())
}

/// Sends 16 kHz chunks on a thread of their own, at the pace asked, then [`AudioMsg::End`]; an `Err`
/// becomes [`AudioMsg::Lost`]. The queue holds about 2 s, which bounds memory when playing as fast as
/// the engine takes it.
fn play(
    chunks: impl Iterator<Item = Result<Vec<f32>, String>> + Send + 'static,
    pacing: Pacing,
    description: String,
) -> Result<AudioStream, SourceError> {
    let (tx, rx) = bounded(40);
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let thread = std::thread::Builder::new()
        .name("booth-listen-file".into())
        .spawn(move || {
            let start = Instant::now();
            let mut sent = 0usize;
            for chunk in chunks {
                if stop2.load(Ordering::SeqCst) {
                    return;
                }
                let chunk = match chunk {
                    Ok(c) => c,
                    Err(m) => {
                        send(&tx, &stop2, AudioMsg::Lost(m));
                        return;
                    }
                };
                if pacing == Pacing::RealTime {
                    let due = start + Duration::from_secs_f64(sent as f64 / SAMPLE_RATE as f64);
                    let now = Instant::now();
                    if due > now {
                        std::thread::sleep(due - now);
                    }
                }
                let n = chunk.len();
                if !send(&tx, &stop2, AudioMsg::Level(Level::of(&chunk)))
                    || !send(&tx, &stop2, AudioMsg::Frames(chunk))
                {
                    return;
                }
                sent += n;
            }
            if pacing == Pacing::RealTime {
                let due = start + Duration::from_secs_f64(sent as f64 / SAMPLE_RATE as f64);
                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                    std::thread::sleep(wait);
                }
            }
            send(&tx, &stop2, AudioMsg::End);
        })?;
    Ok(AudioStream::new(rx, pacing, stop, thread, description))
}

/// Send, giving up when the stream is stopped or the receiver is gone.
pub(crate) fn send(tx: &Sender<AudioMsg>, stop: &AtomicBool, mut msg: AudioMsg) -> bool {
    loop {
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        match tx.send_timeout(msg, Duration::from_millis(100)) {
            Ok(()) => return true,
            Err(crossbeam_channel::SendTimeoutError::Timeout(m)) => msg = m,
            Err(crossbeam_channel::SendTimeoutError::Disconnected(_)) => return false,
        }
    }
}
