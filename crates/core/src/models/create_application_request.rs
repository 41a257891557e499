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

impl CreateApplicationRequest {
    /// A builder that names each field (beside [`CreateApplicationRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::CreateApplicationRequest::builder().application_template_id("...").application_template_preset_id("...").cluster_id("...").app_version("...").name("...").build().unwrap();
    /// assert_eq!(v.application_template_id, "...");
    /// let missing = cloudpirates::models::CreateApplicationRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("applicationTemplateId"));
    /// ```
    pub fn builder() -> CreateApplicationRequestBuilder {
        CreateApplicationRequestBuilder::default()
    }
}

/// Builds a [`CreateApplicationRequest`] field by field; see [`CreateApplicationRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct CreateApplicationRequestBuilder {
    application_template_id: Option<String>,
    application_template_preset_id: Option<String>,
    cluster_id: Option<String>,
    app_version: Option<String>,
    name: Option<String>,
    application_values: Option<serde_json::Value>,
}

impl std::fmt::Debug for CreateApplicationRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateApplicationRequestBuilder");
        d.field("application_template_id", &self.application_template_id.is_some());
        d.field("application_template_preset_id", &self.application_template_preset_id.is_some());
        d.field("cluster_id", &self.cluster_id.is_some());
        d.field("app_version", &self.app_version.is_some());
        d.field("name", &self.name.is_some());
        d.field("application_values", &self.application_values.is_some());
        d.finish()
    }
}

impl CreateApplicationRequestBuilder {
    /// Sets `applicationTemplateId` (required).
    pub fn application_template_id(mut self, value: impl Into<String>) -> Self {
        self.application_template_id = Some(value.into());
        self
    }

    /// Sets `applicationTemplatePresetId` (required).
    pub fn application_template_preset_id(mut self, value: impl Into<String>) -> Self {
        self.application_template_preset_id = Some(value.into());
        self
    }

    /// Sets `clusterId` (required).
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }

    /// Sets `appVersion` (required).
    pub fn app_version(mut self, value: impl Into<String>) -> Self {
        self.app_version = Some(value.into());
        self
    }

    /// Sets `name` (required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `applicationValues` (optional).
    pub fn application_values(mut self, value: serde_json::Value) -> Self {
        self.application_values = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<CreateApplicationRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.application_template_id.is_none() {
            missing.push("applicationTemplateId");
        }
        if self.application_template_preset_id.is_none() {
            missing.push("applicationTemplatePresetId");
        }
        if self.cluster_id.is_none() {
            missing.push("clusterId");
        }
        if self.app_version.is_none() {
            missing.push("appVersion");
        }
        if self.name.is_none() {
            missing.push("name");
        }
        let (Some(application_template_id), Some(application_template_preset_id), Some(cluster_id), Some(app_version), Some(name)) = (self.application_template_id, self.application_template_preset_id, self.cluster_id, self.app_version, self.name) else {
            return Err(crate::Error::invalid_input(format!("CreateApplicationRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(CreateApplicationRequest {
            application_template_id,
            application_template_preset_id,
            cluster_id,
            app_version,
            name,
            application_values: self.application_values,
        })
    }
}
