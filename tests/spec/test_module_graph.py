"""No import loops between the modules of the Rust core and of the emulator.

A module's dependencies are the sibling modules it names as `crate::x` or `super::x` outside
its `#[cfg(test)] mod tests` (doc links count: keep them one-way too). A module and the modules
nested in it are not a loop. The test names every loop it finds.

Run: python3 -m pytest tests/spec -q
"""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def module_graph(src: Path) -> dict:
    sources = {}
    for path in src.rglob("*.rs"):
        rel = path.relative_to(src).with_suffix("").as_posix()
        name = rel[: -len("/mod")] if rel.endswith("/mod") else rel
        if name in ("lib", "main") or name.startswith("bin/"):
            continue
        sources[name.replace("/", "::")] = path.read_text()
    graph = {}
    for name, text in sources.items():
        text = re.split(r"#\[cfg\(test\)\]\s*mod tests \{", text)[0]
        deps = set()
        for m in re.finditer(r"crate::([a-z_]+(?:::[a-z_]+)?)", text):
            target = m.group(1)
            deps.add(target if target in sources else target.split("::")[0])
        parent = "::".join(name.split("::")[:-1])
        for m in re.finditer(r"super::([a-z_]+)", text):
            deps.add(f"{parent}::{m.group(1)}" if parent else m.group(1))
        graph[name] = {
            d for d in deps
            if d in sources and d != name and not d.startswith(name + "::") and not name.startswith(d + "::")
        }
    return graph


def loops(graph: dict) -> list:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


@pytest.mark.parametrize("crate", ["crates/core/src", "crates/emulator/src"])
def test_no_import_loops(crate):
    graph = module_graph(ROOT / crate)
    assert len(graph) > 5, "the modules were read"
    assert loops(graph) == [], f"import loops in {crate}: {loops(graph)}"


def test_a_loop_is_found():
    assert loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
