"""Test your code offline against the CloudPirates emulator.

    from cloudpirates.testing import Emulator

    def test_my_code():
        with Emulator() as emu:
            client = emu.client()          # a ready Client (API key of the seeded user)
            ws = client.workspaces.create(workspace_name="Test", workspace_key="test")
            ...

The emulator is as awkward as the documented API by default: reads lag 150 ms behind
writes (`Emulator(lag_ms=0)` or `emu.configure(lag_ms=0)` for speed), newly registered
identities must be activated before their first login (`emu.activate(email)`, or
`Emulator(require_activation=False)`), `applications.update_values`/`update_version` hang
30 s before their 504 (`Emulator(application_update_delay_ms=200)` in tests), the last
OWNER of a workspace can be demoted (`protect_last_owner=True` refuses it) and the
trainings list serves the documented Link quirks (`link_quirks=False` turns them off).

The emulator is a local, stateful CloudPirates server (`cloudpirates-emulator`). It is
looked for in this order: `$CLOUDPIRATES_EMULATOR`, a copy in this package's `_bin/` (test
builds), the `cloudpirates-emulator` wheel of this environment (`pip install
"cloudpirates[testing]"`), `cloudpirates-emulator` on `PATH`, then `target/{debug,release}` of
a source checkout.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import threading
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any, Dict, Iterator, List, Optional, Sequence, Type

from ._client import AsyncClient, Client

__all__ = ["Emulator", "find_emulator", "emulated_client", "EmulatorNotFound"]

BINARY = "cloudpirates-emulator"


class EmulatorNotFound(RuntimeError):
    """No emulator binary could be found."""


def find_emulator() -> str:
    """The path of the emulator binary (see the module's doc for the search order)."""
    env = os.environ.get("CLOUDPIRATES_EMULATOR")
    if env:
        if Path(env).is_file():
            return env
        raise EmulatorNotFound(f"CLOUDPIRATES_EMULATOR={env!r} is not a file")
    bundled = Path(__file__).resolve().parent / "_bin" / BINARY
    if bundled.is_file() and os.access(bundled, os.X_OK):
        return str(bundled)
    # the `cloudpirates-emulator` wheel (`pip install "cloudpirates[testing]"`) puts the binary
    # in this environment's scripts folder, which need not be on PATH (an unactivated venv)
    scripts = Path(sysconfig.get_path("scripts")) / BINARY
    if scripts.is_file() and os.access(scripts, os.X_OK):
        return str(scripts)
    on_path = shutil.which(BINARY)
    if on_path:
        return on_path
    roots: List[Path] = []
    if os.environ.get("CARGO_TARGET_DIR"):
        roots.append(Path(os.environ["CARGO_TARGET_DIR"]))
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for d in [start, *start.parents]:
            roots.append(d / "target")
    for root in roots:
        for profile in ("debug", "release"):
            cand = root / profile / BINARY
            if cand.is_file() and os.access(cand, os.X_OK):
                return str(cand)
    raise EmulatorNotFound(
        f"{BINARY} not found: `pip install \"cloudpirates[testing]\"`, set CLOUDPIRATES_EMULATOR, "
        "put it on PATH, or build it with `cargo build -p cloudpirates-emulator`"
    )


class Emulator:
    """A running emulator (a subprocess on 127.0.0.1, a free port). Stops on `close()`, at
    the end of a `with` block, or when this process exits."""

    base_url: str
    origin: str
    api_key: str
    email: str
    password: str
    identities: List[Dict[str, Any]]

    def __init__(
        self,
        *,
        lag_ms: Optional[int] = None,
        require_activation: Optional[bool] = None,
        application_update_delay_ms: Optional[int] = None,
        protect_last_owner: Optional[bool] = None,
        link_quirks: Optional[bool] = None,
        args: Sequence[str] = (),
        binary: Optional[str] = None,
    ) -> None:
        """Starts an emulator. Settings left `None` keep the emulator's defaults, which are
        the documented API's: `lag_ms` 150, `require_activation` True,
        `application_update_delay_ms` 30000, `protect_last_owner` False, `link_quirks` True.
        Every setting can also be changed later with `configure`."""
        exe = binary or find_emulator()
        # --watch-stdin: the emulator stops when this pipe closes, so it never outlives
        # this process (even after a crash or SIGKILL, when `close()` never runs)
        cmd = [exe, "--port", "0", "--watch-stdin", *args]
        if lag_ms is not None:
            cmd += ["--lag-ms", str(lag_ms)]
        if application_update_delay_ms is not None:
            cmd += ["--application-update-delay-ms", str(application_update_delay_ms)]
        if require_activation is False:
            cmd.append("--no-activation")
        if protect_last_owner:
            cmd.append("--protect-last-owner")
        if link_quirks is False:
            cmd.append("--no-link-quirks")
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
            self._proc.kill()
            raise RuntimeError(f"the emulator did not start: {err.strip()}")
        info = json.loads(line)
        self.base_url = info["base_url"]
        self.origin = info.get("origin") or self.base_url.rsplit("/v1", 1)[0]
        self.api_key = info["api_key"]
        self.email = info["email"]
        self.password = info["password"]
        self.identities = list(info.get("identities") or [])
        # drain stderr so a chatty emulator never blocks on a full pipe
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        err = self._proc.stderr
        if err is not None:
            for _ in iter(err.readline, b""):
                pass

    # -- clients

    def client(self, **kwargs: Any) -> Client:
        """A `Client` for this emulator, with the seeded user's API key unless credentials
        are given."""
        return Client(**self._client_kwargs(kwargs))

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An `AsyncClient` for this emulator (see `client`)."""
        return AsyncClient(**self._client_kwargs(kwargs))

    def _client_kwargs(self, kwargs: Dict[str, Any]) -> Dict[str, Any]:
        kw = dict(kwargs)
        kw.setdefault("base_url", self.base_url)
        if "api_key" not in kw and "access_token" not in kw:
            kw["api_key"] = self.api_key
        if kw.get("api_key", "") is None:
            del kw["api_key"]
        return kw

    # -- the control API

    def control(self, method: str, path: str, body: Optional[Any] = None) -> Any:
        """Calls the emulator's control API (`/_emulator/...`) and returns the JSON answer."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"{self.origin}/_emulator/{path.lstrip('/')}", data=data, method=method)
        req.add_header("content-type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"emulator control {method} {path}: HTTP {e.code}: {e.read().decode(errors='replace')}") from None
        return json.loads(raw) if raw.strip() else None

    def configure(self, **settings: Any) -> Dict[str, Any]:
        """Changes the runtime configuration (`lag_ms`, `faults`, `applications_happy_path`,
        `application_update_mode`, `application_update_delay_ms`, `require_activation`,
        `protect_last_owner`, `link_quirks`,
        `write_responses` = `"full"`/`"empty"`/`"empty_object"`/`"no_content"`/`"minimal"`,
        ...); returns the new one. Settings not given keep their value."""
        return dict(self.control("PUT", "config", settings))

    def config(self) -> Dict[str, Any]:
        """The current runtime configuration (with `faults_injected`, the faults fired so far)."""
        return dict(self.control("GET", "config"))

    def reset(self) -> None:
        """Puts the state back to the seed."""
        self.control("POST", "reset")

    def counters(self) -> Any:
        """Created resources per kind and successful writes per operation id."""
        return self.control("GET", "counters")

    def mfa_codes(self) -> Any:
        """The SMS/TOTP codes the emulator would have sent, per identity."""
        return self.control("GET", "mfa-codes")

    def activate(self, email: str) -> Dict[str, Any]:
        """Activates a newly registered identity, as the e-mail link of the real API would:
        by default (`require_activation`) an identity cannot log in before this."""
        return dict(self.control("POST", "activate", {"email": email}))

    def invitations(self) -> Any:
        """Every workspace invitation (with its `invitationId`)."""
        return self.control("GET", "invitations")

    # -- life cycle

    def close(self) -> None:
        """Stops the emulator."""
        if self._proc.poll() is None:
            try:
                if self._proc.stdin:
                    self._proc.stdin.close()
                self._proc.wait(timeout=3)
            except Exception:
                self._proc.kill()
                self._proc.wait(timeout=5)

    def __enter__(self) -> "Emulator":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            if self._proc.poll() is None:
                self._proc.kill()
        except Exception:
            pass

    def __repr__(self) -> str:
        return f"Emulator(base_url={self.base_url!r})"


def emulated_client(**kwargs: Any) -> Iterator[Client]:
    """A generator usable as a pytest fixture: yields a ready `Client` on a fresh emulator
    and stops the emulator afterwards.

        client = pytest.fixture(cloudpirates.testing.emulated_client)
    """
    with Emulator() as emu:
        with emu.client(**kwargs) as c:
            yield c


if __name__ == "__main__":  # python -m cloudpirates.testing: run an emulator until Ctrl-C
    with Emulator(args=sys.argv[1:]) as emu:
        print(json.dumps({"base_url": emu.base_url, "api_key": emu.api_key, "email": emu.email}), flush=True)
        try:
            emu._proc.wait()
        except KeyboardInterrupt:
            pass
