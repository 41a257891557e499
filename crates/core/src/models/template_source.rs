// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Where a template's chart comes from.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TemplateSource {
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TemplateSourceType>,
    /// `repositoryUrl`
    #[serde(rename = "repositoryUrl", default, skip_serializing_if = "Option::is_none")]
    pub repository_url: Option<String>,
    /// `chartName`
    #[serde(rename = "chartName", default, skip_serializing_if = "Option::is_none")]
    pub chart_name: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(TemplateSource {
    r#type: "type" opt,
    repository_url: "repositoryUrl" opt,
    chart_name: "chartName" opt,
});

impl std::fmt::Debug for TemplateSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TemplateSource");
        d.field("r#type", &self.r#type);
        d.field("repository_url", &self.repository_url);
        d.field("chart_name", &self.chart_name);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl TemplateSource {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        TemplateSource {
            r#type: None,
            repository_url: None,
            chart_name: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `type`.
    pub fn with_type(mut self, value: TemplateSourceType) -> Self {
        self.r#type = Some(value);
        self
    }

    /// Sets `repositoryUrl`.
    pub fn with_repository_url(mut self, value: impl Into<String>) -> Self {
        self.repository_url = Some(value.into());
        self
    }

    /// Sets `chartName`.
    pub fn with_chart_name(mut self, value: impl Into<String>) -> Self {
        self.chart_name = Some(value.into());
        self
    }
}

impl Default for TemplateSource {
    fn default() -> Self {
        Self::new()
    }
}
