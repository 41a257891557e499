// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Component that reported an event.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct KubernetesEventSource {
    /// `component`
    #[serde(rename = "component", default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// `host`
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(KubernetesEventSource {
    component: "component" opt,
    host: "host" opt,
});

impl std::fmt::Debug for KubernetesEventSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("KubernetesEventSource");
        d.field("component", &self.component);
        d.field("host", &self.host);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl KubernetesEventSource {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        KubernetesEventSource {
            component: None,
            host: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `component`.
    pub fn with_component(mut self, value: impl Into<String>) -> Self {
        self.component = Some(value.into());
        self
    }

    /// Sets `host`.
    pub fn with_host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(value.into());
        self
    }
}

impl Default for KubernetesEventSource {
    fn default() -> Self {
        Self::new()
    }
}
