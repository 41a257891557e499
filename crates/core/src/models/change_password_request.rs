// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Change the password (current field names; `currentPassword`/`newPassword` are superseded).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChangePasswordRequest {
    /// `existingPassword`
    #[serde(rename = "existingPassword")]
    pub existing_password: String,
    /// `password`
    #[serde(rename = "password")]
    pub password: String,
}

impl std::fmt::Debug for ChangePasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ChangePasswordRequest");
        d.field("existing_password", &crate::REDACTED);
        d.field("password", &crate::REDACTED);
        d.finish()
    }
}

impl ChangePasswordRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(existing_password: impl Into<String>, password: impl Into<String>) -> Self {
        ChangePasswordRequest {
            existing_password: existing_password.into(),
            password: password.into(),
        }
    }
}
