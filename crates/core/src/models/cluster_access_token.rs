// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// New agent access token; the previous one is invalid from now on.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClusterAccessToken {
    /// `accessToken`
    #[serde(rename = "accessToken")]
    pub access_token: String,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(ClusterAccessToken {
    access_token: "accessToken" req,
});

impl std::fmt::Debug for ClusterAccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ClusterAccessToken");
        d.field("access_token", &crate::REDACTED);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl ClusterAccessToken {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(access_token: impl Into<String>) -> Self {
        ClusterAccessToken {
            access_token: access_token.into(),
            extra: serde_json::Map::new(),
        }
    }
}
