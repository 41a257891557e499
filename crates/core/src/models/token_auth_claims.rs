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

impl TokenAuthClaims {
    /// A builder that names each field (beside [`TokenAuthClaims::new`], which takes them in order).
    pub fn builder() -> TokenAuthClaimsBuilder {
        TokenAuthClaimsBuilder::default()
    }
}

/// Builds a [`TokenAuthClaims`] field by field; see [`TokenAuthClaims::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct TokenAuthClaimsBuilder {
    jti: Option<String>,
    exp: Option<i64>,
}

impl std::fmt::Debug for TokenAuthClaimsBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TokenAuthClaimsBuilder");
        d.field("jti", &self.jti.is_some());
        d.field("exp", &self.exp.is_some());
        d.finish()
    }
}

impl TokenAuthClaimsBuilder {
    /// Sets `jti` (required).
    pub fn jti(mut self, value: impl Into<String>) -> Self {
        self.jti = Some(value.into());
        self
    }

    /// Sets `exp` (required).
    pub fn exp(mut self, value: i64) -> Self {
        self.exp = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<TokenAuthClaims> {
        let mut missing: Vec<&str> = Vec::new();
        if self.jti.is_none() {
            missing.push("jti");
        }
        if self.exp.is_none() {
            missing.push("exp");
        }
        let (Some(jti), Some(exp)) = (self.jti, self.exp) else {
            return Err(crate::Error::invalid_input(format!("TokenAuthClaims: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(TokenAuthClaims {
            jti,
            exp,
            extra: serde_json::Map::new(),
        })
    }
}
