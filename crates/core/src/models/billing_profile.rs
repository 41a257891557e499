// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A personal billing profile (only the owning identity can read or change it).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingProfile {
    /// `billingProfileId`
    #[serde(rename = "billingProfileId", default, skip_serializing_if = "Option::is_none")]
    pub billing_profile_id: Option<String>,
    /// `billingProfileName`
    #[serde(rename = "billingProfileName", default, skip_serializing_if = "Option::is_none")]
    pub billing_profile_name: Option<String>,
    /// `billingProfileAddress`
    #[serde(rename = "billingProfileAddress", default, skip_serializing_if = "Option::is_none")]
    pub billing_profile_address: Option<BillingAddress>,
    /// `purchaseOrderNumber`
    #[serde(rename = "purchaseOrderNumber", default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_number: Option<String>,
    /// `emailAddresses`
    #[serde(rename = "emailAddresses", default, skip_serializing_if = "Option::is_none")]
    pub email_addresses: Option<Vec<String>>,
    /// `sendInvoicesByEmail`
    #[serde(rename = "sendInvoicesByEmail", default, skip_serializing_if = "Option::is_none")]
    pub send_invoices_by_email: Option<bool>,
    /// `identityIds`
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(BillingProfile {
    billing_profile_id: "billingProfileId" opt,
    billing_profile_name: "billingProfileName" opt,
    billing_profile_address: "billingProfileAddress" opt,
    purchase_order_number: "purchaseOrderNumber" opt,
    email_addresses: "emailAddresses" opt,
    send_invoices_by_email: "sendInvoicesByEmail" opt,
    identity_ids: "identityIds" opt,
});

impl std::fmt::Debug for BillingProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("BillingProfile");
        d.field("billing_profile_id", &self.billing_profile_id);
        d.field("billing_profile_name", &self.billing_profile_name);
        d.field("billing_profile_address", &self.billing_profile_address);
        d.field("purchase_order_number", &self.purchase_order_number);
        d.field("email_addresses", &self.email_addresses);
        d.field("send_invoices_by_email", &self.send_invoices_by_email);
        d.field("identity_ids", &self.identity_ids);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl BillingProfile {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        BillingProfile {
            billing_profile_id: None,
            billing_profile_name: None,
            billing_profile_address: None,
            purchase_order_number: None,
            email_addresses: None,
            send_invoices_by_email: None,
            identity_ids: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `billingProfileId`.
    pub fn with_billing_profile_id(mut self, value: impl Into<String>) -> Self {
        self.billing_profile_id = Some(value.into());
        self
    }

    /// Sets `billingProfileName`.
    pub fn with_billing_profile_name(mut self, value: impl Into<String>) -> Self {
        self.billing_profile_name = Some(value.into());
        self
    }

    /// Sets `billingProfileAddress`.
    pub fn with_billing_profile_address(mut self, value: BillingAddress) -> Self {
        self.billing_profile_address = Some(value);
        self
    }

    /// Sets `purchaseOrderNumber`.
    pub fn with_purchase_order_number(mut self, value: impl Into<String>) -> Self {
        self.purchase_order_number = Some(value.into());
        self
    }

    /// Sets `emailAddresses`.
    pub fn with_email_addresses(mut self, value: Vec<String>) -> Self {
        self.email_addresses = Some(value);
        self
    }

    /// Sets `sendInvoicesByEmail`.
    pub fn with_send_invoices_by_email(mut self, value: bool) -> Self {
        self.send_invoices_by_email = Some(value);
        self
    }

    /// Sets `identityIds`.
    pub fn with_identity_ids(mut self, value: Vec<String>) -> Self {
        self.identity_ids = Some(value);
        self
    }
}

impl Default for BillingProfile {
    fn default() -> Self {
        Self::new()
    }
}
