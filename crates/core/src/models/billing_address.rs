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

impl BillingAddress {
    /// A builder that names each field (beside [`BillingAddress::new`], which takes them in order).
    ///
    /// ```
    /// let v = cloudpirates::models::BillingAddress::builder().address_line1("...").postal_code("...").city("...").country_code("...").build().unwrap();
    /// assert_eq!(v.address_line1, "...");
    /// let missing = cloudpirates::models::BillingAddress::builder().build().unwrap_err();
    /// assert!(missing.message().contains("addressLine1"));
    /// ```
    pub fn builder() -> BillingAddressBuilder {
        BillingAddressBuilder::default()
    }
}

/// Builds a [`BillingAddress`] field by field; see [`BillingAddress::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct BillingAddressBuilder {
    address_line1: Option<String>,
    address_line2: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
    country_code: Option<String>,
}

impl std::fmt::Debug for BillingAddressBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("BillingAddressBuilder");
        d.field("address_line1", &self.address_line1.is_some());
        d.field("address_line2", &self.address_line2.is_some());
        d.field("postal_code", &self.postal_code.is_some());
        d.field("city", &self.city.is_some());
        d.field("country_code", &self.country_code.is_some());
        d.finish()
    }
}

impl BillingAddressBuilder {
    /// Sets `addressLine1` (required).
    pub fn address_line1(mut self, value: impl Into<String>) -> Self {
        self.address_line1 = Some(value.into());
        self
    }

    /// Sets `addressLine2` (optional).
    pub fn address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self
    }

    /// Sets `postalCode` (required).
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }

    /// Sets `city` (required).
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `countryCode` (required).
    pub fn country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<BillingAddress> {
        let mut missing: Vec<&str> = Vec::new();
        if self.address_line1.is_none() {
            missing.push("addressLine1");
        }
        if self.postal_code.is_none() {
            missing.push("postalCode");
        }
        if self.city.is_none() {
            missing.push("city");
        }
        if self.country_code.is_none() {
            missing.push("countryCode");
        }
        let (Some(address_line1), Some(postal_code), Some(city), Some(country_code)) = (self.address_line1, self.postal_code, self.city, self.country_code) else {
            return Err(crate::Error::invalid_input(format!("BillingAddress: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(BillingAddress {
            address_line1,
            postal_code,
            city,
            country_code,
            address_line2: self.address_line2,
        })
    }
}
