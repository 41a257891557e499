// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Rename a billing profile.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RenameBillingProfileRequest {
    /// `billingProfileName`
    #[serde(rename = "billingProfileName")]
    pub billing_profile_name: String,
}

impl std::fmt::Debug for RenameBillingProfileRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RenameBillingProfileRequest");
        d.field("billing_profile_name", &self.billing_profile_name);
        d.finish()
    }
}

impl RenameBillingProfileRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(billing_profile_name: impl Into<String>) -> Self {
        RenameBillingProfileRequest {
            billing_profile_name: billing_profile_name.into(),
        }
    }
}
