#!/usr/bin/env bash
# Cross-process, cross-language read-your-writes (issue 21; tests/cross/README.md): the Python
# writer (tests/cross/writer.py) hands its consistency tokens to the Node reader
# (tests/cross/reader.mjs) through a pipe, against one emulator with a 500 ms read lag.
#   1. reuses the builds of the language suites, making only what is missing: the venv and
#      installed package of scripts/test-python.sh (`--build-only`), the Node build of
#      bindings/node (`npm ci`, `npm run build`, as scripts/test-node.sh), the debug emulator
#   2. starts target/debug/cloudpirates-emulator --lag-ms 500 on a free port
#   3. CROSS_CYCLES=100 python writer.py | node reader.mjs, and checks the reader's summary:
#      cycles >= 100, errors == 0, lagSeen > 0
# Prints the figures and the elapsed time; exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
venv="${CLOUDPIRATES_PY_VENV:-$CARGO_TARGET_DIR/py-venv}"
emu_bin="$CARGO_TARGET_DIR/debug/cloudpirates-emulator"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
started="$(now_ms)"

# -- 1. builds (only what is missing)
if ! "$venv/bin/python" -c 'import cloudpirates; cloudpirates.AsyncClient.consistency_token' 2>/dev/null; then
  echo "cross: building the Python package (scripts/test-python.sh --build-only)"
  bash scripts/test-python.sh --build-only
fi
if ! node -e "process.exit(typeof require('./bindings/node').Client.prototype.consistencyToken === 'function' ? 0 : 1)" 2>/dev/null; then
  echo "cross: building the Node package (npm ci, npm run build in bindings/node)"
  (cd bindings/node && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
fi
if [ ! -x "$emu_bin" ]; then
  echo "cross: building the emulator"
  cargo build -q -p cloudpirates-emulator
fi

# -- 2. the emulator: a coprocess whose stdin this script holds (--watch-stdin), so it goes
# away with this script however it ends
tmp="$(mktemp -d)"
coproc EMU { exec "$emu_bin" --port 0 --lag-ms 500 --watch-stdin 2>"$tmp/emulator.log"; }
emu_pid="$EMU_PID"
trap 'kill "$emu_pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
if ! IFS= read -r -t 30 info <&"${EMU[0]}"; then
  echo "cross: the emulator did not start: $(cat "$tmp/emulator.log")" >&2
  exit 1
fi
read -r CLOUDPIRATES_BASE_URL CLOUDPIRATES_API_KEY < <(
  "$venv/bin/python" -c 'import json, sys; d = json.loads(sys.argv[1]); print(d["base_url"], d["api_key"])' "$info")
export CLOUDPIRATES_BASE_URL CLOUDPIRATES_API_KEY
export CROSS_CYCLES=100
unset CLOUDPIRATES_LOG
echo "cross: emulator at $CLOUDPIRATES_BASE_URL (lag 500 ms); $CROSS_CYCLES cycles, ${CROSS_CONCURRENCY:-10} at a time"

# -- 3. writer | reader
run_started="$(now_ms)"
set +e
timeout 100 "$venv/bin/python" tests/cross/writer.py 2>"$tmp/writer.err" \
  | timeout 100 node tests/cross/reader.mjs >"$tmp/summary" 2>"$tmp/reader.err"
codes=("${PIPESTATUS[@]}")
set -e
run_ms=$(( $(now_ms) - run_started ))
for side in writer reader; do
  if [ -s "$tmp/$side.err" ]; then
    echo "--- $side stderr (last 40 lines):"
    tail -n 40 "$tmp/$side.err"
  fi
done

summary="$(cat "$tmp/summary")"
re='^\{"cycles": ([0-9]+), "errors": ([0-9]+), "lagSeen": ([0-9]+)\}$'
if ! [[ "$summary" =~ $re ]]; then
  echo "cross: FAILED: the reader's summary is not one line {\"cycles\": N, \"errors\": E, \"lagSeen\": L}: $summary" >&2
  exit 1
fi
cycles="${BASH_REMATCH[1]}" errors="${BASH_REMATCH[2]}" lag_seen="${BASH_REMATCH[3]}"
echo "cross: python writer -> node reader: cycles=$cycles errors=$errors lagSeen=$lag_seen" \
  "(writer exit ${codes[0]}, reader exit ${codes[1]}); pipeline ${run_ms} ms, total $(( $(now_ms) - started )) ms"
fail=()
[ "${codes[0]}" -eq 0 ] || fail+=("the writer exited ${codes[0]}")
[ "${codes[1]}" -eq 0 ] || fail+=("the reader exited ${codes[1]}")
[ "$cycles" -ge 100 ] || fail+=("cycles $cycles < 100")
[ "$errors" -eq 0 ] || fail+=("errors $errors > 0: a read with the token missed a write")
[ "$lag_seen" -gt 0 ] || fail+=("lagSeen 0: without the token no lag showed, so the run proves nothing")
if [ "${#fail[@]}" -gt 0 ]; then
  printf 'cross: FAILED: %s\n' "${fail[@]}" >&2
  exit 1
fi
echo "cross: ok"
