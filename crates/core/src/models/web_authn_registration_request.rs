// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// The raw WebAuthn RegistrationJSON from navigator.credentials.create(), passed through unchanged (no wrapper, no label; the label comes from the ceremony's user.name).
pub type WebAuthnRegistrationRequest = serde_json::Map<String, serde_json::Value>;
