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

impl ChangePasswordRequest {
    /// A builder that names each field (beside [`ChangePasswordRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::ChangePasswordRequest::builder().existing_password("...").password("...").build().unwrap();
    /// assert_eq!(v.existing_password, "...");
    /// let missing = cloudpirates::models::ChangePasswordRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("existingPassword"));
    /// ```
    pub fn builder() -> ChangePasswordRequestBuilder {
        ChangePasswordRequestBuilder::default()
    }
}

/// Builds a [`ChangePasswordRequest`] field by field; see [`ChangePasswordRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct ChangePasswordRequestBuilder {
    existing_password: Option<String>,
    password: Option<String>,
}

impl std::fmt::Debug for ChangePasswordRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ChangePasswordRequestBuilder");
        d.field("existing_password", &self.existing_password.is_some());
        d.field("password", &self.password.is_some());
        d.finish()
    }
}

impl ChangePasswordRequestBuilder {
    /// Sets `existingPassword` (required).
    pub fn existing_password(mut self, value: impl Into<String>) -> Self {
        self.existing_password = Some(value.into());
        self
    }

    /// Sets `password` (required).
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<ChangePasswordRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.existing_password.is_none() {
            missing.push("existingPassword");
        }
        if self.password.is_none() {
            missing.push("password");
        }
        let (Some(existing_password), Some(password)) = (self.existing_password, self.password) else {
            return Err(crate::Error::invalid_input(format!("ChangePasswordRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(ChangePasswordRequest {
            existing_password,
            password,
        })
    }
}
