#!/usr/bin/env bash
# Fuzzes `scan`/`convert` for SECONDS (default 600) on one core, seeded with the golden inputs.
#   fuzz/run.sh [SECONDS]
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`); RUSTC_BOOTSTRAP=1 lets a stable
# toolchain take its -Z flags. Crashes land in fuzz/artifacts/scan_text/; add each reproducer
# to tests/hostile.rs once fixed.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
export RUSTC_BOOTSTRAP=1
mkdir -p corpus/scan_text
n=0
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  printf '%s' "${line%% | *}" > "corpus/scan_text/golden-$n"
done < <(cat ../tests/golden/cases.txt ../tests/golden/generated.txt)
cargo fuzz run -O scan_text corpus/scan_text -- -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
  -max_len=4096 -dict=numbers.dict
