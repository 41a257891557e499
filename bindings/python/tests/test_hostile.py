"""Hostile and thin servers, through the real core: small HTTP servers started inside the
test answer what the emulator never would (a redirect to another origin, write answers
without the model), models print no secret, and a Rust panic never takes Python down."""
from __future__ import annotations

import asyncio
import http.server
import json
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import yaml

import cloudpirates
from cloudpirates import _native, models
from cloudpirates.testing import Emulator

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "cloudpirates.yaml"

# (status, headers, body) for a request (method, path, body)
Answer = Tuple[int, Dict[str, str], bytes]


class Stub:
    """An HTTP server on 127.0.0.1 in a thread: `answer(method, path, body)` decides each
    response; every request is recorded in `seen`."""

    def __init__(self, answer: Callable[[str, str, bytes], Answer]) -> None:
        self.seen: List[Tuple[str, str, bytes]] = []
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                stub.seen.append((self.command, self.path, body))
                status, headers, out = answer(self.command, self.path, body)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if status not in (204, 304):
                    self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                if status not in (204, 304):
                    self.wfile.write(out)

            do_GET = do_POST = do_PUT = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.base_url = self.origin + "/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stubs() -> Iterator[Callable[[Callable[[str, str, bytes], Answer]], Stub]]:
    made: List[Stub] = []

    def make(answer: Callable[[str, str, bytes], Answer]) -> Stub:
        s = Stub(answer)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def flavours(client: Any, aclient: Any, name: str) -> List[Callable[..., Any]]:
    """The operation `name` of both clients, as blocking callables."""

    def resolve(c: Any) -> Any:
        for part in name.split("."):
            c = getattr(c, part)
        return c

    sync, asy = resolve(client), resolve(aclient)
    return [sync, lambda *a, **kw: asyncio.run(asy(*a, **kw))]


# ---------------------------------------------------------------- 1. redirects

def test_a_redirect_is_never_followed(stubs: Any) -> None:
    thief = stubs(lambda m, p, b: (200, {"Content-Type": "application/json"}, b"{}"))
    hostile = stubs(lambda m, p, b: (307, {"Location": f"{thief.origin}/steal"}, b""))
    c = cloudpirates.Client(base_url=hostile.base_url, api_key=None)
    ac = cloudpirates.AsyncClient(base_url=hostile.base_url, api_key=None)
    for i, login in enumerate(flavours(c, ac, "auth.login")):
        with pytest.raises(cloudpirates.APIError) as info:
            login(email="a@b.test", password="Passw0rd-stolen")
        e = info.value
        assert e.status == 307, repr(e)
        assert thief.origin in e.message, e.message
        assert "Passw0rd-stolen" not in repr(e.to_dict())
        assert [s[:2] for s in hostile.seen] == [("POST", "/v1/auth/login")] * (i + 1)  # sent once, never re-sent
    assert thief.seen == [], "the redirect was followed"


# ---------------------------------------------------------------- 2. thin write answers (the core completes them)

THIN = [(204, ""), (200, ""), (200, "  \n"), (200, "{}"), (200, "null"), (200, "<html>oops</html>"),
        (200, '{"workspaceId":"w1"}'), (200, '{"workspaceId":"w1","brandNew":1}'), (201, '{"workspaceName":"Server"}')]


@pytest.mark.parametrize("status,text", THIN)
def test_a_write_answer_without_the_model_is_a_success(stubs: Any, status: int, text: str) -> None:
    stub = stubs(lambda m, p, b: (status, {"Content-Type": "application/json"}, text.encode()))
    c = cloudpirates.Client(base_url=stub.base_url, api_key="k")
    ac = cloudpirates.AsyncClient(base_url=stub.base_url, api_key="k")
    for rename in flavours(c, ac, "workspaces.rename"):
        ws = rename("w1", workspace_name="Ops")
        assert isinstance(ws, models.Workspace)
        assert ws.workspace_id == "w1"  # from the path
        assert ws.workspace_name == ("Server" if "Server" in text else "Ops")  # the server wins, else the request
        assert ws.extra == ({"brandNew": 1} if "brandNew" in text else {})
    assert len(stub.seen) == 2  # an applied write is never retried


