// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Request a password reset e-mail.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RequestPasswordResetRequest {
    /// `email`
    #[serde(rename = "email")]
    pub email: String,
}

impl std::fmt::Debug for RequestPasswordResetRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RequestPasswordResetRequest");
        d.field("email", &self.email);
        d.finish()
    }
}

impl RequestPasswordResetRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email: impl Into<String>) -> Self {
        RequestPasswordResetRequest {
            email: email.into(),
        }
    }
}
