"""What the generated error classes (`_generated/errors.py`, from tools/codegen/errors.yaml)
stand on: the record every error carries, built from the core's `Error::to_json()` by
`_from_native`. The core decides the class (`class_name()` in Rust). Exceptions pickle, and
never hold a key or token (the core keeps secrets out of its errors)."""
from __future__ import annotations

from typing import Any, Dict, Optional, Tuple, Type, cast


def _restore(cls: Type["_ErrorRecord"], data: Dict[str, Any]) -> "_ErrorRecord":
    return cls._from_data(data)


class _ErrorRecord(Exception):
    """The record of an error: `message` plus the fields of the table, kept as the core sent
    them (`to_dict()`); the generated classes read them as properties."""

    message: str

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self._data: Dict[str, Any] = {"message": message, **fields}

    @classmethod
    def _from_data(cls, data: Dict[str, Any]) -> "_ErrorRecord":
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

    def to_dict(self) -> Dict[str, Any]:
        """Every field, as the core reported it."""
        return dict(self._data)

    # Python's units for two fields of the record (seconds, not ms).

    @property
    def waited(self) -> float:
        """Seconds the SDK slept between attempts (`waited_ms` / 1000)."""
        return float(self._data.get("waited_ms") or 0) / 1000.0

    @property
    def retry_after(self) -> Optional[float]:
        """The server's retry hint in seconds (`retry_after_ms` / 1000), if any."""
        v = self._data.get("retry_after_ms")
        return float(v) / 1000.0 if v is not None else None


def _from_native(text: str) -> "CloudPiratesError":
    """Called by `_native` with `Error::to_json()`: an instance of the class the core names."""
    import json  # imported on first use, not at `import cloudpirates`

    data = json.loads(text)
    name = str(data.pop("class", "") or data.get("class_name") or "")
    cls = CLASSES.get(name, APIError)
    return cast(CloudPiratesError, cls._from_data(data))


from ._generated.errors import *  # noqa: E402,F401,F403  (the classes, importable from here too)
from ._generated.errors import CLASSES, APIError, CloudPiratesError  # noqa: E402
from ._generated.errors import __all__ as __all__  # noqa: E402
