"""pytest fixtures for testing code that uses CloudPirates, offline against the emulator.

Installed with the package and registered through the `pytest11` entry point, so the
fixtures are there in every pytest run of an environment that has `cloudpirates` (and its
emulator: `pip install "cloudpirates[testing]"`):

    def test_my_code(cloudpirates_client):
        ws = cloudpirates_client.workspaces.create(workspace_name="T", workspace_key="t")
        ...

Each test gets a fresh emulator (its own state and port). Its read lag is the emulator's
realistic default (150 ms) unless the ini option `cloudpirates_lag_ms` sets another
(`cloudpirates_lag_ms = 0` in pytest.ini for speed); the emulator fixture's `configure(...)`
changes any setting during a test. Disable the plugin with `-p no:cloudpirates`.
"""
from __future__ import annotations

from typing import Iterator, Optional

import pytest

from ._client import AsyncClient, Client
from .testing import Emulator

__all__ = ["cloudpirates_emulator", "cloudpirates_client", "cloudpirates_async_client"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """The plugin's ini option: `cloudpirates_lag_ms`, the emulator's read lag in ms."""
    parser.addini("cloudpirates_lag_ms", "read lag of the CloudPirates emulator in ms (default: the emulator's, 150)", default=None)


@pytest.fixture
def cloudpirates_emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A running CloudPirates emulator for this test (stopped afterwards)."""
    lag = request.config.getini("cloudpirates_lag_ms")
    lag_ms: Optional[int] = int(lag) if lag not in (None, "") else None
    with Emulator(lag_ms=lag_ms) as emu:
        yield emu


@pytest.fixture
def cloudpirates_client(cloudpirates_emulator: Emulator) -> Iterator[Client]:
    """A `Client` of `cloudpirates_emulator`, with the seeded user's API key (closed afterwards)."""
    with cloudpirates_emulator.client() as client:
        yield client


@pytest.fixture
def cloudpirates_async_client(cloudpirates_emulator: Emulator) -> Iterator[AsyncClient]:
    """An `AsyncClient` of `cloudpirates_emulator`, with the seeded user's API key (closed
    afterwards; `close()` is synchronous underneath, so a sync fixture can end it)."""
    client = cloudpirates_emulator.async_client()
    try:
        yield client
    finally:
        client._native.close()
