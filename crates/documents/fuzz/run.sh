#!/usr/bin/env bash
# Fuzzes the document extractors and the candidate miner for SECONDS each (default 600), one after the other,
# seeded with documents the tests build and the evaluation texts.
#   crates/documents/fuzz/run.sh [SECONDS] [TARGET...]
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`); RUSTC_BOOTSTRAP=1 lets a stable toolchain take its
# -Z flags. Crashes land in artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract_pdf extract_docx extract_pptx extract_text candidates)
export RUSTC_BOOTSTRAP=1
# Seeds: the test suite writes sample files here when BOOTH_FUZZ_SEEDS is set.
mkdir -p corpus/{extract_pdf,extract_docx,extract_pptx,extract_text,candidates}
(cd .. && BOOTH_FUZZ_SEEDS="$PWD/fuzz/corpus" cargo test -q --test extract seeds >/dev/null)
cp ../tests/eval/*.txt corpus/extract_text/ && cp ../tests/eval/*.txt corpus/candidates/
cargo fuzz build -O >/dev/null
for t in "${targets[@]}"; do
  log=$(mktemp)
  if cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -max_len=262144 >"$log" 2>&1; then status=ok; else status=CRASH; fi
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "$t: $status — ${runs:-see $log} (${edges})"
  [ "$status" = ok ] || tail -30 "$log"
done
