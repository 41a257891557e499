"""A small program over the typed API; `mypy --strict` must pass on it.

    python examples/typed_usage.py   # against $CLOUDPIRATES_BASE_URL with $CLOUDPIRATES_API_KEY
"""
from __future__ import annotations

import asyncio
from typing import Dict, List, Optional

import cloudpirates
from cloudpirates.models import (
    BillingAddress,
    BillingProfile,
    Workspace,
    WorkspaceMember,
    WorkspaceMemberRole,
    WorkspaceSummary,
)


def members_by_role(client: cloudpirates.Client, workspace_id: str) -> Dict[str, List[str]]:
    out: Dict[str, List[str]] = {}
    for m in client.workspaces.members.list_all(workspace_id):
        member: WorkspaceMember = m
        role = member.role.value if isinstance(member.role, WorkspaceMemberRole) else str(member.role)
        out.setdefault(role, []).append(member.email or "?")
    return out


def sync_demo() -> Optional[str]:
    with cloudpirates.Client(timeout=30, max_retries=2) as client:
        ws: Workspace = client.workspaces.create(workspace_name="Typed", workspace_key="typed")
        again: Workspace = client.with_options(consistency="strong").workspaces.get(ws.workspace_id)
        assert again == ws or again.workspace_name == ws.workspace_name
        page: cloudpirates.SyncPage[WorkspaceSummary] = client.workspaces.list(limit=5, offset=0)
        total: Optional[int] = page.total
        names: List[str] = [w.workspace_name or "" for w in page.items]
        print(total, names, members_by_role(client, ws.workspace_id))
        try:
            client.workspaces.members.update_role(ws.workspace_id, "nobody", role=WorkspaceMemberRole.VIEWER)
        except cloudpirates.NotFoundError as e:
            print("no such member", e.status, e.request_id)
        except cloudpirates.BadRequestError as e:
            for v in e.validation_errors:
                print(v.instance_path, v.keyword, v.message)
        except cloudpirates.APIError as e:
            print("API error", e.status, e.attempts)
        try:
            client.applications.create(ws.workspace_id, application_template_id="t", application_template_preset_id="p",
                                       cluster_id="c", app_version="1", name="db")
        except cloudpirates.NotImplementedError as e:  # 501: also Python's NotImplementedError
            print("not implemented yet", e.status)
        token: str = client.consistency_token()
        with cloudpirates.Client(consistency="eventual") as other:  # another process, say
            seen: Workspace = other.workspaces.get(ws.workspace_id, consistency_token=token)
            other.merge_consistency_token(token)
            print(seen.workspace_key, other.with_options(consistency_token=token).workspaces.get(ws.workspace_id))
        resp: cloudpirates.APIResponse[None] = client.with_raw_response.workspaces.delete(ws.workspace_id)
        one_write: Optional[str] = resp.consistency_token
        print(one_write)
        return ws.workspace_id


async def async_demo() -> int:
    async with cloudpirates.AsyncClient() as client:
        profile: BillingProfile = await client.billing.profiles.create(
            billing_profile_name="Typed",
            billing_profile_address=BillingAddress(address_line1="Kai 1", postal_code="20457", city="Hamburg", country_code="DE"),
        )
        first: cloudpirates.AsyncPage[BillingProfile] = await client.billing.profiles.list(limit=10)
        if first.has_next_page():
            second = await first.next_page()
            print(len(second.items))
        count = 0
        async for p in client.billing.profiles.list_all(limit=10):
            count += 1 if p.billing_profile_id else 0
        try:
            await client.applications.update_version("ws", "app", app_version="1.2.3")
        except cloudpirates.OutcomeUnknownError as e:
            print("may have executed:", e.may_have_executed)
        print(profile.to_dict())
        return count


if __name__ == "__main__":
    sync_demo()
    print(asyncio.run(async_demo()))
