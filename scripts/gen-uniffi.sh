#!/usr/bin/env bash
# Builds the uniffi library (crates/ffi, debug) and the pinned uniffi-bindgen, then generates
# the Kotlin or Swift bindings from the built library (library mode), so the generated code
# always matches the library it will load.
#
#   scripts/gen-uniffi.sh kotlin [OUT_DIR]   # default bindings/kotlin/target/generated-sources/uniffi
#   scripts/gen-uniffi.sh swift  [OUT_DIR]   # default bindings/swift/Sources/CloudPirates/UniFFI
#
# Swift also writes the C header to bindings/swift/Sources/CloudPiratesFFI/ (module map committed there).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LANG_="${1:?usage: gen-uniffi.sh kotlin|swift [OUT_DIR]}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cd "$ROOT"

cargo build -q -p cloudpirates-ffi -p uniffi-bindgen
case "$(uname -s)" in
  Darwin) LIB="$CARGO_TARGET_DIR/debug/libcloudpirates_ffi.dylib" ;;
  *) LIB="$CARGO_TARGET_DIR/debug/libcloudpirates_ffi.so" ;;
esac
BINDGEN="$CARGO_TARGET_DIR/debug/uniffi-bindgen"

case "$LANG_" in
  kotlin)
    OUT="${2:-$ROOT/bindings/kotlin/target/generated-sources/uniffi}"
    rm -rf "$OUT" && mkdir -p "$OUT"
    "$BINDGEN" generate --library "$LIB" --language kotlin --out-dir "$OUT" --no-format >/dev/null
    ;;
  swift)
    OUT="${2:-$ROOT/bindings/swift/Sources/CloudPirates/UniFFI}"
    TMP="$(mktemp -d)"
    trap 'rm -rf "$TMP"' EXIT
    "$BINDGEN" generate --library "$LIB" --language swift --out-dir "$TMP" --no-format >/dev/null
    rm -rf "$OUT" && mkdir -p "$OUT"
    mv "$TMP"/*.swift "$OUT/"
    # The header goes next to the committed module map (which also links the library).
    cp "$TMP"/CloudPiratesFFI.h "$ROOT/bindings/swift/Sources/CloudPiratesFFI/CloudPiratesFFI.h"
    ;;
  *) echo "unknown language $LANG_ (kotlin|swift)" >&2; exit 2 ;;
esac
echo "uniffi $LANG_ bindings -> ${OUT#$ROOT/}"
