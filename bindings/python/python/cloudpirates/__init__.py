"""The CloudPirates SDK for Python: `Client` (blocking) and `AsyncClient` (asyncio), both
running every request in the shared Rust core.

    import cloudpirates
    with cloudpirates.Client(api_key="cp_live_...") as client:
        ws = client.workspaces.create(workspace_name="Prod", workspace_key="prod")
        for member in client.workspaces.members.list_all(ws.workspace_id):
            print(member.email, member.role)
"""
from __future__ import annotations

from . import _native
from ._base import APIResponse, AsyncPage, Headers, Model, SyncPage
from ._client import AsyncClient, Client, Consistency
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CloudPiratesError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    NotImplementedError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    UnprocessableEntityError,
)
from . import models as models
from ._generated.models import *  # noqa: F401,F403

__version__: str = _native.__version__

# Library habit: log records go to "cloudpirates"; the application decides where they end.
# The native bridge adds the `NullHandler` to that logger when it first needs the logger:
# `logging` is not imported here (it costs about half of the import time), and no handler
# can exist before the application imports it.

__all__ = [
    "Client",
    "AsyncClient",
    "Consistency",
    "SyncPage",
    "AsyncPage",
    "APIResponse",
    "Headers",
    "Model",
    "models",
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
