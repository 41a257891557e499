"""The API's documented awkwardness, as the emulator serves it by default (activation before
the first login, password rules, the ChallengeTypeInvalidError business error, the trainings
Link quirks, the one-time API key secret, MFA login answers without `challengeRequired`), and
the testing helper's defaults and settings."""
from __future__ import annotations

import json
import time
import urllib.request
from typing import Any, Dict, Iterator

import pytest

import cloudpirates
from cloudpirates import BadRequestError, PermissionDeniedError
from cloudpirates.testing import Emulator

PASSWORD = "Sturdy-Passw0rd-42"


def register(emu: Emulator, email: str, password: str = PASSWORD) -> None:
    emu.client(api_key=None).auth.register(email=email, password=password, first_name="Doc", last_name="Umented")


def mfa(emu: Emulator, email: str) -> Dict[str, Any]:
    return next(c for c in emu.mfa_codes() if c["email"] == email)


def test_the_helper_defaults_to_the_realistic_lag_and_exposes_the_settings(emulator_bin: str) -> None:
    with Emulator(binary=emulator_bin) as emu:  # no lag given: the emulator's own default
        cfg = emu.config()
        assert cfg["lag_ms"] == 150
        assert cfg["require_activation"] is True and cfg["protect_last_owner"] is False and cfg["link_quirks"] is True
        assert cfg["application_update_delay_ms"] == 30000
    with Emulator(binary=emulator_bin, lag_ms=0, require_activation=False, application_update_delay_ms=100,
                  protect_last_owner=True, link_quirks=False) as emu:
        cfg = emu.config()
        assert (cfg["lag_ms"], cfg["require_activation"], cfg["application_update_delay_ms"],
                cfg["protect_last_owner"], cfg["link_quirks"]) == (0, False, 100, True, False)
        assert emu.configure(link_quirks=True, protect_last_owner=False)["link_quirks"] is True


def test_registration_needs_activation_before_the_first_login(emu: Emulator) -> None:
    email = "activate-me@cloudpirates.test"
    register(emu, email)
    with pytest.raises(PermissionDeniedError) as info:
        emu.client(api_key=None).auth.login(email=email, password=PASSWORD)
    assert info.value.status == 403
    assert emu.activate(email)["activated"] is True
    user = emu.client(api_key=None)
    assert user.auth.login(email=email, password=PASSWORD).access_token
    assert user.auth.me().email == email


def test_registration_without_activation_when_turned_off(emu: Emulator) -> None:
    emu.configure(require_activation=False)
    register(emu, "at-once@cloudpirates.test")
    assert emu.client(api_key=None).auth.login(email="at-once@cloudpirates.test", password=PASSWORD).access_token


@pytest.mark.parametrize("password,expected", [("weakpass", "complex"), ("Passw0rd!", "breach")])
def test_weak_and_breached_passwords_are_refused_with_the_business_error(emu: Emulator, password: str, expected: str) -> None:
    with pytest.raises(BadRequestError) as info:
        register(emu, f"pw-{expected}@cloudpirates.test", password)
    e = info.value
    assert e.status == 400 and e.attempts == 1
    assert not e.validation_errors
    b = e.business_error
    assert b is not None and b.path == "password" and expected in str(b.expected)
    assert expected in str(e).lower()
    assert password not in repr(e.to_dict())  # a request secret is never echoed

    # change_password applies the same rules
    email = f"pw-change-{expected}@cloudpirates.test"
    register(emu, email)
    emu.activate(email)
    user = emu.client(api_key=None)
    user.auth.login(email=email, password=PASSWORD)
    with pytest.raises(BadRequestError) as info:
        user.auth.change_password(existing_password=PASSWORD, password=password)
    assert info.value.business_error is not None and info.value.business_error.path == "password"


def test_lowercase_desired_challenge_is_a_business_error(emu: Emulator) -> None:
    with pytest.raises(BadRequestError) as info:
        emu.client(api_key=None).auth.login(email=emu.email, password=emu.password, desired_challenge="sms")
    e = info.value
    assert e.status == 400 and not e.validation_errors
    b = e.business_error
    assert b is not None and b.path == "desiredChallenge" and b.params == {"desiredChallenge": "sms"}
    assert "ChallengeTypeInvalidError" in str(e)


