"""Consistency tokens (issue 21): read-your-writes handed from one client to another over real
HTTP to the emulator with a 500 ms read lag; tokens from outside (unsigned, tampered, garbage,
oversized) refused by the core before anything is sent (the emulator's request journal,
`GET /_emulator/requests`, shows what reached the wire)."""
from __future__ import annotations

import asyncio
import base64
import re
import time
import uuid
from typing import Any, Dict, Iterator, List

import pytest

import cloudpirates
from cloudpirates.testing import Emulator

LAG = (cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError)


@pytest.fixture
def lag(emu: Emulator) -> Iterator[Emulator]:
    emu.configure(lag_ms=500)
    yield emu


def key(prefix: str = "tok") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def forged(payload: str) -> str:
    """A token written by hand in the documented format (`cpt1.` + base64url JSON)."""
    return "cpt1." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def requests(emu: Emulator) -> List[Dict[str, Any]]:
    return list(emu.control("GET", "requests"))


def clear(emu: Emulator) -> None:
    emu.control("DELETE", "requests")


def create(c: cloudpirates.Client) -> cloudpirates.Workspace:
    return c.workspaces.create(workspace_name="Tok", workspace_key=key())


# ---------------------------------------------------------------- handing a token on

def test_a_token_lets_another_eventual_client_read_a_just_created_workspace_at_once(lag: Emulator, client: cloudpirates.Client) -> None:
    reader = lag.client(consistency="eventual")
    # without a token the other client meets the lag
    first = create(client)
    with pytest.raises(LAG):
        reader.workspaces.get(first.workspace_id)

    ws = create(client)
    token = client.consistency_token()
    assert re.fullmatch(r"cpt1\.[A-Za-z0-9_-]+", token), "unsigned: cpt1.<payload>, URL-safe"
    assert len(token) <= 2048
    t0 = time.monotonic()
    got = reader.workspaces.get(ws.workspace_id, consistency_token=token)
    assert got.workspace_id == ws.workspace_id
    assert time.monotonic() - t0 < 3
    # the option is per call: the reader itself stays eventual
    again = create(client)
    with pytest.raises(LAG):
        reader.workspaces.get(again.workspace_id)
    # ... and with_options carries it to every call of the copy
    ws3 = create(client)
    copy = reader.with_options(consistency_token=client.consistency_token())
    assert copy.workspaces.get(ws3.workspace_id).workspace_id == ws3.workspace_id
    assert token not in repr(copy) and "consistency_token" not in repr(copy)
    reader.close()


def test_the_raw_response_of_a_write_carries_the_token_of_that_write_alone(lag: Emulator, client: cloudpirates.Client) -> None:
    create(client)  # an earlier write, which the per-write token leaves out
    resp = client.with_raw_response.workspaces.create(workspace_name="Tok", workspace_key=key())
    assert resp.status_code == 201
    assert resp.consistency_token is not None and resp.consistency_token.startswith("cpt1.")
    assert resp.consistency_token != client.consistency_token(), "the client's token names its earlier write too"
    assert resp.consistency_token not in repr(resp)
    ws = resp.parse()

    reader = lag.client(consistency="eventual")
    read = reader.with_raw_response.workspaces.get(ws.workspace_id, consistency_token=resp.consistency_token)
    assert read.parse().workspace_id == ws.workspace_id
    assert read.attempts > 1 and read.waited > 0, "the token made the read ride out the lag"
    assert read.consistency_token is None, "a read carries no token"
    reader.close()


def test_a_merged_token_makes_every_later_read_wait_and_can_be_passed_on(lag: Emulator, client: cloudpirates.Client) -> None:
    ws = create(client)
    cl = client.clusters.create(ws.workspace_id, cluster_name="c1", cluster_type="EXTERNAL")
    assert cl.cluster_id is not None
    reader = lag.client(consistency="eventual")
    assert reader.merge_consistency_token(client.consistency_token()) is None
    # below the written path too: the cluster, the members of the new workspace
    assert reader.workspaces.get(ws.workspace_id).workspace_id == ws.workspace_id
    assert reader.clusters.get(ws.workspace_id, cl.cluster_id).cluster_id == cl.cluster_id
    assert len(reader.workspaces.members.list(ws.workspace_id).items) == 1
    # a with_options copy shares the merged writes
    ws2 = create(client)
    reader.merge_consistency_token(client.consistency_token())
    assert reader.with_options(timeout=10).workspaces.get(ws2.workspace_id).workspace_id == ws2.workspace_id
    # the merged client's own token names the merged writes: it can pass them on
    third = lag.client(consistency="eventual")
    ws3 = create(client)
    reader.merge_consistency_token(client.consistency_token())
    third.merge_consistency_token(reader.consistency_token())
    assert third.workspaces.get(ws3.workspace_id).workspace_id == ws3.workspace_id
    reader.close()
    third.close()


# ---------------------------------------------------------------- tokens from outside

def refused(e: BaseException, why: str = "") -> str:
    assert isinstance(e, cloudpirates.InvalidRequestError), repr(e)
    msg = str(e)
    assert msg.startswith("consistency token refused: "), msg
    assert re.search(why, msg), msg
    return msg


