//! VAD on synthetic signals, resampling and WAV decoding. No model, no audio hardware.

use std::f32::consts::PI;

use booth_listen::resample::{resample_to_16k, Resampler16k};
use booth_listen::source::{self, AudioMsg, Pacing};
use booth_listen::vad::{FrameClass, Level, Vad, VadConfig, FRAME};

/// Deterministic white noise in [-amp, amp] (xorshift).
fn noise(n: usize, amp: f32, seed: u64) -> Vec<f32> {
    let mut s = seed.max(1);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            ((s >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * amp
        })
        .collect()
}

fn tone(n: usize, freq: f32, rate: f32, amp: f32) -> Vec<f32> {
    (0..n)
        .map(|i| amp * (2.0 * PI * freq * i as f32 / rate).sin())
        .collect()
}

/// Least-squares fit of a sinusoid of known frequency to `x` (whose first sample is output
/// sample `offset` at 16 kHz): (amplitude, delay in samples relative to a zero-phase sine,
/// RMS of what the sine does not explain).
fn fit_sine(x: &[f32], offset: usize, freq: f32) -> (f32, f32, f32) {
    let w = 2.0 * std::f64::consts::PI * freq as f64 / 16000.0;
    let (mut ss, mut sc) = (0.0f64, 0.0f64);
    for (i, &v) in x.iter().enumerate() {
        let t = w * (i + offset) as f64;
        ss += v as f64 * t.sin();
        sc += v as f64 * t.cos();
    }
    let n = x.len() as f64;
    let (a, b) = (2.0 * ss / n, 2.0 * sc / n);
    let amp = (a * a + b * b).sqrt();
    // x ≈ amp·sin(w·t + φ) with φ = atan2(b, a); a delay of d samples is φ = −w·d.
    let delay = -(b.atan2(a)) / w;
    let res: f64 = x
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let t = w * (i + offset) as f64;
            (v as f64 - a * t.sin() - b * t.cos()).powi(2)
        })
        .sum::<f64>()
        / n;
    (amp as f32, delay as f32, res.sqrt() as f32)
}

fn classes(vad: &mut Vad, s: &[f32]) -> Vec<FrameClass> {
    let mut v = Vec::new();
    vad.push(s, |c| v.push(c));
    v
}

#[test]
fn level_of_known_signals() {
    let l = Level::of(&tone(16000, 440.0, 16000.0, 0.5));
    assert!((l.rms - 0.5 / 2f32.sqrt()).abs() < 1e-3, "{l:?}");
    assert!((l.peak - 0.5).abs() < 1e-3);
    assert_eq!(Level::of(&[]).rms, 0.0);
    assert_eq!(Level::of(&vec![0.0; 100]).rms_dbfs(), -120.0);
}

#[test]
fn digital_silence_is_no_signal() {
    let mut vad = Vad::new(VadConfig::default());
    let c = classes(&mut vad, &vec![0.0; 16000]);
    assert_eq!(c.len(), 16000 / FRAME);
    assert!(c.iter().all(|&c| c == FrameClass::NoSignal));
}

#[test]
fn steady_noise_is_silence_and_a_tone_burst_is_speech() {
    let mut vad = Vad::new(VadConfig::default());
    // 5 s of steady room noise at about -45 dBFS.
    let c = classes(&mut vad, &noise(5 * 16000, 0.01, 7));
    let tail = &c[c.len() - 50..];
    assert!(
        tail.iter().all(|&c| c == FrameClass::Silence),
        "noise floor not learned: floor {} dBFS",
        vad.noise_floor_dbfs()
    );
    // A 1 s tone at -12 dBFS over the noise is speech.
    let mut burst = tone(16000, 300.0, 16000.0, 0.35);
    for (b, n) in burst.iter_mut().zip(noise(16000, 0.01, 9)) {
        *b += n;
    }
    let c = classes(&mut vad, &burst);
    assert!(c.iter().filter(|&&c| c == FrameClass::Speech).count() >= c.len() - 1);
    // Back to noise: speech for the hangover (300 ms = 10 frames), then silence.
    let c = classes(&mut vad, &noise(16000, 0.01, 11));
    assert!(c[..5].iter().all(|&c| c == FrameClass::Speech));
    assert!(c[15..].iter().all(|&c| c == FrameClass::Silence));
}

#[test]
fn very_quiet_signal_is_never_speech() {
    let mut vad = Vad::new(VadConfig::default());
    // -66 dBFS tone: above digital silence, below min_speech_dbfs.
    let s = tone(32000, 300.0, 16000.0, 0.0007);
    assert_eq!(vad.speech_fraction(&s), 0.0);
}

