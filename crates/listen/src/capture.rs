//! Live capture from an input device with cpal (feature `capture`).
//!
//! The cpal stream lives on its own thread (cpal streams are not `Send` on every platform);
//! the data callback converts to mono f32, resamples to 16 kHz, and forwards frames and
//! ~50 ms level readings. Device loss arrives as [`AudioMsg::Lost`], never as a panic.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use crossbeam_channel::bounded;

use crate::resample::{Resampler16k, SAMPLE_RATE};
use crate::source::{send, AudioMsg, AudioStream, Pacing, SourceError};
use crate::vad::Level;

/// An input device as the user sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DeviceInfo {
    pub name: String,
    pub is_default: bool,
    /// Default input rate and channel count, when the device reports them.
    pub sample_rate: Option<u32>,
    pub channels: Option<u16>,
}

/// Input devices of the default host. An empty list is not an error (no hardware).
pub fn list_devices() -> Result<Vec<DeviceInfo>, SourceError> {
    let host = cpal::default_host();
    let default_name = host.default_input_device().and_then(|d| d.name().ok());
    let devices = host
        .input_devices()
        .map_err(|e| SourceError::Device(e.to_string()))?;
    Ok(devices
        .filter_map(|d| {
            let name = d.name().ok()?;
            let cfg = d.default_input_config().ok();
            Some(DeviceInfo {
                is_default: Some(&name) == default_name.as_ref(),
                sample_rate: cfg.as_ref().map(|c| c.sample_rate().0),
                channels: cfg.as_ref().map(|c| c.channels()),
                name,
            })
        })
        .collect())
}

/// The default input device, if any.
pub fn default_device() -> Option<DeviceInfo> {
    let d = cpal::default_host().default_input_device()?;
    let cfg = d.default_input_config().ok();
    Some(DeviceInfo {
        name: d.name().ok()?,
        is_default: true,
        sample_rate: cfg.as_ref().map(|c| c.sample_rate().0),
        channels: cfg.as_ref().map(|c| c.channels()),
    })
}

