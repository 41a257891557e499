// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Create a workspace; the caller becomes OWNER. (`{name}` is superseded and rejected.)
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateWorkspaceRequest {
    /// `workspaceName`
    #[serde(rename = "workspaceName")]
    pub workspace_name: String,
    /// Lowercase letters and digits in hyphen-separated segments; globally unique; cannot be changed later.
    #[serde(rename = "workspaceKey")]
    pub workspace_key: String,
}

impl std::fmt::Debug for CreateWorkspaceRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateWorkspaceRequest");
        d.field("workspace_name", &self.workspace_name);
        d.field("workspace_key", &self.workspace_key);
        d.finish()
    }
}

impl CreateWorkspaceRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(workspace_name: impl Into<String>, workspace_key: impl Into<String>) -> Self {
        CreateWorkspaceRequest {
            workspace_name: workspace_name.into(),
            workspace_key: workspace_key.into(),
        }
    }
}
