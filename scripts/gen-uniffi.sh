#!/usr/bin/env bash
# Builds the uniffi library (crates/ffi, debug) and the pinned uniffi-bindgen, then generates
# the Kotlin or Swift bindings from the built library (library mode), so the generated code
# always matches the library it will load.
#
#   scripts/gen-uniffi.sh kotlin [OUT_DIR]   # default bindings/kotlin/target/generated-sources/uniffi
#   scripts/gen-uniffi.sh swift  [OUT_DIR [HEADER_DIR]]
#       # defaults bindings/swift/Sources/CloudPirates/UniFFI and bindings/swift/Sources/CloudPiratesFFI
#
# Swift also writes the C header CloudPiratesFFI.h (next to the committed module map by default).
# The Swift glue and the header are committed (a SwiftPM consumer of the root Package.swift
# compiles them as they are); scripts/check-swift.sh generates them into a temporary folder
# and fails when the committed copies differ. Kotlin's glue is generated at build time.
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
    HDR="${3:-$ROOT/bindings/swift/Sources/CloudPiratesFFI}"
    TMP="$(mktemp -d)"
    trap 'rm -rf "$TMP"' EXIT
    "$BINDGEN" generate --library "$LIB" --language swift --out-dir "$TMP" --no-format >/dev/null
    rm -rf "$OUT" && mkdir -p "$OUT"
    mv "$TMP"/*.swift "$OUT/"
    # By default the header goes next to the committed module map (which also links the library).
    mkdir -p "$HDR"
    cp "$TMP"/CloudPiratesFFI.h "$HDR/CloudPiratesFFI.h"
    ;;
  *) echo "unknown language $LANG_ (kotlin|swift)" >&2; exit 2 ;;
esac
echo "uniffi $LANG_ bindings -> ${OUT#$ROOT/}"
