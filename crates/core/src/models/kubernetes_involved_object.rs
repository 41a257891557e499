// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Object an event refers to.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct KubernetesInvolvedObject {
    /// `kind`
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `name`
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `uid`
    #[serde(rename = "uid", default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// `namespace`
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(KubernetesInvolvedObject {
    kind: "kind" opt,
    name: "name" opt,
    uid: "uid" opt,
    namespace: "namespace" opt,
});

impl std::fmt::Debug for KubernetesInvolvedObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("KubernetesInvolvedObject");
        d.field("kind", &self.kind);
        d.field("name", &self.name);
        d.field("uid", &self.uid);
        d.field("namespace", &self.namespace);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl KubernetesInvolvedObject {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        KubernetesInvolvedObject {
            kind: None,
            name: None,
            uid: None,
            namespace: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `kind`.
    pub fn with_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `uid`.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }

    /// Sets `namespace`.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
}

impl Default for KubernetesInvolvedObject {
    fn default() -> Self {
        Self::new()
    }
}
