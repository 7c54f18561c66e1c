//! whisper.cpp model files: header inspection without loading the weights.
//!
//! [`inspect`] walks the whole file structure (header, mel filters, vocabulary and every
//! tensor header, seeking over the tensor data), so a truncated, corrupt or foreign file is
//! reported as a typed [`ModelError`] before whisper.cpp ever sees it. It reads a few hundred
//! kilobytes at most, whatever the model size, and never panics on bad input.
//!
//! Why one file of this size: the file format is one concept — the error type, the header fields, the
//! quantization table and the bounds-checked reader all describe the same bytes, and [`load`] is only
//! "inspect, then hand the path to whisper.cpp"; most of the length is the format's own cases.

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

/// `ggml` in hex, the magic of whisper.cpp's (pre-GGUF) model format.
pub const GGML_MAGIC: u32 = 0x6767_6d6c;
const GGUF_MAGIC: [u8; 4] = *b"GGUF";
/// whisper.cpp stores the quantisation version as `ftype / 1000`.
const QNT_VERSION_FACTOR: i32 = 1000;

/// Why a model file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read model file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path} is not a file")]
    NotAFile { path: PathBuf },
    #[error("{path} is empty")]
    Empty { path: PathBuf },
    #[error("{path} is not a whisper.cpp model (magic bytes {found:02x?}, expected \"lmgg\")")]
    NotWhisperModel { path: PathBuf, found: Vec<u8> },
    #[error("{path} is a GGUF file; whisper.cpp models use the older ggml format")]
    Gguf { path: PathBuf },
    #[error("{path} is truncated: {section} needs {needed} bytes at offset {offset}, but the file has {file_size}")]
    Truncated {
        path: PathBuf,
        section: &'static str,
        offset: u64,
        needed: u64,
        file_size: u64,
    },
    #[error("{path}: bad {field} = {value}: {reason}")]
    BadHeader {
        path: PathBuf,
        field: &'static str,
        value: i64,
        reason: &'static str,
    },
    #[error("{path}: tensor {index} ({name}) is malformed: {reason}")]
    BadTensor {
        path: PathBuf,
        index: usize,
        name: String,
        reason: String,
    },
    #[error("{path}: {found} tensors, a {layers_audio}+{layers_text}-layer Whisper model has {expected}")]
    TensorCount {
        path: PathBuf,
        found: usize,
        expected: usize,
        layers_audio: i32,
        layers_text: i32,
    },
    #[error("model {name} is English-only; language {language:?} needs a multilingual model")]
    NotMultilingual { name: String, language: String },
    #[error("whisper.cpp failed to load {path}: {message}")]
    Load { path: PathBuf, message: String },
}

/// Whisper's hyper-parameters as stored in the file header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct HParams {
    pub n_vocab: i32,
    pub n_audio_ctx: i32,
    pub n_audio_state: i32,
    pub n_audio_head: i32,
    pub n_audio_layer: i32,
    pub n_text_ctx: i32,
    pub n_text_state: i32,
    pub n_text_head: i32,
    pub n_text_layer: i32,
    pub n_mels: i32,
    /// Raw `ftype` field, including the quantisation version (`ftype / 1000`).
    pub ftype: i32,
}

/// Model size class, from the number of encoder layers (as whisper.cpp decides it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum ModelKind {
    Tiny,
    Base,
    Small,
    Medium,
    Large,
    LargeV3,
    LargeV3Turbo,
    /// Not a standard OpenAI size (e.g. a distilled model).
    Other,
}

impl ModelKind {
    fn from_hparams(h: &HParams) -> Self {
        match h.n_audio_layer {
            4 => Self::Tiny,
            6 => Self::Base,
            12 => Self::Small,
            24 => Self::Medium,
            32 if h.n_vocab == 51866 && h.n_text_layer == 4 => Self::LargeV3Turbo,
            32 if h.n_vocab == 51866 => Self::LargeV3,
            32 => Self::Large,
            _ => Self::Other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tiny => "tiny",
            Self::Base => "base",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
            Self::LargeV3 => "large-v3",
            Self::LargeV3Turbo => "large-v3-turbo",
            Self::Other => "other",
        }
    }
}

/// How the large weight matrices are stored (`ggml_ftype`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Quantization {
    F32,
    F16,
    Q4_0,
    Q4_1,
    Q4_1SomeF16,
    Q8_0,
    Q5_0,
    Q5_1,
    Q2K,
    Q3K,
    Q4K,
    Q5K,
    Q6K,
    Bf16,
}

