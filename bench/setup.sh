#!/usr/bin/env bash
# Builds and installs what bench/run.sh needs. Idempotent; called by run.sh.
#   1. a load generator: wrk from Debian (apt-get), else oha from crates.io into
#      $CARGO_TARGET_DIR/bench-tools (cargo install --locked --root)
#   1b. valgrind from Debian (apt-get) for bench/callgrind.sh, unless BENCH_CALLGRIND=0
#   2. release builds of the emulator and the Rust bench (cloudpirates-bench)
#   3. Python: venv $CARGO_TARGET_DIR/bench-venv with requests, httpx, aiohttp, maturin, and the
#      `cloudpirates` package built from bindings/python (release)
#   4. Node: a bench-local copy of @cloudpirates/sdk in $CARGO_TARGET_DIR/bench-node/node_modules
#      (bindings/node's dist/ and native loader + a release build of crates/node)
# A binding that does not build is reported ("not built") and left out; run.sh then marks its
# cases "not measured".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
T="$CARGO_TARGET_DIR"
status="$T/bench-status"
mkdir -p "$status"
step() { printf '\n== bench setup: %s\n' "$*" >&2; }

step "load generator"
if command -v wrk >/dev/null 2>&1; then
  echo "wrk: $(command -v wrk)" >&2
elif [ -x "$T/bench-tools/bin/oha" ]; then
  echo "oha: $T/bench-tools/bin/oha" >&2
else
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >&2 || true
  fi
  if ! command -v wrk >/dev/null 2>&1; then
    cargo install --locked --root "$T/bench-tools" oha >&2 || echo "no load generator" >&2
  fi
fi

step "valgrind (bench/callgrind.sh, run by run.sh unless BENCH_CALLGRIND=0)"
if ! command -v valgrind >/dev/null 2>&1 && [ "${BENCH_CALLGRIND:-1}" != 0 ] \
   && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind) >&2 || true
fi
command -v valgrind >/dev/null 2>&1 || echo "no valgrind: instructions per call not measured" >&2

step "release build: emulator + cloudpirates-bench"
cargo build --release -p cloudpirates-emulator -p cloudpirates-bench >&2 || { echo "release build failed" >&2; exit 1; }

step "python venv + cloudpirates (release)"
venv="$T/bench-venv"
rm -f "$status/python"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv" >&2; fi
reqs="requests httpx aiohttp maturin>=1.16,<2"
if [ "$(cat "$venv/.bench-reqs" 2>/dev/null)" != "$reqs" ]; then
  # shellcheck disable=SC2086
  "$venv/bin/python" -m pip install -q --disable-pip-version-check $reqs >&2 && echo "$reqs" > "$venv/.bench-reqs"
fi
if [ "${BENCH_SKIP_PY_BUILD:-0}" = 1 ] && "$venv/bin/python" -c 'import cloudpirates' 2>/dev/null; then
  echo ok > "$status/python"
elif (unset MATURIN_PEP517_ARGS; PATH="$venv/bin:$PATH" "$venv/bin/python" -m pip install -q --disable-pip-version-check \
      --no-build-isolation --force-reinstall --no-deps ./bindings/python >&2) \
   && (cd /tmp && "$venv/bin/python" -c 'import cloudpirates; cloudpirates.Client; cloudpirates.AsyncClient') >&2; then
  echo ok > "$status/python"
else
  echo "python package: not built" >&2
fi

step "node: bench-local @cloudpirates/sdk (release native)"
rm -f "$status/node"
pkg="$T/bench-node/node_modules/@cloudpirates/sdk"
if [ -f bindings/node/dist/index.js ] && [ -f bindings/node/native/index.js ] \
   && cargo build --release -p cloudpirates-node >&2; then
  rm -rf "$pkg" && mkdir -p "$pkg/native"
  cp -r bindings/node/dist bindings/node/package.json "$pkg/"
  cp bindings/node/native/index.js bindings/node/native/index.d.ts "$pkg/native/"
  cp "$T/release/libcloudpirates_node.so" "$pkg/native/cloudpirates.linux-x64-gnu.node"
  if (cd "$T/bench-node" && node -e "const s=require('@cloudpirates/sdk'); if(!s.Client) process.exit(1)") >&2; then
    echo ok > "$status/node"
  else
    echo "node package: does not load" >&2
  fi
else
  echo "node package: not built (bindings/node/dist or crates/node release build missing)" >&2
fi
exit 0
