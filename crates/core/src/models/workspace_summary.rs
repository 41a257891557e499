// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Workspace list item (assumed: the Workspace fields without members and invitations).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WorkspaceSummary {
    /// `workspaceId`
    #[serde(rename = "workspaceId", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// `workspaceKey`
    #[serde(rename = "workspaceKey", default, skip_serializing_if = "Option::is_none")]
    pub workspace_key: Option<String>,
    /// `workspaceDomain`
    #[serde(rename = "workspaceDomain", default, skip_serializing_if = "Option::is_none")]
    pub workspace_domain: Option<String>,
    /// `workspaceName`
    #[serde(rename = "workspaceName", default, skip_serializing_if = "Option::is_none")]
    pub workspace_name: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(WorkspaceSummary {
    workspace_id: "workspaceId" opt,
    workspace_key: "workspaceKey" opt,
    workspace_domain: "workspaceDomain" opt,
    workspace_name: "workspaceName" opt,
});

impl std::fmt::Debug for WorkspaceSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("WorkspaceSummary");
        d.field("workspace_id", &self.workspace_id);
        d.field("workspace_key", &self.workspace_key);
        d.field("workspace_domain", &self.workspace_domain);
        d.field("workspace_name", &self.workspace_name);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl WorkspaceSummary {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        WorkspaceSummary {
            workspace_id: None,
            workspace_key: None,
            workspace_domain: None,
            workspace_name: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `workspaceId`.
    pub fn with_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `workspaceKey`.
    pub fn with_workspace_key(mut self, value: impl Into<String>) -> Self {
        self.workspace_key = Some(value.into());
        self
    }

    /// Sets `workspaceDomain`.
    pub fn with_workspace_domain(mut self, value: impl Into<String>) -> Self {
        self.workspace_domain = Some(value.into());
        self
    }

    /// Sets `workspaceName`.
    pub fn with_workspace_name(mut self, value: impl Into<String>) -> Self {
        self.workspace_name = Some(value.into());
        self
    }
}

impl Default for WorkspaceSummary {
    fn default() -> Self {
        Self::new()
    }
}