impl Quantization {
    fn from_ftype(ftype: i32) -> Option<Self> {
        Some(match ftype {
            0 => Self::F32,
            1 => Self::F16,
            2 => Self::Q4_0,
            3 => Self::Q4_1,
            4 => Self::Q4_1SomeF16,
            7 => Self::Q8_0,
            8 => Self::Q5_0,
            9 => Self::Q5_1,
            10 => Self::Q2K,
            11 => Self::Q3K,
            12 => Self::Q4K,
            13 => Self::Q5K,
            14 => Self::Q6K,
            24 => Self::Bf16,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::F32 => "f32",
            Self::F16 => "f16",
            Self::Q4_0 => "q4_0",
            Self::Q4_1 => "q4_1",
            Self::Q4_1SomeF16 => "q4_1 (some f16)",
            Self::Q8_0 => "q8_0",
            Self::Q5_0 => "q5_0",
            Self::Q5_1 => "q5_1",
            Self::Q2K => "q2_k",
            Self::Q3K => "q3_k",
            Self::Q4K => "q4_k",
            Self::Q5K => "q5_k",
            Self::Q6K => "q6_k",
            Self::Bf16 => "bf16",
        }
    }

    /// True for the 4/5/8-bit and k-quant formats.
    pub fn is_quantized(self) -> bool {
        !matches!(self, Self::F32 | Self::F16 | Self::Bf16)
    }
}

impl fmt::Display for Quantization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What [`inspect`] found in a model file.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ModelInfo {
    pub path: PathBuf,
    pub file_size: u64,
    pub hparams: HParams,
    pub kind: ModelKind,
    /// False for the `.en` models.
    pub multilingual: bool,
    pub quantization: Quantization,
    /// Number of vocabulary entries stored in the file (special tokens are implicit).
    pub n_stored_tokens: u32,
    pub n_tensors: usize,
}

impl ModelInfo {
    /// Conventional model name: `base`, `tiny.en`, `large-v3`, …
    pub fn name(&self) -> String {
        if self.multilingual {
            self.kind.as_str().to_owned()
        } else {
            format!("{}.en", self.kind.as_str())
        }
    }
}

impl fmt::Display for ModelInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}, {}, {:.1} MB)",
            self.name(),
            if self.multilingual {
                "multilingual"
            } else {
                "English-only"
            },
            self.quantization,
            self.file_size as f64 / 1e6
        )
    }
}

