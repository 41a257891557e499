// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Create an API key.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyRequest {
    /// `label`
    #[serde(rename = "label")]
    pub label: String,
}

impl std::fmt::Debug for CreateApiKeyRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateApiKeyRequest");
        d.field("label", &self.label);
        d.finish()
    }
}

impl CreateApiKeyRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(label: impl Into<String>) -> Self {
        CreateApiKeyRequest {
            label: label.into(),
        }
    }
}
