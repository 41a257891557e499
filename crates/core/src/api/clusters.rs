// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `clusters` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

impl Client {
    /// Operations of `clusters`.
    pub fn clusters(&self) -> Clusters {
        Clusters { client: self.clone() }
    }
}

/// Operations of `clusters`.
#[derive(Debug, Clone)]
pub struct Clusters {
    client: Client,
}

impl Clusters {
    /// List clusters
    ///
    /// List items never contain the access token.
    ///
    /// `GET /v1/workspaces/{workspaceId}/clusters` (operation `clusters.list`). Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self, workspace_id: &str) -> Result<Page<models::ClusterSummary>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned()], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::CLUSTERS_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, workspace_id: &str, page: PageParams) -> Result<Page<models::ClusterSummary>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![workspace_id.to_owned()], q, None)?;
        self.client.call_page(&OPERATIONS[idx::CLUSTERS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, workspace_id: &str) -> BoxStream<'static, Result<models::ClusterSummary>> {
        self.client.stream_all(&OPERATIONS[idx::CLUSTERS_LIST], vec![workspace_id.to_owned()], Vec::new(), PageParams::default())
    }

    /// Register a cluster
    ///
    /// Returns the agent access token. Only EXTERNAL clusters can be created; MANAGED answers 501.
    ///
    /// `POST /v1/workspaces/{workspaceId}/clusters` (operation `clusters.create`).
    pub async fn create(&self, workspace_id: &str, body: &models::CreateClusterRequest) -> Result<models::Cluster> {
        let req = Client::request::<models::CreateClusterRequest>(vec![workspace_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::CLUSTERS_CREATE], req).await
    }

    /// Get a cluster
    ///
    /// Includes the agent access token.
    ///
    /// `GET /v1/workspaces/{workspaceId}/clusters/{clusterId}` (operation `clusters.get`).
    pub async fn get(&self, workspace_id: &str, cluster_id: &str) -> Result<models::Cluster> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::CLUSTERS_GET], req).await
    }

    /// Delete a cluster
    ///
    /// `DELETE /v1/workspaces/{workspaceId}/clusters/{clusterId}` (operation `clusters.delete`).
    pub async fn delete(&self, workspace_id: &str, cluster_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::CLUSTERS_DELETE], req).await
    }

    /// Rename a cluster
    ///
    /// `PUT /v1/workspaces/{workspaceId}/clusters/{clusterId}/name` (operation `clusters.rename`).
    pub async fn rename(&self, workspace_id: &str, cluster_id: &str, body: &models::RenameClusterRequest) -> Result<models::Cluster> {
        let req = Client::request::<models::RenameClusterRequest>(vec![workspace_id.to_owned(), cluster_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::CLUSTERS_RENAME], req).await
    }

    /// Rotate the agent access token
    ///
    /// The previous token is invalid afterwards; agents using it fail with Unauthorized.
    ///
    /// `POST /v1/workspaces/{workspaceId}/clusters/{clusterId}/actions/rotate-access-token` (operation `clusters.rotate_access_token`).
    pub async fn rotate_access_token(&self, workspace_id: &str, cluster_id: &str) -> Result<models::ClusterAccessToken> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), cluster_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::CLUSTERS_ROTATE_ACCESS_TOKEN], req).await
    }
}
