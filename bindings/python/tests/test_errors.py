"""Each error kind, raised from the core's classification, through both clients."""
from __future__ import annotations

import asyncio
import pickle
from typing import Any

import pytest

import cloudpirates
from cloudpirates import (
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
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
)
from cloudpirates.testing import Emulator


def fault(emu: Emulator, kind: str, **rule: Any) -> None:
    emu.configure(faults=[{"kind": kind, "every": 1, **rule}])


def test_hierarchy() -> None:
    # the whole table is checked by test_error_table.py (generated from tools/codegen/errors.yaml)
    for cls in (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
                cloudpirates.UnprocessableEntityError, RateLimitError, InternalServerError, OutcomeUnknownError,
                APIConnectionError, APITimeoutError):
        assert issubclass(cls, APIError) and issubclass(cls, CloudPiratesError)
    for cls in (InvalidRequestError, cloudpirates.ResponseDecodeError):
        assert issubclass(cls, CloudPiratesError) and not issubclass(cls, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)


def test_bad_request_with_validation_errors(client: cloudpirates.Client) -> None:
    with pytest.raises(BadRequestError) as info:
        client.workspaces.create(workspace_name="", workspace_key="not a valid key!")
    e = info.value
    assert e.status == 400 and e.attempts == 1 and e.body
    assert e.validation_errors or e.business_error
    with pytest.raises(BadRequestError) as info:
        client.workspaces.create(workspace_name=5, workspace_key="typed")  # type: ignore[arg-type]
    v = info.value.validation_errors[0]
    assert v.keyword == "type" and v.instance_path == "/workspaceName"
    assert isinstance(v.params, dict) and v.message
    # a lower-case desiredChallenge is the documented business error, not an AJV enum error
    with pytest.raises(BadRequestError) as info:
        client.auth.login(email="demo@cloudpirates.test", password="x", desired_challenge="sms")
    assert not info.value.validation_errors
    b = info.value.business_error
    assert b is not None and b.path == "desiredChallenge"


def test_authentication_and_permission(emu: Emulator, client: cloudpirates.Client) -> None:
    with pytest.raises(AuthenticationError) as info:
        emu.client(api_key="cpk_wrong_key_123").auth.me()
    assert info.value.status == 401
    # an API key on a Bearer-only route is refused before sending
    with pytest.raises(InvalidRequestError):
        client.auth.api_keys.list()
    with pytest.raises(PermissionDeniedError):
        client.workspaces.get("6571f2b1e4b0a1a2b3c4ffff")


def test_not_found_and_conflict(client: cloudpirates.Client) -> None:
    with pytest.raises(NotFoundError) as info:
        client.billing.profiles.get("6571f2b1e4b0a1a2b3c4ffff")
    assert info.value.status == 404 and info.value.attempts == 1  # never written by us: no wait
    with pytest.raises(ConflictError):
        cloudpirates.Client(base_url=client.base_url).auth.register(
            email="demo@cloudpirates.test", password="Pw-123456!", first_name="a", last_name="b")


def test_rate_limit(emu: Emulator) -> None:
    fault(emu, "429", retry_after=1)
    c = emu.client(max_retries=0)
    with pytest.raises(RateLimitError) as info:
        c.auth.me()
    assert info.value.status == 429 and info.value.retry_after == 1.0


def test_internal_server_error_after_retries(emu: Emulator) -> None:
    fault(emu, "500")
    with pytest.raises(InternalServerError) as info:
        emu.client(max_retries=1).auth.me()
    assert info.value.status == 500 and info.value.attempts == 2


def test_outcome_unknown_on_post_is_not_resent(emu: Emulator) -> None:
    fault(emu, "503", methods="writes", outcome="applied")
    c = emu.client()
    with pytest.raises(OutcomeUnknownError) as info:
        c.workspaces.create(workspace_name="Maybe", workspace_key="maybe")
    assert info.value.may_have_executed and info.value.attempts == 1
    emu.configure(faults=[])
    assert any(w.workspace_key == "maybe" for w in c.workspaces.list_all())  # it did execute


def test_connection_and_timeout() -> None:
    with pytest.raises(APIConnectionError):
        cloudpirates.Client(api_key="cpk_x", base_url="http://127.0.0.1:9/v1", max_retries=0).auth.me()


def test_timeout(emu: Emulator) -> None:
    fault(emu, "slow", delay_ms=3000)
    with pytest.raises(APITimeoutError):
        emu.client(timeout=0.5, max_retries=0).auth.me()


def test_invalid_input() -> None:
    with pytest.raises(InvalidRequestError):
        cloudpirates.Client(api_key="cpk_x", base_url="http://example.com/v1")  # http off loopback
    with pytest.raises(InvalidRequestError):
        cloudpirates.Client(api_key="a b")
    c = cloudpirates.Client(api_key="cpk_x", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(InvalidRequestError):
        c.workspaces.get("")  # empty path parameter
    with pytest.raises(ValueError):
        c.with_options(consistency="sometimes")


def test_async_errors(emu: Emulator) -> None:
    async def main() -> None:
        async with emu.async_client() as c:
            with pytest.raises(NotFoundError):
                await c.billing.profiles.get("6571f2b1e4b0a1a2b3c4ffff")
            with pytest.raises(BadRequestError):
                await c.workspaces.create(workspace_name="", workspace_key="bad key!")
        with pytest.raises(AuthenticationError):
            await emu.async_client(api_key="cpk_wrong_key_123").auth.me()

    asyncio.run(main())


def test_errors_pickle_and_keep_their_fields(emu: Emulator) -> None:
    with pytest.raises(BadRequestError) as info:
        emu.client().auth.login(email="demo@cloudpirates.test", password="x", desired_challenge="sms")
    e = info.value
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is BadRequestError
    assert (back.status, str(back), back.body, back.request_id, back.attempts) == (e.status, str(e), e.body, e.request_id, e.attempts)
    assert back.validation_errors == e.validation_errors
    assert repr(back).startswith("BadRequestError(")
    u = pickle.loads(pickle.dumps(OutcomeUnknownError("maybe", status=503, may_have_executed=True)))
    assert u.may_have_executed and u.status == 503
