"""Read-your-writes across your own services with consistency tokens: a dependency-free ASGI
middleware (no framework; run it with any ASGI server, e.g.
`uvicorn --factory consistency_asgi:create_app`).

- An incoming `CloudPirates-Consistency` header (a token another service or this one handed
  out) is put in a context variable for the request; `client_for_request(client)` is then a
  copy of the shared client whose calls ride out the lag of the writes it names.
- A response to a writing request (any method but GET/HEAD/OPTIONS) carries the shared
  client's token in `CloudPirates-Consistency`; the caller passes it on with its next request,
  to this service or another one, even one that runs `eventual`.

A malformed, oversized or (with `consistency_token_key`) unsigned header makes the request's
calls raise `InvalidRequestError` before anything is sent; the demo app answers 400 then.
"""
from __future__ import annotations

import json
from contextvars import ContextVar
from typing import Any, Awaitable, Callable, Dict, MutableMapping, Optional

from cloudpirates import AsyncClient, InvalidRequestError, NotFoundError, PermissionDeniedError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The header that carries a consistency token between services.
HEADER = "CloudPirates-Consistency"
_incoming: ContextVar[Optional[str]] = ContextVar("cloudpirates_consistency", default=None)


def client_for_request(client: AsyncClient) -> AsyncClient:
    """`client`, or a copy carrying the current request's incoming token (it shares the
    connection pool, session and ledger; the token goes with every call of the copy)."""
    token = _incoming.get()
    return client if token is None else client.with_options(consistency_token=token)


class ConsistencyMiddleware:
    """Reads `CloudPirates-Consistency` into the request's context and sets it on responses to
    writing requests from `client.consistency_token()`."""

    def __init__(self, app: ASGIApp, client: AsyncClient) -> None:
        self.app = app
        self.client = client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wanted = HEADER.lower().encode()
        token = next((v.decode("latin-1") for k, v in scope["headers"] if k.lower() == wanted), None)
        writes = scope["method"] not in ("GET", "HEAD", "OPTIONS")

        async def send_with_token(message: Message) -> None:
            if writes and message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != wanted]
                headers.append((wanted, self.client.consistency_token().encode()))
                message = {**message, "headers": headers}
            await send(message)

        reset = _incoming.set(token)
        try:
            await self.app(scope, receive, send_with_token)
        finally:
            _incoming.reset(reset)


def create_app(client: Optional[AsyncClient] = None) -> ASGIApp:
    """The demo service: `POST /workspaces?name=..&key=..` creates a workspace,
    `GET /workspaces/<id>` reads it (404 while the read model lags and no token says
    otherwise). The client defaults to `AsyncClient()` (CLOUDPIRATES_API_KEY/BASE_URL)."""
    shared = client or AsyncClient()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        c = client_for_request(shared)
        query = dict(p.split("=", 1) for p in scope.get("query_string", b"").decode().split("&") if "=" in p)
        status, body = 404, {"error": "no such route"}
        try:
            if scope["method"] == "POST" and scope["path"] == "/workspaces":
                ws = await c.workspaces.create(workspace_name=query["name"], workspace_key=query["key"])
                status, body = 201, {"workspaceId": ws.workspace_id}
            elif scope["method"] == "GET" and scope["path"].startswith("/workspaces/"):
                ws = await c.workspaces.get(scope["path"].rsplit("/", 1)[1])
                status, body = 200, {"workspaceId": ws.workspace_id, "workspaceKey": ws.workspace_key}
        except (NotFoundError, PermissionDeniedError):
            status, body = 404, {"error": "not found"}
        except InvalidRequestError as e:
            status, body = 400, {"error": str(e)}
        await respond(send, status, body)

    return ConsistencyMiddleware(app, shared)


async def respond(send: Send, status: int, body: Dict[str, Any]) -> None:
    """Sends a JSON response."""
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
