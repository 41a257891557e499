"""`Client` (blocking) and `AsyncClient` (asyncio): configuration, context managers,
`with_options`, waiters. The operations themselves are generated (`_generated`)."""
from __future__ import annotations

from types import TracebackType
from typing import Any, Awaitable, Callable, Mapping, Optional, Type, TypeVar, Union, overload

from . import _native as _nat
from ._base import AsyncAPIClient, Consistency, SyncAPIClient, _decode, _operation_of, _prepare
from ._generated.async_resources import AsyncResources
from ._generated.resources import Resources

__all__ = ["Client", "AsyncClient", "Consistency"]

C = TypeVar("C", bound="_ClientBase")
T = TypeVar("T")

#: What a waiter polls: a generated read method (`client.workspaces.get`, bound or not; the
#: result is then that method's model) or its operation id (`"workspaces.get"`; plain JSON).
Operation = Union[str, Callable[..., Any]]


class _ClientBase:
    _native: _nat.Client
    _raw: bool

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[Consistency] = None,
        user_agent_suffix: Optional[str] = None,
        consistency_token_key: Optional[str] = None,
    ) -> None:
        """Makes a client; no request is sent until the first call.

        Credentials: `api_key`, or `access_token` (+ `refresh_token` to renew it), or none
        (log in with `client.auth.login(...)`; the client adopts the session). Without either,
        `CLOUDPIRATES_API_KEY` is used when set. `base_url` falls back to
        `CLOUDPIRATES_BASE_URL`, then the production API. `timeout` is the total deadline of
        one call in seconds (default 60), `max_retries` the retries after the first attempt
        (default 4), `consistency` one of `read_your_writes`, `strong`, `eventual`.
        `consistency_token_key` is an HMAC key shared by your services: the consistency tokens
        this client makes are signed with it, and every token it accepts must be (a secret:
        never shown in `repr` or errors).
        """
        self._native = _nat.Client(
            api_key=api_key,
            access_token=access_token,
            refresh_token=refresh_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            consistency=consistency,
            user_agent_suffix=user_agent_suffix,
            use_env=True,
            consistency_token_key=consistency_token_key,
        )
        self._raw = False
        self._init_resources()

    def _init_resources(self) -> None:  # provided by the generated mixin
        raise NotImplementedError

    def _copy(self: C, native: _nat.Client, raw: bool) -> C:
        new = type(self).__new__(type(self))
        new._native = native
        new._raw = raw
        new._init_resources()
        return new

    def with_options(
        self: C,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[Consistency] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        consistency_token: Optional[str] = None,
    ) -> C:
        """A copy with other per-call settings; it shares the connection pool, the session
        and the read-your-writes ledger with this client. `extra_headers` are sent with every
        call of the copy (a name given again, in any case, replaces this client's); the
        client's own headers (`Authorization`, `Host`, `Content-Type`, ...) are refused with
        `InvalidRequestError`. `consistency_token` (another client's `consistency_token()`)
        makes every read of the copy ride out the lag of the writes it names, whatever the
        consistency mode; a bad token raises `InvalidRequestError` on each call, before
        anything is sent. Every generated method also takes these options per call."""
        headers = None if extra_headers is None else list(extra_headers.items())
        native = self._native.with_options(
            timeout=timeout, max_retries=max_retries, consistency=consistency, headers=headers, consistency_token=consistency_token
        )
        return self._copy(native, self._raw)

    @property
    def with_raw_response(self) -> Any:
        """A view of this client whose methods return an `APIResponse` (status code, headers,
        request id, attempts, time waited, and `parse()` for the value the plain call returns;
        for a list, `parse()` gives the page) instead of the value itself:

            resp = client.with_raw_response.workspaces.get(workspace_id)
            print(resp.status_code, resp.headers["x-request-id"])
            ws = resp.parse()

        Annotate the result as `APIResponse[Workspace]` where the type matters. The view
        shares everything with this client (pool, session, options)."""
        view = self.__dict__.get("_raw_view")
        if view is None:
            view = self.__dict__["_raw_view"] = self._copy(self._native, True)
        return view

    @property
    def base_url(self) -> str:
        return self._native.base_url

    @property
    def auth_kind(self) -> str:
        """`"api_key"`, `"bearer"` or `"none"`."""
        return self._native.auth_kind

    def session_tokens(self) -> Optional[tuple[str, Optional[str]]]:
        """`(access_token, refresh_token)` of the current Bearer session (after a login or a
        refresh), for you to store; None without one. Treat the values as secrets."""
        return self._native.session_tokens()

    def consistency_token(self) -> str:
        """A consistency token: an opaque, URL-safe string (at most 2048 bytes, `cpt1.`...)
        naming the writes this client made, or merged, that are still inside the consistency
        window (`with_options` copies share them). Hand it to another client, in another
        process or language, as its `consistency_token=` option or through
        `merge_consistency_token`: its reads then ride out the read lag of these writes. It
        holds paths, times and field hashes, no request body; signed with the client's
        `consistency_token_key` when set. Raises `InvalidRequestError` once closed."""
        return self._native.consistency_token()

    def merge_consistency_token(self, token: str) -> None:
        """Merges another client's consistency token: every later read of this client (and
        of its `with_options` copies) rides out the lag of the writes it names, even when the
        client is `eventual`. A malformed, oversized or (with `consistency_token_key`)
        unsigned or tampered token raises `InvalidRequestError` saying what is wrong (the
        token itself is never echoed); a value that is not a `str` raises `TypeError`."""
        self._native.merge_consistency_token(token)

    @property
    def is_closed(self) -> bool:
        """True once `close()` was called on this client or on one sharing its pool
        (`with_options` copies, the `with_raw_response` view)."""
        return self._native.closed

    def __repr__(self) -> str:
        opts = {k: v for k, v in self._native.options().items() if v is not None}
        extra = "".join(f", {k}={v!r}" for k, v in opts.items())
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth_kind!r}{extra})"