def test_a_signed_client_refuses_unsigned_tampered_and_foreign_tokens_and_never_shows_its_key(lag: Emulator, client: cloudpirates.Client) -> None:
    secret = "app-secret-k3y"
    writer = lag.client(consistency_token_key=secret)
    ws = create(writer)
    token = writer.consistency_token()
    assert token.count(".") == 2, "signed: cpt1.<payload>.<signature>"

    reader = lag.client(consistency="eventual", consistency_token_key=secret)
    assert reader.workspaces.get(ws.workspace_id, consistency_token=token).workspace_id == ws.workspace_id
    reader.merge_consistency_token(token)

    unsigned = token.rsplit(".", 1)[0]
    tampered = token[:7] + ("B" if token[7] == "A" else "A") + token[8:]
    shown: List[str] = [repr(writer), repr(reader), str(reader)]
    for bad, why in [(unsigned, "not signed"), (client.consistency_token(), "not signed"), (tampered, "")]:
        with pytest.raises(cloudpirates.InvalidRequestError) as info:
            reader.merge_consistency_token(bad)
        shown += [refused(info.value, why), repr(info.value)]
    other = lag.client(consistency_token_key="another-key")
    with pytest.raises(cloudpirates.InvalidRequestError) as info:
        other.merge_consistency_token(token)
    shown.append(refused(info.value, "does not match"))
    # a keyless client reads a signed token
    keyless = lag.client(consistency="eventual")
    keyless.merge_consistency_token(token)
    for text in shown:
        assert secret not in text, f"the key leaked: {text}"

    # per call too, and nothing is sent
    clear(lag)
    with pytest.raises(cloudpirates.InvalidRequestError) as info:
        reader.workspaces.get(ws.workspace_id, consistency_token=unsigned)
    refused(info.value, "not signed")
    assert requests(lag) == []
    for c in (writer, reader, other, keyless):
        c.close()


HUGE = "cpt1." + "A" * 2048
GARBAGE = [
    ("nope-not-a-token", "does not start with `cpt1.`"),
    ("", "does not start with `cpt1.`"),
    ("cpt2.W10", "does not start with `cpt1.`"),
    ("cpt1.%%%", "not base64url"),
    (forged("{}"), "not the expected JSON"),
    (forged("{not json"), "not the expected JSON"),
    (forged('[["no-slash",1,"w",null]]'), "malformed"),
    (HUGE, "2053 bytes long, more than the 2048"),
]


@pytest.mark.parametrize(("token", "why"), GARBAGE)
def test_garbage_and_oversized_tokens_are_invalid_request_errors_naming_the_problem(emu: Emulator, client: cloudpirates.Client, token: str, why: str) -> None:
    with pytest.raises(cloudpirates.InvalidRequestError) as info:
        client.merge_consistency_token(token)
    msg = refused(info.value, re.escape(why))
    if len(token) > 8:
        assert token not in msg and token not in repr(info.value), "the token is not echoed"


def test_an_empty_token_is_valid_and_a_non_str_is_a_type_error(client: cloudpirates.Client) -> None:
    client.merge_consistency_token(forged("[]"))
    with pytest.raises(TypeError):
        client.merge_consistency_token(42)  # type: ignore[arg-type]
    client.close()
    with pytest.raises(cloudpirates.InvalidRequestError):
        client.consistency_token()


def test_nothing_is_sent_for_a_bad_per_call_token_in_any_call_form(lag: Emulator, client: cloudpirates.Client) -> None:
    ws = create(client)
    clear(lag)
    bad = forged('[["no-slash",1,"w",null]]')
    calls = [
        (lambda: client.workspaces.get(ws.workspace_id, consistency_token=bad), "malformed"),
        (lambda: client.workspaces.get(ws.workspace_id, consistency_token="x" * 5000), "bytes long"),
        (lambda: client.clusters.list(ws.workspace_id, limit=1, consistency_token=bad), "malformed"),
        (lambda: list(client.billing.profiles.list_all(limit=1, consistency_token=bad)), "malformed"),
        (lambda: client.workspaces.create(workspace_name="No", workspace_key=key("no"), consistency_token="garbage"), "cpt1"),
        (lambda: client.with_options(consistency_token=bad).auth.me(), "malformed"),
        (lambda: client.with_raw_response.workspaces.get(ws.workspace_id, consistency_token=bad), "malformed"),
    ]
    for call, why in calls:
        with pytest.raises(cloudpirates.InvalidRequestError) as info:
            call()
        refused(info.value, why)
    assert requests(lag) == [], "no request reached the emulator"


