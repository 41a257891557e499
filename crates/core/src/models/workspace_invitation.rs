// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// An open member invitation. Stored field names are undocumented; the known create fields are echoed. `invitationId` is the value accepted by workspaces.invitations.accept.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WorkspaceInvitation {
    /// `invitationId`
    #[serde(rename = "invitationId", default, skip_serializing_if = "Option::is_none")]
    pub invitation_id: Option<String>,
    /// `workspaceId`
    #[serde(rename = "workspaceId", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// `email`
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `role`
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<WorkspaceMemberRole>,
    /// `message`
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// When the invitation expires. The format is not documented (catalogue 5.14); ISO 8601 is what the SDK sends when given a date, and the emulator accepts any string.
    #[serde(rename = "invitationExpireDate", default, skip_serializing_if = "Option::is_none")]
    pub invitation_expire_date: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(WorkspaceInvitation {
    invitation_id: "invitationId" opt,
    workspace_id: "workspaceId" opt,
    email: "email" opt,
    role: "role" opt,
    message: "message" opt,
    invitation_expire_date: "invitationExpireDate" opt,
});

impl std::fmt::Debug for WorkspaceInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("WorkspaceInvitation");
        d.field("invitation_id", &self.invitation_id);
        d.field("workspace_id", &self.workspace_id);
        d.field("email", &self.email);
        d.field("role", &self.role);
        d.field("message", &self.message);
        d.field("invitation_expire_date", &self.invitation_expire_date);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl WorkspaceInvitation {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        WorkspaceInvitation {
            invitation_id: None,
            workspace_id: None,
            email: None,
            role: None,
            message: None,
            invitation_expire_date: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `invitationId`.
    pub fn with_invitation_id(mut self, value: impl Into<String>) -> Self {
        self.invitation_id = Some(value.into());
        self
    }

    /// Sets `workspaceId`.
    pub fn with_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `role`.
    pub fn with_role(mut self, value: WorkspaceMemberRole) -> Self {
        self.role = Some(value);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `invitationExpireDate`.
    pub fn with_invitation_expire_date(mut self, value: impl Into<String>) -> Self {
        self.invitation_expire_date = Some(value.into());
        self
    }
}

impl Default for WorkspaceInvitation {
    fn default() -> Self {
        Self::new()
    }
}