class Client(Resources, SyncAPIClient, _ClientBase):
    """The blocking CloudPirates client. Every call runs in the Rust core with the GIL
    released. Use it as a context manager, or call `close()`."""

    def close(self) -> None:
        """Closes the client: the core client and its connection pool are released (calls in
        flight finish first). Further calls raise `InvalidRequestError`, on this client and on
        every copy sharing its pool (`with_options`, `with_raw_response`). Closing twice does
        nothing."""
        self._native.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.close()

    @overload
    def wait_until_exists(self, operation: str, *path: str, max_wait: float = 30.0) -> Any: ...
    @overload
    def wait_until_exists(self, operation: Callable[..., T], *path: str, max_wait: float = 30.0) -> T: ...

    def wait_until_exists(self, operation: Operation, *path: str, max_wait: float = 30.0) -> Any:
        """Polls a GET operation until it stops answering 404/403, and returns the decoded
        body; for resources this client did not write itself (its own writes are waited for
        automatically). `operation` is the read method itself,
        `client.wait_until_exists(client.workspaces.get, ws_id)` (the result is then its model,
        typed), or its id, `"workspaces.get"` (the result is then plain JSON)."""
        op, kind, cast = _operation_of(operation)
        p, q, _ = _prepare(path, [], None)
        resp = self._native.wait_for(op, p, q, deleted=False, max_wait=max_wait)
        return _decode_json(resp) if isinstance(operation, str) or resp is None else _decode(resp, kind, cast)

    def wait_until_deleted(self, operation: Operation, *path: str, max_wait: float = 30.0) -> None:
        """Polls a GET operation (the method, e.g. `client.workspaces.get`, or its id) until the
        resource is gone (404, or the 403 a deleted workspace answers)."""
        op = _operation_of(operation)[0]
        p, q, _ = _prepare(path, [], None)
        self._native.wait_for(op, p, q, deleted=True, max_wait=max_wait)


class AsyncClient(AsyncResources, AsyncAPIClient, _ClientBase):
    """The asyncio CloudPirates client. Calls are awaitables driven by one shared tokio
    runtime; cancelling the task cancels the request in the core."""

    async def close(self) -> None:
        """Closes the client: the core client and its connection pool are released (calls in
        flight finish first). Further calls raise `InvalidRequestError`, on this client and on
        every copy sharing its pool (`with_options`, `with_raw_response`). Closing twice does
        nothing."""
        self._native.close()

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        await self.close()

    @overload
    async def wait_until_exists(self, operation: str, *path: str, max_wait: float = 30.0) -> Any: ...
    @overload
    async def wait_until_exists(self, operation: Callable[..., Awaitable[T]], *path: str, max_wait: float = 30.0) -> T: ...

    async def wait_until_exists(self, operation: Operation, *path: str, max_wait: float = 30.0) -> Any:
        """The asyncio form of `Client.wait_until_exists`: `operation` is the read method
        (`client.workspaces.get`; the result is then its model) or its id (plain JSON)."""
        op, kind, cast = _operation_of(operation)
        p, q, _ = _prepare(path, [], None)
        resp = await self._native.wait_for_async(op, p, q, deleted=False, max_wait=max_wait)
        return _decode_json(resp) if isinstance(operation, str) or resp is None else _decode(resp, kind, cast)

    async def wait_until_deleted(self, operation: Operation, *path: str, max_wait: float = 30.0) -> None:
        """The asyncio form of `Client.wait_until_deleted`."""
        op = _operation_of(operation)[0]
        p, q, _ = _prepare(path, [], None)
        await self._native.wait_for_async(op, p, q, deleted=True, max_wait=max_wait)


def _decode_json(resp: Union[_nat.Response, None]) -> Any:
    import json

    if resp is None or not resp.body.strip():
        return None
    return json.loads(resp.body)
