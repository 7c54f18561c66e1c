#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) and prints executions and crashes per target.
#   fuzz/run.sh [SECONDS] [TARGET...]
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`). On a stable toolchain RUSTC_BOOTSTRAP=1 lets
# cargo-fuzz pass its -Z sanitizer flags. Crashes land in fuzz/artifacts/<target>/; add each reproducer to
# tests/hostile.rs once fixed.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(RUSTC_BOOTSTRAP=1 cargo fuzz list)
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O >/dev/null  # every target in one build
for t in "${targets[@]}"; do
  log=$(mktemp)
  if cargo fuzz run -O "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 >"$log" 2>&1; then status=ok; else status=CRASH; fi
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  echo "$t: $status — ${runs:-see $log}"
  [ "$status" = ok ] || tail -30 "$log"
done
