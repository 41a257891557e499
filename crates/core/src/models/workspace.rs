// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A workspace with its members and open invitations. No creation date, member count or service list.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Workspace {
    /// `workspaceId`
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// `workspaceKey`
    #[serde(rename = "workspaceKey")]
    pub workspace_key: String,
    /// Derived from workspaceKey (rule undocumented).
    #[serde(rename = "workspaceDomain", default, skip_serializing_if = "Option::is_none")]
    pub workspace_domain: Option<String>,
    /// `workspaceName`
    #[serde(rename = "workspaceName")]
    pub workspace_name: String,
    /// `members`
    #[serde(rename = "members", default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<WorkspaceMember>>,
    /// `openMemberInvitations`
    #[serde(rename = "openMemberInvitations", default, skip_serializing_if = "Option::is_none")]
    pub open_member_invitations: Option<Vec<WorkspaceInvitation>>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(Workspace {
    workspace_id: "workspaceId" req,
    workspace_key: "workspaceKey" req,
    workspace_domain: "workspaceDomain" opt,
    workspace_name: "workspaceName" req,
    members: "members" opt,
    open_member_invitations: "openMemberInvitations" opt,
});

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Workspace");
        d.field("workspace_id", &self.workspace_id);
        d.field("workspace_key", &self.workspace_key);
        d.field("workspace_domain", &self.workspace_domain);
        d.field("workspace_name", &self.workspace_name);
        d.field("members", &self.members);
        d.field("open_member_invitations", &self.open_member_invitations);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl Workspace {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(workspace_id: impl Into<String>, workspace_key: impl Into<String>, workspace_name: impl Into<String>) -> Self {
        Workspace {
            workspace_id: workspace_id.into(),
            workspace_key: workspace_key.into(),
            workspace_name: workspace_name.into(),
            workspace_domain: None,
            members: None,
            open_member_invitations: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `workspaceDomain`.
    pub fn with_workspace_domain(mut self, value: impl Into<String>) -> Self {
        self.workspace_domain = Some(value.into());
        self
    }

    /// Sets `members`.
    pub fn with_members(mut self, value: Vec<WorkspaceMember>) -> Self {
        self.members = Some(value);
        self
    }

    /// Sets `openMemberInvitations`.
    pub fn with_open_member_invitations(mut self, value: Vec<WorkspaceInvitation>) -> Self {
        self.open_member_invitations = Some(value);
        self
    }
}

impl Workspace {
    /// A builder that names each field (beside [`Workspace::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::Workspace::builder().workspace_id("...").workspace_key("...").workspace_name("...").build().unwrap();
    /// assert_eq!(v.workspace_id, "...");
    /// let missing = cloudpirates::models::Workspace::builder().build().unwrap_err();
    /// assert!(missing.message().contains("workspaceId"));
    /// ```
    pub fn builder() -> WorkspaceBuilder {
        WorkspaceBuilder::default()
    }
}

/// Builds a [`Workspace`] field by field; see [`Workspace::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct WorkspaceBuilder {
    workspace_id: Option<String>,
    workspace_key: Option<String>,
    workspace_domain: Option<String>,
    workspace_name: Option<String>,
    members: Option<Vec<WorkspaceMember>>,
    open_member_invitations: Option<Vec<WorkspaceInvitation>>,
}

impl std::fmt::Debug for WorkspaceBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("WorkspaceBuilder");
        d.field("workspace_id", &self.workspace_id.is_some());
        d.field("workspace_key", &self.workspace_key.is_some());
        d.field("workspace_domain", &self.workspace_domain.is_some());
        d.field("workspace_name", &self.workspace_name.is_some());
        d.field("members", &self.members.is_some());
        d.field("open_member_invitations", &self.open_member_invitations.is_some());
        d.finish()
    }
}

impl WorkspaceBuilder {
    /// Sets `workspaceId` (required).
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `workspaceKey` (required).
    pub fn workspace_key(mut self, value: impl Into<String>) -> Self {
        self.workspace_key = Some(value.into());
        self
    }

    /// Sets `workspaceDomain` (optional).
    pub fn workspace_domain(mut self, value: impl Into<String>) -> Self {
        self.workspace_domain = Some(value.into());
        self
    }

    /// Sets `workspaceName` (required).
    pub fn workspace_name(mut self, value: impl Into<String>) -> Self {
        self.workspace_name = Some(value.into());
        self
    }

    /// Sets `members` (optional).
    pub fn members(mut self, value: Vec<WorkspaceMember>) -> Self {
        self.members = Some(value);
        self
    }

    /// Sets `openMemberInvitations` (optional).
    pub fn open_member_invitations(mut self, value: Vec<WorkspaceInvitation>) -> Self {
        self.open_member_invitations = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<Workspace> {
        let mut missing: Vec<&str> = Vec::new();
        if self.workspace_id.is_none() {
            missing.push("workspaceId");
        }
        if self.workspace_key.is_none() {
            missing.push("workspaceKey");
        }
        if self.workspace_name.is_none() {
            missing.push("workspaceName");
        }
        let (Some(workspace_id), Some(workspace_key), Some(workspace_name)) = (self.workspace_id, self.workspace_key, self.workspace_name) else {
            return Err(crate::Error::invalid_input(format!("Workspace: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(Workspace {
            workspace_id,
            workspace_key,
            workspace_name,
            workspace_domain: self.workspace_domain,
            members: self.members,
            open_member_invitations: self.open_member_invitations,
            extra: serde_json::Map::new(),
        })
    }
}
