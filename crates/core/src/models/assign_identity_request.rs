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
