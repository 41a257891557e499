// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Request a password reset e-mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RequestPasswordResetRequest {
    /// `email`
    #[serde(rename = "email")]
    pub email: String,
}

impl RequestPasswordResetRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email: impl Into<String>) -> Self {
        RequestPasswordResetRequest {
            email: email.into(),
        }
    }
}