/// Start capturing from the named device (`None`: the default input device).
pub fn open(device_name: Option<&str>) -> Result<AudioStream, SourceError> {
    let wanted = device_name.map(str::to_owned);
    let (tx, rx) = bounded::<AudioMsg>(256);
    let (ready_tx, ready_rx) = bounded::<Result<String, SourceError>>(1);
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let thread = std::thread::Builder::new()
        .name("booth-listen-capture".into())
        .spawn(move || {
            let host = cpal::default_host();
            let device = match &wanted {
                None => host.default_input_device(),
                Some(n) => host
                    .input_devices()
                    .ok()
                    .and_then(|mut it| it.find(|d| d.name().ok().as_deref() == Some(n))),
            };
            let Some(device) = device else {
                let _ = ready_tx.send(Err(SourceError::Device(match &wanted {
                    Some(n) => format!("no input device named {n:?}"),
                    None => "no default input device".into(),
                })));
                return;
            };
            let name = device.name().unwrap_or_else(|_| "unnamed device".into());
            let config = match device.default_input_config() {
                Ok(c) => c,
                Err(e) => {
                    let _ = ready_tx.send(Err(SourceError::Device(format!("{name}: {e}"))));
                    return;
                }
            };
            let channels = config.channels() as usize;
            let rate = config.sample_rate().0;
            let mut resampler = match Resampler16k::new(rate) {
                Ok(r) => r,
                Err(e) => {
                    let _ = ready_tx.send(Err(e.into()));
                    return;
                }
            };
            let lost = Arc::new(AtomicBool::new(false));
            let (data_tx, err_tx, stop_cb, lost_cb) =
                (tx.clone(), tx.clone(), stop2.clone(), lost.clone());
            let mut out = Vec::with_capacity(SAMPLE_RATE as usize / 10);
            let mut meter: Vec<f32> = Vec::with_capacity(SAMPLE_RATE as usize / 20);
            let mut on_samples = move |mono: &[f32]| {
                out.clear();
                if resampler.push(mono, &mut out).is_err() || out.is_empty() {
                    return;
                }
                meter.extend_from_slice(&out);
                if meter.len() >= SAMPLE_RATE as usize / 20 {
                    // try_send: the audio callback must never block.
                    let _ = data_tx.try_send(AudioMsg::Level(Level::of(&meter)));
                    meter.clear();
                }
                if data_tx.try_send(AudioMsg::Frames(out.clone())).is_err()
                    && !stop_cb.load(Ordering::Relaxed)
                {
                    // Consumer is far behind (256 queued chunks): dropping is the only option
                    // in a real-time callback; the engine reports the lag it sees.
                }
            };
            let err_fn = move |e: cpal::StreamError| {
                if !lost_cb.swap(true, Ordering::SeqCst) {
                    let _ = err_tx.try_send(AudioMsg::Lost(e.to_string()));
                }
            };
            let stream_cfg: cpal::StreamConfig = config.clone().into();
            let built = match config.sample_format() {
                cpal::SampleFormat::F32 => device.build_input_stream(
                    &stream_cfg,
                    move |d: &[f32], _: &_| on_samples(&to_mono(d, channels)),
                    err_fn,
                    None,
                ),
                cpal::SampleFormat::I16 => int_input(
                    &device,
                    &stream_cfg,
                    channels,
                    on_samples,
                    err_fn,
                    |s: i16| s as f32 / 32768.0,
                ),
                cpal::SampleFormat::I32 => int_input(
                    &device,
                    &stream_cfg,
                    channels,
                    on_samples,
                    err_fn,
                    |s: i32| s as f32 / 2_147_483_648.0,
                ),
                cpal::SampleFormat::U16 => int_input(
                    &device,
                    &stream_cfg,
                    channels,
                    on_samples,
                    err_fn,
                    |s: u16| (s as f32 - 32768.0) / 32768.0,
                ),
                other => {
                    let _ = ready_tx.send(Err(SourceError::Device(format!(
                        "{name}: unsupported sample format {other:?}"
                    ))));
                    return;
                }
            };
            let stream = match built {
                Ok(s) => s,
                Err(e) => {
                    let _ = ready_tx.send(Err(SourceError::Device(format!("{name}: {e}"))));
                    return;
                }
            };
            if let Err(e) = stream.play() {
                let _ = ready_tx.send(Err(SourceError::Device(format!("{name}: {e}"))));
                return;
            }
            let _ = ready_tx.send(Ok(name));
            while !stop2.load(Ordering::SeqCst) && !lost.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
            }
            drop(stream);
            if !lost.load(Ordering::SeqCst) {
                send(&tx, &stop2, AudioMsg::End);
            }
        })?;
    match ready_rx.recv_timeout(Duration::from_secs(10)) {
        Ok(Ok(name)) => Ok(AudioStream::new(rx, Pacing::RealTime, stop, thread, name)),
        Ok(Err(e)) => Err(e),
        Err(_) => {
            stop.store(true, Ordering::SeqCst);
            Err(SourceError::Device(
                "audio device did not start within 10 s".into(),
            ))
        }
    }
}

/// An input stream of integer samples: each callback converts its samples to f32 (`to_f32`), then
/// downmixes them, so that every integer format takes the one path.
fn int_input<T: cpal::SizedSample + 'static>(
    device: &cpal::Device,
    config: &cpal::StreamConfig,
    channels: usize,
    mut on_samples: impl FnMut(&[f32]) + Send + 'static,
    on_error: impl FnMut(cpal::StreamError) + Send + 'static,
    to_f32: fn(T) -> f32,
) -> Result<cpal::Stream, cpal::BuildStreamError> {
    device.build_input_stream(
        config,
        move |d: &[T], _: &_| {
            let f: Vec<f32> = d.iter().map(|&s| to_f32(s)).collect();
            on_samples(&to_mono(&f, channels))
        },
        on_error,
        None,
    )
}

fn to_mono(data: &[f32], channels: usize) -> Vec<f32> {
    crate::resample::downmix(data, channels)
}
