//! Who may do what in a workspace: the read-side (ReBAC) and write-side (role) checks every
//! workspace-scoped route runs.

use crate::errors::Reply;
use crate::request::Ctx;
use crate::state::*;

/// What an action needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Any member.
    View,
    /// OWNER or MEMBER (manage services).
    Manage,
    /// OWNER only.
    Owner,
}

fn allowed(role: Role, need: Need) -> bool {
    match need {
        Need::View => true,
        Need::Manage => role >= Role::Member,
        Need::Owner => role == Role::Owner,
    }
}

/// Read-side access: the workspace as the read model sees it, and the caller's role there.
pub fn read_access<'a>(ctx: &Ctx, st: &'a State, workspace_id: &str) -> Result<(&'a Workspace, Role), Reply> {
    let ws = st.workspaces.get_at(workspace_id, ctx.read_at).ok_or_else(Reply::forbidden_instance)?;
    let m = ws.member_of(ctx.who()).ok_or_else(Reply::forbidden_instance)?;
    Ok((ws, m.role))
}

/// Write-side access on the write model: non-members get `{status:403}`, members lacking the
/// role get `{code:403}`.
pub fn write_access(ctx: &Ctx, st: &State, workspace_id: &str, need: Need) -> Result<Role, Reply> {
    let ws = st.workspaces.get(workspace_id).ok_or_else(Reply::forbidden_instance)?;
    let m = ws.member_of(ctx.who()).ok_or_else(Reply::forbidden_instance)?;
    if !allowed(m.role, need) {
        return Err(Reply::forbidden_role());
    }
    Ok(m.role)
}

/// Role check for reads of actions that need more than viewing.
pub fn require(role: Role, need: Need) -> Result<(), Reply> {
    if allowed(role, need) { Ok(()) } else { Err(Reply::forbidden_role()) }
}
