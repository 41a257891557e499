// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// An invoice. JSON names are undocumented beyond `invoiceId`; the portal shows number, issue date, amount, status (Paid/Pending/Overdue), line items, billing address, payment information, due date, purchase order number.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Invoice {
    /// `invoiceId`
    #[serde(rename = "invoiceId", default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `billingProfileId`
    #[serde(rename = "billingProfileId", default, skip_serializing_if = "Option::is_none")]
    pub billing_profile_id: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(Invoice {
    invoice_id: "invoiceId" opt,
    billing_profile_id: "billingProfileId" opt,
});

impl std::fmt::Debug for Invoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Invoice");
        d.field("invoice_id", &self.invoice_id);
        d.field("billing_profile_id", &self.billing_profile_id);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl Invoice {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        Invoice {
            invoice_id: None,
            billing_profile_id: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `invoiceId`.
    pub fn with_invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }

    /// Sets `billingProfileId`.
    pub fn with_billing_profile_id(mut self, value: impl Into<String>) -> Self {
        self.billing_profile_id = Some(value.into());
        self
    }
}

impl Default for Invoice {
    fn default() -> Self {
        Self::new()
    }
}
