// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Assign the billing profile to an identity (AssignBillingProfileToIdentityCommandV1). `billingProfileId` repeats the path id and must equal it.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AssignIdentityRequest {
    /// `billingProfileId`
    #[serde(rename = "billingProfileId")]
    pub billing_profile_id: String,
    /// `identityId`
    #[serde(rename = "identityId")]
    pub identity_id: String,
}

impl std::fmt::Debug for AssignIdentityRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("AssignIdentityRequest");
        d.field("billing_profile_id", &self.billing_profile_id);
        d.field("identity_id", &self.identity_id);
        d.finish()
    }
}

impl AssignIdentityRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(billing_profile_id: impl Into<String>, identity_id: impl Into<String>) -> Self {
        AssignIdentityRequest {
            billing_profile_id: billing_profile_id.into(),
            identity_id: identity_id.into(),
        }
    }
}

impl AssignIdentityRequest {
    /// A builder that names each field (beside [`AssignIdentityRequest::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::AssignIdentityRequest::builder().billing_profile_id("...").identity_id("...").build().unwrap();
    /// assert_eq!(v.billing_profile_id, "...");
    /// let missing = cloudpirates::models::AssignIdentityRequest::builder().build().unwrap_err();
    /// assert!(missing.message().contains("billingProfileId"));
    /// ```
    pub fn builder() -> AssignIdentityRequestBuilder {
        AssignIdentityRequestBuilder::default()
    }
}

/// Builds a [`AssignIdentityRequest`] field by field; see [`AssignIdentityRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct AssignIdentityRequestBuilder {
    billing_profile_id: Option<String>,
    identity_id: Option<String>,
}

impl std::fmt::Debug for AssignIdentityRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("AssignIdentityRequestBuilder");
        d.field("billing_profile_id", &self.billing_profile_id.is_some());
        d.field("identity_id", &self.identity_id.is_some());
        d.finish()
    }
}

impl AssignIdentityRequestBuilder {
    /// Sets `billingProfileId` (required).
    pub fn billing_profile_id(mut self, value: impl Into<String>) -> Self {
        self.billing_profile_id = Some(value.into());
        self
    }

    /// Sets `identityId` (required).
    pub fn identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<AssignIdentityRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.billing_profile_id.is_none() {
            missing.push("billingProfileId");
        }
        if self.identity_id.is_none() {
            missing.push("identityId");
        }
        let (Some(billing_profile_id), Some(identity_id)) = (self.billing_profile_id, self.identity_id) else {
            return Err(crate::Error::invalid_input(format!("AssignIdentityRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(AssignIdentityRequest {
            billing_profile_id,
            identity_id,
        })
    }
}
