// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Create an API key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyRequest {
    /// `label`
    #[serde(rename = "label")]
    pub label: String,
}

impl CreateApiKeyRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(label: impl Into<String>) -> Self {
        CreateApiKeyRequest {
            label: label.into(),
        }
    }
}