def test_challenge_required_is_derived_from_the_tokens(emu: Emulator) -> None:
    email = "mfa-derived@cloudpirates.test"
    register(emu, email)
    emu.activate(email)
    user = emu.client(api_key=None)
    user.auth.login(email=email, password=PASSWORD)
    user.auth.challenges.start_totp()
    user.auth.challenges.activate_totp(token=mfa(emu, email)["totp"])

    # the raw answer of the emulator, as the documented API's: no challengeRequired field
    req = urllib.request.Request(f"{emu.base_url}/auth/login", method="POST",
                                 data=json.dumps({"email": email, "password": PASSWORD, "desiredChallenge": "TOTP"}).encode(),
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        raw = json.loads(resp.read())
    assert "challengeRequired" not in raw and raw["verificationToken"] and "accessToken" not in raw

    step = emu.client(api_key=None).auth.login(email=email, password=PASSWORD, desired_challenge="TOTP")
    assert step.challenge_required is True
    assert step.access_token is None and step.verification_token
    done = emu.client(api_key=None).auth.login_challenge(verification_token=step.verification_token,
                                                        challenge_code=mfa(emu, email)["totp"])
    assert done.access_token
    # a login without MFA: derived false
    assert emu.client(api_key=None).auth.login(email=emu.email, password=emu.password).challenge_required in (False, None)


def test_paging_through_the_quirky_trainings_link(emu: Emulator) -> None:
    assert emu.config()["link_quirks"] is True
    c = emu.client()
    page = c.trainings.list(limit=5, offset=10)
    assert len(page.items) == 5 and page.total == 48 and page.next_offset == 15
    ids = [t["trainingId"] for t in c.trainings.list_all(limit=5)]
    assert len(ids) == 48 and len(set(ids)) == 48

    async def run() -> None:
        async with emu.async_client() as ac:
            got = [t["trainingId"] async for t in ac.trainings.list_all(limit=7)]
            assert sorted(got) == sorted(ids)

    import asyncio

    asyncio.run(run())


def test_reading_a_created_api_keys_secret(emu: Emulator) -> None:
    user = emu.client(api_key=None)
    user.auth.login(email=emu.email, password=emu.password)
    created = user.auth.api_keys.create(label="ci-secret")
    assert created.api_key and created.label == "ci-secret"
    assert created.api_key not in repr(created)  # the secret never prints
    with emu.client(api_key=created.api_key) as by_key:
        assert by_key.auth.me().email == emu.email
    user.auth.api_keys.delete(created.id)


def test_bearer_only_route_without_credentials_is_refused(emu: Emulator) -> None:
    # the server answers {code:401}; the core refuses before sending, naming what is missing
    with pytest.raises(cloudpirates.InvalidRequestError, match="needs credentials"):
        emu.client(api_key=None).auth.sessions.list()


def test_application_updates_hang_the_configured_delay_then_504(emu: Emulator) -> None:
    assert emu.config()["application_update_delay_ms"] <= 200
    c = emu.client()
    app = c.applications.list("6571f2b1e4b0a1a2b3c4d5e6").items[0]
    started = time.monotonic()
    with pytest.raises(cloudpirates.OutcomeUnknownError) as info:
        c.applications.update_values("6571f2b1e4b0a1a2b3c4d5e6", app.application_id, application_values={"replicaCount": 2})
    assert info.value.status == 504 and info.value.attempts == 1
    assert 0.15 <= time.monotonic() - started < 5


@pytest.fixture
def lagged(emulator_bin: str) -> Iterator[Emulator]:
    with Emulator(binary=emulator_bin, lag_ms=150) as e:  # read-your-writes: the realistic lag
        yield e


def test_read_your_writes_at_the_default_lag(lagged: Emulator) -> None:
    c = lagged.client()
    ws = c.workspaces.create(workspace_name="Lagged", workspace_key="lagged-ryw")
    assert c.workspaces.get(ws.workspace_id).workspace_name == "Lagged"
    assert any(w.workspace_id == ws.workspace_id for w in c.workspaces.list_all())
