// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Start SMS MFA setup (`phoneNumber` is superseded).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StartSmsChallengeRequest {
    /// E.164 style, e.g. +1234567890.
    #[serde(rename = "number")]
    pub number: String,
}

impl std::fmt::Debug for StartSmsChallengeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("StartSmsChallengeRequest");
        d.field("number", &self.number);
        d.finish()
    }
}

impl StartSmsChallengeRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(number: impl Into<String>) -> Self {
        StartSmsChallengeRequest {
            number: number.into(),
        }
    }
}
