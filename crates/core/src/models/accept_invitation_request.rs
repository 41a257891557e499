// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Accept an invitation as the invitee. DECISION (catalogue 5.14, body undocumented): the body is `{invitationId}`, the id of the WorkspaceInvitation (as listed in the workspace's openMemberInvitations / sent in the invitation e-mail).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AcceptInvitationRequest {
    /// `invitationId`
    #[serde(rename = "invitationId")]
    pub invitation_id: String,
}

impl std::fmt::Debug for AcceptInvitationRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("AcceptInvitationRequest");
        d.field("invitation_id", &self.invitation_id);
        d.finish()
    }
}

impl AcceptInvitationRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(invitation_id: impl Into<String>) -> Self {
        AcceptInvitationRequest {
            invitation_id: invitation_id.into(),
        }
    }
}
