"""Generates every language's surface from openapi/cloudpirates.yaml.

    python3 tools/codegen/main.py          # write the generated files
    python3 tools/codegen/main.py --check  # fail if regenerating would change anything

Each emitter is a module of this folder with `emit(spec) -> dict[path, text]`, paths
relative to the repository root. Generated files are committed; never edit them by hand.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec as spec_mod  # noqa: E402

EMITTERS = ["rust", "python", "typescript", "kotlin", "swift", "copies"]


def generate() -> dict[str, str]:
    s = spec_mod.load()
    out: dict[str, str] = {}
    for name in EMITTERS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue  # emitter not written yet
            raise
        out.update(mod.emit(s))
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    only = [a for a in argv if not a.startswith("--")]
    files = generate()
    stale = []
    for rel, text in sorted(files.items()):
        if only and not any(rel.startswith(o) for o in only):
            continue
        path = spec_mod.ROOT / rel
        current = path.read_text() if path.exists() else None
        if current == text:
            continue
        stale.append(rel)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    if check and stale:
        print("generated files are out of date (run python3 tools/codegen/main.py):")
        for rel in stale:
            print("  " + rel)
        return 1
    print(f"{len(files)} generated files, {len(stale)} {'stale' if check else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
