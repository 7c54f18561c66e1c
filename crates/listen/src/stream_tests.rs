//! The loop's states with a source the test drives by hand (the public sources cannot stall on demand).
//! Needs the model (`BOOTH_WHISPER_MODEL`), like `tests/engine.rs`; skipped without it.

use super::*;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

fn model() -> Option<Recognizer> {
    let path = std::env::var("BOOTH_WHISPER_MODEL")
        .ok()
        .filter(|p| !p.is_empty());
    let Some(path) = path else {
        eprintln!("skipped: set BOOTH_WHISPER_MODEL to run the stall test");
        return None;
    };
    Some(Recognizer::load(path).expect("model loads"))
}

/// Sends `chunks` chunks of 100 ms of quiet at the pace of a microphone, noting when the last one left.
fn send_quiet(tx: &Sender<AudioMsg>, chunks: usize, last_sent: &Mutex<Instant>) {
    for _ in 0..chunks {
        tx.send(AudioMsg::Frames(vec![0.0; SAMPLE_RATE as usize / 10]))
            .expect("engine listens");
        *last_sent.lock().expect("lock") = Instant::now();
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_source_that_stops_sending_shows_paused_within_a_second_and_listening_when_it_comes_back() {
    let Some(rec) = model() else { return };
    let (tx, rx) = bounded(64);
    let stop = Arc::new(AtomicBool::new(false));
    let idle = std::thread::spawn(|| {});
    let audio = AudioStream::new(rx, Pacing::RealTime, stop, idle, "stalling device".into());
    let listener = rec.listen(StreamConfig::default(), audio).expect("listen");
    let next_state = || loop {
        match listener.events().recv_timeout(Duration::from_secs(30)) {
            Ok(Event::State(s)) => return (s, Instant::now()),
            Ok(_) => {}
            Err(e) => panic!("no state change: {e}"),
        }
    };
    assert_eq!(next_state().0, State::Listening);

    // One second of audio, then the device stalls (it neither sends nor fails) for 1.5 s.
    let last_sent = Arc::new(Mutex::new(Instant::now()));
    let (producer_tx, producer_last) = (tx.clone(), last_sent.clone());
    let producer = std::thread::spawn(move || {
        send_quiet(&producer_tx, 10, &producer_last);
        std::thread::sleep(Duration::from_millis(1500));
        send_quiet(&producer_tx, 5, &producer_last);
    });
    let (paused, at) = next_state();
    assert_eq!(paused, State::Paused);
    let after = at.duration_since(*last_sent.lock().expect("lock"));
    eprintln!("Paused {} ms after the last audio", after.as_millis());
    assert!(
        after < Duration::from_secs(1),
        "Paused came {after:?} after the last audio"
    );
    assert_eq!(next_state().0, State::Listening, "audio flows again");
    producer.join().expect("producer");
    tx.send(AudioMsg::End).expect("engine listens");
    assert_eq!(next_state().0, State::Stopped);
}
