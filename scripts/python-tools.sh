#!/usr/bin/env bash
# Creates (once) the project's Python tool venv at target/tools-venv with the packages the
# spec checks, the generator and the conformance run need, and prints its python path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${CARGO_TARGET_DIR:-$root/target}/tools-venv"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$root/tools/requirements.txt" "$venv/.requirements" ; then
  python3 -m venv "$venv" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$root/tools/requirements.txt" >&2
  cp "$root/tools/requirements.txt" "$venv/.requirements"
fi
echo "$venv/bin/python"
