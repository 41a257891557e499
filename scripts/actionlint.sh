#!/usr/bin/env bash
# Lints the GitHub workflows (.github/workflows/*.yml) with actionlint, a pinned version built
# once with `go install` into target/tools/actionlint-<version>/. actionlint runs shellcheck
# on every `run:` script when shellcheck is on PATH; where it is not, it is installed from the
# distribution's packages when that is possible (root with apt-get), else the lint runs without
# it and says so.
#
#   bash scripts/actionlint.sh     # suite `actionlint` of scripts/test.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VERSION=v1.7.12
BIN_DIR="$ROOT/target/tools/actionlint-$VERSION"
ACTIONLINT="$BIN_DIR/actionlint"

if [ ! -x "$ACTIONLINT" ]; then
  command -v go >/dev/null || { echo "actionlint.sh: needs Go to build actionlint $VERSION" >&2; exit 1; }
  echo "actionlint $VERSION: go install into ${BIN_DIR#"$ROOT"/}/"
  GOBIN="$BIN_DIR" GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@$VERSION"
fi

if ! command -v shellcheck >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "shellcheck: apt-get install shellcheck"
    { apt-get install -y -qq shellcheck || { apt-get update -qq && apt-get install -y -qq shellcheck; }; } >/dev/null 2>&1 || true
  fi
fi
if command -v shellcheck >/dev/null; then
  echo "actionlint $VERSION, $(shellcheck --version | sed -n 's/^version: /shellcheck /p') on the run: scripts"
else
  echo "actionlint $VERSION (no shellcheck on PATH: run: scripts are not shellchecked)"
fi

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
[ "${#workflows[@]}" -gt 0 ] || { echo "actionlint.sh: no workflow under .github/workflows" >&2; exit 1; }
"$ACTIONLINT" -no-color "${workflows[@]}"
echo "actionlint: ${#workflows[@]} workflows, 0 problems"
