// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Business-rule (CloudEventError) failure raised by a command handler after schema validation passed.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BusinessRuleError {
    /// `status`
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// May contain literal placeholders such as {workspaceKey}.
    #[serde(rename = "message")]
    pub message: String,
    /// `params`
    #[serde(rename = "params", default, skip_serializing_if = "Option::is_none")]
    pub params: Option<serde_json::Value>,
    /// `path`
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<serde_json::Value>,
    /// `expected`
    #[serde(rename = "expected", default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<serde_json::Value>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(BusinessRuleError {
    status: "status" opt,
    message: "message" req,
    params: "params" opt,
    path: "path" opt,
    expected: "expected" opt,
});

impl std::fmt::Debug for BusinessRuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("BusinessRuleError");
        d.field("status", &self.status);
        d.field("message", &self.message);
        d.field("params", &self.params);
        d.field("path", &self.path);
        d.field("expected", &self.expected);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl BusinessRuleError {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(message: impl Into<String>) -> Self {
        BusinessRuleError {
            message: message.into(),
            status: None,
            params: None,
            path: None,
            expected: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `status`.
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `params`.
    pub fn with_params(mut self, value: serde_json::Value) -> Self {
        self.params = Some(value);
        self
    }

    /// Sets `path`.
    pub fn with_path(mut self, value: serde_json::Value) -> Self {
        self.path = Some(value);
        self
    }

    /// Sets `expected`.
    pub fn with_expected(mut self, value: serde_json::Value) -> Self {
        self.expected = Some(value);
        self
    }
}
