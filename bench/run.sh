#!/usr/bin/env bash
# The one command of the benchmarks (issue 8): bench/run.sh
#
# Builds what is needed (bench/setup.sh), starts ONE emulator (release build, lag 0, no faults,
# 127.0.0.1, 100,000 seeded trainings for the pagination cases), then runs every available case:
#   load generator (wrk or oha) on GET /v1/auth/me at 1 and 64 connections (the ceiling),
#   Rust (bench/rust), Python (bench/python/bench.py), Node (bench/node/bench.cjs),
# and prints a table of ratios to each baseline measured in this same run.
#
# Environment: BENCH_SECS (seconds per case and round, default 3), BENCH_ROUNDS (default 3),
# BENCH_SKIP_SETUP=1 (do not build/install), BENCH_LANGS (default "load rust python node"),
# BENCH_PIN (default 0: the kernel places everything, as when users run the SDK; these are the
# headline figures. 1, a diagnostic on a machine of 2+ CPUs: the servers run on the last CPU and
# every client and the load generator on the others, so that client and server never fight for
# one core), BENCH_CALLGRIND (default 1: after the wall-clock cases, bench/callgrind.sh counts
# the Rust core's instructions per call; 0 skips it).
# At concurrency 1 every harness also records each call's latency (p50 and p99 per round);
# the Python harness runs `wrk -c1` in the same alternation as its clients (paired ratio).
# Results: $CARGO_TARGET_DIR/bench-results/<timestamp>/{results.jsonl,machine.json,table.md,callgrind.md}
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
T="$CARGO_TARGET_DIR"
export BENCH_SECS="${BENCH_SECS:-3}"
export BENCH_ROUNDS="${BENCH_ROUNDS:-3}"
langs="${BENCH_LANGS:-load rust python node}"

if [ "${BENCH_SKIP_SETUP:-0}" != 1 ]; then
  bench/setup.sh
fi

out="$T/bench-results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
results="$out/results.jsonl"
: > "$results"

ncpu="$(nproc)"
pin="${BENCH_PIN:-0}"
if [ "$pin" = 1 ] && command -v taskset >/dev/null 2>&1 && [ "$ncpu" -ge 2 ]; then
  server_cpus="$((ncpu - 1))"
  client_cpus="0-$((ncpu - 2))"
  on_server() { taskset -c "$server_cpus" "$@"; }
  on_client() { taskset -c "$client_cpus" "$@"; }
  echo "pinned: servers on CPU $server_cpus, clients on CPU $client_cpus (BENCH_PIN=0 to turn off)" >&2
else
  pin=0
  on_server() { "$@"; }
  on_client() { "$@"; }
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# wait for the first stdout line of a background server
first_line() {
  local f="$1" i
  for i in $(seq 1 200); do
    if [ -s "$f" ] && head -n1 "$f" | grep -q '}'; then head -n1 "$f"; return 0; fi
    sleep 0.05
  done
  echo "server did not start: $(cat "$f.err" 2>/dev/null)" >&2
  return 1
}
jget() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

on_server "$T/release/cloudpirates-emulator" --port 0 --trainings 100000 --lag-ms 0 --no-link-quirks > "$out/emulator.out" 2> "$out/emulator.out.err" &
pids+=($!)
line="$(first_line "$out/emulator.out")"
base="$(jget "$line" base_url)"
origin="$(jget "$line" origin)"
key="$(jget "$line" api_key)"
curl -sf -X PUT "$origin/_emulator/config" -H 'content-type: application/json' \
  -d '{"lag_ms":0,"faults":[]}' > /dev/null
curl -sf -H "Authorization: ApiKey $key" "$base/auth/me" > /dev/null

export CP_BASE_URL="$base" CP_API_KEY="$key" CP_PAGES_URL="$base"
echo "emulator $base (100,000 trainings for the pagination cases), ${BENCH_SECS}s x ${BENCH_ROUNDS} rounds per case" >&2

# machine
BENCH_PINNED="$pin" python3 - "$out/machine.json" <<'EOF'
import json, os, sys, subprocess
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
json.dump({"nproc": os.cpu_count(), "cpu": cpu, "loadavg_start": open("/proc/loadavg").read().split()[:3],
           "kernel": os.uname().release, "pinned": os.environ.get("BENCH_PINNED") == "1",
           "cpu_ticks_start": [int(x) for x in open("/proc/stat").readline().split()[1:]]},
          open(sys.argv[1], "w"))
EOF

