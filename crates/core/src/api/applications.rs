// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `applications` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

impl Client {
    /// Operations of `applications`.
    pub fn applications(&self) -> Applications {
        Applications { client: self.clone() }
    }
}

/// Operations of `applications`.
#[derive(Debug, Clone)]
pub struct Applications {
    client: Client,
}

impl Applications {
    /// Operations of `applications.templates`.
    pub fn templates(&self) -> ApplicationsTemplates {
        ApplicationsTemplates { client: self.client.clone() }
    }

    /// List applications
    ///
    /// `GET /v1/workspaces/{workspaceId}/applications` (operation `applications.list`). Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self, workspace_id: &str) -> Result<Page<models::Application>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned()], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::APPLICATIONS_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, workspace_id: &str, page: PageParams) -> Result<Page<models::Application>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![workspace_id.to_owned()], q, None)?;
        self.client.call_page(&OPERATIONS[idx::APPLICATIONS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, workspace_id: &str) -> BoxStream<'static, Result<models::Application>> {
        self.client.stream_all(&OPERATIONS[idx::APPLICATIONS_LIST], vec![workspace_id.to_owned()], Vec::new(), PageParams::default())
    }

    /// Deploy an application
    ///
    /// Broken in the backend: after validating workspace, template, version, cluster, preset, version range and values, the request always ends with 501.
    ///
    /// `POST /v1/workspaces/{workspaceId}/applications` (operation `applications.create`).
    pub async fn create(&self, workspace_id: &str, body: &models::CreateApplicationRequest) -> Result<models::Application> {
        let req = Client::request::<models::CreateApplicationRequest>(vec![workspace_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::APPLICATIONS_CREATE], req).await
    }

    /// Get an application
    ///
    /// `GET /v1/workspaces/{workspaceId}/applications/{applicationId}` (operation `applications.get`).
    pub async fn get(&self, workspace_id: &str, application_id: &str) -> Result<models::Application> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), application_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::APPLICATIONS_GET], req).await
    }

    /// Delete an application
    ///
    /// The only lifecycle command wired end to end.
    ///
    /// `DELETE /v1/workspaces/{workspaceId}/applications/{applicationId}` (operation `applications.delete`).
    pub async fn delete(&self, workspace_id: &str, application_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), application_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::APPLICATIONS_DELETE], req).await
    }

    /// Replace the Helm values
    ///
    /// Broken in the backend: no handler is registered, the request ends in 503/504 after a timeout.
    ///
    /// `PUT /v1/workspaces/{workspaceId}/applications/{applicationId}/values` (operation `applications.update_values`). The CloudPirates docs (catalogue 4.5.2, managed-application-platform audit note) say no backend handler is registered for this command, so the gateway answers 503/504 after its timeout. The SDK sends it once, never retries it, and reports that.
    pub async fn update_values(&self, workspace_id: &str, application_id: &str, body: &models::UpdateApplicationValuesRequest) -> Result<models::Application> {
        let req = Client::request::<models::UpdateApplicationValuesRequest>(vec![workspace_id.to_owned(), application_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::APPLICATIONS_UPDATE_VALUES], req).await
    }

    /// Update the application version
    ///
    /// Broken in the backend: no handler is registered, the request ends in 503/504 after a timeout.
    ///
    /// `POST /v1/workspaces/{workspaceId}/applications/{applicationId}/actions/update` (operation `applications.update_version`). The CloudPirates docs (catalogue 4.5.2, managed-application-platform audit note) say no backend handler is registered for this command, so the gateway answers 503/504 after its timeout. The SDK sends it once, never retries it, and reports that.
    pub async fn update_version(&self, workspace_id: &str, application_id: &str, body: &models::UpdateApplicationVersionRequest) -> Result<models::Application> {
        let req = Client::request::<models::UpdateApplicationVersionRequest>(vec![workspace_id.to_owned(), application_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::APPLICATIONS_UPDATE_VERSION], req).await
    }

    /// Get application logs
    ///
    /// Deployed-application logs from the application manager (not pod logs).
    ///
    /// `GET /v1/workspaces/{workspaceId}/applications/{applicationId}/logs` (operation `applications.logs`). Asks for the server's default page; [`Self::logs_page`] takes `limit`/`offset`.
    pub async fn logs(&self, workspace_id: &str, application_id: &str) -> Result<Page<models::ApplicationLogEntry>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), application_id.to_owned()], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::APPLICATIONS_LOGS], req).await
    }

    /// One page of [`Self::logs`]: `page` sets `limit` and `offset`.
    pub async fn logs_page(&self, workspace_id: &str, application_id: &str, page: PageParams) -> Result<Page<models::ApplicationLogEntry>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![workspace_id.to_owned(), application_id.to_owned()], q, None)?;
        self.client.call_page(&OPERATIONS[idx::APPLICATIONS_LOGS], req).await
    }

    /// Every item of [`Self::logs`], fetching pages lazily as the stream is polled.
    pub fn logs_all(&self, workspace_id: &str, application_id: &str) -> BoxStream<'static, Result<models::ApplicationLogEntry>> {
        self.client.stream_all(&OPERATIONS[idx::APPLICATIONS_LOGS], vec![workspace_id.to_owned(), application_id.to_owned()], Vec::new(), PageParams::default())
    }
}

/// Operations of `applications.templates`.
#[derive(Debug, Clone)]
pub struct ApplicationsTemplates {
    client: Client,
}

impl ApplicationsTemplates {
    /// List application templates
    ///
    /// Bare paginated array (the gateway's own spec wrongly describes an envelope).
    ///
    /// `GET /v1/applications/templates` (operation `applications.templates.list`).
    pub async fn list(&self, page: PageParams) -> Result<Page<models::ApplicationTemplate>> {
        let req = Client::request::<()>(vec![], { let mut q = Vec::new(); page.push_query(&mut q); q }, None)?;
        self.client.call_page(&OPERATIONS[idx::APPLICATIONS_TEMPLATES_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, page: PageParams) -> BoxStream<'static, Result<models::ApplicationTemplate>> {
        self.client.stream_all(&OPERATIONS[idx::APPLICATIONS_TEMPLATES_LIST], vec![], Vec::new(), page)
    }

    /// Get an application template
    ///
    /// Includes presets and versions.
    ///
    /// `GET /v1/applications/templates/{applicationTemplateId}` (operation `applications.templates.get`).
    pub async fn get(&self, application_template_id: &str) -> Result<models::ApplicationTemplate> {
        let req = Client::request::<()>(vec![application_template_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::APPLICATIONS_TEMPLATES_GET], req).await
    }
}
