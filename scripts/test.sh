#!/usr/bin/env bash
# Runs every test of the project, in every language, and ends with one summary line.
# Usage: scripts/test.sh            (all suites)
#        scripts/test.sh rust node  (only the named suites)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TERM_COLOR=never

passed=0; failed=0; failures=()
suite() {
  local name="$1"; shift
  if [ "${#only[@]}" -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then return; fi
  echo
  echo "=== $name: $*"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed+1)); echo "=== $name: ok ($((SECONDS-start)) s)"
  else
    failed=$((failed+1)); failures+=("$name"); echo "=== $name: FAILED ($((SECONDS-start)) s)"
  fi
}
only=("$@")

py="$(bash scripts/python-tools.sh)" || { echo "cannot set up the Python tools"; exit 1; }
suite codegen "$py" tools/codegen/main.py --check
# hand-written Rust follows rustfmt.toml (generated modules are #[rustfmt::skip]); rustfmt comes
# with rustup's default profile, and is added here when a minimal profile left it out
if ! cargo fmt --version >/dev/null 2>&1; then rustup component add rustfmt >/dev/null 2>&1 || true; fi
suite rustfmt cargo fmt --all --check
suite spec "$py" -m pytest -q tests/spec
# the GitHub workflows (.github/workflows), with shellcheck on their run: scripts
[ -f scripts/actionlint.sh ] && suite actionlint bash scripts/actionlint.sh
suite rust cargo test
# the binding crates' own unit tests (the ffi error mapping, panic guards); their bindings are
# tested by the language suites below
suite ffi cargo test -q -p cloudpirates-ffi --lib
[ -f scripts/conformance.sh ] && suite conformance bash scripts/conformance.sh
[ -f scripts/test-python.sh ] && suite python bash scripts/test-python.sh
[ -f scripts/test-node.sh ] && suite node bash scripts/test-node.sh
[ -f scripts/test-cross.sh ] && suite cross bash scripts/test-cross.sh
[ -f scripts/test-kotlin.sh ] && suite kotlin bash scripts/test-kotlin.sh
[ -f scripts/check-swift.sh ] && suite swift bash scripts/check-swift.sh
# the release artifacts, built fast (profile `ci`, no LTO; `cargo package --no-verify`), checked
# and installed without Rust; the full release build is `bash scripts/package.sh`
[ -f scripts/package.sh ] && suite package bash scripts/package.sh --ci

echo
[ "$failed" -gt 0 ] && echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