t0=$(date +%s)
for lang in $langs; do
  case "$lang" in
  load)
    echo "== load generator" >&2
    for c in 1 64; do
      for r in $(seq 1 "$BENCH_ROUNDS"); do
        # one round: a JSON line with req/s, and at c=1 the p50/p99 latency (µs)
        if command -v wrk >/dev/null 2>&1; then
          th=$([ "$c" = 1 ] && echo 1 || echo 2)
          rec=$(on_client wrk -t"$th" -c"$c" -d"${BENCH_SECS}s" --latency -H "Authorization: ApiKey $key" \
                -H 'Accept: application/json' "$base/auth/me" | python3 -c '
import json, re, sys
out = sys.stdin.read(); unit = {"us": 1, "ms": 1e3, "s": 1e6}
pct = {m[0]: float(m[1]) * unit[m[2]] for m in re.findall(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)}
print(json.dumps({"rps": float(re.search(r"Requests/sec:\s*([\d.]+)", out)[1]), "p50": pct.get("50"), "p99": pct.get("99")}))')
          tool=wrk
        elif [ -x "$T/bench-tools/bin/oha" ]; then
          rec=$(on_client "$T/bench-tools/bin/oha" -z "${BENCH_SECS}s" -c "$c" --no-tui --output-format json \
                -H "Authorization: ApiKey $key" -H 'Accept: application/json' "$base/auth/me" \
                | python3 -c '
import json, sys
d = json.load(sys.stdin); p = d.get("latencyPercentiles") or {}
us = lambda x: None if x is None else x * 1e6
print(json.dumps({"rps": d["summary"]["requestsPerSec"], "p50": us(p.get("p50")), "p99": us(p.get("p99"))}))')
          tool=oha
        else
          echo "no load generator: ceiling not measured" >&2; break 2
        fi
        REC="$rec" TOOL="$tool" C="$c" python3 -c '
import json, os
r = json.loads(os.environ["REC"]); t, c = os.environ["TOOL"], int(os.environ["C"])
print(json.dumps({"lang": "load", "case": "me", "impl": t, "conc": c, "unit": "req/s", "round": r["rps"]}))
if c == 1 and r["p50"] and r["p99"]:
    print(json.dumps({"lang": "load", "case": "me_lat", "impl": t, "conc": c, "unit": "µs", "p50": r["p50"], "p99": r["p99"]}))' >> "$results"
        echo "$tool c=$c round $r: $rec" >&2
      done
    done
    ;;
  rust)
    echo "== rust" >&2
    on_client "$T/release/cloudpirates-bench" --secs "$BENCH_SECS" --rounds "$BENCH_ROUNDS" >> "$results" || echo "rust bench failed" >&2
    ;;
  python)
    echo "== python" >&2
    if [ -f "$T/bench-status/python" ]; then
      # wrk -c1 runs inside the Python harness, alternating with its clients (paired ratio)
      wrk_bin="$(command -v wrk || true)"
      (cd /tmp && BENCH_WRK="$wrk_bin" on_client "$T/bench-venv/bin/python" "$root/bench/python/bench.py") >> "$results" \
        || echo "python bench failed" >&2
    else
      echo "python package not built: Python SDK cases not measured" >&2
      # the plain clients alone, so their figures exist
      if [ -x "$T/bench-venv/bin/python" ]; then
        (cd /tmp && "$T/bench-venv/bin/python" "$root/bench/python/bench.py") >> "$results" || true
      fi
    fi
    ;;
  node)
    echo "== node" >&2
    if [ -f "$T/bench-status/node" ]; then
      (cd "$T/bench-node" && BENCH_SDK="$T/bench-node/node_modules/@cloudpirates/sdk" on_client node "$root/bench/node/bench.cjs") \
        >> "$results" || echo "node bench failed" >&2
    else
      echo "node package not built: Node SDK cases not measured" >&2
      (cd /tmp && BENCH_SDK=/nonexistent node "$root/bench/node/bench.cjs") >> "$results" || true
    fi
    ;;
  esac
done
t1=$(date +%s)

python3 - "$out/machine.json" "$((t1 - t0))" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1])); m["loadavg_end"] = open("/proc/loadavg").read().split()[:3]
# CPU time the hypervisor gave to others while this VM wanted it (the `st` column of vmstat)
end = [int(x) for x in open("/proc/stat").readline().split()[1:]]
d = [b - a for a, b in zip(m.pop("cpu_ticks_start", end), end)]
m["steal_percent"] = round(100 * d[7] / max(sum(d[:8]), 1), 1) if len(d) > 7 else None
m["measure_seconds"] = int(sys.argv[2]); json.dump(m, open(sys.argv[1], "w"))
EOF
if [ "${BENCH_CALLGRIND:-1}" != 0 ]; then
  echo "== callgrind (instructions per call; BENCH_CALLGRIND=0 skips it)" >&2
  if command -v valgrind >/dev/null 2>&1; then
    bash bench/callgrind.sh > "$out/callgrind.md" || { echo "callgrind failed" >&2; rm -f "$out/callgrind.md"; }
  else
    echo "valgrind not installed: instructions per call not measured" >&2
  fi
fi
python3 bench/report.py "$results" "$out/machine.json" "$out/callgrind.md" | tee "$out/table.md"
echo "results: $out" >&2
