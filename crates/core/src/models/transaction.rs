// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// A billing transaction. JSON names undocumented; the portal shows date, amount, type (charge, payment, credit, refund), invoice reference, payment method, status.
pub type Transaction = serde_json::Map<String, serde_json::Value>;
