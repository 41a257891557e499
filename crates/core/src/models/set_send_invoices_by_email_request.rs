// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Switch invoice e-mail delivery on or off.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetSendInvoicesByEmailRequest {
    /// `sendInvoicesByEmail`
    #[serde(rename = "sendInvoicesByEmail")]
    pub send_invoices_by_email: bool,
}

impl std::fmt::Debug for SetSendInvoicesByEmailRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("SetSendInvoicesByEmailRequest");
        d.field("send_invoices_by_email", &self.send_invoices_by_email);
        d.finish()
    }
}

impl SetSendInvoicesByEmailRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(send_invoices_by_email: bool) -> Self {
        SetSendInvoicesByEmailRequest {
            send_invoices_by_email,
        }
    }
}
