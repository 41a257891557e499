#!/usr/bin/env bash
# Kotlin bindings: builds the uniffi library and the emulator (debug), generates the uniffi
# Kotlin sources from the built library, checks the generated SDK sources are up to date,
# and runs the JUnit tests against the emulator (`mvn test`). Maven fetches its plugins and
# dependencies from Maven Central; nothing is installed by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

python3 tools/codegen/main.py --check bindings/kotlin
bash scripts/gen-uniffi.sh kotlin
cargo build -q -p cloudpirates-emulator
cd bindings/kotlin
mvn -B -q -Dcargo.skip=true -Dcargo.target.dir="$CARGO_TARGET_DIR" test
echo "kotlin: ok"
