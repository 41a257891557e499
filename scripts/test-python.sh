#!/usr/bin/env bash
# Builds the Python package `cloudpirates` from source and runs all its checks:
#   1. a virtualenv (target/py-venv) with maturin, pytest, mypy, PyYAML
#   2. the generated code is up to date (tools/codegen --check)
#   3. the emulator binary (debug), bundled into the package for cloudpirates.testing
#   4. `pip install ./bindings/python` (maturin via PEP 517; debug profile unless
#      CLOUDPIRATES_PY_RELEASE=1)
#   5. pytest against the emulator, then mypy --strict on the package and on the examples
# `--build-only` (first argument) stops after step 4: the venv with the installed package is
# what other scripts reuse (scripts/test-cross.sh). Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
venv="${CLOUDPIRATES_PY_VENV:-$CARGO_TARGET_DIR/py-venv}"
py="${PYTHON:-python3}"
pkg="$root/bindings/python"
step() { printf '\n== %s\n' "$*"; }
build_only=0
if [ "${1:-}" = --build-only ]; then build_only=1; shift; fi

step "virtualenv $venv"
if [ ! -x "$venv/bin/python" ]; then
  "$py" -m venv "$venv"
fi
reqs="maturin>=1.16,<2 pytest>=7 mypy>=1.8 PyYAML>=6"
if [ "$(cat "$venv/.cloudpirates-reqs" 2>/dev/null)" != "$reqs" ]; then
  # shellcheck disable=SC2086
  "$venv/bin/python" -m pip install -q --disable-pip-version-check $reqs
  echo "$reqs" > "$venv/.cloudpirates-reqs"
fi
vpy="$venv/bin/python"
export PATH="$venv/bin:$PATH"

step "generated code is up to date"
"$vpy" tools/codegen/main.py --check bindings/python

step "emulator"
cargo build -q -p cloudpirates-emulator
emu_bin="$CARGO_TARGET_DIR/debug/cloudpirates-emulator"
bundle="$pkg/python/cloudpirates/_bin/cloudpirates-emulator"
cp "$emu_bin" "$bundle"
trap 'rm -f "$bundle"' EXIT

step "pip install ./bindings/python"
if [ "${CLOUDPIRATES_PY_RELEASE:-0}" = 1 ]; then
  export MATURIN_PEP517_ARGS="${MATURIN_PEP517_ARGS:-}"
else
  export MATURIN_PEP517_ARGS="${MATURIN_PEP517_ARGS:---profile dev}"
fi
# --no-build-isolation: use the venv's maturin instead of fetching one per build
"$vpy" -m pip install -q --disable-pip-version-check --no-build-isolation --force-reinstall --no-deps ./bindings/python
rm -f "$bundle"
trap - EXIT
site="$("$vpy" -c 'import cloudpirates, os; print(os.path.dirname(cloudpirates.__file__))')"
case "$site" in
  "$pkg"/*) echo "cloudpirates resolves to the source tree ($site), not the installed package" >&2; exit 1 ;;
esac
test -x "$site/_bin/cloudpirates-emulator" || { echo "the emulator is not bundled in $site/_bin" >&2; exit 1; }
if [ "$build_only" = 1 ]; then echo "python: built into $venv"; exit 0; fi

step "pytest"
cd "$pkg"
# the bundled emulator is found by cloudpirates.testing; the tests import the installed package
"$vpy" -m pytest -q -p no:cacheprovider tests "$@"

step "mypy --strict"
"$venv/bin/mypy" --strict --no-incremental examples/typed_usage.py examples/consistency_asgi.py
(cd python && "$venv/bin/mypy" --strict --no-incremental -p cloudpirates)
echo "python: all checks passed"
