// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Replace the application's Helm values.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateApplicationValuesRequest {
    /// Helm values; must satisfy the preset's valuesSchema.
    #[serde(rename = "applicationValues")]
    pub application_values: serde_json::Value,
}

impl std::fmt::Debug for UpdateApplicationValuesRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("UpdateApplicationValuesRequest");
        d.field("application_values", &self.application_values);
        d.finish()
    }
}

impl UpdateApplicationValuesRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(application_values: serde_json::Value) -> Self {
        UpdateApplicationValuesRequest {
            application_values,
        }
    }
}
