// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A template preset (portal names: single, small, medium, large, HA).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TemplatePreset {
    /// `applicationTemplatePresetId`
    #[serde(rename = "applicationTemplatePresetId", default, skip_serializing_if = "Option::is_none")]
    pub application_template_preset_id: Option<String>,
    /// `presetName`
    #[serde(rename = "presetName", default, skip_serializing_if = "Option::is_none")]
    pub preset_name: Option<String>,
    /// Semver range of supported appVersions.
    #[serde(rename = "supportedVersionRange", default, skip_serializing_if = "Option::is_none")]
    pub supported_version_range: Option<String>,
    /// JSON Schema the Helm values must satisfy.
    #[serde(rename = "valuesSchema", default, skip_serializing_if = "Option::is_none")]
    pub values_schema: Option<serde_json::Value>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(TemplatePreset {
    application_template_preset_id: "applicationTemplatePresetId" opt,
    preset_name: "presetName" opt,
    supported_version_range: "supportedVersionRange" opt,
    values_schema: "valuesSchema" opt,
});

impl std::fmt::Debug for TemplatePreset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TemplatePreset");
        d.field("application_template_preset_id", &self.application_template_preset_id);
        d.field("preset_name", &self.preset_name);
        d.field("supported_version_range", &self.supported_version_range);
        d.field("values_schema", &self.values_schema);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl TemplatePreset {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        TemplatePreset {
            application_template_preset_id: None,
            preset_name: None,
            supported_version_range: None,
            values_schema: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `applicationTemplatePresetId`.
    pub fn with_application_template_preset_id(mut self, value: impl Into<String>) -> Self {
        self.application_template_preset_id = Some(value.into());
        self
    }

    /// Sets `presetName`.
    pub fn with_preset_name(mut self, value: impl Into<String>) -> Self {
        self.preset_name = Some(value.into());
        self
    }

    /// Sets `supportedVersionRange`.
    pub fn with_supported_version_range(mut self, value: impl Into<String>) -> Self {
        self.supported_version_range = Some(value.into());
        self
    }

    /// Sets `valuesSchema`.
    pub fn with_values_schema(mut self, value: serde_json::Value) -> Self {
        self.values_schema = Some(value);
        self
    }
}

impl Default for TemplatePreset {
    fn default() -> Self {
        Self::new()
    }
}
