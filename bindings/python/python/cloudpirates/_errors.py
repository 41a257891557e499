"""The exceptions of the SDK. The core decides the class (`class_name()` in Rust) and hands
over every field as JSON; `_from_native` builds the instance. Exceptions pickle, and never
hold a key or token (the core keeps secrets out of its errors)."""
from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Type

if TYPE_CHECKING:
    from ._generated.models import BusinessRuleError, ValidationError

__all__ = [
    "CloudPiratesError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "NotImplementedError",
    "OutcomeUnknownError",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidRequestError",
    "ResponseDecodeError",
]


def _restore(cls: Type["CloudPiratesError"], data: Dict[str, Any]) -> "CloudPiratesError":
    return cls._from_data(data)


class CloudPiratesError(Exception):
    """Root of every error the SDK raises."""

    message: str

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self._data: Dict[str, Any] = {"message": message, **fields}

    @classmethod
    def _from_data(cls, data: Dict[str, Any]) -> "CloudPiratesError":
        fields = {k: v for k, v in data.items() if k != "message"}
        return cls(str(data.get("message", "")), **fields)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_restore, (type(self), self._data))

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        status = self._data.get("status")
        extra = f", status={status}" if status is not None else ""
        return f"{type(self).__name__}({self.message!r}{extra})"

    # -- fields every error carries (None / 0 when not applicable)

    @property
    def status(self) -> Optional[int]:
        """The HTTP status, when the server answered."""
        v = self._data.get("status")
        return int(v) if v is not None else None

    @property
    def body(self) -> Optional[str]:
        """The raw response body, when there was one."""
        return self._data.get("body")

    @property
    def request_id(self) -> Optional[str]:
        """The server's `x-request-id`, if any."""
        return self._data.get("request_id")

    @property
    def attempts(self) -> int:
        """HTTP attempts the call made."""
        return int(self._data.get("attempts") or 0)

    @property
    def waited(self) -> float:
        """Seconds the SDK slept between attempts."""
        return float(self._data.get("waited_ms") or 0) / 1000.0

    @property
    def kind(self) -> str:
        """The core's error kind (`Api`, `OutcomeUnknown`, `RateLimited`, `Connection`, ...)."""
        return str(self._data.get("kind") or "")

    @property
    def may_have_executed(self) -> bool:
        """True when a write may still be applied by the server."""
        return bool(self._data.get("may_have_executed", False))

    def to_dict(self) -> Dict[str, Any]:
        """Every field, as the core reported it."""
        return dict(self._data)


class APIError(CloudPiratesError):
    """The server answered with an error status."""


class BadRequestError(APIError):
    """400: the request was rejected; see `validation_errors` and `business_error`."""

    @property
    def validation_errors(self) -> List[ValidationError]:
        """AJV-style details, each with `instance_path`, `keyword`, `params`, `message`."""
        from ._generated.models import ValidationError  # noqa: F811

        return [ValidationError.from_dict(v) for v in self._data.get("validation_errors") or []]

    @property
    def business_error(self) -> Optional[BusinessRuleError]:
        """Business-rule details (`params`, `path`, `expected`), if the server sent them."""
        from ._generated.models import BusinessRuleError  # noqa: F811

        b = self._data.get("business_error")
        return BusinessRuleError.from_dict(b) if b else None


class AuthenticationError(APIError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIError):
    """403: the credentials do not allow this."""


class NotFoundError(APIError):
    """404."""


class ConflictError(APIError):
    """409."""


class UnprocessableEntityError(APIError):
    """422."""


class RateLimitError(APIError):
    """429 that the SDK could not wait out."""

    @property
    def retry_after(self) -> Optional[float]:
        """The server's hint, in seconds."""
        v = self._data.get("retry_after_ms")
        return float(v) / 1000.0 if v is not None else None


class InternalServerError(APIError):
    """5xx."""


class NotImplementedError(InternalServerError, builtins.NotImplementedError):  # noqa: A001
    """501: the API does not implement this operation (yet); e.g. `applications.create`
    on the real API. Also a subclass of Python's builtin `NotImplementedError`, so both
    `except cloudpirates.NotImplementedError` and `except NotImplementedError` catch it."""


class OutcomeUnknownError(APIError):
    """A write answered 503/504 (or the connection broke after sending it): it may still be
    applied. It was not re-sent; re-read the state before trying again."""

    @property
    def may_have_executed(self) -> bool:
        return True


class APIConnectionError(CloudPiratesError):
    """The request could not be sent, or the connection broke."""


class APITimeoutError(APIConnectionError):
    """The call's deadline passed."""


class InvalidRequestError(CloudPiratesError, ValueError):
    """The client refused the call before sending it (bad input, configuration, or a
    credential this operation does not accept)."""


class ResponseDecodeError(CloudPiratesError):
    """The response body could not be read as the expected model."""


_CLASSES: Dict[str, Type[CloudPiratesError]] = {c.__name__: c for c in [
    APIError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
    UnprocessableEntityError, RateLimitError, InternalServerError, NotImplementedError, OutcomeUnknownError, APIConnectionError,
    APITimeoutError, InvalidRequestError, ResponseDecodeError,
]}


def _from_native(text: str) -> CloudPiratesError:
    """Called by `_native` with `Error::to_json()`: an instance of the class the core names."""
    import json  # imported on first use, not at `import cloudpirates`

    data = json.loads(text)
    cls = _CLASSES.get(str(data.pop("class", "")), APIError)
    return cls._from_data(data)

for _c in [CloudPiratesError, *_CLASSES.values()]:
    _c.__module__ = "cloudpirates"
del _c
