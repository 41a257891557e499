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

impl CreateBillingProfileRequest {
    /// A builder that names each field (beside [`CreateBillingProfileRequest::new`], which takes them in order).
    pub fn builder() -> CreateBillingProfileRequestBuilder {
        CreateBillingProfileRequestBuilder::default()
    }
}

/// Builds a [`CreateBillingProfileRequest`] field by field; see [`CreateBillingProfileRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct CreateBillingProfileRequestBuilder {
    billing_profile_name: Option<String>,
    billing_profile_address: Option<BillingAddress>,
}

impl std::fmt::Debug for CreateBillingProfileRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateBillingProfileRequestBuilder");
        d.field("billing_profile_name", &self.billing_profile_name.is_some());
        d.field("billing_profile_address", &self.billing_profile_address.is_some());
        d.finish()
    }
}

impl CreateBillingProfileRequestBuilder {
    /// Sets `billingProfileName` (required).
    pub fn billing_profile_name(mut self, value: impl Into<String>) -> Self {
        self.billing_profile_name = Some(value.into());
        self
    }

    /// Sets `billingProfileAddress` (required).
    pub fn billing_profile_address(mut self, value: BillingAddress) -> Self {
        self.billing_profile_address = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<CreateBillingProfileRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.billing_profile_name.is_none() {
            missing.push("billingProfileName");
        }
        if self.billing_profile_address.is_none() {
            missing.push("billingProfileAddress");
        }
        let (Some(billing_profile_name), Some(billing_profile_address)) = (self.billing_profile_name, self.billing_profile_address) else {
            return Err(crate::Error::invalid_input(format!("CreateBillingProfileRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(CreateBillingProfileRequest {
            billing_profile_name,
            billing_profile_address,
        })
    }
}
