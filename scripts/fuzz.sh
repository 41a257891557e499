#!/usr/bin/env bash
# Opt-in (not part of .ci/run; needs the nightly toolchain): runs every cargo-fuzz target of
# crates/core/fuzz for a bounded time, seeded with the committed corpus. New inputs go to a
# scratch directory under target/, so the committed corpus only changes by hand.
# Usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
cd "$root/crates/core"
scratch="$root/target/fuzz-corpus"
status=0
for t in link_header retry_after error_body page_headers; do
  mkdir -p "$scratch/$t"
  echo "=== fuzz $t for ${seconds}s"
  if cargo +nightly fuzz run --fuzz-dir fuzz "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -max_len=4096 2>&1 | tail -n 3; then
    echo "=== fuzz $t: no crash"
  else
    echo "=== fuzz $t: FAILED (the crashing input is under crates/core/fuzz/artifacts/$t)"
    status=1
  fi
done
exit "$status"
