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

impl LoginChallengeRequest {
    /// A builder that names each field (beside [`LoginChallengeRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::LoginChallengeRequest::builder().verification_token("...").challenge_code("...").build().unwrap();
    /// assert_eq!(v.verification_token, "...");
    /// let missing = cloudpirates::models::LoginChallengeRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("verificationToken"));
    /// ```
    pub fn builder() -> LoginChallengeRequestBuilder {
        LoginChallengeRequestBuilder::default()
    }
}

/// Builds a [`LoginChallengeRequest`] field by field; see [`LoginChallengeRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct LoginChallengeRequestBuilder {
    verification_token: Option<String>,
    challenge_code: Option<String>,
}

impl std::fmt::Debug for LoginChallengeRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("LoginChallengeRequestBuilder");
        d.field("verification_token", &self.verification_token.is_some());
        d.field("challenge_code", &self.challenge_code.is_some());
        d.finish()
    }
}

impl LoginChallengeRequestBuilder {
    /// Sets `verificationToken` (required).
    pub fn verification_token(mut self, value: impl Into<String>) -> Self {
        self.verification_token = Some(value.into());
        self
    }

    /// Sets `challengeCode` (required).
    pub fn challenge_code(mut self, value: impl Into<String>) -> Self {
        self.challenge_code = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<LoginChallengeRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.verification_token.is_none() {
            missing.push("verificationToken");
        }
        if self.challenge_code.is_none() {
            missing.push("challengeCode");
        }
        let (Some(verification_token), Some(challenge_code)) = (self.verification_token, self.challenge_code) else {
            return Err(crate::Error::invalid_input(format!("LoginChallengeRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(LoginChallengeRequest {
            verification_token,
            challenge_code,
        })
    }
}
