"""Close means close (the core client and its pool are released), and waiters that take the
read method itself (issue 19)."""
from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Set

import pytest

import cloudpirates
from cloudpirates.models import Workspace
from cloudpirates.testing import Emulator


def _connections_to(port: int) -> int:
    """Established TCP connections of this process to `port` (Linux /proc)."""
    inodes: Set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    n = 0
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            remote_port = int(cols[2].split(":")[1], 16)
            if remote_port == port and cols[3] == "01" and cols[9] in inodes:
                n += 1
    return n


def _wait_for(cond: "object", timeout: float = 3.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_close_releases_the_connection_pool(emu: Emulator) -> None:
    port = int(emu.base_url.split(":")[2].split("/")[0])
    c = emu.client()
    copy = c.with_options(timeout=5)
    c.auth.me()
    assert _connections_to(port) >= 1, "the pool keeps its connection alive"
    c.close()
    assert _wait_for(lambda: _connections_to(port) == 0), "close() dropped the pool and its connections"
    assert c.is_closed and copy.is_closed, "copies share the pool, so they are closed too"
    for closed in (c, copy, c.with_raw_response):
        with pytest.raises(cloudpirates.InvalidRequestError, match="closed"):
            closed.auth.me()
    c.close()  # twice: nothing happens

    async def main() -> None:
        async with emu.async_client() as ac:
            await ac.auth.me()
            assert _connections_to(port) >= 1
        assert ac.is_closed
        assert _wait_for(lambda: _connections_to(port) == 0)
        with pytest.raises(cloudpirates.InvalidRequestError, match="closed"):
            await ac.auth.me()

    asyncio.run(main())
    # a client made afterwards is unaffected
    with emu.client() as fresh:
        assert fresh.auth.me().email == emu.email


def test_waiters_take_the_read_method_itself(emu: Emulator) -> None:
    emu.configure(lag_ms=500)
    writer, reader = emu.client(), emu.client()
    ws = writer.workspaces.create(workspace_name="W", workspace_key="typed-waiter")
    got = reader.wait_until_exists(reader.workspaces.get, ws.workspace_id, max_wait=10)
    assert isinstance(got, Workspace) and got.workspace_id == ws.workspace_id
    # the string form keeps returning JSON
    body = reader.wait_until_exists("workspaces.get", ws.workspace_id, max_wait=10)
    assert body["workspaceId"] == ws.workspace_id
    # a write is refused by the core, whichever form names it
    with pytest.raises(cloudpirates.InvalidRequestError, match="write"):
        reader.wait_until_exists(reader.workspaces.create, max_wait=1)
    with pytest.raises(cloudpirates.InvalidRequestError, match="not an operation"):
        reader.wait_until_exists(print, max_wait=1)  # type: ignore[call-overload]
    writer.workspaces.delete(ws.workspace_id)

    async def main() -> None:
        async with emu.async_client() as r:
            assert await r.wait_until_deleted(r.workspaces.get, ws.workspace_id, max_wait=5) is None
            ws2 = writer.workspaces.create(workspace_name="W2", workspace_key="typed-waiter-2")
            got2 = await r.wait_until_exists(r.workspaces.get, ws2.workspace_id, max_wait=10)
            assert isinstance(got2, Workspace) and got2.workspace_id == ws2.workspace_id

    asyncio.run(main())
