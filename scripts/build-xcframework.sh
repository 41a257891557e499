#!/usr/bin/env bash
# The Swift package's native library: CloudPiratesFFI.xcframework (static libcloudpirates_ffi
# for iOS devices, iOS simulators and macOS, with the uniffi C header and module map), zipped,
# and the checksum SwiftPM wants for the root Package.swift's binaryTarget.
#
#   scripts/build-xcframework.sh [OUT_DIR]          # macOS with Xcode only; default dist/swift
#       builds crates/ffi (--release) for aarch64-apple-ios, aarch64-apple-ios-sim,
#       x86_64-apple-ios, aarch64-apple-darwin, x86_64-apple-darwin; lipo joins the two
#       simulator and the two macOS slices; xcodebuild -create-xcframework; zip; prints
#       `swift package compute-checksum` of the zip (also written to OUT_DIR/CloudPiratesFFI.xcframework.zip.checksum)
#   scripts/build-xcframework.sh --stamp URL CHECKSUM   # any OS: writes the release's URL and
#       checksum into the root Package.swift (the two lines marked cloudpirates:ffi-url and
#       cloudpirates:ffi-checksum), what the release job does before committing and tagging
#
# The Swift glue the package compiles (bindings/swift/Sources/CloudPirates/UniFFI/, and the
# header) is committed; scripts/check-swift.sh fails when it no longer matches the library.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
die() { echo "build-xcframework.sh: $*" >&2; exit 1; }

if [ "${1:-}" = "--stamp" ]; then
  [ $# -eq 3 ] || die "usage: scripts/build-xcframework.sh --stamp URL CHECKSUM"
  url="$2"; sum="$3"
  [[ "$sum" =~ ^[0-9a-f]{64}$ ]] || die "checksum must be 64 lowercase hex digits (swift package compute-checksum), got '$sum'"
  [[ "$url" =~ ^https://[^\"[:space:]]+\.zip$ ]] || die "url must be an https URL of a .zip, got '$url'"
  manifest="${MANIFEST:-$ROOT/Package.swift}"
  grep -q '// cloudpirates:ffi-url$' "$manifest" && grep -q '// cloudpirates:ffi-checksum$' "$manifest" \
    || die "$manifest lacks the marked ffiURL/ffiChecksum lines"
  tmp="$(mktemp)"
  sed -e "s|^let ffiURL = \".*\" // cloudpirates:ffi-url\$|let ffiURL = \"$url\" // cloudpirates:ffi-url|" \
      -e "s|^let ffiChecksum = \"[0-9a-f]*\" // cloudpirates:ffi-checksum\$|let ffiChecksum = \"$sum\" // cloudpirates:ffi-checksum|" \
      "$manifest" > "$tmp"
  grep -qF "let ffiURL = \"$url\"" "$tmp" && grep -qF "let ffiChecksum = \"$sum\"" "$tmp" || { rm -f "$tmp"; die "could not stamp $manifest"; }
  cat "$tmp" > "$manifest" && rm -f "$tmp"
  echo "Package.swift: binaryTarget CloudPiratesFFI -> $url ($sum)"
  exit 0
fi

[ "$(uname -s)" = Darwin ] || die "builds the XCFramework on macOS only (needs Xcode: xcodebuild, lipo, the Apple SDKs); this is $(uname -s). (--stamp URL CHECKSUM works anywhere.)"
for tool in xcodebuild lipo swift cargo rustup zip; do
  command -v "$tool" >/dev/null || die "$tool not found (Xcode and its command line tools, and rustup, are needed)"
done

OUT="${1:-$ROOT/dist/swift}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export IPHONEOS_DEPLOYMENT_TARGET=15.0 MACOSX_DEPLOYMENT_TARGET=12.0   # the manifest's platforms
TARGETS=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin)
LIB=libcloudpirates_ffi.a
WORK="$CARGO_TARGET_DIR/xcframework"
rm -rf "$WORK" && mkdir -p "$WORK/headers" "$WORK/ios-simulator" "$WORK/macos"

echo "==> rust targets"
installed="$(rustup target list --installed)"
for t in "${TARGETS[@]}"; do grep -qx "$t" <<<"$installed" || rustup target add "$t"; done

echo "==> cargo build -p cloudpirates-ffi --release for ${TARGETS[*]}"
for t in "${TARGETS[@]}"; do
  cargo build -q -p cloudpirates-ffi --release --target "$t"
done

echo "==> the C header and module map (the glue of the Swift package, generated from this build's sources)"
HDR_TMP="$WORK/gen"
bash scripts/gen-uniffi.sh swift "$HDR_TMP/swift" "$HDR_TMP/header" >/dev/null
cp "$HDR_TMP/header/CloudPiratesFFI.h" "$WORK/headers/"
cat > "$WORK/headers/module.modulemap" <<'MAP'
module CloudPiratesFFI {
    header "CloudPiratesFFI.h"
    export *
}
MAP
# the committed glue must be what this library exports (as scripts/check-swift.sh checks)
diff -q "$HDR_TMP/header/CloudPiratesFFI.h" bindings/swift/Sources/CloudPiratesFFI/CloudPiratesFFI.h >/dev/null \
  && diff -rq "$HDR_TMP/swift" bindings/swift/Sources/CloudPirates/UniFFI >/dev/null \
  || die "the committed uniffi glue is stale: run scripts/gen-uniffi.sh swift and commit it"

echo "==> lipo: iOS simulator (arm64 + x86_64), macOS (arm64 + x86_64)"
lipo -create "$CARGO_TARGET_DIR/aarch64-apple-ios-sim/release/$LIB" "$CARGO_TARGET_DIR/x86_64-apple-ios/release/$LIB" \
  -output "$WORK/ios-simulator/$LIB"
lipo -create "$CARGO_TARGET_DIR/aarch64-apple-darwin/release/$LIB" "$CARGO_TARGET_DIR/x86_64-apple-darwin/release/$LIB" \
  -output "$WORK/macos/$LIB"

echo "==> xcodebuild -create-xcframework"
XCF="$OUT/CloudPiratesFFI.xcframework"
rm -rf "$XCF"
xcodebuild -create-xcframework \
  -library "$CARGO_TARGET_DIR/aarch64-apple-ios/release/$LIB" -headers "$WORK/headers" \
  -library "$WORK/ios-simulator/$LIB" -headers "$WORK/headers" \
  -library "$WORK/macos/$LIB" -headers "$WORK/headers" \
  -output "$XCF" >/dev/null

echo "==> zip and checksum"
ZIP="$OUT/CloudPiratesFFI.xcframework.zip"
rm -f "$ZIP"
(cd "$OUT" && zip -qry "$(basename "$ZIP")" "$(basename "$XCF")")
SUM="$(swift package compute-checksum "$ZIP")"
echo "$SUM" > "$ZIP.checksum"
echo "$ZIP"
echo "checksum: $SUM"
echo "next (release job): upload $(basename "$ZIP") to the release, then"
echo "  scripts/build-xcframework.sh --stamp <its download URL> $SUM"
