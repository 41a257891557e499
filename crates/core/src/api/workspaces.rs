// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `workspaces` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

impl Client {
    /// Operations of `workspaces`.
    pub fn workspaces(&self) -> Workspaces {
        Workspaces { client: self.clone() }
    }
}

/// Operations of `workspaces`.
#[derive(Debug, Clone)]
pub struct Workspaces {
    client: Client,
}

impl Workspaces {
    /// Operations of `workspaces.members`.
    pub fn members(&self) -> WorkspacesMembers {
        WorkspacesMembers { client: self.client.clone() }
    }

    /// Operations of `workspaces.invitations`.
    pub fn invitations(&self) -> WorkspacesInvitations {
        WorkspacesInvitations { client: self.client.clone() }
    }

    /// List workspaces
    ///
    /// Workspaces the caller is a member of.
    ///
    /// `GET /v1/workspaces` (operation `workspaces.list`). Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self) -> Result<Page<models::WorkspaceSummary>> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::WORKSPACES_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, page: PageParams) -> Result<Page<models::WorkspaceSummary>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![], q, None)?;
        self.client.call_page(&OPERATIONS[idx::WORKSPACES_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self) -> BoxStream<'static, Result<models::WorkspaceSummary>> {
        self.client.stream_all(&OPERATIONS[idx::WORKSPACES_LIST], vec![], Vec::new(), PageParams::default())
    }

    /// Create a workspace
    ///
    /// The caller becomes OWNER. An invalid workspaceKey gives a BusinessRuleError 400.
    ///
    /// `POST /v1/workspaces` (operation `workspaces.create`).
    pub async fn create(&self, body: &models::CreateWorkspaceRequest) -> Result<models::Workspace> {
        let req = Client::request::<models::CreateWorkspaceRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::WORKSPACES_CREATE], req).await
    }

    /// Get a workspace
    ///
    /// Includes members and open invitations.
    ///
    /// `GET /v1/workspaces/{workspaceId}` (operation `workspaces.get`).
    pub async fn get(&self, workspace_id: &str) -> Result<models::Workspace> {
        let req = Client::request::<()>(vec![workspace_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::WORKSPACES_GET], req).await
    }

    /// Delete a workspace
    ///
    /// OWNER only; permanent.
    ///
    /// `DELETE /v1/workspaces/{workspaceId}` (operation `workspaces.delete`).
    pub async fn delete(&self, workspace_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![workspace_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::WORKSPACES_DELETE], req).await
    }

    /// Rename a workspace
    ///
    /// OWNER only.
    ///
    /// `PUT /v1/workspaces/{workspaceId}/name` (operation `workspaces.rename`).
    pub async fn rename(&self, workspace_id: &str, body: &models::RenameWorkspaceRequest) -> Result<models::Workspace> {
        let req = Client::request::<models::RenameWorkspaceRequest>(vec![workspace_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::WORKSPACES_RENAME], req).await
    }
}

/// Operations of `workspaces.members`.
#[derive(Debug, Clone)]
pub struct WorkspacesMembers {
    client: Client,
}

impl WorkspacesMembers {
    /// List workspace members
    ///
    /// `GET /v1/workspaces/{workspaceId}/members` (operation `workspaces.members.list`). Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self, workspace_id: &str) -> Result<Page<models::WorkspaceMember>> {
        let req = Client::request::<()>(vec![workspace_id.to_owned()], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::WORKSPACES_MEMBERS_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, workspace_id: &str, page: PageParams) -> Result<Page<models::WorkspaceMember>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![workspace_id.to_owned()], q, None)?;
        self.client.call_page(&OPERATIONS[idx::WORKSPACES_MEMBERS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, workspace_id: &str) -> BoxStream<'static, Result<models::WorkspaceMember>> {
        self.client.stream_all(&OPERATIONS[idx::WORKSPACES_MEMBERS_LIST], vec![workspace_id.to_owned()], Vec::new(), PageParams::default())
    }

    /// Change a member's role
    ///
    /// OWNER only. The path takes the workspaceMemberId (an identityId gives 404).
    ///
    /// `PUT /v1/workspaces/{workspaceId}/members/{workspaceMemberId}/role` (operation `workspaces.members.update_role`).
    pub async fn update_role(&self, workspace_id: &str, workspace_member_id: &str, body: &models::UpdateMemberRoleRequest) -> Result<models::WorkspaceMember> {
        let req = Client::request::<models::UpdateMemberRoleRequest>(vec![workspace_id.to_owned(), workspace_member_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::WORKSPACES_MEMBERS_UPDATE_ROLE], req).await
    }

    /// Remove a member
    ///
    /// OWNER only; access is lost immediately.
    ///
    /// `DELETE /v1/workspaces/{workspaceId}/members/{workspaceMemberId}` (operation `workspaces.members.remove`).
    pub async fn remove(&self, workspace_id: &str, workspace_member_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![workspace_id.to_owned(), workspace_member_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::WORKSPACES_MEMBERS_REMOVE], req).await
    }
}

/// Operations of `workspaces.invitations`.
#[derive(Debug, Clone)]
pub struct WorkspacesInvitations {
    client: Client,
}

impl WorkspacesInvitations {
    /// Invite a member
    ///
    /// OWNER only. The invitee gets an e-mail. An open invitation for the same e-mail or an existing member gives 409.
    ///
    /// `POST /v1/workspaces/{workspaceId}/invitations` (operation `workspaces.invitations.create`).
    pub async fn create(&self, workspace_id: &str, body: &models::CreateInvitationRequest) -> Result<models::WorkspaceInvitation> {
        let req = Client::request::<models::CreateInvitationRequest>(vec![workspace_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::WORKSPACES_INVITATIONS_CREATE], req).await
    }

    /// Accept an invitation
    ///
    /// Called by the invitee (Bearer). Creates the membership.
    ///
    /// `POST /v1/workspaces/invitations/accept` (operation `workspaces.invitations.accept`).
    pub async fn accept(&self, body: &models::AcceptInvitationRequest) -> Result<models::WorkspaceMember> {
        let req = Client::request::<models::AcceptInvitationRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::WORKSPACES_INVITATIONS_ACCEPT], req).await
    }
}
