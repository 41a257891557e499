// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Set the purchase order number printed on invoices.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetPurchaseOrderNumberRequest {
    /// e.g. PO-2024-002
    #[serde(rename = "purchaseOrderNumber")]
    pub purchase_order_number: String,
}

impl std::fmt::Debug for SetPurchaseOrderNumberRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("SetPurchaseOrderNumberRequest");
        d.field("purchase_order_number", &self.purchase_order_number);
        d.finish()
    }
}

impl SetPurchaseOrderNumberRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(purchase_order_number: impl Into<String>) -> Self {
        SetPurchaseOrderNumberRequest {
            purchase_order_number: purchase_order_number.into(),
        }
    }
}
