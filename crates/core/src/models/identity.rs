// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// The authenticated identity (GET /v1/auth/me). Shape undocumented; registration captures email, firstName and lastName and the id is `identityId` elsewhere in the API.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Identity {
    /// `identityId`
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// `email`
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `firstName`
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// `lastName`
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(Identity {
    identity_id: "identityId" opt,
    email: "email" opt,
    first_name: "firstName" opt,
    last_name: "lastName" opt,
});

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Identity");
        d.field("identity_id", &self.identity_id);
        d.field("email", &self.email);
        d.field("first_name", &self.first_name);
        d.field("last_name", &self.last_name);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl Identity {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        Identity {
            identity_id: None,
            email: None,
            first_name: None,
            last_name: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `identityId`.
    pub fn with_identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `firstName`.
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName`.
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
}

impl Default for Identity {
    fn default() -> Self {
        Self::new()
    }
}