#[test]
fn resample_8k_to_16k_length_and_content() {
    let rate = 8000.0;
    let input = tone(8000 * 3, 1000.0, rate, 0.5);
    let out = resample_to_16k(&input, 8000).expect("resample");
    assert_eq!(out.len(), 16000 * 3);
    // Compare with the ideal 16 kHz tone away from the edges: same phase, same amplitude.
    let ideal = tone(out.len(), 1000.0, 16000.0, 0.5);
    let mid = &out[1600..out.len() - 1600];
    let ideal_mid = &ideal[1600..ideal.len() - 1600];
    let err: f32 = mid
        .iter()
        .zip(ideal_mid)
        .map(|(a, b)| (a - b).powi(2))
        .sum::<f32>()
        / mid.len() as f32;
    assert!(err.sqrt() < 0.01, "rms error {}", err.sqrt());
}

#[test]
fn resample_44k1_and_48k_in_small_chunks() {
    for rate in [44_100u32, 48_000, 22_050] {
        let n = rate as usize * 2;
        let input = tone(n, 440.0, rate as f32, 0.5);
        let mut r = Resampler16k::new(rate).expect("resampler");
        let mut out = Vec::new();
        for chunk in input.chunks(441) {
            r.push(chunk, &mut out).expect("push");
        }
        r.finish(&mut out).expect("finish");
        assert_eq!(out.len(), 32000, "rate {rate}");
        let (amp, delay, residual) = fit_sine(&out[1600..30400], 1600, 440.0);
        assert!((amp - 0.5).abs() < 0.005, "rate {rate}: amplitude {amp}");
        assert!(delay.abs() < 0.5, "rate {rate}: delay {delay} samples");
        assert!(residual < 0.003, "rate {rate}: residual {residual}");
    }
    // 16 kHz passes through untouched.
    let x = noise(1234, 0.5, 3);
    assert_eq!(resample_to_16k(&x, 16000).expect("identity"), x);
    assert!(Resampler16k::new(0).is_err());
}

/// Writes `samples` as a 16-bit integer WAV at `rate`, the same sample on each of `channels`; the file is
/// named after `name` and this process in the temporary folder.
fn write_wav(name: &str, samples: &[f32], rate: u32, channels: u16) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("booth-listen-{}-{name}.wav", std::process::id()));
    let spec = hound::WavSpec {
        channels,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(&path, spec).expect("create wav");
    for s in samples {
        let v = (s * 32767.0) as i16;
        for _ in 0..channels {
            w.write_sample(v).expect("sample");
        }
    }
    w.finalize().expect("finalize");
    path
}

#[test]
fn wav_8k_stereo_int16_is_read_as_16k_mono() {
    let path = write_wav("8k", &tone(8000, 500.0, 8000.0, 0.5), 8000, 2);
    let d = source::read_wav(&path).expect("read");
    assert_eq!((d.original_rate, d.original_channels), (8000, 2));
    assert_eq!(d.samples.len(), 16000);
    let l = Level::of(&d.samples[1000..15000]);
    assert!((l.rms - 0.5 / 2f32.sqrt()).abs() < 0.01, "{l:?}");

    // The same file through a stream source, as fast as possible: all samples, then End.
    let stream = source::wav_file(&path, Pacing::AsFastAsPossible).expect("stream");
    let mut n = 0;
    loop {
        match stream.receiver().recv().expect("message") {
            AudioMsg::Frames(f) => n += f.len(),
            AudioMsg::Level(_) => {}
            AudioMsg::End => break,
            AudioMsg::Lost(m) => panic!("{m}"),
        }
    }
    assert_eq!(n, 16000);
    let _ = std::fs::remove_file(&path);

    assert!(source::read_wav(std::env::temp_dir().join("booth-listen-missing.wav")).is_err());
}

#[test]
fn realtime_pacing_takes_real_time() {
    let stream =
        source::samples(vec![0.1; 8000], Pacing::RealTime, "half a second").expect("stream");
    let t = std::time::Instant::now();
    while !matches!(stream.receiver().recv().expect("msg"), AudioMsg::End) {}
    let ms = t.elapsed().as_millis();
    assert!((450..1500).contains(&ms), "{ms} ms");
}

#[test]
fn a_truncated_wav_plays_what_it_has_then_says_lost_with_its_name() {
    let path = write_wav("cut", &tone(16000, 300.0, 16000.0, 0.3), 16000, 1);
    // The header still promises one second; the last quarter is gone (a copy that stopped).
    let bytes = std::fs::read(&path).expect("read");
    std::fs::write(&path, &bytes[..bytes.len() - 8000]).expect("cut");

    assert!(source::read_wav(&path).is_err(), "reading it whole fails");
    let stream = source::wav_file(&path, Pacing::AsFastAsPossible).expect("header reads");
    let mut n = 0;
    let lost = loop {
        match stream.receiver().recv().expect("message") {
            AudioMsg::Frames(f) => n += f.len(),
            AudioMsg::Level(_) => {}
            AudioMsg::End => panic!("a truncated file does not end normally"),
            AudioMsg::Lost(m) => break m,
        }
    };
    assert!(lost.contains("cut.wav"), "{lost}");
    assert!((11_000..=12_000).contains(&n), "played {n} samples");
    let _ = std::fs::remove_file(&path);
}
