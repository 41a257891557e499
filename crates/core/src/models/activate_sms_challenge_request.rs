// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Activate the SMS challenge with the received code.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ActivateSmsChallengeRequest {
    /// `verificationToken`
    #[serde(rename = "verificationToken")]
    pub verification_token: String,
    /// `challengeCode`
    #[serde(rename = "challengeCode")]
    pub challenge_code: String,
}

impl std::fmt::Debug for ActivateSmsChallengeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ActivateSmsChallengeRequest");
        d.field("verification_token", &crate::REDACTED);
        d.field("challenge_code", &crate::REDACTED);
        d.finish()
    }
}

impl ActivateSmsChallengeRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(verification_token: impl Into<String>, challenge_code: impl Into<String>) -> Self {
        ActivateSmsChallengeRequest {
            verification_token: verification_token.into(),
            challenge_code: challenge_code.into(),
        }
    }
}
