// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Create a billing profile (company name / VAT id do not exist in the contract).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateBillingProfileRequest {
    /// `billingProfileName`
    #[serde(rename = "billingProfileName")]
    pub billing_profile_name: String,
    /// `billingProfileAddress`
    #[serde(rename = "billingProfileAddress")]
    pub billing_profile_address: BillingAddress,
}

impl std::fmt::Debug for CreateBillingProfileRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateBillingProfileRequest");
        d.field("billing_profile_name", &self.billing_profile_name);
        d.field("billing_profile_address", &self.billing_profile_address);
        d.finish()
    }
}

impl CreateBillingProfileRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(billing_profile_name: impl Into<String>, billing_profile_address: BillingAddress) -> Self {
        CreateBillingProfileRequest {
            billing_profile_name: billing_profile_name.into(),
            billing_profile_address,
        }
    }
}
