"""examples/consistency_asgi.py over real HTTP: two instances of the demo service (each with a
client of its own, as two processes would have) served by a minimal HTTP/1.1 server, in front
of the emulator with a 500 ms read lag. A write through one, then a read through the other
carrying the `CloudPirates-Consistency` header of the write's response, sees the write at once;
without the header the other service meets the lag."""
from __future__ import annotations

import asyncio
import importlib.util
import json
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from cloudpirates.testing import Emulator

_spec = importlib.util.spec_from_file_location("consistency_asgi", Path(__file__).resolve().parents[1] / "examples" / "consistency_asgi.py")
assert _spec is not None and _spec.loader is not None
example = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(example)


async def serve(app: Any) -> Tuple[asyncio.AbstractServer, int]:
    """Serves an ASGI app on a free port: one request per connection (`connection: close`)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        method, target, _ = head[0].split(" ", 2)
        headers = [(k.strip().lower().encode(), v.strip().encode()) for k, v in (ln.split(":", 1) for ln in head[1:] if ln)]
        body = await reader.readexactly(int(dict(headers).get(b"content-length", b"0")))
        path, _, query = target.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "path": path, "query_string": query.encode(), "headers": headers}

        async def receive() -> Dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(m: Dict[str, Any]) -> None:
            if m["type"] == "http.response.start":
                lines = b"".join(k + b": " + v + b"\r\n" for k, v in m.get("headers", []))
                writer.write(b"HTTP/1.1 %d -\r\n" % m["status"] + lines + b"connection: close\r\n\r\n")
            elif m["type"] == "http.response.body":
                writer.write(m.get("body", b""))

        try:
            await app(scope, receive, send)
            await writer.drain()
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def http(port: int, method: str, target: str, token: Optional[str] = None) -> Tuple[int, Dict[str, str], Any]:
    """One HTTP request; returns the status, the headers (lowercase names) and the JSON body."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    extra = f"CloudPirates-Consistency: {token}\r\n" if token is not None else ""
    writer.write(f"{method} {target} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 0\r\n{extra}\r\n".encode())
    raw = await reader.read()
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines[1:])}
    return int(lines[0].split(" ")[1]), headers, json.loads(body)


def test_a_write_through_one_service_is_read_at_once_through_another_carrying_the_header(emu: Emulator) -> None:
    emu.configure(lag_ms=500)

    async def main() -> None:
        async with emu.async_client() as a_client, emu.async_client() as b_client:
            a, a_port = await serve(example.create_app(a_client))
            b, b_port = await serve(example.create_app(b_client))
            seen: List[float] = []
            try:
                # without the header the other service meets the lag (its client never wrote)
                status, _, first = await http(a_port, "POST", f"/workspaces?name=Asgi&key=asgi-{uuid.uuid4().hex[:10]}")
                assert status == 201
                assert (await http(b_port, "GET", f"/workspaces/{first['workspaceId']}"))[0] == 404

                status, headers, created = await http(a_port, "POST", f"/workspaces?name=Asgi&key=asgi-{uuid.uuid4().hex[:10]}")
                assert status == 201
                token = headers["cloudpirates-consistency"]
                assert token.startswith("cpt1.")
                t0 = time.monotonic()
                status, headers, got = await http(b_port, "GET", f"/workspaces/{created['workspaceId']}", token)
                seen.append(time.monotonic() - t0)
                assert status == 200, f"the token did not reach the read: {status} {got}"
                assert got["workspaceId"] == created["workspaceId"]
                assert "cloudpirates-consistency" not in headers, "a read hands out no token"
                # a header that is no token: the calls refuse it, the service answers 400
                status, _, err = await http(b_port, "GET", f"/workspaces/{created['workspaceId']}", "not-a-token")
                assert status == 400 and "consistency token refused" in err["error"]
            finally:
                a.close()
                b.close()
            assert seen[0] < 3, f"the read through the token took {seen[0]:.2f} s"

    asyncio.run(main())
