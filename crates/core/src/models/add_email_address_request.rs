// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Add an invoice e-mail address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddEmailAddressRequest {
    /// `emailAddress`
    #[serde(rename = "emailAddress")]
    pub email_address: String,
}

impl AddEmailAddressRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email_address: impl Into<String>) -> Self {
        AddEmailAddressRequest {
            email_address: email_address.into(),
        }
    }
}
