// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Activate the SMS challenge with the received code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ActivateSmsChallengeRequest {
    /// `verificationToken`
    #[serde(rename = "verificationToken")]
    pub verification_token: String,
    /// `challengeCode`
    #[serde(rename = "challengeCode")]
    pub challenge_code: String,
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
