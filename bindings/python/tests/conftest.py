"""Fixtures: a real emulator per test (a subprocess; built with cargo if missing) and real
clients talking HTTP to it. Nothing is mocked."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

import cloudpirates
from cloudpirates.testing import Emulator, EmulatorNotFound, find_emulator

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def emulator_bin() -> str:
    try:
        return find_emulator()
    except EmulatorNotFound:
        pass
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", str(REPO / "target"))
    subprocess.run(["cargo", "build", "-q", "-p", "cloudpirates-emulator"], cwd=REPO, env=env, check=True)
    path = Path(env["CARGO_TARGET_DIR"]) / "debug" / "cloudpirates-emulator"
    os.environ["CLOUDPIRATES_EMULATOR"] = str(path)
    return str(path)


# Every test sets the read lag explicitly: 0 for speed (the emulator's default is 150 ms, as
# the real API lags); the read-your-writes tests raise it with `emu.configure(lag_ms=...)`.
# The never-answering application updates hang 200 ms instead of 30 s before their 504.
# Activation before the first login stays on (the documented default): tests activate.

@pytest.fixture
def emu(emulator_bin: str) -> Iterator[Emulator]:
    with Emulator(binary=emulator_bin, lag_ms=0, application_update_delay_ms=200) as e:
        yield e


@pytest.fixture
def client(emu: Emulator) -> Iterator[cloudpirates.Client]:
    with emu.client() as c:
        yield c


@pytest.fixture
def aclient(emu: Emulator) -> cloudpirates.AsyncClient:
    return emu.async_client()
