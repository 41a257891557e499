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

impl CreateWorkspaceRequest {
    /// A builder that names each field (beside [`CreateWorkspaceRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::CreateWorkspaceRequest::builder().workspace_name("...").workspace_key("...").build().unwrap();
    /// assert_eq!(v.workspace_name, "...");
    /// let missing = cloudpirates::models::CreateWorkspaceRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("workspaceName"));
    /// ```
    pub fn builder() -> CreateWorkspaceRequestBuilder {
        CreateWorkspaceRequestBuilder::default()
    }
}

/// Builds a [`CreateWorkspaceRequest`] field by field; see [`CreateWorkspaceRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct CreateWorkspaceRequestBuilder {
    workspace_name: Option<String>,
    workspace_key: Option<String>,
}

impl std::fmt::Debug for CreateWorkspaceRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateWorkspaceRequestBuilder");
        d.field("workspace_name", &self.workspace_name.is_some());
        d.field("workspace_key", &self.workspace_key.is_some());
        d.finish()
    }
}

impl CreateWorkspaceRequestBuilder {
    /// Sets `workspaceName` (required).
    pub fn workspace_name(mut self, value: impl Into<String>) -> Self {
        self.workspace_name = Some(value.into());
        self
    }

    /// Sets `workspaceKey` (required).
    pub fn workspace_key(mut self, value: impl Into<String>) -> Self {
        self.workspace_key = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<CreateWorkspaceRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.workspace_name.is_none() {
            missing.push("workspaceName");
        }
        if self.workspace_key.is_none() {
            missing.push("workspaceKey");
        }
        let (Some(workspace_name), Some(workspace_key)) = (self.workspace_name, self.workspace_key) else {
            return Err(crate::Error::invalid_input(format!("CreateWorkspaceRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(CreateWorkspaceRequest {
            workspace_name,
            workspace_key,
        })
    }
}
