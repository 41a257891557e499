// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

/// A configured MFA method (SMS or TOTP, see AuthChallengeType). JSON field names undocumented; all fields pass through.
pub type AuthChallenge = serde_json::Map<String, serde_json::Value>;
