// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Add an invoice e-mail address.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddEmailAddressRequest {
    /// `emailAddress`
    #[serde(rename = "emailAddress")]
    pub email_address: String,
}

impl std::fmt::Debug for AddEmailAddressRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("AddEmailAddressRequest");
        d.field("email_address", &self.email_address);
        d.finish()
    }
}

impl AddEmailAddressRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email_address: impl Into<String>) -> Self {
        AddEmailAddressRequest {
            email_address: email_address.into(),
        }
    }
}
