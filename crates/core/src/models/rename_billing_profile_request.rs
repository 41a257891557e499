// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Rename a billing profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RenameBillingProfileRequest {
    /// `billingProfileName`
    #[serde(rename = "billingProfileName")]
    pub billing_profile_name: String,
}

impl RenameBillingProfileRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(billing_profile_name: impl Into<String>) -> Self {
        RenameBillingProfileRequest {
            billing_profile_name: billing_profile_name.into(),
        }
    }
}
