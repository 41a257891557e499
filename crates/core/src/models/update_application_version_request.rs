// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Update the application to another version.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateApplicationVersionRequest {
    /// e.g. 12.1.0
    #[serde(rename = "appVersion")]
    pub app_version: String,
}

impl std::fmt::Debug for UpdateApplicationVersionRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("UpdateApplicationVersionRequest");
        d.field("app_version", &self.app_version);
        d.finish()
    }
}

impl UpdateApplicationVersionRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(app_version: impl Into<String>) -> Self {
        UpdateApplicationVersionRequest {
            app_version: app_version.into(),
        }
    }
}
