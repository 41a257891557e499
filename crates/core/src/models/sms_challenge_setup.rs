// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Result of starting SMS challenge setup; an SMS with a 6-digit code is sent.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SmsChallengeSetup {
    /// Send with the SMS code to auth.challenges.activate_sms.
    #[serde(rename = "verificationToken")]
    pub verification_token: String,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(SmsChallengeSetup {
    verification_token: "verificationToken" req,
});

impl std::fmt::Debug for SmsChallengeSetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("SmsChallengeSetup");
        d.field("verification_token", &crate::REDACTED);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl SmsChallengeSetup {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(verification_token: impl Into<String>) -> Self {
        SmsChallengeSetup {
            verification_token: verification_token.into(),
            extra: serde_json::Map::new(),
        }
    }
}
