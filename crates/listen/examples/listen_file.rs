//! Transcribe a WAV file through the streaming loop; print one JSON object per event line.
//!
//!     listen_file MODEL WAV [--lang en|ko|auto] [--threads N] [--realtime]
//!                 [--step-ms N] [--window-ms N] [--audio-ctx N] [--max-tokens N] [--context-ms N] [--budget-ms N|0] [--all-events]
//!
//! By default prints `stable` lines (words with audio start/end ms and the wall-clock ms
//! since start when they were emitted) and a final `summary` line with step-time statistics.

use std::time::Instant;

use booth_listen::source::{self, Pacing};
use booth_listen::{Event, Language, Recognizer, StreamConfig};
use serde_json::json;

fn main() {
    if let Err(e) = run() {
        eprintln!("listen_file: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: listen_file MODEL WAV [--lang en|ko|auto] [--threads N] [--realtime] [--step-ms N] [--window-ms N] [--audio-ctx N] [--max-tokens N] [--context-ms N] [--budget-ms N|0] [--all-events]";
    let model = args.next().ok_or(usage)?;
    let wav = args.next().ok_or(usage)?;
    let mut cfg = StreamConfig::default();
    let mut pacing = Pacing::AsFastAsPossible;
    let mut all = false;
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> Result<u32, Box<dyn std::error::Error>> {
            Ok(args
                .next()
                .ok_or(format!("{name} needs a value"))?
                .parse::<u32>()?)
        };
        match a.as_str() {
            "--lang" => {
                let v = args.next().ok_or("--lang needs a value")?;
                cfg.language = Language::parse(&v).ok_or(format!("unknown language {v}"))?;
            }
            "--threads" => cfg.threads = num("--threads")? as usize,
            "--step-ms" => cfg.step_ms = num("--step-ms")?,
            "--window-ms" => cfg.window_ms = num("--window-ms")?,
            "--audio-ctx" => cfg.audio_ctx = Some(num("--audio-ctx")?),
            "--max-tokens" => cfg.max_tokens_per_step = num("--max-tokens")?,
            "--context-ms" => cfg.context_ms = Some(num("--context-ms")?),
            "--budget-ms" => cfg.step_budget_ms = Some(num("--budget-ms")?).filter(|&b| b > 0),
            "--realtime" => pacing = Pacing::RealTime,
            "--all-events" => all = true,
            _ => return Err(format!("unknown argument {a}\n{usage}").into()),
        }
    }

    let t_load = Instant::now();
    let rec = Recognizer::load(&model)?;
    let load_ms = t_load.elapsed().as_millis();
    let decoded = source::read_wav(&wav)?;
    let audio_ms = decoded.samples.len() as u64 / 16;
    eprintln!(
        "model {} loaded in {load_ms} ms; audio {audio_ms} ms ({} Hz, {} ch); threads {}, step {} ms, window {} ms, audio_ctx {}",
        rec.info(),
        decoded.original_rate,
        decoded.original_channels,
        cfg.threads,
        cfg.step_ms,
        cfg.window_ms,
        cfg.effective_audio_ctx()
    );
    let stream = source::samples(decoded.samples, pacing, wav.clone())?;
    let t0 = Instant::now();
    let listener = rec.listen(cfg.clone(), stream)?;
    let mut steps: Vec<u32> = Vec::new();
    let mut loops = 0usize;
    let mut words_total = 0usize;
    let mut text = String::new();
    for ev in listener.events().iter() {
        let wall_ms = t0.elapsed().as_millis() as u64;
        match &ev {
            Event::Stable { words, text: t } => {
                words_total += words.len();
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(t);
                for w in words {
                    println!(
                        "{}",
                        json!({"type": "stable", "text": w.text, "audio_start_ms": w.start_ms, "audio_end_ms": w.end_ms, "wall_ms": wall_ms, "latency_ms": wall_ms as i64 - w.end_ms as i64})
                    );
                }
            }
            Event::StepTimed { ms, .. } => steps.push(*ms),
            Event::LoopDropped { .. } => loops += 1,
            _ => {}
        }
        if all && !matches!(ev, Event::Stable { .. } | Event::Level(_)) {
            println!(
                "{}",
                json!({"type": "event", "wall_ms": wall_ms, "event": ev})
            );
        }
        if matches!(ev, Event::Finished) {
            break;
        }
    }
    let wall_ms = t0.elapsed().as_millis() as u64;
    listener.stop();
    let mut sorted = steps.clone();
    sorted.sort_unstable();
    let pct = |p: f64| {
        sorted
            .get(((sorted.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0)
    };
    let total: u64 = steps.iter().map(|&s| s as u64).sum();
    println!(
        "{}",
        json!({
            "type": "summary", "model": rec.info().name(), "threads": cfg.threads, "language": cfg.language.code(),
            "pacing": format!("{pacing:?}"), "audio_ms": audio_ms, "wall_ms": wall_ms, "steps": steps.len(),
            "step_ms_mean": if steps.is_empty() { 0 } else { total / steps.len() as u64 },
            "step_ms_p50": pct(0.5), "step_ms_p90": pct(0.9), "step_ms_max": sorted.last().copied().unwrap_or(0),
            "whisper_ms_total": total, "rtf_whisper": total as f64 / audio_ms.max(1) as f64,
            "rtf_wall": wall_ms as f64 / audio_ms.max(1) as f64,
            "loops_dropped": loops, "stable_words": words_total, "text": text,
        })
    );
    Ok(())
}
