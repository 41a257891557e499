// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// JSON-Schema (AJV) validation error of a request body or parameter.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ValidationError {
    /// `status`
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// JSON pointer of the offending value; empty for the root.
    #[serde(rename = "instancePath", default, skip_serializing_if = "Option::is_none")]
    pub instance_path: Option<String>,
    /// `schemaPath`
    #[serde(rename = "schemaPath", default, skip_serializing_if = "Option::is_none")]
    pub schema_path: Option<String>,
    /// e.g. required, additionalProperties, enum.
    #[serde(rename = "keyword")]
    pub keyword: String,
    /// e.g. {missingProperty}, {additionalProperty}, {allowedValues}.
    #[serde(rename = "params", default, skip_serializing_if = "Option::is_none")]
    pub params: Option<serde_json::Value>,
    /// `message`
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(ValidationError {
    status: "status" opt,
    instance_path: "instancePath" opt,
    schema_path: "schemaPath" opt,
    keyword: "keyword" req,
    params: "params" opt,
    message: "message" opt,
});

impl std::fmt::Debug for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ValidationError");
        d.field("status", &self.status);
        d.field("instance_path", &self.instance_path);
        d.field("schema_path", &self.schema_path);
        d.field("keyword", &self.keyword);
        d.field("params", &self.params);
        d.field("message", &self.message);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl ValidationError {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(keyword: impl Into<String>) -> Self {
        ValidationError {
            keyword: keyword.into(),
            status: None,
            instance_path: None,
            schema_path: None,
            params: None,
            message: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `status`.
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `instancePath`.
    pub fn with_instance_path(mut self, value: impl Into<String>) -> Self {
        self.instance_path = Some(value.into());
        self
    }

    /// Sets `schemaPath`.
    pub fn with_schema_path(mut self, value: impl Into<String>) -> Self {
        self.schema_path = Some(value.into());
        self
    }

    /// Sets `params`.
    pub fn with_params(mut self, value: serde_json::Value) -> Self {
        self.params = Some(value);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
