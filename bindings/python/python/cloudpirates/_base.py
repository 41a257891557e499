"""The small hand-written runtime the generated code calls: model (de)serialisation,
pages, and the one call path into `cloudpirates._native`."""
from __future__ import annotations

import sys
from datetime import datetime
from enum import Enum
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    ClassVar,
    Dict,
    Generic,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
)

if TYPE_CHECKING:
    import asyncio
    import weakref

    from . import _native
    from ._native import Response as _NativeResponse

T = TypeVar("T")

#: The consistency modes: `"read_your_writes"` (default), `"strong"` or `"eventual"`.
Consistency = Literal["read_your_writes", "strong", "eventual"]

F = TypeVar("F", bound=Callable[..., Any])


def _operation(op_id: str, kind: str, cast: Any) -> Callable[[F], F]:
    """Marks a generated method with its operation (id, result kind, model), so that a waiter
    can take the method itself: `client.wait_until_exists(client.workspaces.get, ws_id)`."""

    def mark(f: F) -> F:
        f._cp_operation = (op_id, kind, cast)  # type: ignore[attr-defined]
        return f

    return mark


def _operation_of(method: Any) -> Tuple[str, str, Any]:
    """`(id, kind, cast)` of a generated method (bound or not), or of an operation id."""
    if isinstance(method, str):
        return method, "json", None
    found = getattr(method, "_cp_operation", None)
    if found is None:
        from ._errors import InvalidRequestError

        raise InvalidRequestError(f"{method!r} is not an operation of this SDK (pass a method such as client.workspaces.get, or its id)")
    return found  # type: ignore[no-any-return]

ModelT = TypeVar("ModelT", bound="Model")

# TEST-ONLY hook, not part of the API (private module, no stability promise): when set, it is
# called as observer(op_id, flavour) after each call that reached the server; the project's
# tests use it to prove every operation was exercised through both clients. Unset (None) it
# costs one module-global read per call.
_observer: Optional[Callable[[str, str], None]] = None


# ---------------------------------------------------------------- values

def _json() -> Any:
    """The `json` module, imported on first use: it pulls in `re` and `enum`, about a
    quarter of the import time of this package."""
    import json

    return json


def _parse_datetime(v: Any) -> Any:
    if not isinstance(v, str):
        return v
    text = v[:-1] + "+00:00" if v.endswith("Z") else v
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return v  # not ISO 8601 as Python 3.9 reads it: keep the server's text


def _from_wire(spec: Any, v: Any) -> Any:
    if v is None or spec is None:
        return v
    if spec == "datetime":
        return _parse_datetime(v)
    if isinstance(spec, tuple):  # ("list", inner)
        return [_from_wire(spec[1], x) for x in v] if isinstance(v, list) else v
    if isinstance(spec, type) and issubclass(spec, Enum):
        try:
            return spec(v)
        except ValueError:
            return v  # a value newer than this SDK: keep the string
    if isinstance(spec, type) and issubclass(spec, Model):
        return spec.from_dict(v) if isinstance(v, Mapping) else v
    return v


def _converter(spec: Any) -> Optional[Callable[[Any], Any]]:
    """What `_from_wire(spec, v)` does to a non-None `v`, as one callable (None: nothing)."""
    if spec is None:
        return None
    if isinstance(spec, str) and spec != "datetime":
        return None
    return lambda v: _from_wire(spec, v)


def to_wire(v: Any) -> Any:
    """Turns an argument or model into JSON-ready data."""
    if isinstance(v, Model):
        return v.to_dict()
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, datetime):
        return v.isoformat().replace("+00:00", "Z")
    if isinstance(v, Mapping):
        return {k: to_wire(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_wire(x) for x in v]
    return v


def _query_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Enum):
        return str(v.value)
    if isinstance(v, datetime):
        return str(to_wire(v))
    return str(v)


_REDACTED = "[REDACTED]"
_secret_names: Dict[str, bool] = {}


def _is_secret_name(name: str) -> bool:
    """The core's rule for secret field names (`_native.is_secret_name`), cached per name."""
    hit = _secret_names.get(name)
    if hit is None:
        from . import _native

        hit = _secret_names[name] = _native.is_secret_name(name)
    return hit