/// Check a whisper.cpp model file's structure without loading its weights.
pub fn inspect(path: impl AsRef<Path>) -> Result<ModelInfo, ModelError> {
    let path = path.as_ref().to_path_buf();
    let io_err = |source| ModelError::Io {
        path: path.clone(),
        source,
    };
    let meta = std::fs::metadata(&path).map_err(io_err)?;
    if !meta.is_file() {
        return Err(ModelError::NotAFile { path });
    }
    let file = File::open(&path).map_err(io_err)?;
    let mut r = Reader {
        inner: BufReader::with_capacity(1 << 16, file),
        pos: 0,
        size: meta.len(),
        path: &path,
    };
    if r.size == 0 {
        return Err(ModelError::Empty { path });
    }

    let mut magic = [0u8; 4];
    if r.size < 4 {
        return Err(ModelError::NotWhisperModel {
            path: path.clone(),
            found: r.read_vec(r.size as usize, "magic")?,
        });
    }
    r.read_exact(&mut magic, "magic")?;
    if magic == GGUF_MAGIC {
        return Err(ModelError::Gguf { path });
    }
    if u32::from_le_bytes(magic) != GGML_MAGIC {
        return Err(ModelError::NotWhisperModel {
            path,
            found: magic.to_vec(),
        });
    }

    let mut v = [0i32; 11];
    for x in &mut v {
        *x = r.read_i32("hyper-parameters")?;
    }
    let h = HParams {
        n_vocab: v[0],
        n_audio_ctx: v[1],
        n_audio_state: v[2],
        n_audio_head: v[3],
        n_audio_layer: v[4],
        n_text_ctx: v[5],
        n_text_state: v[6],
        n_text_head: v[7],
        n_text_layer: v[8],
        n_mels: v[9],
        ftype: v[10],
    };
    let bad = |field, value: i32, reason| ModelError::BadHeader {
        path: path.clone(),
        field,
        value: value.into(),
        reason,
    };
    if !(51_864..=51_866).contains(&h.n_vocab) {
        return Err(bad(
            "n_vocab",
            h.n_vocab,
            "Whisper vocabularies have 51864..=51866 tokens",
        ));
    }
    for (field, value, max) in [
        ("n_audio_ctx", h.n_audio_ctx, 1 << 16),
        ("n_audio_state", h.n_audio_state, 1 << 14),
        ("n_audio_head", h.n_audio_head, 256),
        ("n_audio_layer", h.n_audio_layer, 256),
        ("n_text_ctx", h.n_text_ctx, 1 << 16),
        ("n_text_state", h.n_text_state, 1 << 14),
        ("n_text_head", h.n_text_head, 256),
        ("n_text_layer", h.n_text_layer, 256),
    ] {
        if value <= 0 || value > max {
            return Err(bad(field, value, "out of range"));
        }
    }
    if h.n_audio_state % h.n_audio_head != 0 || h.n_text_state % h.n_text_head != 0 {
        return Err(bad(
            "n_*_head",
            h.n_audio_head,
            "state size is not a multiple of the head count",
        ));
    }
    if h.n_mels != 80 && h.n_mels != 128 {
        return Err(bad("n_mels", h.n_mels, "Whisper uses 80 or 128 mel bins"));
    }
    let quantization = Quantization::from_ftype(h.ftype.rem_euclid(QNT_VERSION_FACTOR))
        .filter(|_| h.ftype >= 0)
        .ok_or_else(|| bad("ftype", h.ftype, "unknown weight type"))?;

    // Mel filter bank.
    let n_mel = r.read_i32("mel filters")?;
    let n_fft = r.read_i32("mel filters")?;
    if n_mel != h.n_mels {
        return Err(bad("filters.n_mel", n_mel, "differs from n_mels"));
    }
    if n_fft != 201 {
        return Err(bad(
            "filters.n_fft",
            n_fft,
            "expected 201 frequency bins (n_fft 400)",
        ));
    }
    r.skip(n_mel as u64 * n_fft as u64 * 4, "mel filters")?;

    // Vocabulary.
    let n_tokens = r.read_i32("vocabulary")?;
    if n_tokens <= 0 || n_tokens > h.n_vocab {
        return Err(bad("vocabulary size", n_tokens, "must be 1..=n_vocab"));
    }
    for _ in 0..n_tokens {
        let len = r.read_u32("vocabulary")?;
        if len > 256 {
            return Err(bad("token length", len as i32, "longer than any BPE token"));
        }
        r.skip(len.into(), "vocabulary")?;
    }

    // Tensors: headers are read, data is skipped.
    let mut n_tensors = 0usize;
    while r.pos < r.size {
        let index = n_tensors;
        let n_dims = r.read_i32("tensor header")?;
        let name_len = r.read_i32("tensor header")?;
        let ttype = r.read_i32("tensor header")?;
        let tensor_err = |name: &str, reason: String| ModelError::BadTensor {
            path: path.clone(),
            index,
            name: name.to_owned(),
            reason,
        };
        if !(1..=4).contains(&n_dims) {
            return Err(tensor_err("?", format!("{n_dims} dimensions")));
        }
        if !(1..=256).contains(&name_len) {
            return Err(tensor_err("?", format!("name length {name_len}")));
        }
        let mut n_elements: u64 = 1;
        let mut dims = [0i32; 4];
        for d in dims.iter_mut().take(n_dims as usize) {
            *d = r.read_i32("tensor header")?;
            if *d <= 0 {
                return Err(tensor_err("?", format!("dimension {d}")));
            }
            n_elements = n_elements.saturating_mul(*d as u64);
        }
        let raw_name = r.read_vec(name_len as usize, "tensor name")?;
        let name =
            String::from_utf8(raw_name).map_err(|_| tensor_err("?", "name is not UTF-8".into()))?;
        if !(name.starts_with("encoder.") || name.starts_with("decoder.")) {
            return Err(tensor_err(&name, "not a Whisper tensor name".into()));
        }
        let (block, bytes_per_block) = tensor_type_size(ttype)
            .ok_or_else(|| tensor_err(&name, format!("unknown type {ttype}")))?;
        if !n_elements.is_multiple_of(block) {
            return Err(tensor_err(
                &name,
                format!("{n_elements} elements is not a multiple of the block size {block}"),
            ));
        }
        r.skip(n_elements / block * bytes_per_block, "tensor data")?;
        n_tensors += 1;
    }

    let expected = 7 + 15 * h.n_audio_layer as usize + 4 + 24 * h.n_text_layer as usize;
    if n_tensors != expected {
        return Err(ModelError::TensorCount {
            path,
            found: n_tensors,
            expected,
            layers_audio: h.n_audio_layer,
            layers_text: h.n_text_layer,
        });
    }

    Ok(ModelInfo {
        file_size: r.size,
        kind: ModelKind::from_hparams(&h),
        multilingual: h.n_vocab >= 51_865,
        quantization,
        n_stored_tokens: n_tokens as u32,
        n_tensors,
        hparams: h,
        path,
    })
}

