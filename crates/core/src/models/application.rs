// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A deployed application (fields known from the create contract and commands).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Application {
    /// `applicationId`
    #[serde(rename = "applicationId", default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// `workspaceId`
    #[serde(rename = "workspaceId", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// `name`
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `applicationTemplateId`
    #[serde(rename = "applicationTemplateId", default, skip_serializing_if = "Option::is_none")]
    pub application_template_id: Option<String>,
    /// `applicationTemplatePresetId`
    #[serde(rename = "applicationTemplatePresetId", default, skip_serializing_if = "Option::is_none")]
    pub application_template_preset_id: Option<String>,
    /// `clusterId`
    #[serde(rename = "clusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// `appVersion`
    #[serde(rename = "appVersion", default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    /// Helm values.
    #[serde(rename = "applicationValues", default, skip_serializing_if = "Option::is_none")]
    pub application_values: Option<serde_json::Value>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(Application {
    application_id: "applicationId" opt,
    workspace_id: "workspaceId" opt,
    name: "name" opt,
    application_template_id: "applicationTemplateId" opt,
    application_template_preset_id: "applicationTemplatePresetId" opt,
    cluster_id: "clusterId" opt,
    app_version: "appVersion" opt,
    application_values: "applicationValues" opt,
});

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Application");
        d.field("application_id", &self.application_id);
        d.field("workspace_id", &self.workspace_id);
        d.field("name", &self.name);
        d.field("application_template_id", &self.application_template_id);
        d.field("application_template_preset_id", &self.application_template_preset_id);
        d.field("cluster_id", &self.cluster_id);
        d.field("app_version", &self.app_version);
        d.field("application_values", &self.application_values);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl Application {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        Application {
            application_id: None,
            workspace_id: None,
            name: None,
            application_template_id: None,
            application_template_preset_id: None,
            cluster_id: None,
            app_version: None,
            application_values: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `applicationId`.
    pub fn with_application_id(mut self, value: impl Into<String>) -> Self {
        self.application_id = Some(value.into());
        self
    }

    /// Sets `workspaceId`.
    pub fn with_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `applicationTemplateId`.
    pub fn with_application_template_id(mut self, value: impl Into<String>) -> Self {
        self.application_template_id = Some(value.into());
        self
    }

    /// Sets `applicationTemplatePresetId`.
    pub fn with_application_template_preset_id(mut self, value: impl Into<String>) -> Self {
        self.application_template_preset_id = Some(value.into());
        self
    }

    /// Sets `clusterId`.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }

    /// Sets `appVersion`.
    pub fn with_app_version(mut self, value: impl Into<String>) -> Self {
        self.app_version = Some(value.into());
        self
    }

    /// Sets `applicationValues`.
    pub fn with_application_values(mut self, value: serde_json::Value) -> Self {
        self.application_values = Some(value);
        self
    }
}

impl Default for Application {
    fn default() -> Self {
        Self::new()
    }
}
