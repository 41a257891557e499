// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Replace the application's Helm values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateApplicationValuesRequest {
    /// Helm values; must satisfy the preset's valuesSchema.
    #[serde(rename = "applicationValues")]
    pub application_values: serde_json::Value,
}

impl UpdateApplicationValuesRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(application_values: serde_json::Value) -> Self {
        UpdateApplicationValuesRequest {
            application_values,
        }
    }
}
