//! Model header checks on synthetic files (no real model needed), plus the real model when
//! `BOOTH_WHISPER_MODEL` is set.

use std::path::PathBuf;

use booth_listen::model::{inspect, ModelError, ModelKind, Quantization};

fn temp_path(tag: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "booth-listen-test-{}-{}-{tag}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ))
}

struct TempFile(PathBuf);
impl TempFile {
    fn with(tag: &str, bytes: &[u8]) -> Self {
        let p = temp_path(tag);
        std::fs::write(&p, bytes).expect("write temp file");
        Self(p)
    }
}
impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A structurally valid whisper.cpp file with tiny tensors: 1 encoder and 1 decoder layer.
fn synthetic_model(n_vocab: i32, ftype: i32) -> Vec<u8> {
    let mut v = Vec::new();
    let i = |v: &mut Vec<u8>, x: i32| v.extend_from_slice(&x.to_le_bytes());
    i(&mut v, 0x6767_6d6c);
    // n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer,
    // n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels, ftype
    for x in [n_vocab, 1500, 8, 2, 1, 448, 8, 2, 1, 80, ftype] {
        i(&mut v, x);
    }
    i(&mut v, 80);
    i(&mut v, 201);
    v.extend(std::iter::repeat_n(0u8, 80 * 201 * 4));
    let tokens: Vec<&[u8]> = vec![b"!", b"hello", b" world", b"\xEC\x95"];
    i(&mut v, tokens.len() as i32);
    for t in &tokens {
        i(&mut v, t.len() as i32);
        v.extend_from_slice(t);
    }
    let n_tensors = 7 + 15 + 4 + 24;
    for k in 0..n_tensors {
        let name = format!("encoder.t{k}");
        i(&mut v, 2); // n_dims
        i(&mut v, name.len() as i32);
        i(&mut v, 1); // f16
        i(&mut v, 4);
        i(&mut v, 2);
        v.extend_from_slice(name.as_bytes());
        v.extend(std::iter::repeat_n(0u8, 4 * 2 * 2));
    }
    v
}

#[test]
fn synthetic_model_is_accepted() {
    let f = TempFile::with("ok.bin", &synthetic_model(51865, 1));
    let info = inspect(&f.0).expect("valid synthetic model");
    assert!(info.multilingual);
    assert_eq!(info.quantization, Quantization::F16);
    assert_eq!(info.n_tensors, 50);
    assert_eq!(info.n_stored_tokens, 4);
    assert_eq!(info.kind, ModelKind::Other);

    let f = TempFile::with("en.bin", &synthetic_model(51864, 1007));
    let info = inspect(&f.0).expect("valid English-only q8_0 model");
    assert!(!info.multilingual);
    assert_eq!(info.quantization, Quantization::Q8_0);
    assert_eq!(info.name(), "other.en");
}

#[test]
fn every_truncation_is_an_error_not_a_panic() {
    let full = synthetic_model(51865, 1);
    // Every prefix of the header/filters/vocab region, and a sample of the tensor region.
    let mut cuts: Vec<usize> = (0..200).collect();
    cuts.extend((200..full.len()).step_by(97));
    cuts.extend([full.len() - 1, full.len() - 17]);
    for cut in cuts {
        let f = TempFile::with("cut.bin", &full[..cut]);
        match inspect(&f.0) {
            Err(ModelError::Truncated { .. })
            | Err(ModelError::Empty { .. })
            | Err(ModelError::NotWhisperModel { .. }) => {}
            Err(ModelError::TensorCount {
                found, expected, ..
            }) => assert!(found < expected, "cut {cut}"),
            other => panic!("cut at {cut} of {}: {other:?}", full.len()),
        }
    }
}

