// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Response of POST /v1/auth/login. DECISION (catalogue 5.2, shape undocumented): the TokenResponse fields, all optional, plus `verificationToken`. Without MFA the tokens are present; with a configured MFA method no tokens are present and `verificationToken` must be sent with the code to POST /v1/auth/login/challenge. `challengeRequired` is set by the SDK from exactly that (a verificationToken and no access token), not taken from the server.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LoginResponse {
    /// Present when no MFA step is required.
    #[serde(rename = "accessToken", default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Present when no MFA step is required.
    #[serde(rename = "refreshToken", default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// `auth`
    #[serde(rename = "auth", default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<TokenAuthClaims>,
    /// True when the second factor must be completed via auth.login_challenge.
    #[serde(rename = "challengeRequired", default, skip_serializing_if = "Option::is_none")]
    pub challenge_required: Option<bool>,
    /// Token to pass to auth.login_challenge when challengeRequired is true.
    #[serde(rename = "verificationToken", default, skip_serializing_if = "Option::is_none")]
    pub verification_token: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(LoginResponse {
    access_token: "accessToken" opt,
    refresh_token: "refreshToken" opt,
    auth: "auth" opt,
    challenge_required: "challengeRequired" opt,
    verification_token: "verificationToken" opt,
});

impl std::fmt::Debug for LoginResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("LoginResponse");
        d.field("access_token", &self.access_token.as_ref().map(|_| crate::REDACTED));
        d.field("refresh_token", &self.refresh_token.as_ref().map(|_| crate::REDACTED));
        d.field("auth", &self.auth);
        d.field("challenge_required", &self.challenge_required);
        d.field("verification_token", &self.verification_token.as_ref().map(|_| crate::REDACTED));
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl LoginResponse {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        LoginResponse {
            access_token: None,
            refresh_token: None,
            auth: None,
            challenge_required: None,
            verification_token: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `accessToken`.
    pub fn with_access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }

    /// Sets `refreshToken`.
    pub fn with_refresh_token(mut self, value: impl Into<String>) -> Self {
        self.refresh_token = Some(value.into());
        self
    }

    /// Sets `auth`.
    pub fn with_auth(mut self, value: TokenAuthClaims) -> Self {
        self.auth = Some(value);
        self
    }

    /// Sets `challengeRequired`.
    pub fn with_challenge_required(mut self, value: bool) -> Self {
        self.challenge_required = Some(value);
        self
    }

    /// Sets `verificationToken`.
    pub fn with_verification_token(mut self, value: impl Into<String>) -> Self {
        self.verification_token = Some(value.into());
        self
    }
}

impl Default for LoginResponse {
    fn default() -> Self {
        Self::new()
    }
}
