// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Single-use WebAuthn challenge, consumed by the next register/login call.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebAuthnChallenge {
    /// `challenge`
    #[serde(rename = "challenge")]
    pub challenge: String,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(WebAuthnChallenge {
    challenge: "challenge" req,
});

impl std::fmt::Debug for WebAuthnChallenge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("WebAuthnChallenge");
        d.field("challenge", &self.challenge);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl WebAuthnChallenge {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(challenge: impl Into<String>) -> Self {
        WebAuthnChallenge {
            challenge: challenge.into(),
            extra: serde_json::Map::new(),
        }
    }
}
