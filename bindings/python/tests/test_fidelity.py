"""Fidelity to the documented API, against the emulator: every list pages (driven by the
spec's operation list), a 501 is `NotImplementedError`, the two commands no backend answers
are sent once, API keys reach exactly the routes that accept them, and the emulator of
`cloudpirates.testing` never outlives the Python process."""
from __future__ import annotations

import asyncio
import builtins
import inspect
import os
import pickle
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
import yaml

import cloudpirates
from cloudpirates.testing import Emulator

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "cloudpirates.yaml"


def spec_operations() -> List[Dict[str, Any]]:
    """Every operation of the spec, with `method` and `path` added."""
    doc = yaml.safe_load(SPEC.read_text())
    out = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "delete"):
                out.append({**op, "method": method, "path": path})
    return out


def resolve(client: Any, dotted: str) -> Any:
    obj = client
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


async def call(client: Any, op: str, *args: Any, **kw: Any) -> Any:
    r = resolve(client, op)(*args, **kw)
    return await r if inspect.isawaitable(r) else r


def sent(emu: Emulator, op: str = "") -> int:
    """Requests the emulator received for operation `op` (every operation when empty), by
    its per-operation counters (`GET /_emulator/counters`)."""
    requests: Dict[str, int] = emu.counters()["requests"]
    return int(requests.get(op, 0)) if op else sum(int(n) for n in requests.values())


def bearer(emu: Emulator, flavour: str, email: str = "", password: str = "") -> Any:
    c = emu.async_client(api_key=None) if flavour == "async" else emu.client(api_key=None)
    login = c.auth.login(email=email or emu.email, password=password or emu.password)
    if flavour == "async":
        asyncio.run(login)
    return c


def new_app(emu: Emulator, client: cloudpirates.Client, ws: str, cluster: str, name: str) -> str:
    emu.configure(applications_happy_path=True)
    try:
        tpl = client.applications.templates.get(client.applications.templates.list().items[0].application_template_id)
        app = client.applications.create(ws, application_template_id=tpl.application_template_id,
                                         application_template_preset_id=tpl.presets[0].application_template_preset_id,
                                         cluster_id=cluster, app_version=tpl.versions[-1]["version"], name=name)
    finally:
        emu.configure(applications_happy_path=False)
    assert app.application_id
    return app.application_id


# ---------------------------------------------------------------- 1. every list pages

PAGINATED = [op for op in spec_operations() if op.get("x-paginated") is True]


def test_the_spec_pages_every_list() -> None:
    lists = [op["operationId"] for op in spec_operations()
             if op["method"] == "get" and (op["operationId"].split(".")[-1].startswith("list") or op["operationId"] == "applications.logs")]
    assert len(PAGINATED) >= 17
    assert set(lists) <= {op["operationId"] for op in PAGINATED}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_list_sends_limit_and_offset(emu: Emulator, flavour: str) -> None:
    key = emu.client()
    ws = next(w for w in key.workspaces.list_all() if w.workspace_key == "demo").workspace_id
    cluster = key.clusters.list(ws).items[0].cluster_id
    pod = key.observability.list_resources(ws, cluster, "POD").items[0]
    profile = next(p.billing_profile_id for p in key.billing.profiles.list_all() if key.billing.invoices.list(p.billing_profile_id).items)
    values = {"workspaceId": ws, "clusterId": cluster, "billingProfileId": profile, "resourceType": "POD",
              "namespace": (pod.get("metadata") or pod)["namespace"],
              "applicationId": new_app(emu, key, ws, cluster, f"paged-{flavour}")}
    with_key = emu.async_client() if flavour == "async" else key
    with_bearer = bearer(emu, flavour)

    async def run() -> None:
        for op in PAGINATED:
            oid = op["operationId"]
            bearer_only = op.get("security") == [{"Bearer": []}]
            client = with_bearer if bearer_only else with_key
            args = [values[n] for n in re.findall(r"{(\w+)}", op["path"])]
            every = await call(client, oid, *args)
            page = await call(client, oid, *args, limit=1)
            assert page.limit == 1, f"{oid}: the server saw limit={page.limit}"
            assert len(page.items) <= 1, oid
            assert page.offset in (0, None), oid
            if every.total and every.total > 1:
                second = await call(client, oid, *args, limit=1, offset=1)
                assert second.offset == 1 and second.limit == 1, oid
                assert page.has_next_page(), oid
            # *_all with limit=1 walks every page, one item per request
            it = resolve(client, oid + "_all")(*args, limit=1)
            items = [x async for x in it] if flavour == "async" else list(it)
            expected = every.total if every.total is not None else len(every.items)
            assert len(items) == expected, oid

    asyncio.run(run())


