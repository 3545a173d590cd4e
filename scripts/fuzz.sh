#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) under libFuzzer for SECONDS each, on the nightly
# scripts/dist.sh pins (cargo-fuzz needs one; scripts/setup.sh installs both).
#   scripts/fuzz.sh [SECONDS] [TARGET...]        (`make fuzz FUZZ_TIME=600`; `make test` runs 10 s each)
# Each target first replays its saved corpus (fuzz/corpus/TARGET: small, committed, and holding
# every crash found as a regression case) and the project's corpora for its reader (tests/corpus/),
# then mutates them. What it finds goes to target/fuzz-corpus/TARGET, never into tracked files; a
# crash stops the run and leaves its input in fuzz/artifacts/TARGET/ (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
NIGHTLY=$(sed -n 's/^NIGHTLY=//p' scripts/dist.sh)
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(inline_json json_ld url letterboxd)
fi

# The project's corpora each target starts from, beside its saved corpus.
seeds() {
  case $1 in
    inline_json) echo demo ;;
    json_ld) echo tests/corpus/real-jsonld ;;
    url) echo "" ;;
    letterboxd) echo tests/corpus/letterboxd ;;
  esac
}

# The readers are safe Rust: libFuzzer looks for panics (debug assertions on, so overflows too),
# runaway time and memory; no sanitizer is needed for that, and none keeps the build lighter.
fuzz=(cargo "+$NIGHTLY" fuzz)
options=(--fuzz-dir fuzz --sanitizer none)
"${fuzz[@]}" build "${options[@]}"
for target in "${targets[@]}"; do
  work=target/fuzz-corpus/$target
  mkdir -p "$work" "fuzz/corpus/$target"
  read -ra seed_dirs <<<"$(seeds "$target")"
  log=target/fuzz-corpus/$target.log
  if ! "${fuzz[@]}" run "${options[@]}" "$target" "$work" "fuzz/corpus/$target" "${seed_dirs[@]}" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: $target FAILED (log: $log; a crash leaves its input in fuzz/artifacts/$target/)" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "fuzz: $target: ${runs:-0} runs in $seconds s, no crash"
done
