"""Per-call options (`timeout`, `max_retries`, `consistency`, `extra_headers`) on every
generated method, and raw responses (`client.with_raw_response`), over real HTTP: what
reached the wire is read back from the emulator's request journal (`GET /_emulator/requests`)."""
from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any, Dict, List

import pytest

import cloudpirates
from cloudpirates import APIResponse, SyncPage, Workspace
from cloudpirates.testing import Emulator

WS = "6571f2b1e4b0a1a2b3c4d5e6"  # the seeded demo workspace
WS_PATH = f"/v1/workspaces/{WS}"


def sent(emu: Emulator, op: str) -> List[Dict[str, Any]]:
    """The journal's requests of one operation, oldest first."""
    return [r for r in emu.control("GET", "requests") if r["operation"] == op]


def clear(emu: Emulator) -> None:
    emu.control("DELETE", "requests")


def key(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


# ---------------------------------------------------------------- extra headers

def test_extra_headers_reach_the_wire_beside_the_clients_own(emu: Emulator, client: cloudpirates.Client) -> None:
    client.workspaces.get(WS, extra_headers={"X-Tenant": "blue", "X-Trace": "t1"})
    (r,) = sent(emu, "workspaces.get")
    assert r["headers"]["x-tenant"] == "blue" and r["headers"]["x-trace"] == "t1"
    assert r["headers"]["authorization"] == "ApiKey [REDACTED]", "the credential is still the client's"

    # with_options headers go with every call of the copy; a per-call header of the same
    # name (any case) replaces the copy's
    c = client.with_options(extra_headers={"X-Tenant": "green", "X-Trace": "base"})
    clear(emu)
    c.workspaces.get(WS, extra_headers={"x-trace": "call"})
    c.auth.me()
    (r,) = sent(emu, "workspaces.get")
    assert r["headers"]["x-tenant"] == "green" and r["headers"]["x-trace"] == "call"
    (me,) = sent(emu, "auth.me")
    assert me["headers"]["x-tenant"] == "green" and me["headers"]["x-trace"] == "base"
    # the client it was made from sends none of them
    clear(emu)
    client.workspaces.get(WS)
    (r,) = sent(emu, "workspaces.get")
    assert "x-tenant" not in r["headers"] and "x-trace" not in r["headers"]


@pytest.mark.parametrize("name", ["Authorization", "authorization", "Host", "Content-Length", "bad name"])
def test_reserved_or_malformed_headers_are_refused_before_anything_is_sent(emu: Emulator, client: cloudpirates.Client, name: str) -> None:
    clear(emu)
    with pytest.raises(cloudpirates.InvalidRequestError) as info:
        client.workspaces.get(WS, extra_headers={name: "Bearer stolen-value"})
    assert repr(name) in str(info.value) or f'"{name}"' in str(info.value), str(info.value)
    assert "stolen-value" not in str(info.value), "header values never appear in errors"
    with pytest.raises(cloudpirates.InvalidRequestError):
        client.with_options(extra_headers={name: "x"})
    assert sent(emu, "workspaces.get") == [], "nothing was sent"


def test_a_header_value_with_a_line_break_is_refused(emu: Emulator, client: cloudpirates.Client) -> None:
    clear(emu)
    with pytest.raises(cloudpirates.InvalidRequestError) as info:
        client.workspaces.get(WS, extra_headers={"X-Ok": "line\r\nInjected: 1"})
    assert "X-Ok" in str(info.value)
    assert sent(emu, "workspaces.get") == []


def test_every_page_of_a_list_carries_the_options(emu: Emulator, client: cloudpirates.Client) -> None:
    for i in range(3):
        client.workspaces.create(workspace_name=f"Paged {i}", workspace_key=key("paged"))
    clear(emu)
    items = list(client.workspaces.list_all(limit=1, extra_headers={"X-Tenant": "pages"}))
    lists = sent(emu, "workspaces.list")
    assert len(items) >= 4 and len(lists) >= 4, "one request per page"
    assert all(r["headers"]["x-tenant"] == "pages" for r in lists)
    clear(emu)
    page = client.workspaces.list(limit=1, extra_headers={"X-Tenant": "next"})
    page.next_page().next_page()
    lists = sent(emu, "workspaces.list")
    assert len(lists) == 3 and all(r["headers"]["x-tenant"] == "next" for r in lists)


# ---------------------------------------------------------------- max_retries, timeout

def test_max_retries_per_call_is_the_number_of_attempts(emu: Emulator, client: cloudpirates.Client) -> None:
    emu.configure(faults=[{"kind": "503", "every": 1, "path_prefix": WS_PATH}])
    for retries in (0, 2):
        clear(emu)
        with pytest.raises(cloudpirates.InternalServerError) as info:
            client.workspaces.get(WS, max_retries=retries)
        assert info.value.attempts == retries + 1
        assert len(sent(emu, "workspaces.get")) == retries + 1, "attempts on the wire"


def test_timeout_per_call(emu: Emulator, client: cloudpirates.Client) -> None:
    emu.configure(faults=[{"kind": "slow", "every": 1, "delay_ms": 1500, "path_prefix": WS_PATH}])
    t0 = time.monotonic()
    with pytest.raises(cloudpirates.APITimeoutError):
        client.workspaces.get(WS, timeout=0.3)
    assert time.monotonic() - t0 < 1.2
    emu.configure(faults=[])
    assert client.workspaces.get(WS, timeout=5).workspace_id == WS


def test_invalid_option_values_are_refused(client: cloudpirates.Client) -> None:
    with pytest.raises(cloudpirates.InvalidRequestError):
        client.workspaces.get(WS, consistency="sometimes")
    with pytest.raises(cloudpirates.InvalidRequestError):
        client.workspaces.get(WS, timeout=0)


# ---------------------------------------------------------------- consistency

def test_consistency_eventual_shows_the_lag_and_the_default_waits(emu: Emulator, client: cloudpirates.Client) -> None:
    emu.configure(lag_ms=800)
    ws = client.workspaces.create(workspace_name="Lagging", workspace_key=key("lag"))
    with pytest.raises((cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError)):
        client.workspaces.get(ws.workspace_id, consistency="eventual")
    resp = client.with_raw_response.workspaces.get(ws.workspace_id)
    assert resp.parse().workspace_id == ws.workspace_id
    assert resp.attempts > 1 and resp.waited > 0, "read-your-writes waited out the lag"


# ---------------------------------------------------------------- raw responses

def test_raw_response_of_a_success(emu: Emulator, client: cloudpirates.Client) -> None:
    resp: APIResponse[Workspace] = client.with_raw_response.workspaces.get(WS)
    assert isinstance(resp, APIResponse)
    assert resp.status_code == 200 and resp.attempts == 1 and resp.waited == 0.0
    assert resp.request_id is not None and resp.request_id.startswith("req_")
    assert resp.headers["X-Request-Id"] == resp.request_id == resp.headers["x-request-id"]
    assert "content-type" in resp.headers and "Content-Type" in resp.headers
    ws = resp.parse()
    assert isinstance(ws, Workspace) and ws == client.workspaces.get(WS)
    assert resp.parse() is ws, "decoded once"
    assert b'"workspaceId"' in resp.content
    # options and the raw view together
    clear(emu)
    resp = client.with_raw_response.workspaces.get(WS, extra_headers={"X-Tenant": "raw"})
    assert sent(emu, "workspaces.get")[0]["headers"]["x-tenant"] == "raw"
    # a failure raises as without the view
    with pytest.raises((cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError)):
        client.with_raw_response.workspaces.get("6571f2b1e4b0a1a2b3c4ffff")
    # a call without a body
    ws2 = client.workspaces.create(workspace_name="Raw delete", workspace_key=key("rawdel"))
    deleted = client.with_raw_response.workspaces.delete(ws2.workspace_id)
    assert deleted.status_code in (200, 204) and deleted.parse() is None


def test_raw_response_of_a_page(emu: Emulator, client: cloudpirates.Client) -> None:
    client.workspaces.create(workspace_name="Second", workspace_key=key("second"))
    resp = client.with_raw_response.workspaces.list(limit=1)
    assert resp.status_code == 200
    assert resp.headers["x-total"] is not None and int(resp.headers["x-total"]) >= 2
    page = resp.parse()
    assert isinstance(page, SyncPage) and len(page.items) == 1 and page.limit == 1
    assert page.total == int(resp.headers["x-total"])
    second = page.next_page()  # following pages are plain pages
    assert isinstance(second, SyncPage) and second.offset == 1
    assert second.items[0] != page.items[0]


def test_the_raw_view_shares_the_client(emu: Emulator) -> None:
    c = emu.client()
    view = c.with_raw_response
    assert view is c.with_raw_response and view._native.shares_pool_with(c._native)
    assert c.with_options(timeout=5).with_raw_response.auth.me().status_code == 200
    c.close()
    with pytest.raises(cloudpirates.InvalidRequestError):
        view.auth.me()


# ---------------------------------------------------------------- asyncio

def test_async_options_reach_the_wire(emu: Emulator) -> None:
    async def main() -> None:
        async with emu.async_client() as c:
            await c.workspaces.get(WS, extra_headers={"X-Tenant": "async"})
            (r,) = sent(emu, "workspaces.get")
            assert r["headers"]["x-tenant"] == "async" and r["headers"]["authorization"] == "ApiKey [REDACTED]"

            clear(emu)
            with pytest.raises(cloudpirates.InvalidRequestError) as info:
                await c.workspaces.get(WS, extra_headers={"Authorization": "Bearer x"})
            assert "Authorization" in str(info.value)
            assert sent(emu, "workspaces.get") == []

            emu.configure(faults=[{"kind": "503", "every": 1, "path_prefix": WS_PATH}])
            for retries in (0, 2):
                clear(emu)
                with pytest.raises(cloudpirates.InternalServerError) as info2:
                    await c.workspaces.get(WS, max_retries=retries)
                assert info2.value.attempts == retries + 1
                assert len(sent(emu, "workspaces.get")) == retries + 1

            emu.configure(faults=[{"kind": "slow", "every": 1, "delay_ms": 1500, "path_prefix": WS_PATH}])
            t0 = time.monotonic()
            with pytest.raises(cloudpirates.APITimeoutError):
                await c.workspaces.get(WS, timeout=0.3)
            assert time.monotonic() - t0 < 1.2
            emu.configure(faults=[])

            for _ in range(2):
                await c.workspaces.create(workspace_name="A", workspace_key=key("apage"))
            clear(emu)
            seen = [w async for w in c.workspaces.list_all(limit=1, extra_headers={"X-Tenant": "apages"})]
            lists = sent(emu, "workspaces.list")
            assert len(seen) >= 3 and len(lists) >= 3
            assert all(r["headers"]["x-tenant"] == "apages" for r in lists)

            emu.configure(lag_ms=800)
            ws = await c.workspaces.create(workspace_name="Lag", workspace_key=key("alag"))
            with pytest.raises((cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError)):
                await c.workspaces.get(ws.workspace_id, consistency="eventual")
            assert (await c.workspaces.get(ws.workspace_id)).workspace_id == ws.workspace_id

    asyncio.run(main())


def test_async_raw_responses(emu: Emulator) -> None:
    async def main() -> None:
        async with emu.async_client() as c:
            await c.workspaces.create(workspace_name="Second", workspace_key=key("asecond"))
            resp = await c.with_raw_response.workspaces.get(WS, extra_headers={"X-Tenant": "araw"})
            assert isinstance(resp, APIResponse)
            assert resp.status_code == 200 and resp.attempts == 1 and resp.waited == 0.0
            assert resp.headers["X-Request-Id"] == resp.request_id and resp.request_id is not None
            assert resp.parse() == await c.workspaces.get(WS)
            assert sent(emu, "workspaces.get")[0]["headers"]["x-tenant"] == "araw"

            presp = await c.with_raw_response.workspaces.list(limit=1)
            assert presp.status_code == 200 and int(presp.headers["x-total"]) >= 2
            page = presp.parse()
            assert isinstance(page, cloudpirates.AsyncPage) and len(page.items) == 1
            second = await page.next_page()
            assert isinstance(second, cloudpirates.AsyncPage) and second.offset == 1

    asyncio.run(main())