class Model:
    """Base of every generated model: snake_case attributes, `from_dict`/`to_dict`,
    equality by value, a readable `repr`. Fields the SDK does not know are kept (see
    `extra`) and sent back by `to_dict`."""

    _FIELDS: ClassVar[Tuple[Tuple[str, str, Any], ...]] = ()
    _extra: Dict[str, Any]

    @classmethod
    def _resolved_fields(cls) -> Tuple[Tuple[str, str, Any], ...]:
        return cls._FIELDS

    @classmethod
    def _plan(cls) -> Tuple[Tuple[str, str, Optional[Callable[[Any], Any]]], ...]:
        """`_FIELDS` with each spec turned into a converter (None: the value as is), made
        once per class (kept in the class's own `__dict__`, so subclasses get theirs)."""
        plan = cls.__dict__.get("_decode_plan")
        if plan is None or plan[0] is not cls._FIELDS:
            steps = tuple((attr, wire, _converter(spec)) for attr, wire, spec in cls._FIELDS)
            plan = (cls._FIELDS, steps)
            setattr(cls, "_decode_plan", plan)
        return plan[1]

    @classmethod
    def from_dict(cls: type[ModelT], data: Mapping[str, Any]) -> ModelT:
        """Builds the model from the API's JSON (camelCase keys)."""
        obj = cls.__new__(cls)
        rest = dict(data)
        pop = rest.pop
        for attr, wire, conv in cls._plan():
            v = pop(wire, None)
            if conv is not None and v is not None:
                v = conv(v)
            setattr(obj, attr, v)
        obj._extra = rest
        return obj

    def to_dict(self) -> Dict[str, Any]:
        """The model as the API's JSON (camelCase keys); unset fields are left out."""
        out: Dict[str, Any] = {}
        for attr, wire, _ in self._FIELDS:
            v = getattr(self, attr, None)
            if v is not None:
                out[wire] = to_wire(v)
        for k, v in self._extra.items():
            out.setdefault(k, v)
        return out

    @property
    def extra(self) -> Dict[str, Any]:
        """Fields the server sent that this SDK version does not know."""
        return self._extra

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash((type(self).__name__, _json().dumps(self.to_dict(), sort_keys=True, default=str)))

    def __repr__(self) -> str:
        """The fields that are set; the values of secret fields (tokens, passwords, keys, the
        signed PDF URL, and unknown fields with a secret-looking name) shown as
        `[REDACTED]`, by the core's one rule (`cloudpirates::is_secret_name`)."""
        parts = []
        for attr, wire, _ in self._FIELDS:
            v = getattr(self, attr, None)
            if v is not None:
                parts.append(f"{attr}={_REDACTED if _is_secret_name(wire) else repr(v)}")
        parts += [f"{k}={_REDACTED if _is_secret_name(k) else repr(v)}" for k, v in self._extra.items()]
        return f"{type(self).__name__}({', '.join(parts)})"

    def __getstate__(self) -> Dict[str, Any]:
        return self.to_dict()

    def __setstate__(self, state: Dict[str, Any]) -> None:
        fresh = type(self).from_dict(state)
        self.__dict__.update(fresh.__dict__)


# ---------------------------------------------------------------- pages

class _PageBase(Generic[T]):
    items: List[T]
    total: Optional[int]
    limit: Optional[int]
    offset: Optional[int]
    next_offset: Optional[int]
    request_id: Optional[str]

    def __init__(self, items: List[T], resp: "_native.Response") -> None:
        self.items = items
        self.total = resp.total
        self.limit = resp.limit
        self.offset = resp.offset
        self.next_offset = resp.next_offset
        self.request_id = resp.request_id

    def has_next_page(self) -> bool:
        """True when the server has more items after this page (the core decides)."""
        return self.next_offset is not None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.items)}, total={self.total}, limit={self.limit}, offset={self.offset}, next_offset={self.next_offset})"


class SyncPage(_PageBase[T]):
    """One page of a list. `items` is this page; iterating the page yields every item of
    every following page too, fetched lazily."""

    def __init__(self, items: List[T], resp: "_native.Response", fetch: Callable[[int], "SyncPage[T]"]) -> None:
        super().__init__(items, resp)
        self._fetch = fetch

    def next_page(self) -> "SyncPage[T]":
        """Fetches the following page (raises `ValueError` on the last page)."""
        if not self.has_next_page() or self.next_offset is None:
            raise ValueError("this is the last page")
        return self._fetch(self.next_offset)

    def iter_pages(self) -> Iterator["SyncPage[T]"]:
        """This page and every following one."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[T]):
    """One page of a list (asyncio). `items` is this page; `async for` over the page yields
    every item of every following page too, fetched lazily."""

    def __init__(self, items: List[T], resp: "_native.Response", fetch: Callable[[int], Awaitable["AsyncPage[T]"]]) -> None:
        super().__init__(items, resp)
        self._fetch = fetch

    async def next_page(self) -> "AsyncPage[T]":
        """Fetches the following page (raises `ValueError` on the last page)."""
        if not self.has_next_page() or self.next_offset is None:
            raise ValueError("this is the last page")
        return await self._fetch(self.next_offset)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        """This page and every following one."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for x in page.items:
                yield x


