// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// Acknowledgement of an asynchronous command whose response body is undocumented. May be empty; any fields pass through.
pub type CommandResult = serde_json::Map<String, serde_json::Value>;
