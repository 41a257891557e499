"""Every operation of the API, through `Client` and through `AsyncClient`, against the
emulator. The scenario is written once; a driver runs it with either client. The last test
reads the operationIds of openapi/cloudpirates.yaml and fails on any operation that is
missing from a client or was not called through both."""
from __future__ import annotations

import asyncio
import re
import urllib.parse
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest
import yaml

import cloudpirates
from cloudpirates import _base
from cloudpirates.models import (
    Application,
    ApplicationTemplate,
    BillingProfile,
    Cluster,
    CreatedApiKey,
    Identity,
    LoginResponse,
    TokenResponse,
    Workspace,
    WorkspaceInvitation,
    WorkspaceMember,
    WorkspaceMemberRole,
)
from cloudpirates.testing import Emulator

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "cloudpirates.yaml"
CALLED: Set[Tuple[str, str]] = set()


def spec_operation_ids() -> List[str]:
    doc = yaml.safe_load(SPEC.read_text())
    return [op["operationId"] for item in doc["paths"].values() for m, op in item.items() if m in ("get", "post", "put", "delete")]


def resolve(client: Any, dotted: str) -> Any:
    obj = client
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


class Driver:
    """Runs the one scenario with the blocking or the asyncio client."""

    def __init__(self, flavour: str, emu: Emulator) -> None:
        self.flavour = flavour
        self.emu = emu

    def new(self, **kw: Any) -> Any:
        return self.emu.async_client(**kw) if self.flavour == "async" else self.emu.client(**kw)

    async def __call__(self, client: Any, op: str, *args: Any, **kw: Any) -> Any:
        r = resolve(client, op)(*args, **kw)
        return await r if self.flavour == "async" else r

    async def all(self, client: Any, op: str, *args: Any, **kw: Any) -> List[Any]:
        it = resolve(client, op + "_all")(*args, **kw)
        if self.flavour == "async":
            return [x async for x in it]
        return list(it)

    async def fails(self, exc: Any, client: Any, op: str, *args: Any, **kw: Any) -> Any:
        with pytest.raises(exc) as info:
            await self(client, op, *args, **kw)
        return info.value


def mfa(emu: Emulator, email: str) -> Dict[str, Any]:
    return next(c for c in emu.mfa_codes() if c["email"] == email)