# ---------------------------------------------------------------- the call path

def _prepare(path: Sequence[Any], query: Sequence[Tuple[str, Any]], body: Optional[Mapping[str, Any]]) -> Tuple[List[str], List[Tuple[str, str]], Optional[str]]:
    p = [str(x.value) if isinstance(x, Enum) else str(x) for x in path]
    q = [(k, _query_value(v)) for k, v in query if v is not None]
    b = None
    if body is not None:
        b = _json().dumps({k: to_wire(v) for k, v in body.items() if v is not None}, separators=(",", ":"), ensure_ascii=False)
    return p, q, b


def _decode(resp: "_native.Response", kind: str, cast: Any) -> Any:
    """The decoded body of a success. A write whose documented answer is a model always
    carries one: the core completes an empty, `{}`, `null`, partial or 204 answer from the
    request and path before it gets here (`crates/core/src/tolerant.rs`)."""
    global _loads
    if kind == "empty":
        return None
    if kind == "binary":
        return resp.body
    raw: Any = resp.text  # str for UTF-8 bodies (skips json's encoding detection)
    if raw is None:
        raw = resp.body
    if not raw.strip(" \t\n\r\x0b\x0c"):  # what bytes.strip() takes as whitespace, for str too
        data = None
    else:
        loads = _loads
        if loads is None:
            loads = _loads = _json().loads
        try:
            data = loads(raw)
        except ValueError as e:
            from ._errors import ResponseDecodeError

            raise ResponseDecodeError(f"the response is not JSON: {e}", status=resp.status, request_id=resp.request_id) from None
    if data is None:  # an empty body or `null` (only reads get here: the core completes writes)
        if kind == "list":
            return []
        if kind == "model":
            return _from_wire(cast, {}) if cast is not None else None
        return {}
    if kind == "list":
        if not isinstance(data, list):
            from ._errors import ResponseDecodeError

            raise ResponseDecodeError("expected a JSON array", status=resp.status, request_id=resp.request_id)
        return [_from_wire(cast, x) for x in data]
    if kind == "model" and cast is not None:
        return _from_wire(cast, data)
    return data


_loads: Optional[Callable[[Any], Any]] = None


def _notify(op: str, flavour: str) -> None:
    obs = _observer
    if obs is not None:
        obs(op, flavour)


def _notify_error(op: str, flavour: str) -> None:
    exc = sys.exc_info()[1]
    if getattr(exc, "status", None) is not None:
        _notify(op, flavour)


# ---------------------------------------------------------------- per-call options

#: The per-call options as the native call takes them (`timeout`, `max_retries`,
#: `consistency`, `headers`, `consistency_token`); None when the call sets none (the fast path).
_Opts = Optional[Dict[str, Any]]


def _opts(timeout: Optional[float], max_retries: Optional[int], consistency: Any, extra_headers: Optional[Mapping[str, str]], consistency_token: Optional[str] = None) -> _Opts:
    """The keyword-only options of a generated method, for the native call. The core checks
    them (`bridge::call_options`; the consistency token when the call starts): a bad value, a
    reserved header or a bad token is refused before anything is sent."""
    if timeout is None and max_retries is None and consistency is None and extra_headers is None and consistency_token is None:
        return None
    return {
        "timeout": timeout,
        "max_retries": max_retries,
        "consistency": consistency.value if isinstance(consistency, Enum) else consistency,
        "headers": None if extra_headers is None else list(extra_headers.items()),
        "consistency_token": consistency_token,
    }


# ---------------------------------------------------------------- raw responses

