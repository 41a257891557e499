#!/usr/bin/env bash
# Opt-in (not part of .ci/run): proves the soak can fail. Runs the soak against two
# deliberately broken builds behind test-only feature flags, and fails unless the soak fails
# for each, for the reason it should:
#   1. the emulator acknowledges some renames and deletes without applying them
#      (feature cloudpirates-emulator/mutant-drop-acked-write): "acknowledged writes lost: N>0";
#   2. the client retries a POST answered 503 (feature cloudpirates/mutant-retry-post-503):
#      "duplicates: N>0".
# Usage: bash scripts/soak-mutants.sh
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}/mutants"
status=0
check() {
  local name="$1" feature="$2" expect="$3"
  echo "=== mutant $name (--features $feature)"
  local out
  out="$(cargo test -q -p cloudpirates --features "$feature" --test soak soak_under_lag_and_faults -- --nocapture 2>&1)"
  local rc=$?
  echo "$out" | grep -E "^soak:|assertion|failed:" | head -5
  if [ "$rc" -ne 0 ] && echo "$out" | grep -E "^soak:" | grep -Eq "$expect"; then
    echo "=== mutant $name: caught (the soak failed: $expect)"
  else
    echo "=== mutant $name: NOT caught (exit $rc)"
    status=1
  fi
}
check drop-acked-write cloudpirates-emulator/mutant-drop-acked-write "acknowledged writes lost: [1-9]"
check retry-post-503 mutant-retry-post-503 "duplicates: [1-9]"
exit "$status"