async def scenario(d: Driver, emu: Emulator) -> None:
    key = d.new()
    anon = d.new(api_key=None)

    # ---- auth: registration, login, sessions, refresh
    email = f"new-{d.flavour}@cloudpirates.test"
    ident = await d(anon, "auth.register", email=email, password="Pw-123456!", first_name="New", last_name="User")
    assert isinstance(ident, Identity) and ident.email == email
    await d.fails(cloudpirates.PermissionDeniedError, d.new(api_key=None), "auth.login", email=email, password="Pw-123456!")
    emu.activate(email)  # registered identities log in only once activated (the e-mail link)
    user = d.new(api_key=None)
    login = await d(user, "auth.login", email=email, password="Pw-123456!")
    assert isinstance(login, LoginResponse) and login.access_token
    assert user.auth_kind == "bearer"  # the client adopted the session
    assert (await d(user, "auth.me")).email == email
    await d(user, "auth.validate")
    second = d.new(api_key=None)
    await d(second, "auth.login", email=email, password="Pw-123456!")
    sessions = await d(user, "auth.sessions.list")
    assert len(sessions.items) >= 2
    await d(user, "auth.sessions.list", include_expired=True)
    other = next(s for s in sessions.items if s.extra.get("current") is False)
    await d(user, "auth.sessions.logout", other.session_id)
    await d.fails(cloudpirates.AuthenticationError, second, "auth.me")
    tokens = user.session_tokens()
    assert tokens is not None and tokens[1]
    refreshed = await d(anon, "auth.refresh", refresh_token=tokens[1])
    assert isinstance(refreshed, TokenResponse) and refreshed.access_token
    await d(anon, "auth.request_password_reset", email=email)

    # ---- API keys
    user = d.new(access_token=refreshed.access_token, refresh_token=refreshed.refresh_token)
    created = await d(user, "auth.api_keys.create", label="ci")
    assert isinstance(created, CreatedApiKey) and created.api_key
    keys = await d(user, "auth.api_keys.list")
    assert any(k.id == created.id for k in keys.items)
    assert [k.id for k in await d.all(user, "auth.api_keys.list")] == [k.id for k in keys.items]
    await d(d.new(api_key=created.api_key), "auth.me")
    await d(user, "auth.api_keys.delete", created.id)

    # ---- WebAuthn (the emulator runs a fake ceremony)
    ch = (await d(user, "auth.webauthn.challenge")).challenge
    cred = f"cred-{d.flavour}"
    reg = {"id": cred, "rawId": cred, "type": "public-key",
           "response": {"clientDataJSON": f'{{"type":"webauthn.create","challenge":"{ch}"}}', "attestationObject": "x"}}
    wkey = await d(user, "auth.webauthn.register", body=reg)
    ch = (await d(anon, "auth.webauthn.challenge")).challenge
    wlogin = await d(d.new(api_key=None), "auth.webauthn.login",
                     body={"id": cred, "response": {"clientDataJSON": f"..{ch}..", "signature": "s"}})
    assert wlogin.access_token
    assert (await d(user, "auth.webauthn.update_label", wkey.web_authn_key_id, label="laptop")).label == "laptop"
    assert [k.label for k in (await d(user, "auth.webauthn.list")).items] == ["laptop"]
    await d(user, "auth.webauthn.delete", wkey.web_authn_key_id)

    # ---- MFA: SMS and TOTP set-up, then a login with a second step
    sms = await d(user, "auth.challenges.start_sms", number="+4915112345678")
    await d(user, "auth.challenges.activate_sms", verification_token=sms.verification_token,
            challenge_code=mfa(emu, email)["sms"])
    totp = await d(user, "auth.challenges.start_totp")
    assert totp.otp_auth_uri.startswith("otpauth://")
    await d(user, "auth.challenges.activate_totp", token=mfa(emu, email)["totp"])
    assert len((await d(user, "auth.challenges.list")).items) >= 1
    step = await d(d.new(api_key=None), "auth.login", email=email, password="Pw-123456!", desired_challenge="TOTP")
    assert step.challenge_required and step.access_token is None
    done = await d(d.new(api_key=None), "auth.login_challenge", verification_token=step.verification_token,
                   challenge_code=mfa(emu, email)["totp"])
    assert done.access_token
    await d(user, "auth.change_password", existing_password="Pw-123456!", password="Pw-654321!")

    # ---- workspaces, members, invitations
    ws = await d(key, "workspaces.create", workspace_name="Ops", workspace_key=f"ops-{d.flavour}")
    assert isinstance(ws, Workspace)
    assert (await d(key, "workspaces.get", ws.workspace_id)).workspace_name == "Ops"
    assert (await d(key, "workspaces.rename", ws.workspace_id, workspace_name="Ops 2")).workspace_name == "Ops 2"
    assert any(w.workspace_id == ws.workspace_id for w in await d.all(key, "workspaces.list"))
    await d(key, "workspaces.list")
    invitee = emu.identities[1]
    inv = await d(key, "workspaces.invitations.create", ws.workspace_id, email=invitee["email"],
                  role=WorkspaceMemberRole.MEMBER, message="welcome")
    assert isinstance(inv, WorkspaceInvitation)
    guest = d.new(api_key=None)
    await d(guest, "auth.login", email=invitee["email"], password=invitee["password"])
    member = await d(guest, "workspaces.invitations.accept", invitation_id=inv.invitation_id)
    assert isinstance(member, WorkspaceMember)
    members = await d(key, "workspaces.members.list", ws.workspace_id)
    assert any(m.workspace_member_id == member.workspace_member_id for m in members.items)
    updated = await d(key, "workspaces.members.update_role", ws.workspace_id, member.workspace_member_id, role="VIEWER")
    assert updated.role == WorkspaceMemberRole.VIEWER
    await d(key, "workspaces.members.remove", ws.workspace_id, member.workspace_member_id)
    await d(key, "workspaces.delete", ws.workspace_id)
    await d.fails((cloudpirates.NotFoundError, cloudpirates.PermissionDeniedError), key, "workspaces.get", ws.workspace_id)

    # ---- billing
    addr = {"address_line1": "Hafenstr. 1", "postal_code": "20457", "city": "Hamburg", "country_code": "DE"}
    bp = await d(key, "billing.profiles.create", billing_profile_name="Main",
                 billing_profile_address=cloudpirates.models.BillingAddress(**addr))
    assert isinstance(bp, BillingProfile)
    pid = bp.billing_profile_id
    assert (await d(key, "billing.profiles.get", pid)) == bp
    await d(key, "billing.profiles.rename", pid, billing_profile_name="Main 2")
    addr_wire = {"addressLine1": "Kai 2", "postalCode": "20457", "city": "Hamburg", "countryCode": "DE"}
    await d(key, "billing.profiles.update_address", pid, billing_profile_address=addr_wire)
    await d(key, "billing.profiles.set_purchase_order_number", pid, purchase_order_number="PO-1")
    await d(key, "billing.profiles.delete_purchase_order_number", pid)
    await d(key, "billing.profiles.add_email_address", pid, email_address="ap@example.test")
    await d(key, "billing.profiles.remove_email_address", pid, email_address="ap@example.test")
    await d(key, "billing.profiles.set_send_invoices_by_email", pid, send_invoices_by_email=False)
    me = await d(key, "auth.me")
    await d(key, "billing.profiles.assign_identity", pid, identity_id=me.identity_id)
    profiles = await d.all(key, "billing.profiles.list", limit=2)
    with_invoices = None
    for p in profiles:
        invs = await d(key, "billing.invoices.list", p.billing_profile_id)
        if invs.items:
            with_invoices = (p.billing_profile_id, invs.items[0].invoice_id)
            break
    assert with_invoices, "the seed has invoices"
    await d(key, "billing.transactions.list", with_invoices[0])
    await d(key, "billing.invoices.get", *with_invoices)
    url = (await d(key, "billing.invoices.pdf_url", *with_invoices)).url
    parsed = urllib.parse.urlparse(url)
    qs = dict(urllib.parse.parse_qsl(parsed.query))
    pdf = await d(key, "billing.invoices.download_pdf", *with_invoices, parsed.path.rsplit("/", 1)[1],
                  expires=qs["expires"], token=qs["token"])
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    tmp = await d(key, "billing.profiles.create", billing_profile_name="tmp", billing_profile_address=addr_wire)
    await d(key, "billing.profiles.delete", tmp.billing_profile_id)

    # ---- clusters and observability
    wid = emu.control("GET", "credentials")  # seeded identities (not used further)
    del wid
    demo_ws = next(w for w in (await d(key, "workspaces.list")).items if w.workspace_key == "demo").workspace_id
    cl = await d(key, "clusters.create", demo_ws, cluster_name="edge", cluster_type="EXTERNAL")
    assert isinstance(cl, Cluster)
    await d(key, "clusters.get", demo_ws, cl.cluster_id)
    await d(key, "clusters.rename", demo_ws, cl.cluster_id, cluster_name="edge-2")
    assert (await d(key, "clusters.rotate_access_token", demo_ws, cl.cluster_id)).access_token
    clusters = await d(key, "clusters.list", demo_ws)
    await d(key, "clusters.delete", demo_ws, cl.cluster_id)
    demo_cluster = next(c for c in clusters.items if c.cluster_id != cl.cluster_id).cluster_id

    def name_of(obj: Dict[str, Any]) -> Tuple[str, str]:
        meta = obj.get("metadata") or obj
        return meta.get("name"), meta.get("namespace")

    nodes = await d(key, "observability.list_resources", demo_ws, demo_cluster, "NODE")
    assert nodes.items
    await d(key, "observability.get_resource", demo_ws, demo_cluster, "NODE", name_of(nodes.items[0])[0])
    pods = await d(key, "observability.list_resources", demo_ws, demo_cluster, "POD")
    pod_name, ns = name_of(pods.items[0])
    await d(key, "observability.list_namespaced_resources", demo_ws, demo_cluster, ns, "POD")
    env = await d(key, "observability.get_namespaced_resource", demo_ws, demo_cluster, ns, "POD", pod_name)
    assert env.cluster_id == demo_cluster
    events = await d(key, "observability.list_events", demo_ws, demo_cluster, limit=5)
    assert events.items

    # ---- applications and templates
    emu.configure(applications_happy_path=True, application_update_mode="succeed")  # by default create answers 501, as the real API
    templates = await d(key, "applications.templates.list")
    tpl = await d(key, "applications.templates.get", templates.items[0].application_template_id)
    assert isinstance(tpl, ApplicationTemplate)
    preset = tpl.presets[0].application_template_preset_id
    version = tpl.versions[-1]["version"]
    app = await d(key, "applications.create", demo_ws, application_template_id=tpl.application_template_id,
                  application_template_preset_id=preset, cluster_id=demo_cluster, app_version=version, name="db")
    assert isinstance(app, Application)
    await d(key, "applications.get", demo_ws, app.application_id)
    await d(key, "applications.list", demo_ws)
    await d(key, "applications.update_values", demo_ws, app.application_id, application_values={"replicaCount": 2})
    await d(key, "applications.update_version", demo_ws, app.application_id, app_version=version)
    emu.configure(application_update_mode="gateway_timeout")  # the real API's habit: 504 on a POST
    e = await d.fails(cloudpirates.OutcomeUnknownError, key, "applications.update_version", demo_ws,
                      app.application_id, app_version=version)
    assert e.may_have_executed and e.status == 504 and e.attempts == 1
    await d(key, "applications.logs", demo_ws, app.application_id)
    await d(key, "applications.delete", demo_ws, app.application_id)

    # ---- trainings
    await d(key, "trainings.list")


