// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// Result of GET /v1/auth/validate (session validity). Shape undocumented; any fields pass through.
pub type SessionValidation = serde_json::Map<String, serde_json::Value>;
