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
