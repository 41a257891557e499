// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Token refresh.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RefreshRequest {
    /// `refreshToken`
    #[serde(rename = "refreshToken")]
    pub refresh_token: String,
}

impl std::fmt::Debug for RefreshRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RefreshRequest");
        d.field("refresh_token", &crate::REDACTED);
        d.finish()
    }
}

impl RefreshRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(refresh_token: impl Into<String>) -> Self {
        RefreshRequest {
            refresh_token: refresh_token.into(),
        }
    }
}
