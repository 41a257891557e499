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

impl LoginRequest {
    /// A builder that names each field (beside [`LoginRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::LoginRequest::builder().email("...").password("...").build().unwrap();
    /// assert_eq!(v.email, "...");
    /// let missing = cloudpirates::models::LoginRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("email"));
    /// ```
    pub fn builder() -> LoginRequestBuilder {
        LoginRequestBuilder::default()
    }
}

/// Builds a [`LoginRequest`] field by field; see [`LoginRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct LoginRequestBuilder {
    email: Option<String>,
    password: Option<String>,
    desired_challenge: Option<AuthChallengeType>,
}

impl std::fmt::Debug for LoginRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("LoginRequestBuilder");
        d.field("email", &self.email.is_some());
        d.field("password", &self.password.is_some());
        d.field("desired_challenge", &self.desired_challenge.is_some());
        d.finish()
    }
}

impl LoginRequestBuilder {
    /// Sets `email` (required).
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `password` (required).
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `desiredChallenge` (optional).
    pub fn desired_challenge(mut self, value: AuthChallengeType) -> Self {
        self.desired_challenge = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<LoginRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.email.is_none() {
            missing.push("email");
        }
        if self.password.is_none() {
            missing.push("password");
        }
        let (Some(email), Some(password)) = (self.email, self.password) else {
            return Err(crate::Error::invalid_input(format!("LoginRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(LoginRequest {
            email,
            password,
            desired_challenge: self.desired_challenge,
        })
    }
}
