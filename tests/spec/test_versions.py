"""The release version lives in one place: `version` of `[workspace.package]` in Cargo.toml.

Every other place that states it (hand-written, so the generator does not own the file) must
agree; this check fails otherwise, naming the file. To release a new version, change
Cargo.toml, then every line this test names.

Run: python3 -m pytest tests/spec -q
"""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cargo_version() -> str:
    text = (ROOT / "Cargo.toml").read_text()
    m = re.search(r'^\[workspace\.package\]\s*\n(?:[^\[]*\n)*?version = "([^"]+)"', text, re.M)
    assert m, "no version in [workspace.package] of Cargo.toml"
    return m.group(1)


# (file, a regex whose group 1 is the version stated there)
PLACES = [
    ("bindings/node/package.json", r'^  "version": "([^"]+)"'),
    ("bindings/node/src/core.ts", r"^export const VERSION = '([^']+)'"),
    ("bindings/kotlin/pom.xml", r"^  <version>([^<]+)</version>"),
    ("bindings/kotlin/src/main/kotlin/io/cloudpirates/sdk/CloudPiratesClient.kt", r'const val VERSION: String = "([^"]+)"'),
    ("bindings/swift/Sources/CloudPirates/CloudPiratesClient.swift", r'static let version = "([^"]+)"'),
    # `pip install "cloudpirates[testing]"` pins the emulator wheel of the same release
    ("bindings/python/pyproject.toml", r'"cloudpirates-emulator==([^"]+)"'),
]


@pytest.mark.parametrize("rel,pattern", PLACES, ids=[p[0] for p in PLACES])
def test_version_matches_cargo(rel: str, pattern: str) -> None:
    text = (ROOT / rel).read_text()
    found = re.findall(pattern, text, re.M)
    assert found, f"{rel}: no version found (pattern {pattern!r}); update this test if it moved"
    want = cargo_version()
    assert all(v == want for v in found), f"{rel} says {found}, Cargo.toml says {want}"


def test_node_lockfile_matches() -> None:
    lock = (ROOT / "bindings/node/package-lock.json").read_text()
    m = re.search(r'"packages": \{\s*"": \{\s*"name": "@cloudpirates/sdk",\s*"version": "([^"]+)"', lock)
    if m:
        assert m.group(1) == cargo_version(), "bindings/node/package-lock.json: run npm install"
