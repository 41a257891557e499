"""Verbatim copies of repository files that a package must carry inside itself.

A crate or wheel can only ship files under its own folder, so the one source file is copied
there and `main.py --check` fails when a copy is stale (never edit a copy by hand):

- `crates/emulator/openapi/cloudpirates.yaml`: the OpenAPI document the emulator embeds
  (`include_str!` in crates/emulator/src/schema.rs), so `cargo package` of
  `cloudpirates-emulator` builds on its own;
- `LICENSE` in each published crate and in the Python package (maturin's `license-files`).
"""
from __future__ import annotations

from spec import ROOT

COPIES = {
    "crates/emulator/openapi/cloudpirates.yaml": "openapi/cloudpirates.yaml",
    "crates/core/LICENSE": "LICENSE",
    "crates/emulator/LICENSE": "LICENSE",
    "bindings/python/LICENSE": "LICENSE",
}


def emit(_spec: object) -> dict[str, str]:
    return {dst: (ROOT / src).read_text() for dst, src in COPIES.items()}
