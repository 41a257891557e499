// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Decoded JWT payload of the new access token. Only `jti` and `exp` (Unix seconds) are documented; other claims pass through.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TokenAuthClaims {
    /// JWT id.
    #[serde(rename = "jti")]
    pub jti: String,
    /// Expiry of the access token, Unix seconds.
    #[serde(rename = "exp")]
    pub exp: i64,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(TokenAuthClaims {
    jti: "jti" req,
    exp: "exp" req,
});

impl std::fmt::Debug for TokenAuthClaims {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TokenAuthClaims");
        d.field("jti", &self.jti);
        d.field("exp", &self.exp);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl TokenAuthClaims {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(jti: impl Into<String>, exp: i64) -> Self {
        TokenAuthClaims {
            jti: jti.into(),
            exp,
            extra: serde_json::Map::new(),
        }
    }
}
