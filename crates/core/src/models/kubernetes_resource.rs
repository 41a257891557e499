// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// A raw Kubernetes manifest (managedFields removed).
pub type KubernetesResource = serde_json::Map<String, serde_json::Value>;
