#!/usr/bin/env bash
# Checks the Swift package without a Swift toolchain: regenerates the uniffi Swift bindings
# from the freshly built library, checks the generated SDK sources are up to date, then
# parses every .swift file of bindings/swift with tree-sitter's Swift grammar and fails on
# any ERROR or MISSING node.
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
bash scripts/gen-uniffi.sh swift

"$VENV/bin/python" - "$ROOT/bindings/swift" <<'PY'
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
files = sorted(p for p in root.rglob("*.swift") if ".build" not in p.parts)
failed = 0
lines = 0
for path in files:
    text = DOC_BLOCK.sub("", path.read_text()).replace("= { () }", "= { return }")
    lines += text.count("\n")
    found = problems(text)
    if found:
        failed += 1
        for line, col, kind in found[:20]:
            print(f"{path.relative_to(root.parent.parent)}:{line}:{col}: {kind}")
names = [p.name for p in files]
for required in ("Package.swift", "CloudPirates.swift", "Resources.swift", "Models.swift", "CloudPiratesClient.swift", "EmulatorTests.swift"):
    if not any(n == required or n.endswith(required) for n in names):
        print(f"missing {required} under bindings/swift")
        failed += 1
print(f"swift check: {len(files)} files, {lines} lines, {failed} with syntax errors")
sys.exit(1 if failed else 0)
PY
