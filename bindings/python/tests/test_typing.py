"""Typed arguments, Literal enums and docstrings from the spec (issue 19): mypy rejects a
nested parameter with a wrong key, a misspelled enum value or consistency mode, and accepts
the documented forms; docstrings carry the OpenAPI descriptions."""
from __future__ import annotations

import enum
import os
import subprocess
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml

import cloudpirates
from cloudpirates import Client, models
from cloudpirates.testing import Emulator

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "cloudpirates.yaml"

GOOD = '''
from __future__ import annotations
from typing import Any, Dict, List, Optional
import cloudpirates
from cloudpirates import APIResponse, SyncPage
from cloudpirates.models import BillingAddress, BillingAddressParam, Workspace, WorkspaceMemberRole

def good(client: cloudpirates.Client, ws_id: str) -> None:
    client.billing.profiles.create(
        billing_profile_name="P",
        billing_profile_address={"addressLine1": "Kai 1", "postalCode": "20457", "city": "Hamburg", "countryCode": "DE"},
    )
    addr: BillingAddressParam = {"addressLine1": "a", "postalCode": "1", "city": "c", "countryCode": "DE", "addressLine2": "b"}
    client.billing.profiles.create(billing_profile_name="P", billing_profile_address=addr)
    client.billing.profiles.create(billing_profile_name="P", billing_profile_address=BillingAddress(
        address_line1="a", postal_code="1", city="c", country_code="DE"))
    client.workspaces.members.update_role(ws_id, "m", role="VIEWER")
    client.workspaces.members.update_role(ws_id, "m", role=WorkspaceMemberRole.MEMBER)
    ws: Workspace = client.workspaces.get(ws_id, timeout=5, max_retries=1, consistency="eventual", extra_headers={"X-A": "b"})
    same: Workspace = client.wait_until_exists(client.workspaces.get, ws_id)
    anything: Any = client.wait_until_exists("workspaces.get", ws_id)
    raw: APIResponse[Workspace] = client.with_raw_response.workspaces.get(ws_id)
    parsed: Workspace = raw.parse()
    status: int = raw.status_code
    client.with_options(consistency="strong", extra_headers={"X-B": "c"})
    token: str = client.consistency_token()
    client.merge_consistency_token(token)
    client.workspaces.get(ws_id, consistency_token=token)
    client.with_options(consistency_token=token).workspaces.list_all(consistency_token=token)
    one: Optional[str] = client.with_raw_response.workspaces.delete(ws_id).consistency_token
    cloudpirates.Client(consistency_token_key="k")

async def agood(client: cloudpirates.AsyncClient, ws_id: str) -> None:
    ws: Workspace = await client.wait_until_exists(client.workspaces.get, ws_id)
    await client.workspaces.members.update_role(ws_id, "m", role="OWNER", consistency="read_your_writes")
    await client.workspaces.get(ws_id, consistency_token=client.consistency_token())
'''

# each line marked `# BAD` must be reported by mypy
BAD = '''
from __future__ import annotations
import cloudpirates
from cloudpirates.models import Workspace

def bad(client: cloudpirates.Client, ws_id: str) -> None:
    client.billing.profiles.create(billing_profile_name="P", billing_profile_address={"street_name": "Main"})  # BAD
    client.billing.profiles.create(billing_profile_name="P", billing_profile_address={"addressLine1": 1, "postalCode": "1", "city": "c", "countryCode": "DE"})  # BAD
    client.workspaces.members.update_role(ws_id, "m", role="owner")  # BAD
    client.workspaces.get(ws_id, consistency="sometimes")  # BAD
    client.workspaces.get(ws_id, extra_headers={"X-A": 1})  # BAD
    client.workspaces.get(ws_id, timeout="5")  # BAD
    s: str = client.wait_until_exists(client.workspaces.get, ws_id)  # BAD
    cloudpirates.Client(consistency="weak")  # BAD
    client.workspaces.get(ws_id, consistency_token=b"cpt1.W10")  # BAD
    n: int = client.consistency_token()  # BAD
    cloudpirates.Client(consistency_token_key=b"k")  # BAD
'''


