// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// A template version. DECISION (catalogue 5.22): field names undocumented, kept open.
pub type TemplateVersion = serde_json::Map<String, serde_json::Value>;
