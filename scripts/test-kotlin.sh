#!/usr/bin/env bash
# Kotlin bindings: builds the uniffi library and the emulator (debug), generates the uniffi
# Kotlin sources from the built library, checks the generated SDK sources are up to date,
# and runs the JUnit tests against the emulator (`mvn test`). Maven fetches its plugins and
# dependencies from Maven Central; nothing is installed by hand.
#
# The cross-language JUnit test (CrossTest) runs `node tests/cross/writer.mjs`, which needs the
# Node SDK built in bindings/node (dist/ and its native addon). scripts/test-node.sh builds it
# (and runs before this suite in scripts/test.sh); when it is missing, it is built here with
# the same commands, so this script also works alone.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

python3 tools/codegen/main.py --check bindings/kotlin
bash scripts/gen-uniffi.sh kotlin
cargo build -q -p cloudpirates-emulator
if [ ! -f bindings/node/dist/index.js ] || ! ls bindings/node/native/*.node >/dev/null 2>&1; then
  echo "kotlin: building the Node SDK for the cross-language test (as scripts/test-node.sh does)"
  (cd bindings/node && npm ci --no-audit --no-fund && npm run build)
fi
command -v node >/dev/null || { echo "kotlin: node is needed for the cross-language test" >&2; exit 1; }
cd bindings/kotlin
mvn -B -q -Dcargo.skip=true -Dcargo.target.dir="$CARGO_TARGET_DIR" test
echo "kotlin: ok"
