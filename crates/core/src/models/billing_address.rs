// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Billing address. Strict schema (also on the server): nothing but these fields is allowed.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingAddress {
    /// `addressLine1`
    #[serde(rename = "addressLine1")]
    pub address_line1: String,
    /// `addressLine2`
    #[serde(rename = "addressLine2", default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// `postalCode`
    #[serde(rename = "postalCode")]
    pub postal_code: String,
    /// `city`
    #[serde(rename = "city")]
    pub city: String,
    /// ISO 3166-1 alpha-2, e.g. DE.
    #[serde(rename = "countryCode")]
    pub country_code: String,
}

impl std::fmt::Debug for BillingAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("BillingAddress");
        d.field("address_line1", &self.address_line1);
        d.field("address_line2", &self.address_line2);
        d.field("postal_code", &self.postal_code);
        d.field("city", &self.city);
        d.field("country_code", &self.country_code);
        d.finish()
    }
}

impl BillingAddress {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(address_line1: impl Into<String>, postal_code: impl Into<String>, city: impl Into<String>, country_code: impl Into<String>) -> Self {
        BillingAddress {
            address_line1: address_line1.into(),
            postal_code: postal_code.into(),
            city: city.into(),
            country_code: country_code.into(),
            address_line2: None,
        }
    }

    /// Sets `addressLine2`.
    pub fn with_address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self
    }
}
