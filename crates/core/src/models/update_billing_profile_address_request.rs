// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Replace the billing address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateBillingProfileAddressRequest {
    /// `billingProfileAddress`
    #[serde(rename = "billingProfileAddress")]
    pub billing_profile_address: BillingAddress,
}

impl UpdateBillingProfileAddressRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(billing_profile_address: BillingAddress) -> Self {
        UpdateBillingProfileAddressRequest {
            billing_profile_address,
        }
    }
}
