"""Client behaviour: pages, options, consistency under lag, fork, cancellation, logging and
redaction, models, context managers, the testing helper."""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import time
from typing import Any, List

import pytest

import cloudpirates
from cloudpirates import _native
from cloudpirates.models import BillingAddress, Workspace, WorkspaceMemberRole
from cloudpirates.testing import Emulator, emulated_client

ADDR = BillingAddress(address_line1="Kai 1", postal_code="20457", city="Hamburg", country_code="DE")


# ---------------------------------------------------------------- pages

def test_pagination_over_several_pages(client: cloudpirates.Client) -> None:
    for i in range(5):
        client.billing.profiles.create(billing_profile_name=f"P{i}", billing_profile_address=ADDR)
    first = client.billing.profiles.list(limit=2)
    assert len(first.items) == 2 and first.limit == 2 and first.offset == 0
    assert first.total is not None and first.total >= 5
    assert first.has_next_page()
    second = first.next_page()
    assert second.offset == 2 and second.items and second.items[0] != first.items[0]
    everything = list(client.billing.profiles.list_all(limit=2))
    assert len(everything) == first.total
    assert len({p.billing_profile_id for p in everything}) == first.total
    assert [p.billing_profile_id for p in first] == [p.billing_profile_id for p in everything]  # iterating a page
    pages = list(first.iter_pages())
    assert len(pages) >= 3 and not pages[-1].has_next_page()
    with pytest.raises(ValueError):
        pages[-1].next_page()


def test_all_is_lazy(emu: Emulator, client: cloudpirates.Client) -> None:
    seen: List[str] = []
    from cloudpirates import _base

    _base._observer = lambda op, f: seen.append(op)
    try:
        it = client.billing.profiles.list_all(limit=1)
        assert seen == []  # nothing fetched yet
        next(iter(it))
        assert seen == ["billing.profiles.list"]
    finally:
        _base._observer = None


def test_async_pagination(emu: Emulator) -> None:
    async def main() -> None:
        async with emu.async_client() as c:
            for i in range(3):
                await c.billing.profiles.create(billing_profile_name=f"A{i}", billing_profile_address=ADDR)
            page = await c.billing.profiles.list(limit=2)
            assert page.has_next_page()
            nxt = await page.next_page()
            assert nxt.offset == 2
            items = [p async for p in c.billing.profiles.list_all(limit=2)]
            assert len(items) == page.total
            assert len([p async for p in page]) == page.total

    asyncio.run(main())


# ---------------------------------------------------------------- consistency

def test_read_your_writes_under_lag(emu: Emulator) -> None:
    emu.configure(lag_ms=600)
    c = emu.client()
    ws = c.workspaces.create(workspace_name="Lagging", workspace_key="lagging")
    t0 = time.monotonic()
    got = c.workspaces.get(ws.workspace_id)  # would be 403/404 for a moment without the SDK's wait
    assert got.workspace_name == "Lagging"
    assert time.monotonic() - t0 < 5
    # a copy made with with_options shares the ledger
    assert c.with_options(timeout=10).workspaces.get(ws.workspace_id) == got
    # another client did not write it: it sees the lag (eventual), and so does consistency="eventual"
    ws2 = c.workspaces.create(workspace_name="Other", workspace_key="other")
    with pytest.raises((cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError)):
        emu.client().workspaces.get(ws2.workspace_id)
    with pytest.raises((cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError)):
        c.with_options(consistency="eventual").workspaces.get(ws2.workspace_id)


def test_read_your_writes_under_lag_async(emu: Emulator) -> None:
    emu.configure(lag_ms=600)

    async def main() -> None:
        async with emu.async_client() as c:
            ws = await c.workspaces.create(workspace_name="Lag A", workspace_key="lag-a")
            renamed = await c.workspaces.rename(ws.workspace_id, workspace_name="Lag B")
            assert renamed.workspace_name == "Lag B"
            got = await c.with_options(consistency="strong").workspaces.get(ws.workspace_id)
            assert got.workspace_name == "Lag B"

    asyncio.run(main())


def test_waiters(emu: Emulator) -> None:
    emu.configure(lag_ms=500)
    writer, reader = emu.client(), emu.client()
    ws = writer.workspaces.create(workspace_name="W", workspace_key="waiter")
    body = reader.wait_until_exists("workspaces.get", ws.workspace_id, max_wait=10)
    assert body["workspaceId"] == ws.workspace_id
    writer.workspaces.delete(ws.workspace_id)

    async def main() -> None:
        async with emu.async_client() as r:
            # the API answers 403 for a deleted workspace (nobody is a member any more): the
            # waiter counts 404 and 403 as gone
            assert await r.wait_until_deleted("workspaces.get", ws.workspace_id, max_wait=5) is None

    asyncio.run(main())


# ---------------------------------------------------------------- fork

def _child_sync(client: cloudpirates.Client, q: Any) -> None:
    try:
        q.put(("ok", client.auth.me().email, _native.runtime_pid() == os.getpid() or _native.runtime_pid()))
    except BaseException as e:  # pragma: no cover - reported to the parent
        q.put(("err", repr(e), None))


