// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Replace the billing address.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateBillingProfileAddressRequest {
    /// `billingProfileAddress`
    #[serde(rename = "billingProfileAddress")]
    pub billing_profile_address: BillingAddress,
}

impl std::fmt::Debug for UpdateBillingProfileAddressRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("UpdateBillingProfileAddressRequest");
        d.field("billing_profile_address", &self.billing_profile_address);
        d.finish()
    }
}

impl UpdateBillingProfileAddressRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(billing_profile_address: BillingAddress) -> Self {
        UpdateBillingProfileAddressRequest {
            billing_profile_address,
        }
    }
}
