#!/usr/bin/env bash
# Opening a pack as a whole `booth search` process (issue 16): load the pack, build or restore its index,
# answer one query. "changed": no usable snapshot (the cache folder is emptied before each run, which costs
# what a stale snapshot costs: its 64-byte header says so, then the pack is parsed, indexed and
# snapshotted); "unchanged": the snapshot of the run before is read back.
#
#   scripts/bench-open.sh target/packs/gen-100k [RUNS]
#
# Prints each run's wall and CPU time (user + system) and the medians, with the load average before and
# after. Build first: cargo build --release -p booth-cli
set -euo pipefail
pack=${1:?usage: bench-open.sh PACK [RUNS]}
runs=${2:-7}
booth=${BOOTH_BIN:-target/release/booth}
query=${QUERY:-digital tr}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

one() { # prints "wall cpu" in ms
  local t
  t=$( { /usr/bin/time -f '%e %U %S' env BOOTH_CACHE_DIR="$cache" "$booth" search --pack "$pack" "$query" >/dev/null; } 2>&1 | tail -1)
  awk '{ printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "pack $pack, $runs runs each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in changed unchanged; do
  walls=() cpus=()
  if [ "$mode" = unchanged ]; then rm -rf "${cache:?}"/*; one >/dev/null; fi
  for _ in $(seq "$runs"); do
    if [ "$mode" = changed ]; then rm -rf "${cache:?}"/*; fi
    read -r w c < <(one)
    walls+=("$w") cpus+=("$c")
  done
  printf '%-9s wall ms: %s | median %s; CPU ms: %s | median %s\n' "$mode" "${walls[*]}" \
    "$(printf '%s\n' "${walls[@]}" | median)" "${cpus[*]}" "$(printf '%s\n' "${cpus[@]}" | median)"
done
echo "snapshot: $(du -sh "$cache" | cut -f1); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
