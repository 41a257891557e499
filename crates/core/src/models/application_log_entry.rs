// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// One application log entry (application-manager). Shape undocumented; all fields pass through.
pub type ApplicationLogEntry = serde_json::Map<String, serde_json::Value>;
