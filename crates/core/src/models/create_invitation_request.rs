// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Invite someone by e-mail. `role` is required here (the portal pre-selects MEMBER). DECISION (catalogue 5.14): `invitationExpireDate` is sent as an ISO 8601 date-time; its format is not documented, so the emulator does not check it.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateInvitationRequest {
    /// `email`
    #[serde(rename = "email")]
    pub email: String,
    /// `role`
    #[serde(rename = "role")]
    pub role: WorkspaceMemberRole,
    /// Custom text for the invitation e-mail.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// When the invitation expires. The format is not documented (catalogue 5.14); ISO 8601 is what the SDK sends when given a date, and the emulator accepts any string.
    #[serde(rename = "invitationExpireDate", default, skip_serializing_if = "Option::is_none")]
    pub invitation_expire_date: Option<String>,
}

impl std::fmt::Debug for CreateInvitationRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateInvitationRequest");
        d.field("email", &self.email);
        d.field("role", &self.role);
        d.field("message", &self.message);
        d.field("invitation_expire_date", &self.invitation_expire_date);
        d.finish()
    }
}

impl CreateInvitationRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(email: impl Into<String>, role: WorkspaceMemberRole) -> Self {
        CreateInvitationRequest {
            email: email.into(),
            role,
            message: None,
            invitation_expire_date: None,
        }
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `invitationExpireDate`.
    pub fn with_invitation_expire_date(mut self, value: impl Into<String>) -> Self {
        self.invitation_expire_date = Some(value.into());
        self
    }
}