/// (elements per block, bytes per block) of the ggml tensor types whisper.cpp models use.
fn tensor_type_size(ttype: i32) -> Option<(u64, u64)> {
    Some(match ttype {
        0 => (1, 4),      // f32
        1 => (1, 2),      // f16
        2 => (32, 18),    // q4_0
        3 => (32, 20),    // q4_1
        6 => (32, 22),    // q5_0
        7 => (32, 24),    // q5_1
        8 => (32, 34),    // q8_0
        10 => (256, 84),  // q2_K
        11 => (256, 110), // q3_K
        12 => (256, 144), // q4_K
        13 => (256, 176), // q5_K
        14 => (256, 210), // q6_K
        30 => (1, 2),     // bf16
        _ => return None,
    })
}

struct Reader<'a> {
    inner: BufReader<File>,
    pos: u64,
    size: u64,
    path: &'a Path,
}

impl Reader<'_> {
    fn need(&self, n: u64, section: &'static str) -> Result<(), ModelError> {
        if self.pos.checked_add(n).is_none_or(|end| end > self.size) {
            return Err(ModelError::Truncated {
                path: self.path.to_path_buf(),
                section,
                offset: self.pos,
                needed: n,
                file_size: self.size,
            });
        }
        Ok(())
    }

    fn io(&self, source: io::Error) -> ModelError {
        ModelError::Io {
            path: self.path.to_path_buf(),
            source,
        }
    }

    fn read_exact(&mut self, buf: &mut [u8], section: &'static str) -> Result<(), ModelError> {
        self.need(buf.len() as u64, section)?;
        self.inner.read_exact(buf).map_err(|e| self.io(e))?;
        self.pos += buf.len() as u64;
        Ok(())
    }

    fn read_vec(&mut self, n: usize, section: &'static str) -> Result<Vec<u8>, ModelError> {
        let mut v = vec![0; n];
        self.read_exact(&mut v, section)?;
        Ok(v)
    }

    fn read_i32(&mut self, section: &'static str) -> Result<i32, ModelError> {
        let mut b = [0; 4];
        self.read_exact(&mut b, section)?;
        Ok(i32::from_le_bytes(b))
    }

    fn read_u32(&mut self, section: &'static str) -> Result<u32, ModelError> {
        let mut b = [0; 4];
        self.read_exact(&mut b, section)?;
        Ok(u32::from_le_bytes(b))
    }

    fn skip(&mut self, n: u64, section: &'static str) -> Result<(), ModelError> {
        self.need(n, section)?;
        let off = i64::try_from(n).map_err(|_| self.io(io::Error::other("offset overflow")))?;
        self.inner.seek_relative(off).map_err(|e| self.io(e))?;
        self.pos += n;
        Ok(())
    }
}

/// Inspect the file, then load it with whisper.cpp (CPU only).
pub fn load(path: impl AsRef<Path>) -> Result<(ModelInfo, whisper_rs::WhisperContext), ModelError> {
    let info = inspect(path.as_ref())?;
    crate::quiet_whisper_logs();
    let mut params = whisper_rs::WhisperContextParameters::default();
    params.use_gpu(false);
    let path_str = info.path.to_str().ok_or_else(|| ModelError::Load {
        path: info.path.clone(),
        message: "path is not valid UTF-8".into(),
    })?;
    let ctx = whisper_rs::WhisperContext::new_with_params(path_str, params).map_err(|e| {
        ModelError::Load {
            path: info.path.clone(),
            message: e.to_string(),
        }
    })?;
    Ok((info, ctx))
}