# ---------------------------------------------------------------- writes in every response shape

#: What the emulator's `write_responses` switch makes a successful write answer, besides
#: `full`: the real API's writes are not always documented to answer a body.
WRITE_MODES = ["empty", "empty_object", "no_content", "minimal"]


def spec_write_operation_ids() -> List[str]:
    doc = yaml.safe_load(SPEC.read_text())
    return [op["operationId"] for item in doc["paths"].values() for m, op in item.items() if m in ("post", "put", "delete")]


async def writes(d: Driver, emu: Emulator, mode: str) -> None:
    """Every write operation once, with successful writes answering as `mode` says. Each must
    succeed; a model comes back even without a body (with what the request told, and its id
    where the server sent one). Ids the answer did not carry are looked up with reads, and
    secrets a later step needs (tokens, challenges) come from a call made in `full` mode."""
    tag = f"{d.flavour}-{mode.replace('_', '-')}"
    has_ids = mode == "minimal"

    async def full(client: Any, op: str, *args: Any, **kw: Any) -> Any:
        emu.configure(write_responses="full")
        try:
            return await d(client, op, *args, **kw)
        finally:
            emu.configure(write_responses=mode)

    def some_id(got: Any, found: Any, kept: bool = True, lookup: bool = False) -> Any:
        # `minimal` keeps the fields named `...Id` (an API key's is just `id`); with `lookup`
        # (the spec's x-lookup-key) the core finds the id of a create itself in every mode
        if (has_ids and kept) or lookup:
            assert got, f"{mode}: the id is lost"
            assert got == found
        return got or found

    key = d.new()
    anon = d.new(api_key=None)
    emu.configure(write_responses=mode)

    # ---- auth
    email = f"w-{tag}@cloudpirates.test"
    ident = await d(anon, "auth.register", email=email, password="Pw-123456!", first_name="W", last_name="User")
    assert isinstance(ident, Identity) and ident.email == email
    emu.activate(email)
    assert isinstance(await d(d.new(api_key=None), "auth.login", email=email, password="Pw-123456!"), LoginResponse)
    user = d.new(api_key=None)
    await full(user, "auth.login", email=email, password="Pw-123456!")
    second = d.new(api_key=None)
    await full(second, "auth.login", email=email, password="Pw-123456!")
    other = next(x for x in (await d(user, "auth.sessions.list")).items if x.extra.get("current") is False)
    assert await d(user, "auth.sessions.logout", other.session_id) is not None
    third = d.new(api_key=None)
    await full(third, "auth.login", email=email, password="Pw-123456!")
    tokens = third.session_tokens()
    assert tokens is not None and tokens[1]
    assert isinstance(await d(anon, "auth.refresh", refresh_token=tokens[1]), TokenResponse)
    await d(anon, "auth.request_password_reset", email=email)

    created = await d(user, "auth.api_keys.create", label=f"k-{tag}")
    assert isinstance(created, CreatedApiKey) and created.label == f"k-{tag}"
    kid = some_id(created.id, next(k.id for k in (await d(user, "auth.api_keys.list")).items if k.label == f"k-{tag}"), kept=False)
    await d(user, "auth.api_keys.delete", kid)

    assert isinstance(await d(user, "auth.webauthn.challenge"), cloudpirates.models.WebAuthnChallenge)
    ch = (await full(user, "auth.webauthn.challenge")).challenge
    cred = f"cred-{tag}"
    reg = {"id": cred, "rawId": cred, "type": "public-key",
           "response": {"clientDataJSON": f'{{"type":"webauthn.create","challenge":"{ch}"}}', "attestationObject": "x"}}
    wkey = await d(user, "auth.webauthn.register", body=reg)
    assert isinstance(wkey, cloudpirates.models.WebAuthnKey)
    wid = some_id(wkey.web_authn_key_id, (await d(user, "auth.webauthn.list")).items[0].web_authn_key_id)
    ch = (await full(anon, "auth.webauthn.challenge")).challenge
    assert isinstance(await d(d.new(api_key=None), "auth.webauthn.login",
                              body={"id": cred, "response": {"clientDataJSON": f"..{ch}..", "signature": "s"}}), TokenResponse)
    assert (await d(user, "auth.webauthn.update_label", wid, label="laptop")).label == "laptop"
    await d(user, "auth.webauthn.delete", wid)

    assert isinstance(await d(user, "auth.challenges.start_sms", number="+4915112345678"), cloudpirates.models.SmsChallengeSetup)
    sms = await full(user, "auth.challenges.start_sms", number="+4915112345678")
    code = next(p["code"] for p in mfa(emu, email)["pending"] if p["verificationToken"] == sms.verification_token)
    await d(user, "auth.challenges.activate_sms", verification_token=sms.verification_token, challenge_code=code)
    assert isinstance(await d(user, "auth.challenges.start_totp"), cloudpirates.models.TotpChallengeSetup)
    await full(user, "auth.challenges.start_totp")
    await d(user, "auth.challenges.activate_totp", token=mfa(emu, email)["totp"])
    step = await full(d.new(api_key=None), "auth.login", email=email, password="Pw-123456!", desired_challenge="TOTP")
    assert step.challenge_required
    assert isinstance(await d(d.new(api_key=None), "auth.login_challenge", verification_token=step.verification_token,
                              challenge_code=mfa(emu, email)["totp"]), TokenResponse)
    await d(user, "auth.change_password", existing_password="Pw-123456!", password="Pw-654321!")

    # ---- workspaces, invitations, members
    ws = await d(key, "workspaces.create", workspace_name="W", workspace_key=f"w-{tag}")
    assert isinstance(ws, Workspace) and ws.workspace_name == "W" and ws.workspace_key == f"w-{tag}"
    wsid = some_id(ws.workspace_id, next(w.workspace_id for w in await d.all(key, "workspaces.list") if w.workspace_key == f"w-{tag}"), lookup=True)
    assert (await d(key, "workspaces.rename", wsid, workspace_name="W 2")).workspace_name == "W 2"
    invitee = emu.identities[1]
    inv = await d(key, "workspaces.invitations.create", wsid, email=invitee["email"], role=WorkspaceMemberRole.MEMBER)
    assert isinstance(inv, WorkspaceInvitation) and inv.email == invitee["email"]
    iid = some_id(inv.invitation_id, next(i["invitationId"] for i in emu.invitations() if i["workspaceId"] == wsid))
    guest = d.new(api_key=None)
    await full(guest, "auth.login", email=invitee["email"], password=invitee["password"])
    member = await d(guest, "workspaces.invitations.accept", invitation_id=iid)
    assert isinstance(member, WorkspaceMember)
    mid = some_id(member.workspace_member_id, next(m.workspace_member_id for m in (await d(key, "workspaces.members.list", wsid)).items
                                                   if m.email == invitee["email"]))
    assert (await d(key, "workspaces.members.update_role", wsid, mid, role="VIEWER")).role == WorkspaceMemberRole.VIEWER
    await d(key, "workspaces.members.remove", wsid, mid)
    await d(key, "workspaces.delete", wsid)

    # ---- billing
    addr = {"addressLine1": "Hafenstr. 1", "postalCode": "20457", "city": "Hamburg", "countryCode": "DE"}
    bp = await d(key, "billing.profiles.create", billing_profile_name=f"b-{tag}", billing_profile_address=addr)
    assert isinstance(bp, BillingProfile) and bp.billing_profile_name == f"b-{tag}"
    pid = some_id(bp.billing_profile_id, next(p.billing_profile_id for p in await d.all(key, "billing.profiles.list")
                                              if p.billing_profile_name == f"b-{tag}"))
    assert (await d(key, "billing.profiles.rename", pid, billing_profile_name=f"b2-{tag}")).billing_profile_name == f"b2-{tag}"
    await d(key, "billing.profiles.update_address", pid, billing_profile_address=addr)
    await d(key, "billing.profiles.set_purchase_order_number", pid, purchase_order_number="PO-1")
    await d(key, "billing.profiles.delete_purchase_order_number", pid)
    await d(key, "billing.profiles.add_email_address", pid, email_address="ap@example.test")
    await d(key, "billing.profiles.remove_email_address", pid, email_address="ap@example.test")
    await d(key, "billing.profiles.set_send_invoices_by_email", pid, send_invoices_by_email=False)
    await d(key, "billing.profiles.assign_identity", pid, identity_id=(await d(key, "auth.me")).identity_id)
    tmp = await d(key, "billing.profiles.create", billing_profile_name=f"t-{tag}", billing_profile_address=addr)
    tid = some_id(tmp.billing_profile_id, next(p.billing_profile_id for p in await d.all(key, "billing.profiles.list")
                                               if p.billing_profile_name == f"t-{tag}"))
    await d(key, "billing.profiles.delete", tid)  # one without an assigned identity

    # ---- clusters
    demo_ws = next(w for w in (await d(key, "workspaces.list")).items if w.workspace_key == "demo").workspace_id
    cl = await d(key, "clusters.create", demo_ws, cluster_name=f"c-{tag}", cluster_type="EXTERNAL")
    assert isinstance(cl, Cluster) and cl.cluster_name == f"c-{tag}"
    cid = some_id(cl.cluster_id, next(c.cluster_id for c in await d.all(key, "clusters.list", demo_ws) if c.cluster_name == f"c-{tag}"))
    assert (await d(key, "clusters.rename", demo_ws, cid, cluster_name=f"c2-{tag}")).cluster_name == f"c2-{tag}"
    assert isinstance(await d(key, "clusters.rotate_access_token", demo_ws, cid), cloudpirates.models.ClusterAccessToken)
    demo_cluster = next(c.cluster_id for c in await d.all(key, "clusters.list", demo_ws) if c.cluster_id != cid)
    await d(key, "clusters.delete", demo_ws, cid)

    # ---- applications
    emu.configure(applications_happy_path=True, application_update_mode="succeed")
    tpl = await d(key, "applications.templates.get", (await d(key, "applications.templates.list")).items[0].application_template_id)
    version = tpl.versions[-1]["version"]
    app = await d(key, "applications.create", demo_ws, application_template_id=tpl.application_template_id,
                  application_template_preset_id=tpl.presets[0].application_template_preset_id, cluster_id=demo_cluster,
                  app_version=version, name=f"a-{tag}")
    assert isinstance(app, Application) and app.name == f"a-{tag}"
    aid = some_id(app.application_id, next(a.application_id for a in await d.all(key, "applications.list", demo_ws) if a.name == f"a-{tag}"))
    await d(key, "applications.update_values", demo_ws, aid, application_values={"replicaCount": 2})
    await d(key, "applications.update_version", demo_ws, aid, app_version=version)
    await d(key, "applications.delete", demo_ws, aid)
    emu.configure(applications_happy_path=False, application_update_mode="gateway_timeout")


