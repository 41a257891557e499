// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Change the password (current field names; `currentPassword`/`newPassword` are superseded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChangePasswordRequest {
    /// `existingPassword`
    #[serde(rename = "existingPassword")]
    pub existing_password: String,
    /// `password`
    #[serde(rename = "password")]
    pub password: String,
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