#[test]
fn truncated_model_reports_section_and_sizes() {
    let full = synthetic_model(51865, 1);
    let f = TempFile::with("trunc.bin", &full[..full.len() - 5]);
    match inspect(&f.0) {
        Err(ModelError::Truncated {
            section, file_size, ..
        }) => {
            assert_eq!(section, "tensor data");
            assert_eq!(file_size, full.len() as u64 - 5);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn non_model_files_are_rejected() {
    let f = TempFile::with(
        "text.txt",
        b"this is not a model, just some text that is long enough",
    );
    assert!(matches!(
        inspect(&f.0),
        Err(ModelError::NotWhisperModel { .. })
    ));

    let f = TempFile::with("empty.bin", b"");
    assert!(matches!(inspect(&f.0), Err(ModelError::Empty { .. })));

    let f = TempFile::with("tiny.bin", b"lm");
    assert!(matches!(
        inspect(&f.0),
        Err(ModelError::NotWhisperModel { .. })
    ));

    let mut gguf = b"GGUF".to_vec();
    gguf.extend([3, 0, 0, 0, 0, 0, 0, 0]);
    let f = TempFile::with("x.gguf", &gguf);
    assert!(matches!(inspect(&f.0), Err(ModelError::Gguf { .. })));

    // A zip (e.g. a wheel or a CTranslate2 download) is not a model either.
    let f = TempFile::with("x.zip", b"PK\x03\x04rest-of-zip");
    assert!(matches!(
        inspect(&f.0),
        Err(ModelError::NotWhisperModel { .. })
    ));

    let dir = std::env::temp_dir();
    assert!(matches!(inspect(&dir), Err(ModelError::NotAFile { .. })));
    assert!(matches!(
        inspect(dir.join("booth-listen-no-such-file.bin")),
        Err(ModelError::Io { .. })
    ));
}

#[test]
fn corrupt_fields_are_rejected() {
    let base = synthetic_model(51865, 1);
    let patch = |off: usize, val: i32| {
        let mut b = base.clone();
        b[off..off + 4].copy_from_slice(&val.to_le_bytes());
        b
    };
    let voc = 56 + 80 * 201 * 4;
    // (file, offset, value written there, the field the error names; `None`: any field)
    let cases: [(&str, usize, i32, Option<&str>); 7] = [
        // n_vocab (offset 4)
        ("vocab.bin", 4, 1234, Some("n_vocab")),
        // n_audio_layer (offset 20) negative
        ("layers.bin", 20, -6, Some("n_audio_layer")),
        // ftype (offset 44) unknown
        ("ftype.bin", 44, 99, Some("ftype")),
        // n_mels 81
        ("mels.bin", 40, 81, Some("n_mels")),
        // filters n_fft (offset 52)
        ("fft.bin", 52, 400, Some("filters.n_fft")),
        // vocabulary count (offset 56 + filters) absurd
        ("nvoc.bin", voc, 1 << 30, None),
        // a token length absurd
        ("toklen.bin", voc + 4, 1 << 28, Some("token length")),
    ];
    for (name, off, val, want) in cases {
        let f = TempFile::with(name, &patch(off, val));
        assert!(
            matches!(
                inspect(&f.0),
                Err(ModelError::BadHeader { field, .. }) if want.is_none_or(|w| w == field)
            ),
            "{name}"
        );
    }
}

#[test]
fn corrupt_tensor_headers_are_rejected() {
    let mut base = synthetic_model(51865, 1);
    // First tensor header starts after the vocabulary.
    let first = 56 + 80 * 201 * 4 + 4 + (4 + 1) + (4 + 5) + (4 + 6) + (4 + 2);
    let mut b = base.clone();
    b[first..first + 4].copy_from_slice(&7i32.to_le_bytes()); // n_dims 7
    let f = TempFile::with("ndims.bin", &b);
    assert!(matches!(
        inspect(&f.0),
        Err(ModelError::BadTensor { index: 0, .. })
    ));

    let mut b = base.clone();
    b[first + 8..first + 12].copy_from_slice(&5i32.to_le_bytes()); // removed type
    let f = TempFile::with("ttype.bin", &b);
    assert!(matches!(inspect(&f.0), Err(ModelError::BadTensor { .. })));

    let mut b = base.clone();
    b[first + 20] = 0xff; // name byte not UTF-8 / not a whisper name
    let f = TempFile::with("name.bin", &b);
    assert!(matches!(inspect(&f.0), Err(ModelError::BadTensor { .. })));

    // Trailing garbage after the last tensor.
    base.extend_from_slice(b"garbage!");
    let f = TempFile::with("trail.bin", &base);
    assert!(inspect(&f.0).is_err());
}

/// The real model: header facts, and a truncated copy is caught without loading.
#[test]
fn real_model_if_available() {
    let Ok(path) = std::env::var("BOOTH_WHISPER_MODEL") else {
        eprintln!("skipped: set BOOTH_WHISPER_MODEL=/path/to/ggml-base.bin to check a real model");
        return;
    };
    let info = inspect(&path).expect("real model is valid");
    eprintln!("{info}");
    assert!(matches!(
        info.kind,
        ModelKind::Tiny
            | ModelKind::Base
            | ModelKind::Small
            | ModelKind::Medium
            | ModelKind::Large
            | ModelKind::LargeV3
            | ModelKind::LargeV3Turbo
    ));
    let bytes = std::fs::read(&path).expect("read model");
    let f = TempFile::with("real-trunc.bin", &bytes[..bytes.len() / 2]);
    assert!(matches!(inspect(&f.0), Err(ModelError::Truncated { .. })));
    // whisper.cpp never sees it: Recognizer::load fails with the same typed error.
    assert!(matches!(
        booth_listen::Recognizer::load(&f.0),
        Err(ModelError::Truncated { .. })
    ));
}
