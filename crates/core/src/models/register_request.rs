// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Account registration. The e-mail must be verified before the first login; passwords are checked against breach data.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RegisterRequest {
    /// `email`
    #[serde(rename = "email")]
    pub email: String,
    /// `password`
    #[serde(rename = "password")]
    pub password: String,
    /// `firstName`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// `lastName`
    #[serde(rename = "lastName")]
    pub last_name: String,
}

impl std::fmt::Debug for RegisterRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RegisterRequest");
        d.field("email", &self.email);
        d.field("password", &crate::REDACTED);
        d.field("first_name", &self.first_name);
        d.field("last_name", &self.last_name);
        d.finish()
    }
}

impl RegisterRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email: impl Into<String>, password: impl Into<String>, first_name: impl Into<String>, last_name: impl Into<String>) -> Self {
        RegisterRequest {
            email: email.into(),
            password: password.into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
        }
    }
}
