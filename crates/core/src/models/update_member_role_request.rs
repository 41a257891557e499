// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Change a member's role.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateMemberRoleRequest {
    /// `role`
    #[serde(rename = "role")]
    pub role: WorkspaceMemberRole,
}

impl std::fmt::Debug for UpdateMemberRoleRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("UpdateMemberRoleRequest");
        d.field("role", &self.role);
        d.finish()
    }
}

impl UpdateMemberRoleRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(role: WorkspaceMemberRole) -> Self {
        UpdateMemberRoleRequest {
            role,
        }
    }
}
