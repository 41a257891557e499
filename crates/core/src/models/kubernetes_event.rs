// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A Kubernetes event collected by the agent.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct KubernetesEvent {
    /// `workspaceId`
    #[serde(rename = "workspaceId", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// `clusterId`
    #[serde(rename = "clusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// `resourceId`
    #[serde(rename = "resourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// `eventId`
    #[serde(rename = "eventId", default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// `firstTimestamp`
    #[serde(rename = "firstTimestamp", default, skip_serializing_if = "Option::is_none")]
    pub first_timestamp: Option<String>,
    /// `lastTimestamp`
    #[serde(rename = "lastTimestamp", default, skip_serializing_if = "Option::is_none")]
    pub last_timestamp: Option<String>,
    /// `count`
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// `message`
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// e.g. Started, FailedScheduling, CrashLoopBackOff, OOMKilled.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<KubernetesEventType>,
    /// `involvedObject`
    #[serde(rename = "involvedObject", default, skip_serializing_if = "Option::is_none")]
    pub involved_object: Option<KubernetesInvolvedObject>,
    /// `source`
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<KubernetesEventSource>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(KubernetesEvent {
    workspace_id: "workspaceId" opt,
    cluster_id: "clusterId" opt,
    resource_id: "resourceId" opt,
    event_id: "eventId" opt,
    first_timestamp: "firstTimestamp" opt,
    last_timestamp: "lastTimestamp" opt,
    count: "count" opt,
    message: "message" opt,
    reason: "reason" opt,
    r#type: "type" opt,
    involved_object: "involvedObject" opt,
    source: "source" opt,
});

impl std::fmt::Debug for KubernetesEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("KubernetesEvent");
        d.field("workspace_id", &self.workspace_id);
        d.field("cluster_id", &self.cluster_id);
        d.field("resource_id", &self.resource_id);
        d.field("event_id", &self.event_id);
        d.field("first_timestamp", &self.first_timestamp);
        d.field("last_timestamp", &self.last_timestamp);
        d.field("count", &self.count);
        d.field("message", &self.message);
        d.field("reason", &self.reason);
        d.field("r#type", &self.r#type);
        d.field("involved_object", &self.involved_object);
        d.field("source", &self.source);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl KubernetesEvent {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        KubernetesEvent {
            workspace_id: None,
            cluster_id: None,
            resource_id: None,
            event_id: None,
            first_timestamp: None,
            last_timestamp: None,
            count: None,
            message: None,
            reason: None,
            r#type: None,
            involved_object: None,
            source: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `workspaceId`.
    pub fn with_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `clusterId`.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }

    /// Sets `resourceId`.
    pub fn with_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }

    /// Sets `eventId`.
    pub fn with_event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `firstTimestamp`.
    pub fn with_first_timestamp(mut self, value: impl Into<String>) -> Self {
        self.first_timestamp = Some(value.into());
        self
    }

    /// Sets `lastTimestamp`.
    pub fn with_last_timestamp(mut self, value: impl Into<String>) -> Self {
        self.last_timestamp = Some(value.into());
        self
    }

    /// Sets `count`.
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `reason`.
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn with_type(mut self, value: KubernetesEventType) -> Self {
        self.r#type = Some(value);
        self
    }

    /// Sets `involvedObject`.
    pub fn with_involved_object(mut self, value: KubernetesInvolvedObject) -> Self {
        self.involved_object = Some(value);
        self
    }

    /// Sets `source`.
    pub fn with_source(mut self, value: KubernetesEventSource) -> Self {
        self.source = Some(value);
        self
    }
}

impl Default for KubernetesEvent {
    fn default() -> Self {
        Self::new()
    }
}
