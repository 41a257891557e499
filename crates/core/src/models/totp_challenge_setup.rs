// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Result of starting TOTP setup.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TotpChallengeSetup {
    /// `otpauth://totp/...` URI, to be rendered as a QR code.
    #[serde(rename = "otpAuthUri")]
    pub otp_auth_uri: String,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(TotpChallengeSetup {
    otp_auth_uri: "otpAuthUri" req,
});

impl std::fmt::Debug for TotpChallengeSetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("TotpChallengeSetup");
        d.field("otp_auth_uri", &crate::REDACTED);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl TotpChallengeSetup {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(otp_auth_uri: impl Into<String>) -> Self {
        TotpChallengeSetup {
            otp_auth_uri: otp_auth_uri.into(),
            extra: serde_json::Map::new(),
        }
    }
}