def test_mypy_rejects_wrong_nested_keys_and_enum_values_and_accepts_the_documented_forms(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(textwrap.dedent(GOOD))
    (tmp_path / "bad.py").write_text(textwrap.dedent(BAD))
    env = dict(os.environ, MYPY_CACHE_DIR=str(tmp_path / ".mypy_cache"))
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context",
                          "--show-error-codes", "good.py", "bad.py"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    out = run.stdout + run.stderr
    assert run.returncode == 1 and "bad.py" in out, f"mypy did not run as expected: {out}"
    errors = [ln for ln in out.splitlines() if ": error:" in ln]
    assert not [e for e in errors if e.startswith("good.py")], out
    bad_lines = {i + 1 for i, ln in enumerate(textwrap.dedent(BAD).splitlines()) if ln.endswith("# BAD")}
    flagged = {int(e.split(":")[1]) for e in errors if e.startswith("bad.py")}
    assert flagged == bad_lines, out


def test_enums_have_literal_aliases_with_the_same_values() -> None:
    for name in models.__all__:
        obj = getattr(models, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum):
            assert typing.get_args(getattr(models, name + "Literal")) == tuple(m.value for m in obj), name
    assert typing.get_args(cloudpirates.Consistency) == ("read_your_writes", "strong", "eventual")


def test_literal_strings_and_enum_members_both_work_at_runtime(emu: Emulator, client: Client) -> None:
    ws = client.workspaces.create(workspace_name="Lit", workspace_key="literal-roles")
    member = client.workspaces.members.list(ws.workspace_id).items[0]
    assert member.workspace_member_id is not None
    same = client.workspaces.members.update_role(ws.workspace_id, member.workspace_member_id, role="OWNER")
    assert same.role == models.WorkspaceMemberRole.OWNER
    same = client.workspaces.members.update_role(ws.workspace_id, member.workspace_member_id, role=models.WorkspaceMemberRole.OWNER)
    assert same.role == models.WorkspaceMemberRole.OWNER
    bp = client.billing.profiles.create(billing_profile_name="Dict", billing_profile_address={
        "addressLine1": "Kai 1", "postalCode": "20457", "city": "Hamburg", "countryCode": "DE"})
    assert bp.billing_profile_address is not None and bp.billing_profile_address.city == "Hamburg"


def _spec() -> Dict[str, Any]:
    return dict(yaml.safe_load(SPEC.read_text()))


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_method_docstrings_carry_the_spec_descriptions_and_an_args_section(emu: Emulator, client: Client) -> None:
    spec = _spec()
    checked = 0
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            *res, name = op["operationId"].split(".")
            for root in (client, emu.async_client()):
                target: Any = root
                for r in res:
                    target = getattr(target, r)
                doc = getattr(target, name).__doc__ or ""
                assert "Args:" in doc and "extra_headers:" in doc and "timeout:" in doc and "consistency_token:" in doc, op["operationId"]
                if op.get("summary"):
                    assert _norm(op["summary"]).rstrip(".") in _norm(doc)
                if op.get("description"):
                    assert _norm(op["description"]) in _norm(doc), op["operationId"]
                for p in op.get("parameters") or []:
                    if "$ref" in p or p["name"] in ("limit", "offset"):
                        continue
                    assert _norm(p.get("description") or "") in _norm(doc)
                checked += 1
    assert checked >= 2 * 72


def test_model_docstrings_list_the_fields_with_their_descriptions() -> None:
    schemas = _spec()["components"]["schemas"]
    checked = 0
    for name, schema in schemas.items():
        cls = getattr(models, name, None)
        if not (isinstance(cls, type) and issubclass(cls, cloudpirates.Model)):
            continue
        doc = _norm(cls.__doc__ or "")
        for wire, prop in (schema.get("properties") or {}).items():
            attr = next(a for a, w, _ in cls._FIELDS if w == wire)
            assert f"{attr}:" in doc, (name, attr)
            if prop.get("description"):
                assert _norm(prop["description"]).rstrip(".") in doc, (name, wire)
                checked += 1
    assert checked > 10
    # and the TypedDicts of arguments list their keys
    assert "countryCode:" in (models.BillingAddressParam.__doc__ or "")
