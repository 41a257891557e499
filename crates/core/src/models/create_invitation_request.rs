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

impl CreateInvitationRequest {
    /// A builder that names each field (beside [`CreateInvitationRequest::new`], which takes them in order).
    pub fn builder() -> CreateInvitationRequestBuilder {
        CreateInvitationRequestBuilder::default()
    }
}

/// Builds a [`CreateInvitationRequest`] field by field; see [`CreateInvitationRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct CreateInvitationRequestBuilder {
    email: Option<String>,
    role: Option<WorkspaceMemberRole>,
    message: Option<String>,
    invitation_expire_date: Option<String>,
}

impl std::fmt::Debug for CreateInvitationRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateInvitationRequestBuilder");
        d.field("email", &self.email.is_some());
        d.field("role", &self.role.is_some());
        d.field("message", &self.message.is_some());
        d.field("invitation_expire_date", &self.invitation_expire_date.is_some());
        d.finish()
    }
}

impl CreateInvitationRequestBuilder {
    /// Sets `email` (required).
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `role` (required).
    pub fn role(mut self, value: WorkspaceMemberRole) -> Self {
        self.role = Some(value);
        self
    }

    /// Sets `message` (optional).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `invitationExpireDate` (optional).
    pub fn invitation_expire_date(mut self, value: impl Into<String>) -> Self {
        self.invitation_expire_date = Some(value.into());
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<CreateInvitationRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.email.is_none() {
            missing.push("email");
        }
        if self.role.is_none() {
            missing.push("role");
        }
        let (Some(email), Some(role)) = (self.email, self.role) else {
            return Err(crate::Error::invalid_input(format!("CreateInvitationRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(CreateInvitationRequest {
            email,
            role,
            message: self.message,
            invitation_expire_date: self.invitation_expire_date,
        })
    }
}
