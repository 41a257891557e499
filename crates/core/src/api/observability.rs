// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `observability` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

/// Query parameters of `observability.list_resources`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObservabilityListResourcesParams {
    /// Kubernetes label selector, equality (`app=nginx,env=prod`) or set based (`app in (a,b)`, `env notin (dev,test)`).
    pub label_selector: Option<String>,
}

impl ObservabilityListResourcesParams {
    fn to_query(&self) -> Vec<(String, String)> {
        let mut q = Vec::new();
        if let Some(v) = &self.label_selector {
            q.push(("labelSelector".to_owned(), v.clone()));
        }
        q
    }
}

/// Query parameters of `observability.list_namespaced_resources`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObservabilityListNamespacedResourcesParams {
    /// Kubernetes label selector, equality (`app=nginx,env=prod`) or set based (`app in (a,b)`, `env notin (dev,test)`).
    pub label_selector: Option<String>,
}

impl ObservabilityListNamespacedResourcesParams {
    fn to_query(&self) -> Vec<(String, String)> {
        let mut q = Vec::new();
        if let Some(v) = &self.label_selector {
            q.push(("labelSelector".to_owned(), v.clone()));
        }
        q
    }
}

impl Client {
    /// Operations of `observability`.
    pub fn observability(&self) -> Observability {
        Observability { client: self.clone() }
    }
}

/// Operations of `observability`.
#[derive(Debug, Clone)]
pub struct Observability {
    client: Client,
}

impl Observability {
    /// List cluster resources of a type
    ///
    /// Lists resources of one type across the cluster, optionally filtered by a label selector.
    ///
    /// `GET /v1/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/{resourceType}` (operation `observability.list_resources`). Asks for the server's default page; [`Self::list_resources_page`] takes `limit`/`offset`.
    pub async fn list_resources(&self, workspace_id: &str, cluster_id: &str, resource_type: &str, params: &ObservabilityListResourcesParams) -> Result<Page<models::KubernetesResource>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned(), resource_type.to_owned()], params.to_query(), None)?;
        self.client.call_page(&OPERATIONS[idx::OBSERVABILITY_LIST_RESOURCES], req).await
    }

    /// One page of [`Self::list_resources`]: `page` sets `limit` and `offset`.
    pub async fn list_resources_page(&self, workspace_id: &str, cluster_id: &str, resource_type: &str, params: &ObservabilityListResourcesParams, page: PageParams) -> Result<Page<models::KubernetesResource>> {
        let mut q = params.to_query();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned(), resource_type.to_owned()], q, None)?;
        self.client.call_page(&OPERATIONS[idx::OBSERVABILITY_LIST_RESOURCES], req).await
    }

    /// Every item of [`Self::list_resources`], fetching pages lazily as the stream is polled.
    pub fn list_resources_all(&self, workspace_id: &str, cluster_id: &str, resource_type: &str, params: &ObservabilityListResourcesParams) -> BoxStream<'static, Result<models::KubernetesResource>> {
        self.client.stream_all(&OPERATIONS[idx::OBSERVABILITY_LIST_RESOURCES], vec![workspace_id.to_owned(), cluster_id.to_owned(), resource_type.to_owned()], params.to_query(), PageParams::default())
    }

    /// Get a cluster resource
    ///
    /// Returns `{clusterId, workspaceId, resource}`; never includes events.
    ///
    /// `GET /v1/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/{resourceType}/{resourceName}` (operation `observability.get_resource`).
    pub async fn get_resource(&self, workspace_id: &str, cluster_id: &str, resource_type: &str, resource_name: &str) -> Result<models::KubernetesResourceEnvelope> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned(), resource_type.to_owned(), resource_name.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::OBSERVABILITY_GET_RESOURCE], req).await
    }

    /// List namespaced resources of a type
    ///
    /// Lists resources of one type in a namespace, optionally filtered by a label selector.
    ///
    /// `GET /v1/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/namespaces/{namespace}/{resourceType}` (operation `observability.list_namespaced_resources`). Asks for the server's default page; [`Self::list_namespaced_resources_page`] takes `limit`/`offset`.
    pub async fn list_namespaced_resources(&self, workspace_id: &str, cluster_id: &str, namespace: &str, resource_type: &str, params: &ObservabilityListNamespacedResourcesParams) -> Result<Page<models::KubernetesResource>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned(), namespace.to_owned(), resource_type.to_owned()], params.to_query(), None)?;
        self.client.call_page(&OPERATIONS[idx::OBSERVABILITY_LIST_NAMESPACED_RESOURCES], req).await
    }

    /// One page of [`Self::list_namespaced_resources`]: `page` sets `limit` and `offset`.
    pub async fn list_namespaced_resources_page(&self, workspace_id: &str, cluster_id: &str, namespace: &str, resource_type: &str, params: &ObservabilityListNamespacedResourcesParams, page: PageParams) -> Result<Page<models::KubernetesResource>> {
        let mut q = params.to_query();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned(), namespace.to_owned(), resource_type.to_owned()], q, None)?;
        self.client.call_page(&OPERATIONS[idx::OBSERVABILITY_LIST_NAMESPACED_RESOURCES], req).await
    }

    /// Every item of [`Self::list_namespaced_resources`], fetching pages lazily as the stream is polled.
    pub fn list_namespaced_resources_all(&self, workspace_id: &str, cluster_id: &str, namespace: &str, resource_type: &str, params: &ObservabilityListNamespacedResourcesParams) -> BoxStream<'static, Result<models::KubernetesResource>> {
        self.client.stream_all(&OPERATIONS[idx::OBSERVABILITY_LIST_NAMESPACED_RESOURCES], vec![workspace_id.to_owned(), cluster_id.to_owned(), namespace.to_owned(), resource_type.to_owned()], params.to_query(), PageParams::default())
    }

    /// Get a namespaced resource
    ///
    /// Returns `{clusterId, workspaceId, resource}`; never includes events.
    ///
    /// `GET /v1/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/namespaces/{namespace}/{resourceType}/{resourceName}` (operation `observability.get_namespaced_resource`).
    pub async fn get_namespaced_resource(&self, workspace_id: &str, cluster_id: &str, namespace: &str, resource_type: &str, resource_name: &str) -> Result<models::KubernetesResourceEnvelope> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned(), namespace.to_owned(), resource_type.to_owned(), resource_name.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::OBSERVABILITY_GET_NAMESPACED_RESOURCE], req).await
    }

    /// List Kubernetes events
    ///
    /// `GET /v1/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-events` (operation `observability.list_events`).
    pub async fn list_events(&self, workspace_id: &str, cluster_id: &str, page: PageParams) -> Result<Page<models::KubernetesEvent>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned()], { let mut q = Vec::new(); page.push_query(&mut q); q }, None)?;
        self.client.call_page(&OPERATIONS[idx::OBSERVABILITY_LIST_EVENTS], req).await
    }

    /// Every item of [`Self::list_events`], fetching pages lazily as the stream is polled.
    pub fn list_events_all(&self, workspace_id: &str, cluster_id: &str, page: PageParams) -> BoxStream<'static, Result<models::KubernetesEvent>> {
        self.client.stream_all(&OPERATIONS[idx::OBSERVABILITY_LIST_EVENTS], vec![workspace_id.to_owned(), cluster_id.to_owned()], Vec::new(), page)
    }
}
