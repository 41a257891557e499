"""Type stubs of the private extension module `cloudpirates._native` (the Rust bridge)."""
import asyncio
from typing import Any, Awaitable, Dict, List, Optional, Sequence, Tuple, Union

__version__: str
DEFAULT_BASE_URL: str

class Response:
    @property
    def status(self) -> int: ...
    @property
    def body(self) -> bytes: ...
    @property
    def text(self) -> Optional[str]: ...
    @property
    def request_id(self) -> Optional[str]: ...
    @property
    def attempts(self) -> int: ...
    @property
    def waited(self) -> float: ...
    @property
    def paged(self) -> bool: ...
    @property
    def total(self) -> Optional[int]: ...
    @property
    def limit(self) -> Optional[int]: ...
    @property
    def offset(self) -> Optional[int]: ...
    @property
    def next_offset(self) -> Optional[int]:
        """The offset of the next page; None when the list has ended (the core's rule)."""
    @property
    def headers(self) -> Optional[List[Tuple[str, str]]]:
        """The response headers `(lowercase name, value)`; only for `raw=True` calls."""
    @property
    def consistency_token(self) -> Optional[str]:
        """The token of this write alone; only for `raw=True` calls of a write."""

class Completions:
    def __init__(self) -> None: ...
    def fileno(self) -> int: ...
    def drain(self) -> None: ...

class Pending:
    def cancel(self) -> None: ...

class Client:
    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[str] = None,
        user_agent_suffix: Optional[str] = None,
        use_env: bool = False,
        consistency_token_key: Optional[str] = None,
    ) -> None: ...
    def with_options(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[str] = None,
        headers: Optional[Sequence[Tuple[str, str]]] = None,
        consistency_token: Optional[str] = None,
    ) -> Client: ...
    def request(
        self,
        op: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        body: Union[str, bytes, None] = None,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[str] = None,
        headers: Optional[Sequence[Tuple[str, str]]] = None,
        consistency_token: Optional[str] = None,
        raw: bool = False,
    ) -> Response: ...
    def request_async(
        self,
        op: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        body: Union[str, bytes, None] = None,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[str] = None,
        headers: Optional[Sequence[Tuple[str, str]]] = None,
        consistency_token: Optional[str] = None,
        raw: bool = False,
    ) -> Awaitable[Response]: ...
    def request_start(
        self,
        op: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        body: Union[str, bytes, None],
        future: "asyncio.Future[Response]",
        completions: Completions,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        consistency: Optional[str] = None,
        headers: Optional[Sequence[Tuple[str, str]]] = None,
        consistency_token: Optional[str] = None,
        raw: bool = False,
    ) -> Pending: ...
    def wait_for(
        self,
        op: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        *,
        deleted: bool = False,
        min_delay: float = 0.1,
        max_delay: float = 2.0,
        max_wait: float = 30.0,
    ) -> Optional[Response]: ...
    def wait_for_async(
        self,
        op: str,
        path: Sequence[str],
        query: Sequence[Tuple[str, str]],
        *,
        deleted: bool = False,
        min_delay: float = 0.1,
        max_delay: float = 2.0,
        max_wait: float = 30.0,
    ) -> Awaitable[Optional[Response]]: ...
    @property
    def base_url(self) -> str: ...
    @property
    def auth_kind(self) -> str: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...
    def session_tokens(self) -> Optional[Tuple[str, Optional[str]]]: ...
    def consistency_token(self) -> str: ...
    def merge_consistency_token(self, token: str) -> None: ...
    def options(self) -> Dict[str, Any]: ...
    def shares_pool_with(self, other: Client) -> bool: ...

def operation_ids() -> List[str]: ...
def runtime_pid() -> Optional[int]: ...
def is_secret_name(name: str) -> bool: ...
def _panic_for_tests(future: "Optional[asyncio.Future[Response]]" = None, completions: Optional[Completions] = None) -> Any: ...
