// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Response of API key creation. DECISION (catalogue 5.3, field name undocumented): the secret is in `apiKey`; it is returned this one time only. Use it as `Authorization: ApiKey <apiKey>`.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreatedApiKey {
    /// `id`
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `label`
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The key secret, shown once.
    #[serde(rename = "apiKey", default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(CreatedApiKey {
    id: "id" opt,
    label: "label" opt,
    created_at: "createdAt" opt,
    api_key: "apiKey" opt,
});

impl std::fmt::Debug for CreatedApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreatedApiKey");
        d.field("id", &self.id);
        d.field("label", &self.label);
        d.field("created_at", &self.created_at);
        d.field("api_key", &self.api_key.as_ref().map(|_| crate::REDACTED));
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl CreatedApiKey {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        CreatedApiKey {
            id: None,
            label: None,
            created_at: None,
            api_key: None,
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

    /// Sets `apiKey`.
    pub fn with_api_key(mut self, value: impl Into<String>) -> Self {
        self.api_key = Some(value.into());
        self
    }
}

impl Default for CreatedApiKey {
    fn default() -> Self {
        Self::new()
    }
}