def test_a_thin_refresh_answer_never_echoes_the_old_refresh_token(stubs: Any) -> None:
    stub = stubs(lambda m, p, b: (200, {"Content-Type": "application/json"}, b"{}"))
    c = cloudpirates.Client(base_url=stub.base_url, api_key=None)
    tok = c.auth.refresh(refresh_token="old-refresh-secret")
    assert isinstance(tok, models.TokenResponse)
    assert tok.refresh_token != "old-refresh-secret", "a secret of the request was echoed into the result"


# ---------------------------------------------------------------- 3. secrets in models

def secret_models() -> Dict[str, List[str]]:
    """Every model of the spec with `x-secret` fields, and those fields."""
    doc = yaml.safe_load(SPEC.read_text())
    out = {}
    for name, schema in doc["components"]["schemas"].items():
        fields = [k for k, v in (schema.get("properties") or {}).items() if isinstance(v, dict) and v.get("x-secret")]
        if fields:
            out[name] = fields
    return out


SECRET_MODELS = secret_models()
UNKNOWN_SECRETS = {"sessionToken": "SECRET-u1", "clientSecret": "SECRET-u2", "newPassword": "SECRET-u3",
                   "someApiKey": "SECRET-u4", "api_key": "SECRET-u5", "dbCredentials": "SECRET-u6"}


def test_the_spec_marks_the_known_secrets() -> None:
    for name in ("TokenResponse", "LoginResponse", "CreatedApiKey", "ClusterAccessToken", "Cluster", "InvoicePdfUrl",
                 "LoginRequest", "ChangePasswordRequest"):
        assert name in SECRET_MODELS, name
    assert _native.is_secret_name("accessToken") and _native.is_secret_name("url")
    assert _native.is_secret_name("somethingSecret") and not _native.is_secret_name("workspaceKey")


@pytest.mark.parametrize("name", sorted(SECRET_MODELS))
def test_repr_of_a_model_shows_no_secret(name: str) -> None:
    cls = getattr(models, name)
    data = {f: f"SECRET-{f}" for f in SECRET_MODELS[name]}
    data.update(UNKNOWN_SECRETS)
    data["plainUnknown"] = "visible"
    m = cls.from_dict(data)
    text = repr(m)
    assert "SECRET-" not in text, text
    assert "[REDACTED]" in text and "visible" in text
    assert m.to_dict()[SECRET_MODELS[name][0]] == f"SECRET-{SECRET_MODELS[name][0]}"  # the value itself is kept
    # a secret-named field inside a nested model or a list of models is hidden too
    assert "SECRET-" not in repr([m]) and "SECRET-" not in repr({"x": m})


def test_a_real_login_prints_no_token(emu: Emulator) -> None:
    c = emu.client(api_key=None)
    resp = c.auth.login(email=emu.email, password=emu.password)
    tokens = c.session_tokens()
    assert tokens is not None
    text = repr(resp)
    for secret in tokens:
        assert secret and secret not in text
    created = c.auth.api_keys.create(label="repr")
    assert created.api_key and created.api_key not in repr(created)


# ---------------------------------------------------------------- 4. a panic in Rust

def test_a_panic_is_a_typed_error_and_the_process_goes_on(emu: Emulator) -> None:
    # the blocking path: the same block_on a call takes
    for _ in range(2):
        with pytest.raises(cloudpirates.APIError) as info:
            _native._panic_for_tests()
        e = info.value
        # the core's panic guard (bridge::catch_panic): an APIError that says a write may have been applied
        assert type(e) is cloudpirates.APIError and e.may_have_executed and "panic" in e.message, repr(e)
        assert isinstance(e, cloudpirates.CloudPiratesError)

    # the asyncio path: the same spawn and completion queue a call takes; the future settles
    async def run() -> Any:
        from cloudpirates import _base

        loop = asyncio.get_running_loop()
        fut: "asyncio.Future[Any]" = loop.create_future()
        _native._panic_for_tests(fut, _base._loop_completions(loop))
        with pytest.raises(cloudpirates.APIError) as ainfo:
            await asyncio.wait_for(fut, 10)
        assert ainfo.value.may_have_executed and "panic" in ainfo.value.message
        return await emu.async_client().auth.me()  # the loop and runtime still serve calls

    assert asyncio.run(run()).email == emu.email
    assert emu.client().auth.me().email == emu.email
