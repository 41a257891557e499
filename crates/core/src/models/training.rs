// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// A training. Shape undocumented; all fields pass through.
pub type Training = serde_json::Map<String, serde_json::Value>;