def test_list_all_fetches_page_by_page(emu: Emulator) -> None:
    key = emu.client()
    for i in range(5):
        key.workspaces.create(workspace_name=f"P{i}", workspace_key=f"p{i}")
    total = key.workspaces.list(limit=2).total
    assert total is not None and total >= 6
    before = sent(emu, "workspaces.list")
    assert len(list(key.workspaces.list_all(limit=2))) == total
    assert sent(emu, "workspaces.list") - before == (total + 1) // 2  # one request per page of 2


# ---------------------------------------------------------------- 2. 501

def test_501_is_not_implemented_error(client: cloudpirates.Client) -> None:
    assert issubclass(cloudpirates.NotImplementedError, cloudpirates.InternalServerError)
    assert issubclass(cloudpirates.NotImplementedError, builtins.NotImplementedError)
    assert "NotImplementedError" in cloudpirates.__all__
    ws = next(w for w in client.workspaces.list_all() if w.workspace_key == "demo").workspace_id
    tpl = client.applications.templates.get(client.applications.templates.list().items[0].application_template_id)
    args = dict(application_template_id=tpl.application_template_id,
                application_template_preset_id=tpl.presets[0].application_template_preset_id,
                cluster_id=client.clusters.list(ws).items[0].cluster_id, app_version=tpl.versions[-1]["version"], name="db")
    with pytest.raises(cloudpirates.NotImplementedError) as info:
        client.applications.create(ws, **args)
    e = info.value
    assert e.status == 501 and type(e).__module__ == "cloudpirates" and e.attempts == 1
    assert isinstance(e, cloudpirates.APIError) and not e.may_have_executed
    with pytest.raises(builtins.NotImplementedError):  # the builtin form catches it too
        client.applications.create(ws, **args)
    with pytest.raises(cloudpirates.InternalServerError):
        client.applications.create(ws, **args)
    again = pickle.loads(pickle.dumps(e))
    assert type(again) is cloudpirates.NotImplementedError and again.status == 501


# ---------------------------------------------------------------- 3. commands no backend answers

NEVER_ANSWERS = [op for op in spec_operations() if op.get("x-never-answers")]


def test_the_spec_marks_the_two_commands() -> None:
    assert sorted(op["operationId"] for op in NEVER_ANSWERS) == ["applications.update_values", "applications.update_version"]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_commands_without_backend_are_sent_once(emu: Emulator, flavour: str) -> None:
    key = emu.client()
    ws = next(w for w in key.workspaces.list_all() if w.workspace_key == "demo").workspace_id
    app = new_app(emu, key, ws, key.clusters.list(ws).items[0].cluster_id, f"nb-{flavour}")
    client = emu.async_client() if flavour == "async" else key
    version = key.applications.get(ws, app).app_version
    calls: List[Tuple[str, Tuple[Any, ...], Dict[str, Any]]] = [
        ("applications.update_values", (ws, app), {"application_values": {"replicaCount": 2}}),
        ("applications.update_version", (ws, app), {"app_version": version}),
    ]
    for op, args, kw in calls:
        before = sent(emu, op)
        start = time.monotonic()
        with pytest.raises(cloudpirates.OutcomeUnknownError) as info:  # an InternalServerError before the core knew
            asyncio.run(call(client, op, *args, **kw))
        e = info.value
        assert e.may_have_executed
        n = sent(emu, op) - before
        assert n == 1, f"{op} was sent {n} times"
        assert e.attempts == 1 and e.status in (503, 504), (op, e.attempts, e.status)
        assert time.monotonic() - start < 5, f"{op} did not fail at once"
        assert "no backend handler" in e.message, e.message


# ---------------------------------------------------------------- 5. API keys

API_KEY_ROUTES = ["auth.validate", "auth.webauthn.list", "auth.webauthn.update_label", "auth.webauthn.delete",
                  "workspaces.invitations.accept"]
BEARER_GROUPS = ("auth.change_password", "auth.challenges.", "auth.webauthn.register", "auth.api_keys.", "auth.sessions.")


