// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Second login step with the MFA code.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoginChallengeRequest {
    /// `verificationToken`
    #[serde(rename = "verificationToken")]
    pub verification_token: String,
    /// 6-digit code, as a string.
    #[serde(rename = "challengeCode")]
    pub challenge_code: String,
}

impl std::fmt::Debug for LoginChallengeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("LoginChallengeRequest");
        d.field("verification_token", &crate::REDACTED);
        d.field("challenge_code", &crate::REDACTED);
        d.finish()
    }
}

impl LoginChallengeRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(verification_token: impl Into<String>, challenge_code: impl Into<String>) -> Self {
        LoginChallengeRequest {
            verification_token: verification_token.into(),
            challenge_code: challenge_code.into(),
        }
    }
}
