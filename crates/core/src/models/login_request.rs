// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Password login.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoginRequest {
    /// `email`
    #[serde(rename = "email")]
    pub email: String,
    /// `password`
    #[serde(rename = "password")]
    pub password: String,
    /// `desiredChallenge`
    #[serde(rename = "desiredChallenge", default, skip_serializing_if = "Option::is_none")]
    pub desired_challenge: Option<AuthChallengeType>,
}

impl std::fmt::Debug for LoginRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("LoginRequest");
        d.field("email", &self.email);
        d.field("password", &crate::REDACTED);
        d.field("desired_challenge", &self.desired_challenge);
        d.finish()
    }
}

impl LoginRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email: impl Into<String>, password: impl Into<String>) -> Self {
        LoginRequest {
            email: email.into(),
            password: password.into(),
            desired_challenge: None,
        }
    }

    /// Sets `desiredChallenge`.
    pub fn with_desired_challenge(mut self, value: AuthChallengeType) -> Self {
        self.desired_challenge = Some(value);
        self
    }
}
