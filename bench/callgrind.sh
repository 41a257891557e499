#!/usr/bin/env bash
# Instructions per call of the Rust core against raw reqwest, under valgrind's callgrind: a
# count of executed instructions, repeatable where wall-clock figures are not (issue 22).
#
#   bash bench/callgrind.sh              # c=1 and c=64, the table on stdout
#   CALLS="200 1200" bash bench/callgrind.sh
#   EMULATOR=path/to/cloudpirates-emulator bash bench/callgrind.sh   # compare builds on one server
#
# Each case runs the bench binary twice (`count` with N1 and N2 calls of auth.me) under
# `valgrind --tool=callgrind`; the client's instructions per call are (I(N2) - I(N1)) / (N2 - N1),
# so start-up, the runtime and connection set-up cancel out. The emulator runs outside valgrind
# (release build, lag 0). Not part of CI: it takes a few minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
read -r N1 N2 <<<"${CALLS:-200 1200}"
command -v valgrind >/dev/null || { echo "valgrind is needed (Debian package valgrind)" >&2; exit 1; }
cargo build -q --release -p cloudpirates-bench -p cloudpirates-emulator
bin="$CARGO_TARGET_DIR/release/cloudpirates-bench"
work="$(mktemp -d)"
"${EMULATOR:-$CARGO_TARGET_DIR/release/cloudpirates-emulator}" --port 0 --lag-ms 0 >"$work/emu.out" 2>"$work/emu.err" &
emu=$!
trap 'kill $emu 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/emu.out" ] && break; sleep 0.05; done
line="$(head -n1 "$work/emu.out")"
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" <<<"$line"; }
base="$(field base_url)"; key="$(field api_key)"
[ -n "$base" ] && [ -n "$key" ] || { echo "emulator did not start: $(cat "$work/emu.err")" >&2; exit 1; }

instructions() { # impl conc calls
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$bin" count --impl "$1" --conc "$2" --calls "$3" \
    --base-url "$base" --api-key "$key" >/dev/null 2>"$work/vg.err"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/vg.err" | tail -n1
}

printf '| case | impl | instructions per call | vs reqwest+Identity | vs reqwest |\n|---|---|---|---|---|\n'
for conc in 1 64; do
  declare -A per=()
  for imp in reqwest reqwest+Identity sdk; do
    a="$(instructions "$imp" "$conc" "$N1")"; b="$(instructions "$imp" "$conc" "$N2")"
    per[$imp]=$(( (b - a) / (N2 - N1) ))
  done
  for imp in reqwest reqwest+Identity sdk; do
    ratio() { awk -v x="${per[$imp]}" -v y="$1" 'BEGIN { printf "%.3f", x / y }'; }
    printf '| auth.me c=%s | %s | %s | %s | %s |\n' "$conc" "$imp" "${per[$imp]}" "$(ratio "${per[reqwest+Identity]}")" "$(ratio "${per[reqwest]}")"
  done
  unset per
done
