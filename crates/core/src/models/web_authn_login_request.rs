// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// The raw WebAuthn AuthenticationResponseJSON from navigator.credentials.get(), passed through unchanged (no `credential` wrapper).
pub type WebAuthnLoginRequest = serde_json::Map<String, serde_json::Value>;