def test_a_list_carries_the_token_to_every_page(lag: Emulator, client: cloudpirates.Client) -> None:
    ws = create(client)
    for name in ("c1", "c2"):
        client.clusters.create(ws.workspace_id, cluster_name=name, cluster_type="EXTERNAL")
    token = client.consistency_token()
    reader = lag.client(consistency="eventual")
    with pytest.raises(LAG):
        reader.clusters.list(ws.workspace_id, limit=1)
    clear(lag)
    # the options travel together to every page: the journal shows each page with the header
    # given beside the token
    opts: Dict[str, Any] = {"consistency_token": token, "extra_headers": {"X-Page-Probe": "p"}}
    first = reader.clusters.list(ws.workspace_id, limit=1, **opts)
    assert len(first.items) == 1
    assert len(first.next_page().items) == 1
    names = sorted(c.cluster_name or "" for c in reader.clusters.list_all(ws.workspace_id, limit=1, **opts))
    assert names == ["c1", "c2"]
    pages = [r for r in requests(lag) if r["operation"] == "clusters.list"]
    assert len(pages) >= 4, f"{len(pages)} pages"
    assert all(p["headers"].get("x-page-probe") == "p" for p in pages)
    assert token not in str(pages), "the token is not sent to the API"
    reader.close()


def test_the_key_is_kept_out_of_the_printed_client(emu: Emulator) -> None:
    c = cloudpirates.Client(base_url=emu.base_url, api_key=emu.api_key, consistency_token_key="hidden-key-1")
    assert "hidden-key-1" not in repr(c) and "hidden-key-1" not in repr(c._native)
    assert re.fullmatch(r"cpt1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}", c.consistency_token()), "an empty token, signed"
    assert "hidden-key-1" not in repr(c.with_options(timeout=5))
    c.close()


# ---------------------------------------------------------------- asyncio

def test_async_tokens(lag: Emulator) -> None:
    async def main() -> None:
        async with lag.async_client() as writer, lag.async_client(consistency="eventual") as reader:
            first = await writer.workspaces.create(workspace_name="Tok", workspace_key=key())
            with pytest.raises(LAG):
                await reader.workspaces.get(first.workspace_id)

            # per call
            ws = await writer.workspaces.create(workspace_name="Tok", workspace_key=key())
            token = writer.consistency_token()
            got = await reader.workspaces.get(ws.workspace_id, consistency_token=token)
            assert got.workspace_id == ws.workspace_id

            # the per-write token of the raw response; with_options
            resp = await writer.with_raw_response.workspaces.create(workspace_name="Tok", workspace_key=key())
            assert resp.consistency_token is not None and resp.consistency_token != writer.consistency_token()
            ws2 = resp.parse()
            copy = reader.with_options(consistency_token=resp.consistency_token)
            read = await copy.with_raw_response.workspaces.get(ws2.workspace_id)
            assert read.parse().workspace_id == ws2.workspace_id and read.waited > 0
            assert read.consistency_token is None

            # merge, concurrent reads below the written path, and every page of a list
            ws3 = await writer.workspaces.create(workspace_name="Tok", workspace_key=key())
            cl = await writer.clusters.create(ws3.workspace_id, cluster_name="a1", cluster_type="EXTERNAL")
            await writer.clusters.create(ws3.workspace_id, cluster_name="a2", cluster_type="EXTERNAL")
            assert cl.cluster_id is not None
            with pytest.raises(LAG):
                await reader.clusters.get(ws3.workspace_id, cl.cluster_id)
            reader.merge_consistency_token(writer.consistency_token())
            a, b = await asyncio.gather(reader.workspaces.get(ws3.workspace_id), reader.clusters.get(ws3.workspace_id, cl.cluster_id))
            assert a.workspace_id == ws3.workspace_id and b.cluster_id == cl.cluster_id
            names = sorted([c.cluster_name or "" async for c in reader.clusters.list_all(ws3.workspace_id, limit=1)])
            assert names == ["a1", "a2"]

            # a bad token: InvalidRequestError, nothing sent
            clear(lag)
            for bad, why in [("garbage", "cpt1"), (HUGE, "bytes long")]:
                with pytest.raises(cloudpirates.InvalidRequestError) as info:
                    await reader.workspaces.get(ws.workspace_id, consistency_token=bad)
                refused(info.value, why)
                with pytest.raises(cloudpirates.InvalidRequestError) as info:
                    await reader.clusters.list(ws3.workspace_id, limit=1, consistency_token=bad)
                refused(info.value, why)
                with pytest.raises(cloudpirates.InvalidRequestError):
                    reader.merge_consistency_token(bad)
            assert requests(lag) == []

    asyncio.run(main())


def test_async_signed_clients(lag: Emulator) -> None:
    async def main() -> None:
        async with lag.async_client(consistency_token_key="k-async") as writer, lag.async_client(
            consistency="eventual", consistency_token_key="k-async"
        ) as reader:
            ws = await writer.workspaces.create(workspace_name="Tok", workspace_key=key())
            token = writer.consistency_token()
            assert (await reader.workspaces.get(ws.workspace_id, consistency_token=token)).workspace_id == ws.workspace_id
            clear(lag)
            with pytest.raises(cloudpirates.InvalidRequestError) as info:
                await reader.workspaces.get(ws.workspace_id, consistency_token=token.rsplit(".", 1)[0])
            refused(info.value, "not signed")
            assert requests(lag) == []
            assert "k-async" not in repr(reader) + repr(writer)

    asyncio.run(main())
