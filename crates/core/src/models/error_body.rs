// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Generic error body. The HTTP status is in `status` (most layers) or in `code` (role middleware); read `status ?? code` and fall back to the status line.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ErrorBody {
    /// `status`
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `code`
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// `message`
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(ErrorBody {
    status: "status" opt,
    code: "code" opt,
    message: "message" opt,
});

impl std::fmt::Debug for ErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ErrorBody");
        d.field("status", &self.status);
        d.field("code", &self.code);
        d.field("message", &self.message);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl ErrorBody {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        ErrorBody {
            status: None,
            code: None,
            message: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `status`.
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: i64) -> Self {
        self.code = Some(value);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

impl Default for ErrorBody {
    fn default() -> Self {
        Self::new()
    }
}