class Headers(Mapping[str, str]):
    """Response headers: a read-only mapping with case-insensitive names. A name the server
    sent more than once maps to its values joined by `, `; `get_list` gives them apart and
    `raw` the `(lowercase name, value)` pairs in the order received."""

    __slots__ = ("raw", "_map")

    def __init__(self, pairs: Sequence[Tuple[str, str]]) -> None:
        self.raw: List[Tuple[str, str]] = [(n.lower(), v) for n, v in pairs]
        m: Dict[str, List[str]] = {}
        for n, v in self.raw:
            m.setdefault(n, []).append(v)
        self._map = m

    def __getitem__(self, name: str) -> str:
        return ", ".join(self._map[name.lower()])

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._map

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def get_list(self, name: str) -> List[str]:
        """Every value of `name`, in the order received (empty when absent)."""
        return list(self._map.get(name.lower(), ()))

    def __repr__(self) -> str:
        """Names and values; values of secret-looking names (the core's rule) are hidden."""
        shown = {n: (_REDACTED if _is_secret_name(n) else ", ".join(v)) for n, v in self._map.items()}
        return f"Headers({shown!r})"


class APIResponse(Generic[T]):
    """The raw response of a call made through `client.with_raw_response`: the HTTP status,
    the headers and the call's counters, with `parse()` for the value the plain call returns
    (for a list, the page). Only successes get here: a failure raises as without it."""

    #: HTTP status of the final answer.
    status_code: int
    #: The response headers (case-insensitive names).
    headers: Headers
    #: `x-request-id` of the answer, when the server sent one.
    request_id: Optional[str]
    #: HTTP attempts made for this call.
    attempts: int
    #: Seconds slept between attempts (backoff, `Retry-After`, consistency waits).
    waited: float
    #: The raw body (after the core completed a short write answer).
    content: bytes
    #: For a write: a consistency token naming this write alone (hand it to another client,
    #: see `Client.consistency_token`); None for reads.
    consistency_token: Optional[str]

    def __init__(self, resp: "_native.Response", parse: Callable[[], T]) -> None:
        self.status_code = resp.status
        self.headers = Headers(resp.headers or ())
        self.request_id = resp.request_id
        self.attempts = resp.attempts
        self.waited = resp.waited
        self.content = resp.body
        self.consistency_token = resp.consistency_token
        self._parse = parse
        self._parsed: List[T] = []

    def parse(self) -> T:
        """The decoded body: the same value the call returns without `with_raw_response`
        (decoded once, then kept)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse status_code={self.status_code} request_id={self.request_id!r} attempts={self.attempts}>"


# ---------------------------------------------------------------- the clients' call paths

class SyncAPIClient:
    """What the generated sync resources call."""

    _native: "_native.Client"
    _raw: bool = False

    def _send(self, op: str, p: List[str], q: List[Tuple[str, str]], b: Optional[str], opts: _Opts, raw: bool, limit: Optional[int] = None, offset: Optional[int] = None) -> "_NativeResponse":
        try:
            if opts is None and not raw and limit is None and offset is None:
                resp = self._native.request(op, p, q, b)
            else:
                resp = self._native.request(op, p, q, b, limit=limit, offset=offset, raw=raw, **(opts or {}))
        except BaseException:
            _notify_error(op, "sync")
            raise
        _notify(op, "sync")
        return resp

    def _call(self, op: str, path: Sequence[Any], query: Sequence[Tuple[str, Any]], body: Optional[Mapping[str, Any]], kind: str, cast: Any, opts: _Opts = None) -> Any:
        p, q, b = _prepare(path, query, body)
        raw = self._raw
        resp = self._send(op, p, q, b, opts, raw)
        if raw:
            return APIResponse(resp, lambda: _decode(resp, kind, cast))
        return _decode(resp, kind, cast)

    def _list(self, op: str, path: Sequence[Any], query: Sequence[Tuple[str, Any]], body: Optional[Mapping[str, Any]], kind: str, cast: Any, opts: _Opts = None, *, limit: Optional[int] = None, offset: Optional[int] = None) -> Any:
        """One page; the core's paging rule (`bridge::page_query`) decides which of `limit`
        and `offset` are sent, and its `next_offset` where the next page starts. The per-call
        options go with every page."""
        p, q, b = _prepare(path, query, body)

        def fetch(off: Optional[int]) -> SyncPage[Any]:
            resp = self._send(op, p, q, b, opts, False, limit, off)
            return SyncPage(_decode(resp, "list", cast), resp, fetch)

        if self._raw:
            resp = self._send(op, p, q, b, opts, True, limit, offset)
            return APIResponse(resp, lambda: SyncPage(_decode(resp, "list", cast), resp, fetch))
        return fetch(offset)


# One `_native.Completions` per event loop: finished asyncio calls are handed back through
# it in batches (one loop wake-up settles every call that finished meanwhile) instead of one
# `call_soon_threadsafe` per result. Kept per loop, weakly, with the last one cached.
# (`asyncio` and `weakref` are imported on the first asyncio call, not at import.)
_completions: "Optional[weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _native.Completions]]" = None
_last: Tuple[Any, Any] = (None, None)
_HAS_COMPLETIONS: Optional[bool] = None


def _loop_completions(loop: "asyncio.AbstractEventLoop") -> "_native.Completions":
    global _last, _completions
    ref, cq = _last
    if ref is not None and ref() is loop:
        return cq  # type: ignore[no-any-return]
    import weakref

    from . import _native as nat

    if _completions is None:
        _completions = weakref.WeakKeyDictionary()
    cq = _completions.get(loop)
    if cq is None:
        cq = nat.Completions()
        loop.add_reader(cq.fileno(), cq.drain)
        _completions[loop] = cq
    _last = (weakref.ref(loop), cq)
    return cq


def _has_completions() -> bool:
    global _HAS_COMPLETIONS
    if _HAS_COMPLETIONS is None:
        from . import _native as nat

        _HAS_COMPLETIONS = hasattr(nat, "Completions")
    return _HAS_COMPLETIONS


async def _request_async(native: "_native.Client", op: str, p: List[str], q: List[Tuple[str, str]], b: Optional[str], limit: Optional[int] = None, offset: Optional[int] = None, opts: _Opts = None, raw: bool = False) -> "_native.Response":
    kw: Dict[str, Any] = {} if opts is None and not raw else dict(opts or {}, raw=raw)
    if not _has_completions():
        return await native.request_async(op, p, q, b, limit=limit, offset=offset, **kw)
    import asyncio

    loop = asyncio.get_running_loop()
    try:
        cq = _loop_completions(loop)
    except NotImplementedError:  # a loop without add_reader (Windows' proactor)
        return await native.request_async(op, p, q, b, limit=limit, offset=offset, **kw)
    fut: "asyncio.Future[_native.Response]" = loop.create_future()
    pending = native.request_start(op, p, q, b, fut, cq, limit=limit, offset=offset, **kw)
    try:
        return await fut
    except BaseException:
        if not fut.done() or fut.cancelled():
            pending.cancel()  # the task was cancelled: drop the call in the core
        raise


class AsyncAPIClient:
    """What the generated asyncio resources call."""

    _native: "_native.Client"
    _raw: bool = False

    async def _asend(self, op: str, p: List[str], q: List[Tuple[str, str]], b: Optional[str], opts: _Opts, raw: bool, limit: Optional[int] = None, offset: Optional[int] = None) -> "_NativeResponse":
        try:
            resp = await _request_async(self._native, op, p, q, b, limit, offset, opts, raw)
        except BaseException:
            _notify_error(op, "async")
            raise
        _notify(op, "async")
        return resp

    async def _acall(self, op: str, path: Sequence[Any], query: Sequence[Tuple[str, Any]], body: Optional[Mapping[str, Any]], kind: str, cast: Any, opts: _Opts = None) -> Any:
        p, q, b = _prepare(path, query, body)
        raw = self._raw
        resp = await self._asend(op, p, q, b, opts, raw)
        if raw:
            return APIResponse(resp, lambda: _decode(resp, kind, cast))
        return _decode(resp, kind, cast)

    async def _alist(self, op: str, path: Sequence[Any], query: Sequence[Tuple[str, Any]], body: Optional[Mapping[str, Any]], kind: str, cast: Any, opts: _Opts = None, *, limit: Optional[int] = None, offset: Optional[int] = None) -> Any:
        """One page (asyncio); see `SyncAPIClient._list`."""
        p, q, b = _prepare(path, query, body)

        async def fetch(off: Optional[int]) -> AsyncPage[Any]:
            resp = await self._asend(op, p, q, b, opts, False, limit, off)
            return AsyncPage(_decode(resp, "list", cast), resp, fetch)

        if self._raw:
            resp = await self._asend(op, p, q, b, opts, True, limit, offset)
            return APIResponse(resp, lambda: AsyncPage(_decode(resp, "list", cast), resp, fetch))
        return await fetch(offset)
