// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Activate TOTP with the current 6-digit code.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ActivateTotpChallengeRequest {
    /// Current 6-digit TOTP code.
    #[serde(rename = "token")]
    pub token: String,
}

impl std::fmt::Debug for ActivateTotpChallengeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ActivateTotpChallengeRequest");
        d.field("token", &crate::REDACTED);
        d.finish()
    }
}

impl ActivateTotpChallengeRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(token: impl Into<String>) -> Self {
        ActivateTotpChallengeRequest {
            token: token.into(),
        }
    }
}
