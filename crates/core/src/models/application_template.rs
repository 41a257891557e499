// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// An application template (read-only for customers). List items carry no presets/versions necessarily.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApplicationTemplate {
    /// `applicationTemplateId`
    #[serde(rename = "applicationTemplateId", default, skip_serializing_if = "Option::is_none")]
    pub application_template_id: Option<String>,
    /// `name`
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `source`
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<TemplateSource>,
    /// `presets`
    #[serde(rename = "presets", default, skip_serializing_if = "Option::is_none")]
    pub presets: Option<Vec<TemplatePreset>>,
    /// `versions`
    #[serde(rename = "versions", default, skip_serializing_if = "Option::is_none")]
    pub versions: Option<Vec<TemplateVersion>>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(ApplicationTemplate {
    application_template_id: "applicationTemplateId" opt,
    name: "name" opt,
    description: "description" opt,
    logo_url: "logoUrl" opt,
    source: "source" opt,
    presets: "presets" opt,
    versions: "versions" opt,
});

impl std::fmt::Debug for ApplicationTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ApplicationTemplate");
        d.field("application_template_id", &self.application_template_id);
        d.field("name", &self.name);
        d.field("description", &self.description);
        d.field("logo_url", &self.logo_url);
        d.field("source", &self.source);
        d.field("presets", &self.presets);
        d.field("versions", &self.versions);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl ApplicationTemplate {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        ApplicationTemplate {
            application_template_id: None,
            name: None,
            description: None,
            logo_url: None,
            source: None,
            presets: None,
            versions: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `applicationTemplateId`.
    pub fn with_application_template_id(mut self, value: impl Into<String>) -> Self {
        self.application_template_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `logoUrl`.
    pub fn with_logo_url(mut self, value: impl Into<String>) -> Self {
        self.logo_url = Some(value.into());
        self
    }

    /// Sets `source`.
    pub fn with_source(mut self, value: TemplateSource) -> Self {
        self.source = Some(value);
        self
    }

    /// Sets `presets`.
    pub fn with_presets(mut self, value: Vec<TemplatePreset>) -> Self {
        self.presets = Some(value);
        self
    }

    /// Sets `versions`.
    pub fn with_versions(mut self, value: Vec<TemplateVersion>) -> Self {
        self.versions = Some(value);
        self
    }
}

impl Default for ApplicationTemplate {
    fn default() -> Self {
        Self::new()
    }
}
