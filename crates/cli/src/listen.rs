//! `booth listen`: the listening pipeline on an audio file, as the window runs it on a microphone.

use crate::common::load;
use crate::prompt::PromptOptions;
use booth::listening::{self, follow, Heard, Language, Pacing, Recognizer, StreamConfig};
use booth::prompts::{PromptKind, Prompter};
use booth::Error;
use std::path::PathBuf;
use std::process::ExitCode;

/// Listen to a recorded speech and print its prompts (numbers, glossary terms, people) as they would
/// appear in the window, each with the audio time at which its last word ended and the wall-clock time at
/// which it was emitted.
///
/// The audio (any WAV; resampled to 16 kHz mono) runs through the same pipeline as the microphone: a
/// sliding window re-transcribed every half second by whisper.cpp on this machine, words made final when two
/// steps agree, prompts only from final words. Nothing leaves the machine. As fast as possible by default;
/// --realtime paces the file like a live source. Lines: `AUDIO_S EMITTED_S kind words | English | Korean`;
/// with --json one object per prompt ({type: "prompt", prompt, audioMs, elapsedMs}) and the recogniser's
/// states and problems as they come. A summary (steps, mean step time, real-time factor) goes to stderr.
/// The model is --model, else BOOTH_WHISPER_MODEL, else the app's data folder
/// (~/.local/share/org.booth.desktop/models/): ggml-tiny.en.bin for English when it is there, else
/// ggml-base.bin. Exit status 2 when the model or the audio cannot be read.
#[derive(clap::Args)]
pub struct Args {
    /// A whisper.cpp model file.
    #[arg(long)]
    model: Option<PathBuf>,
    /// The speaker's language: en, ko or auto.
    #[arg(long, default_value = "en")]
    lang: String,
    /// Play the file at the pace of a live source instead of as fast as possible.
    #[arg(long)]
    realtime: bool,
    /// whisper.cpp threads (default: all cores but one, at most 2).
    #[arg(long)]
    threads: Option<usize>,
    /// Tuning: new audio between two transcriptions, in ms (default: the window's).
    #[arg(long)]
    step_ms: Option<u32>,
    /// Tuning: length of the re-transcribed window, in ms (default: the window's).
    #[arg(long)]
    window_ms: Option<u32>,
    #[command(flatten)]
    options: PromptOptions,
    /// The speech, a WAV file.
    file: PathBuf,
}

/// The app's data folder for models (where the window's "Choose speech model…" copies them).
pub fn model_dirs() -> Vec<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
    data.map(|d| d.join("org.booth.desktop/models"))
        .into_iter()
        .collect()
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let language = Language::parse(&args.lang).ok_or_else(|| {
        Error::InvalidArgument(format!("--lang `{}`: use en, ko or auto", args.lang))
    })?;
    let pack = load(args.options.pack)?;
    let Some(model) = args
        .model
        .or_else(|| listening::find_model(&model_dirs(), language))
    else {
        eprintln!(
            "booth: no speech model: pass --model FILE or set BOOTH_WHISPER_MODEL (./x builds one)"
        );
        return Ok(ExitCode::from(2));
    };
    let started_at = booth::views::instant(args.options.at.as_deref())?;
    let recognizer = match Recognizer::load(&model) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("booth: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let pacing = if args.realtime {
        Pacing::RealTime
    } else {
        Pacing::AsFastAsPossible
    };
    let audio = match booth_listen_source(&args.file, pacing) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("booth: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut config = StreamConfig {
        language,
        ..StreamConfig::default()
    };
    if let Some(t) = args.threads {
        config.threads = t.max(1);
    }
    config.step_ms = args.step_ms.unwrap_or(config.step_ms);
    config.window_ms = args.window_ms.unwrap_or(config.window_ms);
    let listener = match recognizer.listen(config, audio) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("booth: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut prompter = Prompter::new(args.options.cooldown.saturating_mul(1000));
    let (mut steps, mut step_ms) = (0u64, 0u64);
    let wall = std::time::Instant::now();
    let mut audio_end = 0u64;
    follow(&pack, &listener, &mut prompter, started_at, |heard| {
        match &heard {
            Heard::Prompt {
                prompt,
                audio_ms,
                elapsed_ms,
                late,
            } => {
                audio_end = audio_end.max(*audio_ms);
                if !args.options.json {
                    let kind = match prompt.prompt.kind {
                        PromptKind::Number => "number",
                        PromptKind::Term => "term",
                        PromptKind::Person => "person",
                    };
                    println!(
                        "{:7.2} {:7.2} {kind}\t{}\t{} | {}{}",
                        *audio_ms as f64 / 1000.0,
                        *elapsed_ms as f64 / 1000.0,
                        prompt.prompt.text,
                        prompt.en,
                        prompt.ko,
                        if *late { "\t(heard late)" } else { "" }
                    );
                }
            }
            Heard::Step { ms } => {
                steps += 1;
                step_ms += u64::from(*ms);
            }
            Heard::Problem { message } => eprintln!("booth: {message}"),
            _ => {}
        }
        let shown = matches!(
            heard,
            Heard::Prompt { .. } | Heard::State { .. } | Heard::Problem { .. }
        );
        if args.options.json && shown {
            println!("{}", serde_json::to_string(&heard).unwrap_or_default());
        }
        true
    });
    let secs = wall.elapsed().as_secs_f64();
    eprintln!(
        "booth listen: {} on {}: {steps} steps, mean {:.0} ms per step, {:.1} s in all",
        recognizer.info(),
        args.file.display(),
        if steps > 0 {
            step_ms as f64 / steps as f64
        } else {
            0.0
        },
        secs
    );
    Ok(ExitCode::SUCCESS)
}

fn booth_listen_source(
    file: &std::path::Path,
    pacing: Pacing,
) -> Result<booth::listening::AudioStream, booth::listening::SourceError> {
    booth::listening::wav_file(file, pacing)
}
