// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// An API key as listed (no secret, no lastUsed).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApiKey {
    /// `id`
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `label`
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(ApiKey {
    id: "id" opt,
    label: "label" opt,
    created_at: "createdAt" opt,
});

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ApiKey");
        d.field("id", &self.id);
        d.field("label", &self.label);
        d.field("created_at", &self.created_at);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl ApiKey {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        ApiKey {
            id: None,
            label: None,
            created_at: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `label`.
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }

    /// Sets `createdAt`.
    pub fn with_created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
        self
    }
}

impl Default for ApiKey {
    fn default() -> Self {
        Self::new()
    }
}