def _child_async(client: cloudpirates.AsyncClient, q: Any) -> None:
    async def main() -> str:
        me = await client.auth.me()
        return str(me.email)

    try:
        q.put(("ok", asyncio.run(main()), True))
    except BaseException as e:  # pragma: no cover
        q.put(("err", repr(e), None))


def test_client_made_before_fork_works_in_child(emu: Emulator) -> None:
    ctx = multiprocessing.get_context("fork")
    c = emu.client()
    ac = emu.async_client()
    assert c.auth.me().email == emu.email  # the runtime and the pool exist before the fork
    asyncio.run(ac.auth.me())
    for target, arg in ((_child_sync, c), (_child_async, ac)):
        q = ctx.Queue()
        p = ctx.Process(target=target, args=(arg, q))
        p.start()
        p.join(30)
        if p.is_alive():
            p.kill()
            pytest.fail("the child hung")
        status, value, _ = q.get(timeout=5)
        assert (status, value) == ("ok", emu.email)
        assert p.exitcode == 0
    assert c.auth.me().email == emu.email  # the parent is unaffected


# ---------------------------------------------------------------- cancellation

def test_cancelling_a_task_cancels_the_request(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    emu.configure(faults=[{"kind": "slow", "every": 1, "delay_ms": 1500, "methods": "reads"}])
    caplog.set_level(logging.DEBUG, logger="cloudpirates")

    async def main() -> None:
        c = emu.async_client()
        task = asyncio.ensure_future(c.auth.me())
        await asyncio.sleep(0.3)
        t0 = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - t0 < 0.5
        await asyncio.sleep(2.0)  # past the slow answer: a live request would log its response now

    asyncio.run(main())
    responses = [r for r in caplog.records if "response" in r.getMessage() and "auth.me" in r.getMessage()]
    assert responses == [], "the core kept the request running after the task was cancelled"


def test_timeout_per_call_with_options(emu: Emulator) -> None:
    emu.configure(faults=[{"kind": "slow", "every": 1, "delay_ms": 2000, "methods": "reads"}])
    c = emu.client()
    t0 = time.monotonic()
    with pytest.raises(cloudpirates.APITimeoutError):
        c.with_options(timeout=0.3, max_retries=0).auth.me()
    assert time.monotonic() - t0 < 1.5


# ---------------------------------------------------------------- logging and redaction

def test_logging_and_redaction(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudpirates")
    anon = emu.client(api_key=None)
    anon.auth.login(email=emu.email, password=emu.password)
    tokens = anon.session_tokens()
    assert tokens is not None
    access, refresh = tokens
    assert refresh is not None
    keyed = emu.client()
    keyed.auth.me()
    # a retry (INFO)
    emu.configure(faults=[{"kind": "500", "every": 1, "max": 1, "methods": "reads"}])
    keyed.workspaces.list()
    emu.configure(faults=[], lag_ms=400)
    ws = keyed.workspaces.create(workspace_name="Logged", workspace_key="logged")
    keyed.workspaces.get(ws.workspace_id)  # a consistency wait (INFO)
    with pytest.raises(cloudpirates.AuthenticationError) as info:
        emu.client(api_key=None).auth.login(email=emu.email, password="Wrong-Passw0rd!")
    bad_key = "cpk_secret_never_shown_42"
    with pytest.raises(cloudpirates.AuthenticationError) as info2:
        emu.client(api_key=bad_key).auth.me()

    records = [r for r in caplog.records if r.name == "cloudpirates"]
    debug = [r for r in records if r.levelno == logging.DEBUG]
    info_ = [r for r in records if r.levelno == logging.INFO]
    assert any("response" in r.getMessage() and "op=auth.me" in r.getMessage() for r in debug)
    assert any("retrying" in r.getMessage() for r in info_)
    assert any("waiting for the read model" in r.getMessage() for r in info_)
    # fields read as Python values, never Rust's Debug (`Some(200)`)
    assert not any("Some(" in r.getMessage() for r in records)
    finished = [r for r in debug if r.getMessage().startswith("call finished")]
    assert any(r.cloudpirates.get("status") == 200 and "status=200" in r.getMessage() for r in finished)  # type: ignore[attr-defined]
    texts = [r.getMessage() + repr(getattr(r, "cloudpirates", "")) for r in records]
    texts += [repr(anon), repr(keyed), repr(emu.client(api_key=bad_key)), repr(anon.with_options(timeout=3))]
    for e in (info.value, info2.value):
        texts += [str(e), repr(e), repr(e.to_dict()), repr(pickle.dumps(e))]
    for secret in (emu.api_key, emu.password, "Wrong-Passw0rd!", bad_key, access, refresh):
        assert not any(secret in t for t in texts), f"a secret leaked: {secret[:6]}..."


def test_repr_of_client_shows_no_secret(emu: Emulator) -> None:
    c = cloudpirates.Client(api_key="cpk_very_secret_value", base_url=emu.base_url, timeout=12)
    r = repr(c.with_options(max_retries=1))
    assert "cpk_very_secret_value" not in r and "api_key" in r and "max_retries=1" in r
    b = cloudpirates.Client(access_token="at_secret", refresh_token="rt_secret", base_url=emu.base_url)
    assert "secret" not in repr(b) and b.auth_kind == "bearer"


# ---------------------------------------------------------------- configuration

def test_env_fallback(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDPIRATES_API_KEY", emu.api_key)
    monkeypatch.setenv("CLOUDPIRATES_BASE_URL", emu.base_url)
    with cloudpirates.Client() as c:
        assert c.base_url == emu.base_url and c.auth.me().email == emu.email

    async def main() -> None:
        async with cloudpirates.AsyncClient() as ac:
            assert (await ac.auth.me()).email == emu.email

    asyncio.run(main())


def test_with_options_shares_the_pool(client: cloudpirates.Client) -> None:
    c2 = client.with_options(timeout=5, max_retries=0, consistency="strong")
    assert c2 is not client and c2._native.shares_pool_with(client._native)
    assert c2._native.options() == {"timeout": 5.0, "max_retries": 0, "consistency": "strong"}
    assert c2.with_options(timeout=1)._native.options()["consistency"] == "strong"
    assert c2.auth.me() == client.auth.me()


def test_context_managers_close(emu: Emulator) -> None:
    with emu.client() as c:
        c.auth.me()
    assert c.is_closed
    with pytest.raises(cloudpirates.InvalidRequestError):
        c.auth.me()

    async def main() -> None:
        async with emu.async_client() as ac:
            await ac.auth.me()
        with pytest.raises(cloudpirates.InvalidRequestError):
            await ac.auth.me()

    asyncio.run(main())


def test_asyncio_run_on_a_method_works(emu: Emulator) -> None:
    ac = emu.async_client()
    assert asyncio.run(ac.auth.me()).email == emu.email  # a real coroutine, not a bare future

    async def many() -> List[Any]:
        return list(await asyncio.gather(*[ac.auth.me() for _ in range(20)]))

    assert len(asyncio.run(many())) == 20


def test_sync_calls_release_the_gil(emu: Emulator) -> None:
    import threading

    emu.configure(faults=[{"kind": "slow", "every": 1, "delay_ms": 400, "methods": "reads"}])
    c = emu.client()
    t0 = time.monotonic()
    threads = [threading.Thread(target=c.auth.me) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert time.monotonic() - t0 < 1.4  # four 400 ms calls ran in parallel


# ---------------------------------------------------------------- models

def test_models(client: cloudpirates.Client) -> None:
    ws = client.workspaces.create(workspace_name="Model", workspace_key="model")
    assert isinstance(ws, Workspace)
    d = ws.to_dict()
    assert d["workspaceName"] == "Model" and Workspace.from_dict(d) == ws
    assert "Workspace(workspace_id=" in repr(ws)
    assert ws.members and ws.members[0].role is WorkspaceMemberRole.OWNER and str(ws.members[0].role) == "OWNER"
    assert pickle.loads(pickle.dumps(ws)) == ws
    odd = Workspace.from_dict({**d, "brandNew": 1, "members": [{"role": "SUPREME"}]})
    assert odd.extra == {"brandNew": 1} and odd.to_dict()["brandNew"] == 1
    assert odd.members and odd.members[0].role == "SUPREME"  # an enum value newer than the SDK is kept
    assert odd != ws


# ---------------------------------------------------------------- cloudpirates.testing

def test_testing_helper() -> None:
    gen = emulated_client()
    c = next(gen)
    assert c.auth.me().email.endswith("@cloudpirates.test")
    gen.close()
    with Emulator(lag_ms=0) as emu:
        assert emu.config()["lag_ms"] == 0
        emu.configure(lag_ms=50)
        assert emu.config()["lag_ms"] == 50
        emu.reset()


# ---------------------------------------------------------------- rules the core decides

def test_a_waiter_on_a_write_is_refused_by_the_core(emu: Emulator) -> None:
    c = emu.client()
    with pytest.raises(cloudpirates.InvalidRequestError, match="write"):
        c.wait_until_exists("workspaces.create", max_wait=1)
    with pytest.raises(cloudpirates.InvalidRequestError, match="write"):
        c.wait_until_deleted("workspaces.delete", "0000000000000000000000ff", max_wait=1)

    async def main() -> None:
        async with emu.async_client() as a:
            with pytest.raises(cloudpirates.InvalidRequestError, match="write"):
                await a.wait_until_exists("workspaces.members.update_role", "a", "b", max_wait=1)

    asyncio.run(main())


def test_the_same_names_are_redacted_as_in_every_binding() -> None:
    import json
    from pathlib import Path

    names = json.loads((Path(__file__).resolve().parents[2] / "secret-names.json").read_text())
    for secret, group in ((True, names["secret"]), (False, names["plain"])):
        for name in group:
            assert _native.is_secret_name(name) is secret, name
            m = cloudpirates.models.ValidationError.from_dict({name: "shown-value-42"})
            assert ("shown-value-42" not in repr(m)) is secret, (name, repr(m))