def test_the_spec_accepts_api_keys_on_the_five_routes() -> None:
    by_id = {op["operationId"]: op for op in spec_operations()}
    for oid in API_KEY_ROUTES:
        assert {"ApiKey": []} in by_id[oid]["security"], oid
    bearer_only = {oid for oid, op in by_id.items() if op.get("security") == [{"Bearer": []}]}
    assert bearer_only and all(oid.startswith(BEARER_GROUPS) for oid in bearer_only)
    for group in BEARER_GROUPS:
        assert any(oid.startswith(group) for oid in bearer_only), group


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_api_keys_reach_the_routes_that_accept_them(emu: Emulator, flavour: str) -> None:
    owner = bearer(emu, "sync")
    # the seeded user's WebAuthn key, registered with a session, renamed/deleted with a key
    ch = owner.auth.webauthn.challenge().challenge
    cred = f"cred-{flavour}"
    wkey = owner.auth.webauthn.register(body={"id": cred, "rawId": cred, "type": "public-key", "response": {
        "clientDataJSON": f'{{"type":"webauthn.create","challenge":"{ch}"}}', "attestationObject": "x"}})
    # the invitee gets an API key of its own, then accepts with it
    invitee = emu.identities[1]
    guest = bearer(emu, "sync", invitee["email"], invitee["password"])
    guest_key = guest.auth.api_keys.create(label=f"accept-{flavour}").api_key
    ws = emu.client().workspaces.create(workspace_name="Keys", workspace_key=f"keys-{flavour}").workspace_id
    inv = emu.client().workspaces.invitations.create(ws, email=invitee["email"], role="MEMBER")

    key = emu.async_client() if flavour == "async" else emu.client()
    guest_c = emu.async_client(api_key=guest_key) if flavour == "async" else emu.client(api_key=guest_key)
    assert key.auth_kind == "api_key" and guest_c.auth_kind == "api_key"
    before = {op: sent(emu, op) for op in API_KEY_ROUTES}

    async def run() -> None:
        await call(key, "auth.validate")
        assert any(k.web_authn_key_id == wkey.web_authn_key_id for k in (await call(key, "auth.webauthn.list")).items)
        assert (await call(key, "auth.webauthn.update_label", wkey.web_authn_key_id, label="by key")).label == "by key"
        await call(key, "auth.webauthn.delete", wkey.web_authn_key_id)
        member = await call(guest_c, "workspaces.invitations.accept", invitation_id=inv.invitation_id)
        assert isinstance(member, cloudpirates.models.WorkspaceMember)

    asyncio.run(run())
    assert {op: sent(emu, op) - before[op] for op in API_KEY_ROUTES} == {op: 1 for op in API_KEY_ROUTES}  # every call reached the server
    assert not owner.auth.webauthn.list().items
    assert any(m.email == invitee["email"] for m in emu.client().workspaces.members.list(ws).items)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_bearer_only_routes_refuse_api_keys_before_sending(emu: Emulator, flavour: str) -> None:
    key = emu.async_client() if flavour == "async" else emu.client()
    bearer_only = [op["operationId"] for op in spec_operations() if op.get("security") == [{"Bearer": []}]]
    assert len(bearer_only) >= 12
    before = sent(emu)

    async def run() -> None:
        for oid in bearer_only:
            fn = resolve(key, oid)
            args: List[Any] = []
            kw: Dict[str, Any] = {}
            for name, p in inspect.signature(fn).parameters.items():
                if p.default is not inspect.Parameter.empty:
                    continue
                value: Any = {} if name == "body" else "x"
                if p.kind is inspect.Parameter.KEYWORD_ONLY:
                    kw[name] = value
                else:
                    args.append(value)
            with pytest.raises(cloudpirates.InvalidRequestError) as info:
                await call(key, oid, *args, **kw)
            assert info.value.status is None, oid

    asyncio.run(run())
    assert sent(emu) == before, "a Bearer-only call reached the server"


# ---------------------------------------------------------------- 6. the emulator dies with us

def test_emulator_stops_when_the_python_process_dies(emulator_bin: str) -> None:
    script = (
        "import os, sys\n"
        "from cloudpirates.testing import Emulator\n"
        f"emu = Emulator(binary={emulator_bin!r}, lag_ms=0)\n"
        "print(emu._proc.pid, flush=True)\n"
        "sys.stdin.read()\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert parent.stdout is not None
    pid = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)  # no close(), no atexit, no __del__
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    pytest.fail("the emulator outlived the Python process that started it")


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)  # not our child: raises ChildProcessError
        return waited == 0
    except ChildProcessError:
        pass
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False
