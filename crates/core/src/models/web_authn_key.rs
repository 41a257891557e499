// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A registered WebAuthn key (passkey/device). Only the id and label are documented.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebAuthnKey {
    /// `webAuthnKeyId`
    #[serde(rename = "webAuthnKeyId", default, skip_serializing_if = "Option::is_none")]
    pub web_authn_key_id: Option<String>,
    /// Defaults to the ceremony's user.name; renameable.
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(WebAuthnKey {
    web_authn_key_id: "webAuthnKeyId" opt,
    label: "label" opt,
});

impl std::fmt::Debug for WebAuthnKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("WebAuthnKey");
        d.field("web_authn_key_id", &self.web_authn_key_id);
        d.field("label", &self.label);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl WebAuthnKey {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        WebAuthnKey {
            web_authn_key_id: None,
            label: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `webAuthnKeyId`.
    pub fn with_web_authn_key_id(mut self, value: impl Into<String>) -> Self {
        self.web_authn_key_id = Some(value.into());
        self
    }

    /// Sets `label`.
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
}

impl Default for WebAuthnKey {
    fn default() -> Self {
        Self::new()
    }
}
