// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// MFA challenge type. Uppercase only; any other value is rejected with 400 (ChallengeTypeInvalidError).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AuthChallengeType {
    /// `SMS`
    #[serde(rename = "SMS")]
    Sms,
    /// `TOTP`
    #[serde(rename = "TOTP")]
    Totp,
    /// A value this version of the SDK does not know.
    #[serde(other)]
    Unknown,
}

impl AuthChallengeType {
    /// Every known value.
    pub const ALL: &'static [AuthChallengeType] = &[AuthChallengeType::Sms, AuthChallengeType::Totp];

    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            AuthChallengeType::Sms => "SMS",
            AuthChallengeType::Totp => "TOTP",
            AuthChallengeType::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for AuthChallengeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AuthChallengeType {
    type Err = crate::Error;

    /// Parses a wire value (exact, UPPERCASE).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "SMS" => Ok(AuthChallengeType::Sms),
            "TOTP" => Ok(AuthChallengeType::Totp),
            other => Err(crate::Error::invalid_input(format!("{other:?} is not a valid AuthChallengeType (expected one of: SMS, TOTP)"))),
        }
    }
}
