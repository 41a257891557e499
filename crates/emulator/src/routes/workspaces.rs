//! Workspaces, members and invitations, plus the access helpers every workspace-scoped
//! route uses (ReBAC check `{status:403}`, role check `{code:403}`).

use serde_json::{Value, json};

use super::access::{Need, read_access, write_access};
use crate::errors::{HResult, Reply};
use crate::paging;
use crate::request::Ctx;
use crate::request::Handler;
use crate::state::*;

/// Handler of a `workspaces.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    use Handler::{Read as R, Write as W};
    Some(match id {
        "workspaces.list" => R(list),
        "workspaces.create" => W(create),
        "workspaces.get" => R(get),
        "workspaces.rename" => W(rename),
        "workspaces.delete" => W(delete),
        "workspaces.members.list" => R(members_list),
        "workspaces.members.update_role" => W(update_role),
        "workspaces.members.remove" => W(remove_member),
        "workspaces.invitations.create" => W(invite),
        "workspaces.invitations.accept" => W(accept),
        _ => return None,
    })
}

fn member_json(st: &State, m: &Member) -> Value {
    let i = st.identities.get(&m.identity_id);
    json!({
        "workspaceMemberId": m.workspace_member_id,
        "identityId": m.identity_id,
        "role": m.role.as_str(),
        "email": i.map(|i| i.email.clone()),
        "firstName": i.map(|i| i.first_name.clone()),
        "lastName": i.map(|i| i.last_name.clone()),
        "createdAt": m.created_at,
    })
}

/// JSON of an invitation.
pub fn invitation_json(i: &Invitation) -> Value {
    let mut v = json!({
        "invitationId": i.invitation_id, "workspaceId": i.workspace_id, "email": i.email,
        "role": i.role.as_str(), "createdAt": i.created_at, "status": i.status,
    });
    if let Some(m) = &i.message {
        v["message"] = json!(m);
    }
    if let Some(d) = &i.invitation_expire_date {
        v["invitationExpireDate"] = json!(d);
    }
    v
}

fn summary_json(ws: &Workspace, role: Option<Role>) -> Value {
    let mut v = json!({"workspaceId": ws.workspace_id, "workspaceKey": ws.workspace_key, "workspaceDomain": ws.workspace_domain, "workspaceName": ws.workspace_name});
    if let Some(r) = role {
        v["role"] = json!(r.as_str());
    }
    v
}

fn full_json(st: &State, ws: &Workspace, at: Option<u64>) -> Value {
    let mut v = summary_json(ws, None);
    v["members"] = Value::Array(ws.members.iter().map(|m| member_json(st, m)).collect());
    let invs: Vec<Value> = match at {
        Some(t) => st
            .invitations
            .iter_at(t)
            .filter(|i| i.workspace_id == ws.workspace_id && i.status == "OPEN")
            .map(invitation_json)
            .collect(),
        None => st
            .invitations
            .iter()
            .filter(|i| i.workspace_id == ws.workspace_id && i.status == "OPEN")
            .map(invitation_json)
            .collect(),
    };
    v["openMemberInvitations"] = Value::Array(invs);
    v
}

fn list(ctx: &Ctx, st: &State) -> HResult {
    let items: Vec<Value> = st
        .workspaces
        .iter_at(ctx.read_at)
        .filter_map(|ws| ws.member_of(ctx.who()).map(|m| summary_json(ws, Some(m.role))))
        .collect();
    paging::page(ctx, &items)
}

fn create(ctx: &Ctx, st: &mut State) -> HResult {
    let key = ctx.body_str("workspaceKey").unwrap_or_default().to_string();
    if st.workspaces.iter().any(|w| w.workspace_key == key) {
        return Err(Reply::conflict(&format!("WorkspaceKey {key} is already taken")));
    }
    let id = st.new_id();
    let member_id = st.new_id();
    let ws = Workspace {
        workspace_id: id.clone(),
        workspace_domain: format!("{key}.cloudpirates.app"),
        workspace_key: key,
        workspace_name: ctx.body_str("workspaceName").unwrap_or_default().to_string(),
        members: vec![Member {
            workspace_member_id: member_id,
            identity_id: ctx.who().to_string(),
            role: Role::Owner,
            created_at: iso_now(),
        }],
        created_at: iso_now(),
    };
    let out = full_json(st, &ws, None);
    st.workspaces.insert(id, ws, ctx.now, ctx.keep_after());
    st.count_created("workspaces");
    st.count_created("members");
    Ok(Reply::created(out))
}

fn get(ctx: &Ctx, st: &State) -> HResult {
    let (ws, _) = read_access(ctx, st, ctx.param(0))?;
    Ok(Reply::ok(full_json(st, ws, Some(ctx.read_at))))
}

fn rename(ctx: &Ctx, st: &mut State) -> HResult {
    let id = ctx.param(0);
    write_access(ctx, st, id, Need::Owner)?;
    let name = ctx.body_str("workspaceName").unwrap_or_default().to_string();
    let ws = st
        .workspaces
        .update(id, ctx.now, ctx.keep_after(), |w| w.workspace_name = name)
        .ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(full_json(st, &ws, None)))
}

fn delete(ctx: &Ctx, st: &mut State) -> HResult {
    let id = ctx.param(0).to_string();
    write_access(ctx, st, &id, Need::Owner)?;
    st.workspaces.delete(&id, ctx.now, ctx.keep_after());
    let open: Vec<String> =
        st.invitations.iter().filter(|i| i.workspace_id == id).map(|i| i.invitation_id.clone()).collect();
    for inv in open {
        st.invitations.delete(&inv, ctx.now, ctx.keep_after());
    }
    Ok(Reply::no_content())
}