def run_writes(flavour: str, emu: Emulator) -> None:
    """The write part in every response mode, one after the other in the same emulator (the
    mode is switched at run time), and proof that each mode called every write operation."""
    for mode in WRITE_MODES:
        seen: Set[str] = set()
        _base._observer = lambda op, fl: seen.add(op)
        try:
            asyncio.run(writes(Driver(flavour, emu), emu, mode))
        finally:
            _base._observer = None
            emu.configure(write_responses="full")
        missing = set(spec_write_operation_ids()) - seen
        assert not missing, f"{mode}: write operations not called: {sorted(missing)}"


def test_every_write_in_each_response_mode_sync(emu: Emulator) -> None:
    run_writes("sync", emu)


def test_every_write_in_each_response_mode_async(emu: Emulator) -> None:
    run_writes("async", emu)


@pytest.fixture(autouse=True)
def record_calls() -> Any:
    _base._observer = lambda op, flavour: CALLED.add((op, flavour))
    yield
    _base._observer = None


def test_every_operation_sync(emu: Emulator) -> None:
    asyncio.run(scenario(Driver("sync", emu), emu))


def test_every_operation_async(emu: Emulator) -> None:
    asyncio.run(scenario(Driver("async", emu), emu))


def test_coverage_of_the_openapi_operations() -> None:
    ids = spec_operation_ids()
    assert len(ids) == len(set(ids)) >= 72
    sync_c = cloudpirates.Client(api_key="cpk_x", base_url="http://127.0.0.1:9/v1")
    async_c = cloudpirates.AsyncClient(api_key="cpk_x", base_url="http://127.0.0.1:9/v1")
    missing = [f"{f}:{op}" for op in ids for f, c in (("sync", sync_c), ("async", async_c)) if not callable(_try(c, op))]
    assert not missing, f"operations missing from a client: {missing}"
    assert set(ids) == set(cloudpirates._native.operation_ids()), "the core and the spec disagree"
    not_called = [f"{f}:{op}" for op in ids for f in ("sync", "async") if (op, f) not in CALLED]
    assert not not_called, f"operations never called through a client: {not_called}"


def _try(client: Any, op: str) -> Any:
    try:
        return resolve(client, op)
    except AttributeError:
        return None


def test_snake_case_names() -> None:
    for op in spec_operation_ids():
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", op), op
