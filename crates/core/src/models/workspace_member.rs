// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A workspace member. Role changes and removal address members by `workspaceMemberId` (an identityId there gives 404).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WorkspaceMember {
    /// `workspaceMemberId`
    #[serde(rename = "workspaceMemberId", default, skip_serializing_if = "Option::is_none")]
    pub workspace_member_id: Option<String>,
    /// `identityId`
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// `role`
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<WorkspaceMemberRole>,
    /// `email`
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(WorkspaceMember {
    workspace_member_id: "workspaceMemberId" opt,
    identity_id: "identityId" opt,
    role: "role" opt,
    email: "email" opt,
});

impl std::fmt::Debug for WorkspaceMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("WorkspaceMember");
        d.field("workspace_member_id", &self.workspace_member_id);
        d.field("identity_id", &self.identity_id);
        d.field("role", &self.role);
        d.field("email", &self.email);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl WorkspaceMember {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        WorkspaceMember {
            workspace_member_id: None,
            identity_id: None,
            role: None,
            email: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `workspaceMemberId`.
    pub fn with_workspace_member_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_member_id = Some(value.into());
        self
    }

    /// Sets `identityId`.
    pub fn with_identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }

    /// Sets `role`.
    pub fn with_role(mut self, value: WorkspaceMemberRole) -> Self {
        self.role = Some(value);
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}

impl Default for WorkspaceMember {
    fn default() -> Self {
        Self::new()
    }
}
