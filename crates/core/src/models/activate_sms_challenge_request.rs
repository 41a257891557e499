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

impl ActivateSmsChallengeRequest {
    /// A builder that names each field (beside [`ActivateSmsChallengeRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::ActivateSmsChallengeRequest::builder().verification_token("...").challenge_code("...").build().unwrap();
    /// assert_eq!(v.verification_token, "...");
    /// let missing = cloudpirates::models::ActivateSmsChallengeRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("verificationToken"));
    /// ```
    pub fn builder() -> ActivateSmsChallengeRequestBuilder {
        ActivateSmsChallengeRequestBuilder::default()
    }
}

/// Builds a [`ActivateSmsChallengeRequest`] field by field; see [`ActivateSmsChallengeRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct ActivateSmsChallengeRequestBuilder {
    verification_token: Option<String>,
    challenge_code: Option<String>,
}

impl std::fmt::Debug for ActivateSmsChallengeRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ActivateSmsChallengeRequestBuilder");
        d.field("verification_token", &self.verification_token.is_some());
        d.field("challenge_code", &self.challenge_code.is_some());
        d.finish()
    }
}

impl ActivateSmsChallengeRequestBuilder {
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
    pub fn build(self) -> crate::Result<ActivateSmsChallengeRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.verification_token.is_none() {
            missing.push("verificationToken");
        }
        if self.challenge_code.is_none() {
            missing.push("challengeCode");
        }
        let (Some(verification_token), Some(challenge_code)) = (self.verification_token, self.challenge_code) else {
            return Err(crate::Error::invalid_input(format!("ActivateSmsChallengeRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(ActivateSmsChallengeRequest {
            verification_token,
            challenge_code,
        })
    }
}
