// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A login session. Only `sessionId` is a documented field name. The portal shows device/browser name and version, operating system and version, city-level location (IP with last octet removed), first login time, a current-session flag and the expired state; their JSON names are undocumented and pass through as additional properties.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Session {
    /// `sessionId`
    #[serde(rename = "sessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(Session {
    session_id: "sessionId" opt,
});

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Session");
        d.field("session_id", &self.session_id);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl Session {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        Session {
            session_id: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `sessionId`.
    pub fn with_session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}
