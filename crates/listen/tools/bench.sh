#!/bin/sh
# Benchmark the streaming loop on the test speeches; one JSON summary per run, with load.
# usage: tools/bench.sh MODEL_DIR OUT_DIR [extra listen_file args]
set -eu
M=$1; OUT=$2; shift 2
mkdir -p "$OUT"
BIN=./target/release/examples/listen_file
run() { # name model wav lang threads
    name=$1; model=$2; wav=$3; lang=$4; th=$5; shift 5
    before=$(cut -d' ' -f1-3 /proc/loadavg)
    "$BIN" "$M/$model" "$wav" --lang "$lang" --threads "$th" --all-events "$@" > "$OUT/$name.jsonl" 2> "$OUT/$name.err"
    after=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "$name load_before=[$before] load_after=[$after] $(date -u +%H:%M:%S) $(tail -1 "$OUT/$name.jsonl" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("steps=%d mean=%d p50=%d p90=%d max=%d rtf_whisper=%.3f rtf_wall=%.3f loops=%d words=%d" % (d["steps"],d["step_ms_mean"],d["step_ms_p50"],d["step_ms_p90"],d["step_ms_max"],d["rtf_whisper"],d["rtf_wall"],d["loops_dropped"],d["stable_words"]))')"
}
for th in 2 1; do
    run base_en_t$th ggml-base.bin testdata/en16k.wav en $th "$@"
    run base_ko_t$th ggml-base.bin testdata/ko16k.wav ko $th "$@"
    [ -f "$M/ggml-tiny.en.bin" ] && run tinyen_en_t$th ggml-tiny.en.bin testdata/en16k.wav en $th "$@"
done
