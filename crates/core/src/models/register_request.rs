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

impl RegisterRequest {
    /// A builder that names each field (beside [`RegisterRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::RegisterRequest::builder().email("...").password("...").first_name("...").last_name("...").build().unwrap();
    /// assert_eq!(v.email, "...");
    /// let missing = cloudpirates::models::RegisterRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("email"));
    /// ```
    pub fn builder() -> RegisterRequestBuilder {
        RegisterRequestBuilder::default()
    }
}

/// Builds a [`RegisterRequest`] field by field; see [`RegisterRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct RegisterRequestBuilder {
    email: Option<String>,
    password: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
}

impl std::fmt::Debug for RegisterRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RegisterRequestBuilder");
        d.field("email", &self.email.is_some());
        d.field("password", &self.password.is_some());
        d.field("first_name", &self.first_name.is_some());
        d.field("last_name", &self.last_name.is_some());
        d.finish()
    }
}

impl RegisterRequestBuilder {
    /// Sets `email` (required).
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `password` (required).
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `firstName` (required).
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName` (required).
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<RegisterRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.email.is_none() {
            missing.push("email");
        }
        if self.password.is_none() {
            missing.push("password");
        }
        if self.first_name.is_none() {
            missing.push("firstName");
        }
        if self.last_name.is_none() {
            missing.push("lastName");
        }
        let (Some(email), Some(password), Some(first_name), Some(last_name)) = (self.email, self.password, self.first_name, self.last_name) else {
            return Err(crate::Error::invalid_input(format!("RegisterRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(RegisterRequest {
            email,
            password,
            first_name,
            last_name,
        })
    }
}
