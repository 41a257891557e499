"""The pytest plugin shipped with the package (`cloudpirates.pytest_plugin`, entry point
`pytest11`): its fixtures give a real emulator and clients of it."""
from __future__ import annotations

import asyncio
from importlib.metadata import entry_points

import cloudpirates
from cloudpirates.testing import Emulator


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    eps = entry_points()
    group = eps.select(group="pytest11") if hasattr(eps, "select") else eps.get("pytest11", [])  # type: ignore[attr-defined]
    found = {ep.name: ep.value for ep in group}
    assert found.get("cloudpirates") == "cloudpirates.pytest_plugin", found


def test_the_plugin_fixtures_talk_to_a_real_emulator(cloudpirates_emulator: Emulator, cloudpirates_client: cloudpirates.Client) -> None:
    assert cloudpirates_client.base_url == cloudpirates_emulator.base_url
    assert cloudpirates_client.auth.me().email == cloudpirates_emulator.email
    ws = cloudpirates_client.workspaces.create(workspace_name="Plugin", workspace_key="plugin")
    assert cloudpirates_client.workspaces.get(ws.workspace_id).workspace_key == "plugin"  # read-your-writes over the lag
    assert cloudpirates_emulator.counters()["writes"]["workspaces.create"] == 1, "the write reached this emulator"


def test_the_async_fixture(cloudpirates_emulator: Emulator, cloudpirates_async_client: cloudpirates.AsyncClient) -> None:
    async def main() -> str:
        return (await cloudpirates_async_client.auth.me()).email

    assert asyncio.run(main()) == cloudpirates_emulator.email
