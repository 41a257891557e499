// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Rename a workspace (the id and key do not change).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RenameWorkspaceRequest {
    /// `workspaceName`
    #[serde(rename = "workspaceName")]
    pub workspace_name: String,
}

impl std::fmt::Debug for RenameWorkspaceRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RenameWorkspaceRequest");
        d.field("workspace_name", &self.workspace_name);
        d.finish()
    }
}

impl RenameWorkspaceRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(workspace_name: impl Into<String>) -> Self {
        RenameWorkspaceRequest {
            workspace_name: workspace_name.into(),
        }
    }
}
