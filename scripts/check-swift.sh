#!/usr/bin/env bash
# Checks the Swift package without a Swift toolchain: checks the generated SDK sources are up
# to date; generates the uniffi Swift glue and C header from the freshly built library into a
# temporary folder and fails when the committed copies (bindings/swift/Sources/CloudPirates/UniFFI/,
# bindings/swift/Sources/CloudPiratesFFI/CloudPiratesFFI.h: what a SwiftPM consumer compiles)
# differ; checks the published root Package.swift (a binaryTarget with the marked URL and
# checksum lines, which scripts/build-xcframework.sh --stamp rewrites, tried on a copy; no
# unsafeFlags); then parses every .swift file of bindings/swift and the root Package.swift with
# tree-sitter's Swift grammar and fails on any ERROR or MISSING node.
#
# tree-sitter-swift 0.7.4 lacks `@_documentation(visibility:)` inside `#if swift(>=5.8)`,
# which uniffi emits; those blocks are removed before parsing (they only hide docs). It also
# misreads a closure whose body is the empty tuple (`let writeReturn = { () }`, uniffi's glue
# for a callback returning nothing), which is parsed as `{ return }` instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

VENV="$CARGO_TARGET_DIR/tools/swift-check-venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import tree_sitter, tree_sitter_swift' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check 'tree-sitter==0.26.*' 'tree-sitter-swift==0.7.4'
fi

python3 tools/codegen/main.py --check bindings/swift

# The committed uniffi glue is the library's: regenerate aside and compare.
GEN="$(mktemp -d)"
trap 'rm -rf "$GEN"' EXIT
bash scripts/gen-uniffi.sh swift "$GEN/swift" "$GEN/header" >/dev/null
stale=0
diff -r "$GEN/swift" bindings/swift/Sources/CloudPirates/UniFFI >/dev/null 2>&1 || stale=1
diff "$GEN/header/CloudPiratesFFI.h" bindings/swift/Sources/CloudPiratesFFI/CloudPiratesFFI.h >/dev/null 2>&1 || stale=1
if [ "$stale" = 1 ]; then
  echo "swift check: the committed uniffi glue is stale (bindings/swift/Sources/CloudPirates/UniFFI/ or" >&2
  echo "  bindings/swift/Sources/CloudPiratesFFI/CloudPiratesFFI.h): run scripts/gen-uniffi.sh swift and commit it" >&2
  diff -r "$GEN/swift" bindings/swift/Sources/CloudPirates/UniFFI | head -20 >&2 || true
  exit 1
fi
echo "swift check: committed uniffi glue matches the library"

# The published manifest: no unsafeFlags (SwiftPM refuses them in a dependency), the binary
# target's two marked lines, and the release's stamping step works on a copy.
if grep -n 'unsafeFlags' Package.swift; then echo "swift check: the root Package.swift must not use unsafeFlags" >&2; exit 1; fi
grep -q '\.binaryTarget(name: "CloudPiratesFFI", url: ffiURL, checksum: ffiChecksum)' Package.swift \
  || { echo "swift check: the root Package.swift lacks the CloudPiratesFFI binaryTarget" >&2; exit 1; }
cp Package.swift "$GEN/Package.swift"
SUM=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
URL=https://example.invalid/v9.9.9/CloudPiratesFFI.xcframework.zip
MANIFEST="$GEN/Package.swift" bash scripts/build-xcframework.sh --stamp "$URL" "$SUM" >/dev/null
grep -qx "let ffiChecksum = \"$SUM\" // cloudpirates:ffi-checksum" "$GEN/Package.swift" \
  && grep -qx "let ffiURL = \"$URL\" // cloudpirates:ffi-url" "$GEN/Package.swift" \
  && [ "$(diff Package.swift "$GEN/Package.swift" | grep -c '^>')" = 2 ] \
  || { echo "swift check: build-xcframework.sh --stamp did not rewrite exactly the two marked lines" >&2; exit 1; }
if MANIFEST="$GEN/Package.swift" bash scripts/build-xcframework.sh --stamp "$URL" nothex >/dev/null 2>&1; then
  echo "swift check: --stamp accepted a malformed checksum" >&2; exit 1
fi
echo "swift check: root Package.swift (binaryTarget, no unsafeFlags, --stamp) ok"

"$VENV/bin/python" - "$ROOT/bindings/swift" "$ROOT/Package.swift" <<'PY'
import re
import sys
from pathlib import Path

import tree_sitter_swift
from tree_sitter import Language, Parser

parser = Parser(Language(tree_sitter_swift.language()))
DOC_BLOCK = re.compile(r"^[ \t]*#if swift\(>=5\.8\)\s*\n[ \t]*@_documentation\([^)]*\)\s*\n[ \t]*#endif[ \t]*$", re.M)


def problems(source: str):
    tree = parser.parse(source.encode())
    out = []
    stack = [tree.root_node]
    while stack:
        n = stack.pop()
        if n.is_error or n.is_missing:
            kind = "MISSING " + n.type if n.is_missing else "ERROR"
            out.append((n.start_point[0] + 1, n.start_point[1] + 1, kind))
            continue
        if n.has_error:
            stack.extend(n.children)
    return sorted(out)


# The checker must see a broken file as broken.
assert problems("func f( {\n let = \n}\n"), "tree-sitter did not flag a syntax error"

root = Path(sys.argv[1])
files = sorted(p for p in root.rglob("*.swift") if ".build" not in p.parts) + [Path(sys.argv[2])]
failed = 0
lines = 0
for path in files:
    text = DOC_BLOCK.sub("", path.read_text()).replace("= { () }", "= { return }")
    lines += text.count("\n")
    found = problems(text)
    if found:
        failed += 1
        for line, col, kind in found[:20]:
            print(f"{path.resolve().relative_to(root.resolve().parent.parent)}:{line}:{col}: {kind}")
names = [p.name for p in files]
for required in ("Package.swift", "CloudPirates.swift", "Resources.swift", "Models.swift", "CloudPiratesClient.swift", "EmulatorTests.swift"):
    if not any(n == required or n.endswith(required) for n in names):
        print(f"missing {required} under bindings/swift")
        failed += 1
print(f"swift check: {len(files)} files, {lines} lines, {failed} with syntax errors")
sys.exit(1 if failed else 0)
PY