fn members_list(ctx: &Ctx, st: &State) -> HResult {
    let (ws, _) = read_access(ctx, st, ctx.param(0))?;
    paging::page(ctx, &ws.members.iter().map(|m| member_json(st, m)).collect::<Vec<_>>())
}

fn owners_after(ws: &Workspace, member_id: &str, new_role: Option<Role>) -> usize {
    ws.members
        .iter()
        .map(|m| if m.workspace_member_id == member_id { new_role } else { Some(m.role) })
        .filter(|r| *r == Some(Role::Owner))
        .count()
}

fn update_role(ctx: &Ctx, st: &mut State) -> HResult {
    let (ws_id, member_id) = (ctx.param(0), ctx.param(1));
    write_access(ctx, st, ws_id, Need::Owner)?;
    let role = Role::parse(ctx.body_str("role").unwrap_or_default()).ok_or_else(Reply::not_found)?;
    let ws = st.workspaces.get(ws_id).ok_or_else(Reply::not_found)?;
    if ws.members.iter().all(|m| m.workspace_member_id != member_id) {
        return Err(Reply::not_found());
    }
    if ctx.cfg.protect_last_owner && owners_after(ws, member_id, Some(role)) == 0 {
        return Err(Reply::conflict("A workspace must keep at least one OWNER"));
    }
    let ws = st
        .workspaces
        .update(ws_id, ctx.now, ctx.keep_after(), |w| {
            if let Some(m) = w.members.iter_mut().find(|m| m.workspace_member_id == member_id) {
                m.role = role;
            }
        })
        .ok_or_else(Reply::not_found)?;
    let m = ws.members.iter().find(|m| m.workspace_member_id == member_id).ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(member_json(st, m)))
}

fn remove_member(ctx: &Ctx, st: &mut State) -> HResult {
    let (ws_id, member_id) = (ctx.param(0), ctx.param(1));
    write_access(ctx, st, ws_id, Need::Owner)?;
    let ws = st.workspaces.get(ws_id).ok_or_else(Reply::not_found)?;
    if ws.members.iter().all(|m| m.workspace_member_id != member_id) {
        return Err(Reply::not_found());
    }
    if ctx.cfg.protect_last_owner && owners_after(ws, member_id, None) == 0 {
        return Err(Reply::conflict("A workspace must keep at least one OWNER"));
    }
    st.workspaces
        .update(ws_id, ctx.now, ctx.keep_after(), |w| w.members.retain(|m| m.workspace_member_id != member_id));
    Ok(Reply::no_content())
}

fn invite(ctx: &Ctx, st: &mut State) -> HResult {
    let ws_id = ctx.param(0).to_string();
    write_access(ctx, st, &ws_id, Need::Owner)?;
    let email = ctx.body_str("email").unwrap_or_default().trim().to_string();
    if !email.contains('@') {
        return Err(Reply::business(400, "Email {email} is invalid", json!({"email": email}), "email", "valid email"));
    }
    let ws = st.workspaces.get(&ws_id).ok_or_else(Reply::not_found)?;
    let is_member = ws
        .members
        .iter()
        .any(|m| st.identities.get(&m.identity_id).is_some_and(|i| i.email.eq_ignore_ascii_case(&email)));
    if is_member {
        return Err(Reply::conflict("Identity is already a member of this workspace"));
    }
    if st
        .invitations
        .iter()
        .any(|i| i.workspace_id == ws_id && i.status == "OPEN" && i.email.eq_ignore_ascii_case(&email))
    {
        return Err(Reply::conflict("An open invitation for this email already exists"));
    }
    let id = st.new_id();
    let inv = Invitation {
        invitation_id: id.clone(),
        workspace_id: ws_id,
        email,
        role: Role::parse(ctx.body_str("role").unwrap_or("MEMBER")).unwrap_or(Role::Member),
        message: ctx.body_str("message").map(str::to_string),
        invitation_expire_date: ctx.body_str("invitationExpireDate").map(str::to_string),
        invited_by: ctx.who().to_string(),
        status: "OPEN",
        created_at: iso_now(),
    };
    let out = invitation_json(&inv);
    st.invitations.insert(id, inv, ctx.now, ctx.keep_after());
    st.count_created("invitations");
    Ok(Reply::created(out))
}

fn accept(ctx: &Ctx, st: &mut State) -> HResult {
    let inv_id = ctx.body_str("invitationId").unwrap_or_default().to_string();
    let inv = st.invitations.get(&inv_id).filter(|i| i.status == "OPEN").cloned().ok_or_else(Reply::not_found)?;
    let me = st.identities.get(ctx.who()).cloned().ok_or_else(Reply::unauthorized)?;
    if !me.email.eq_ignore_ascii_case(&inv.email) {
        return Err(Reply::forbidden_instance());
    }
    if inv.invitation_expire_date.as_deref().is_some_and(|d| d < iso_now().as_str()) {
        return Err(Reply::business(
            400,
            "Invitation {invitationId} has expired",
            json!({"invitationId": inv_id}),
            "invitationId",
            "open invitation",
        ));
    }
    let ws = st.workspaces.get(&inv.workspace_id).ok_or_else(Reply::not_found)?;
    if ws.member_of(&me.identity_id).is_some() {
        return Err(Reply::conflict("Identity is already a member of this workspace"));
    }
    let member = Member {
        workspace_member_id: st.new_id(),
        identity_id: me.identity_id.clone(),
        role: inv.role,
        created_at: iso_now(),
    };
    let out = member_json(st, &member);
    st.workspaces.update(&inv.workspace_id, ctx.now, ctx.keep_after(), |w| w.members.push(member));
    st.invitations.update(&inv_id, ctx.now, ctx.keep_after(), |i| i.status = "ACCEPTED");
    st.count_created("members");
    Ok(Reply::ok(out))
}
