// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Token pair returned by login, login challenge, WebAuthn login and refresh. Both tokens rotate on every refresh; there is no `expiresIn`.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TokenResponse {
    /// Short-lived Bearer access token.
    #[serde(rename = "accessToken")]
    pub access_token: String,
    /// Long-lived refresh token for POST /v1/auth/refresh.
    #[serde(rename = "refreshToken")]
    pub refresh_token: String,
    /// `auth`
    #[serde(rename = "auth")]
    pub auth: TokenAuthClaims,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(TokenResponse {
    access_token: "accessToken" req,
    refresh_token: "refreshToken" req,
    auth: "auth" req,
});

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TokenResponse");
        d.field("access_token", &crate::REDACTED);
        d.field("refresh_token", &crate::REDACTED);
        d.field("auth", &self.auth);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl TokenResponse {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(access_token: impl Into<String>, refresh_token: impl Into<String>, auth: TokenAuthClaims) -> Self {
        TokenResponse {
            access_token: access_token.into(),
            refresh_token: refresh_token.into(),
            auth,
            extra: serde_json::Map::new(),
        }
    }
}

impl TokenResponse {
    /// A builder that names each field (beside [`TokenResponse::new`], which takes them in order).
    pub fn builder() -> TokenResponseBuilder {
        TokenResponseBuilder::default()
    }
}

/// Builds a [`TokenResponse`] field by field; see [`TokenResponse::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct TokenResponseBuilder {
    access_token: Option<String>,
    refresh_token: Option<String>,
    auth: Option<TokenAuthClaims>,
}

impl std::fmt::Debug for TokenResponseBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TokenResponseBuilder");
        d.field("access_token", &self.access_token.is_some());
        d.field("refresh_token", &self.refresh_token.is_some());
        d.field("auth", &self.auth.is_some());
        d.finish()
    }
}

impl TokenResponseBuilder {
    /// Sets `accessToken` (required).
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }

    /// Sets `refreshToken` (required).
    pub fn refresh_token(mut self, value: impl Into<String>) -> Self {
        self.refresh_token = Some(value.into());
        self
    }

    /// Sets `auth` (required).
    pub fn auth(mut self, value: TokenAuthClaims) -> Self {
        self.auth = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<TokenResponse> {
        let mut missing: Vec<&str> = Vec::new();
        if self.access_token.is_none() {
            missing.push("accessToken");
        }
        if self.refresh_token.is_none() {
            missing.push("refreshToken");
        }
        if self.auth.is_none() {
            missing.push("auth");
        }
        let (Some(access_token), Some(refresh_token), Some(auth)) = (self.access_token, self.refresh_token, self.auth) else {
            return Err(crate::Error::invalid_input(format!("TokenResponse: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(TokenResponse {
            access_token,
            refresh_token,
            auth,
            extra: serde_json::Map::new(),
        })
    }
}
