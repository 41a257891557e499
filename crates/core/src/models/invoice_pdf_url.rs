// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Signed, time-limited PDF download link (points at billing.invoices.download_pdf, with `expires` and `token`).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct InvoicePdfUrl {
    /// `url`
    #[serde(rename = "url")]
    pub url: String,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(InvoicePdfUrl {
    url: "url" req,
});

impl std::fmt::Debug for InvoicePdfUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("InvoicePdfUrl");
        d.field("url", &crate::REDACTED);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl InvoicePdfUrl {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(url: impl Into<String>) -> Self {
        InvoicePdfUrl {
            url: url.into(),
            extra: serde_json::Map::new(),
        }
    }
}
