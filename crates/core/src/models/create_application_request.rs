// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Deploy an application. DECISION (catalogue 5.21, 4.5.1): the audit notes say create validates values against the preset's valuesSchema, so optional initial `applicationValues` are accepted; `templateId`, `preset`, `autoUpdate`, `updateChannel` do not exist.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApplicationRequest {
    /// `applicationTemplateId`
    #[serde(rename = "applicationTemplateId")]
    pub application_template_id: String,
    /// `applicationTemplatePresetId`
    #[serde(rename = "applicationTemplatePresetId")]
    pub application_template_preset_id: String,
    /// `clusterId`
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
    /// e.g. 12.0.2
    #[serde(rename = "appVersion")]
    pub app_version: String,
    /// `name`
    #[serde(rename = "name")]
    pub name: String,
    /// Initial Helm values (the create command validates values against the preset's valuesSchema, per the audit notes; whether the body may carry them is not documented, so they are optional).
    #[serde(rename = "applicationValues", default, skip_serializing_if = "Option::is_none")]
    pub application_values: Option<serde_json::Value>,
}

impl std::fmt::Debug for CreateApplicationRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateApplicationRequest");
        d.field("application_template_id", &self.application_template_id);
        d.field("application_template_preset_id", &self.application_template_preset_id);
        d.field("cluster_id", &self.cluster_id);
        d.field("app_version", &self.app_version);
        d.field("name", &self.name);
        d.field("application_values", &self.application_values);
        d.finish()
    }
}

impl CreateApplicationRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(application_template_id: impl Into<String>, application_template_preset_id: impl Into<String>, cluster_id: impl Into<String>, app_version: impl Into<String>, name: impl Into<String>) -> Self {
        CreateApplicationRequest {
            application_template_id: application_template_id.into(),
            application_template_preset_id: application_template_preset_id.into(),
            cluster_id: cluster_id.into(),
            app_version: app_version.into(),
            name: name.into(),
            application_values: None,
        }
    }

    /// Sets `applicationValues`.
    pub fn with_application_values(mut self, value: serde_json::Value) -> Self {
        self.application_values = Some(value);
        self
    }
}
