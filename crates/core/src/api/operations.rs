// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! The table of every operation of the API.

use crate::operation::{AuthRequirement, Method, Operation, OperationNotes, Paging};

/// Every operation, in the order of the OpenAPI description.
pub static OPERATIONS: &[Operation] = &[
    Operation { id: "auth.register", method: Method::Post, path: "/auth/register", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.login", method: Method::Post, path: "/auth/login", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: true },
    Operation { id: "auth.login_challenge", method: Method::Post, path: "/auth/login/challenge", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: true },
    Operation { id: "auth.request_password_reset", method: Method::Post, path: "/auth/request-reset-password", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.change_password", method: Method::Post, path: "/auth/change-password", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.refresh", method: Method::Post, path: "/auth/refresh", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: true },
    Operation { id: "auth.me", method: Method::Get, path: "/auth/me", path_params: &[], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.validate", method: Method::Get, path: "/auth/validate", path_params: &[], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.sessions.list", method: Method::Get, path: "/auth/sessions", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.sessions.logout", method: Method::Post, path: "/auth/sessions/{sessionId}/logout", path_params: &["sessionId"], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.challenges.list", method: Method::Get, path: "/auth/challenges", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.challenges.start_sms", method: Method::Post, path: "/auth/challenges/sms", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.challenges.activate_sms", method: Method::Post, path: "/auth/challenges/sms/activate", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.challenges.start_totp", method: Method::Post, path: "/auth/challenges/totp", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.challenges.activate_totp", method: Method::Post, path: "/auth/challenges/totp/activate", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.webauthn.challenge", method: Method::Post, path: "/auth/webauthn/challenge", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.webauthn.register", method: Method::Post, path: "/auth/webauthn/register", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.webauthn.login", method: Method::Post, path: "/auth/webauthn/login", path_params: &[], auth: AuthRequirement::None, paging: Paging::No, created_id_field: None, issues_tokens: true },
    Operation { id: "auth.webauthn.list", method: Method::Get, path: "/auth/webauthn", path_params: &[], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.webauthn.update_label", method: Method::Put, path: "/auth/webauthn/{webAuthnKeyId}/label", path_params: &["webAuthnKeyId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.webauthn.delete", method: Method::Delete, path: "/auth/webauthn/{webAuthnKeyId}", path_params: &["webAuthnKeyId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.api_keys.list", method: Method::Get, path: "/auth/api-keys", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "auth.api_keys.create", method: Method::Post, path: "/auth/api-keys", path_params: &[], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: Some("id"), issues_tokens: false },
    Operation { id: "auth.api_keys.delete", method: Method::Delete, path: "/auth/api-keys/{apiKeyId}", path_params: &["apiKeyId"], auth: AuthRequirement::Bearer, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.list", method: Method::Get, path: "/workspaces", path_params: &[], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.create", method: Method::Post, path: "/workspaces", path_params: &[], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: Some("workspaceId"), issues_tokens: false },
    Operation { id: "workspaces.get", method: Method::Get, path: "/workspaces/{workspaceId}", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.delete", method: Method::Delete, path: "/workspaces/{workspaceId}", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.rename", method: Method::Put, path: "/workspaces/{workspaceId}/name", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.members.list", method: Method::Get, path: "/workspaces/{workspaceId}/members", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.members.update_role", method: Method::Put, path: "/workspaces/{workspaceId}/members/{workspaceMemberId}/role", path_params: &["workspaceId", "workspaceMemberId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.members.remove", method: Method::Delete, path: "/workspaces/{workspaceId}/members/{workspaceMemberId}", path_params: &["workspaceId", "workspaceMemberId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.invitations.create", method: Method::Post, path: "/workspaces/{workspaceId}/invitations", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "workspaces.invitations.accept", method: Method::Post, path: "/workspaces/invitations/accept", path_params: &[], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.list", method: Method::Get, path: "/billing/billing-profiles", path_params: &[], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.create", method: Method::Post, path: "/billing/billing-profiles", path_params: &[], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: Some("billingProfileId"), issues_tokens: false },
    Operation { id: "billing.profiles.get", method: Method::Get, path: "/billing/billing-profiles/{billingProfileId}", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.delete", method: Method::Delete, path: "/billing/billing-profiles/{billingProfileId}", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.rename", method: Method::Put, path: "/billing/billing-profiles/{billingProfileId}/name", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.update_address", method: Method::Put, path: "/billing/billing-profiles/{billingProfileId}/address", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.set_purchase_order_number", method: Method::Put, path: "/billing/billing-profiles/{billingProfileId}/purchase-order-number", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.delete_purchase_order_number", method: Method::Delete, path: "/billing/billing-profiles/{billingProfileId}/purchase-order-number", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.add_email_address", method: Method::Post, path: "/billing/billing-profiles/{billingProfileId}/email-addresses", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.remove_email_address", method: Method::Delete, path: "/billing/billing-profiles/{billingProfileId}/email-addresses", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.set_send_invoices_by_email", method: Method::Put, path: "/billing/billing-profiles/{billingProfileId}/send-invoices-by-email", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.profiles.assign_identity", method: Method::Post, path: "/billing/billing-profiles/{billingProfileId}/identity", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.invoices.list", method: Method::Get, path: "/billing/billing-profiles/{billingProfileId}/invoices", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.invoices.get", method: Method::Get, path: "/billing/billing-profiles/{billingProfileId}/invoice/{invoiceId}", path_params: &["billingProfileId", "invoiceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.invoices.pdf_url", method: Method::Get, path: "/billing/billing-profiles/{billingProfileId}/invoices/{invoiceId}/pdf-url", path_params: &["billingProfileId", "invoiceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.invoices.download_pdf", method: Method::Get, path: "/billing/billing-profiles/{billingProfileId}/invoices/{invoiceId}/pdf/{fileName}", path_params: &["billingProfileId", "invoiceId", "fileName"], auth: AuthRequirement::SignedUrl, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "billing.transactions.list", method: Method::Get, path: "/billing/billing-profiles/{billingProfileId}/transactions", path_params: &["billingProfileId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "clusters.list", method: Method::Get, path: "/workspaces/{workspaceId}/clusters", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "clusters.create", method: Method::Post, path: "/workspaces/{workspaceId}/clusters", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: Some("clusterId"), issues_tokens: false },
    Operation { id: "clusters.get", method: Method::Get, path: "/workspaces/{workspaceId}/clusters/{clusterId}", path_params: &["workspaceId", "clusterId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "clusters.delete", method: Method::Delete, path: "/workspaces/{workspaceId}/clusters/{clusterId}", path_params: &["workspaceId", "clusterId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "clusters.rename", method: Method::Put, path: "/workspaces/{workspaceId}/clusters/{clusterId}/name", path_params: &["workspaceId", "clusterId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "clusters.rotate_access_token", method: Method::Post, path: "/workspaces/{workspaceId}/clusters/{clusterId}/actions/rotate-access-token", path_params: &["workspaceId", "clusterId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "observability.list_resources", method: Method::Get, path: "/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/{resourceType}", path_params: &["workspaceId", "clusterId", "resourceType"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "observability.get_resource", method: Method::Get, path: "/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/{resourceType}/{resourceName}", path_params: &["workspaceId", "clusterId", "resourceType", "resourceName"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "observability.list_namespaced_resources", method: Method::Get, path: "/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/namespaces/{namespace}/{resourceType}", path_params: &["workspaceId", "clusterId", "namespace", "resourceType"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "observability.get_namespaced_resource", method: Method::Get, path: "/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-proxy/namespaces/{namespace}/{resourceType}/{resourceName}", path_params: &["workspaceId", "clusterId", "namespace", "resourceType", "resourceName"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "observability.list_events", method: Method::Get, path: "/workspaces/{workspaceId}/observability/{clusterId}/kubernetes-events", path_params: &["workspaceId", "clusterId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.list", method: Method::Get, path: "/workspaces/{workspaceId}/applications", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.create", method: Method::Post, path: "/workspaces/{workspaceId}/applications", path_params: &["workspaceId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: Some("applicationId"), issues_tokens: false },
    Operation { id: "applications.get", method: Method::Get, path: "/workspaces/{workspaceId}/applications/{applicationId}", path_params: &["workspaceId", "applicationId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.delete", method: Method::Delete, path: "/workspaces/{workspaceId}/applications/{applicationId}", path_params: &["workspaceId", "applicationId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.update_values", method: Method::Put, path: "/workspaces/{workspaceId}/applications/{applicationId}/values", path_params: &["workspaceId", "applicationId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.update_version", method: Method::Post, path: "/workspaces/{workspaceId}/applications/{applicationId}/actions/update", path_params: &["workspaceId", "applicationId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.logs", method: Method::Get, path: "/workspaces/{workspaceId}/applications/{applicationId}/logs", path_params: &["workspaceId", "applicationId"], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.templates.list", method: Method::Get, path: "/applications/templates", path_params: &[], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
    Operation { id: "applications.templates.get", method: Method::Get, path: "/applications/templates/{applicationTemplateId}", path_params: &["applicationTemplateId"], auth: AuthRequirement::Any, paging: Paging::No, created_id_field: None, issues_tokens: false },
    Operation { id: "trainings.list", method: Method::Get, path: "/trainings", path_params: &[], auth: AuthRequirement::Any, paging: Paging::Yes, created_id_field: None, issues_tokens: false },
];

/// What the description says of each operation beyond its route, index for index with
/// [`OPERATIONS`].
pub(crate) static NOTES: &[OperationNotes] = &[
    OperationNotes { skeleton: Some("{}"), response_fields: &["identityId", "email", "firstName", "lastName"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["accessToken", "refreshToken", "auth", "challengeRequired", "verificationToken"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"accessToken\":\"\",\"refreshToken\":\"\",\"auth\":{\"jti\":\"\",\"exp\":0}}"), response_fields: &["accessToken", "refreshToken", "auth"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"accessToken\":\"\",\"refreshToken\":\"\",\"auth\":{\"jti\":\"\",\"exp\":0}}"), response_fields: &["accessToken", "refreshToken", "auth"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"verificationToken\":\"\"}"), response_fields: &["verificationToken"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"otpAuthUri\":\"\"}"), response_fields: &["otpAuthUri"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"challenge\":\"\"}"), response_fields: &["challenge"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["webAuthnKeyId", "label"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"accessToken\":\"\",\"refreshToken\":\"\",\"auth\":{\"jti\":\"\",\"exp\":0}}"), response_fields: &["accessToken", "refreshToken", "auth"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["webAuthnKeyId", "label"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["id", "label", "createdAt", "apiKey"], aliases: &[("apiKey", &["key", "secret", "apiKeySecret", "token", "plainKey", "value"])], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"workspaceId\":\"\",\"workspaceKey\":\"\",\"workspaceName\":\"\"}"), response_fields: &["workspaceId", "workspaceKey", "workspaceDomain", "workspaceName", "members", "openMemberInvitations"], aliases: &[], never_answers: None, lookup_key: Some("workspaceKey"), read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"workspaceId\":\"\",\"workspaceKey\":\"\",\"workspaceName\":\"\"}"), response_fields: &["workspaceId", "workspaceKey", "workspaceDomain", "workspaceName", "members", "openMemberInvitations"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["workspaceMemberId", "identityId", "role", "email"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["invitationId", "workspaceId", "email", "role", "message", "invitationExpireDate"], aliases: &[], never_answers: None, lookup_key: None, read_back: Some("openMemberInvitations[invitationId]") },
    OperationNotes { skeleton: Some("{}"), response_fields: &["workspaceMemberId", "identityId", "role", "email"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["billingProfileId", "billingProfileName", "billingProfileAddress", "purchaseOrderNumber", "emailAddresses", "sendInvoicesByEmail", "identityIds"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["clusterId", "workspaceId", "clusterName", "clusterType", "serverInfo", "accessToken"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["clusterId", "workspaceId", "clusterName", "clusterType", "serverInfo", "accessToken"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{\"accessToken\":\"\"}"), response_fields: &["accessToken"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["applicationId", "workspaceId", "name", "applicationTemplateId", "applicationTemplatePresetId", "clusterId", "appVersion", "applicationValues"], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["applicationId", "workspaceId", "name", "applicationTemplateId", "applicationTemplatePresetId", "clusterId", "appVersion", "applicationValues"], aliases: &[], never_answers: Some("The CloudPirates docs (catalogue 4.5.2, managed-application-platform audit note) say no backend handler is registered for this command, so the gateway answers 503/504 after its timeout. The SDK sends it once, never retries it, and reports that."), lookup_key: None, read_back: None },
    OperationNotes { skeleton: Some("{}"), response_fields: &["applicationId", "workspaceId", "name", "applicationTemplateId", "applicationTemplatePresetId", "clusterId", "appVersion", "applicationValues"], aliases: &[], never_answers: Some("The CloudPirates docs (catalogue 4.5.2, managed-application-platform audit note) say no backend handler is registered for this command, so the gateway answers 503/504 after its timeout. The SDK sends it once, never retries it, and reports that."), lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
    OperationNotes { skeleton: None, response_fields: &[], aliases: &[], never_answers: None, lookup_key: None, read_back: None },
];

/// Field names the description marks secret (`x-secret`).
pub(crate) static SECRET_FIELDS: &[&str] = &["accessToken", "apiKey", "challengeCode", "existingPassword", "otpAuthUri", "password", "refreshToken", "token", "url", "verificationToken"];

/// Index of each operation in [`OPERATIONS`].
#[allow(dead_code)]
pub(crate) mod idx {
    pub const AUTH_REGISTER: usize = 0;
    pub const AUTH_LOGIN: usize = 1;
    pub const AUTH_LOGIN_CHALLENGE: usize = 2;
    pub const AUTH_REQUEST_PASSWORD_RESET: usize = 3;
    pub const AUTH_CHANGE_PASSWORD: usize = 4;
    pub const AUTH_REFRESH: usize = 5;
    pub const AUTH_ME: usize = 6;
    pub const AUTH_VALIDATE: usize = 7;
    pub const AUTH_SESSIONS_LIST: usize = 8;
    pub const AUTH_SESSIONS_LOGOUT: usize = 9;
    pub const AUTH_CHALLENGES_LIST: usize = 10;
    pub const AUTH_CHALLENGES_START_SMS: usize = 11;
    pub const AUTH_CHALLENGES_ACTIVATE_SMS: usize = 12;
    pub const AUTH_CHALLENGES_START_TOTP: usize = 13;
    pub const AUTH_CHALLENGES_ACTIVATE_TOTP: usize = 14;
    pub const AUTH_WEBAUTHN_CHALLENGE: usize = 15;
    pub const AUTH_WEBAUTHN_REGISTER: usize = 16;
    pub const AUTH_WEBAUTHN_LOGIN: usize = 17;
    pub const AUTH_WEBAUTHN_LIST: usize = 18;
    pub const AUTH_WEBAUTHN_UPDATE_LABEL: usize = 19;
    pub const AUTH_WEBAUTHN_DELETE: usize = 20;
    pub const AUTH_API_KEYS_LIST: usize = 21;
    pub const AUTH_API_KEYS_CREATE: usize = 22;
    pub const AUTH_API_KEYS_DELETE: usize = 23;
    pub const WORKSPACES_LIST: usize = 24;
    pub const WORKSPACES_CREATE: usize = 25;
    pub const WORKSPACES_GET: usize = 26;
    pub const WORKSPACES_DELETE: usize = 27;
    pub const WORKSPACES_RENAME: usize = 28;
    pub const WORKSPACES_MEMBERS_LIST: usize = 29;
    pub const WORKSPACES_MEMBERS_UPDATE_ROLE: usize = 30;
    pub const WORKSPACES_MEMBERS_REMOVE: usize = 31;
    pub const WORKSPACES_INVITATIONS_CREATE: usize = 32;
    pub const WORKSPACES_INVITATIONS_ACCEPT: usize = 33;
    pub const BILLING_PROFILES_LIST: usize = 34;
    pub const BILLING_PROFILES_CREATE: usize = 35;
    pub const BILLING_PROFILES_GET: usize = 36;
    pub const BILLING_PROFILES_DELETE: usize = 37;
    pub const BILLING_PROFILES_RENAME: usize = 38;
    pub const BILLING_PROFILES_UPDATE_ADDRESS: usize = 39;
    pub const BILLING_PROFILES_SET_PURCHASE_ORDER_NUMBER: usize = 40;
    pub const BILLING_PROFILES_DELETE_PURCHASE_ORDER_NUMBER: usize = 41;
    pub const BILLING_PROFILES_ADD_EMAIL_ADDRESS: usize = 42;
    pub const BILLING_PROFILES_REMOVE_EMAIL_ADDRESS: usize = 43;
    pub const BILLING_PROFILES_SET_SEND_INVOICES_BY_EMAIL: usize = 44;
    pub const BILLING_PROFILES_ASSIGN_IDENTITY: usize = 45;
    pub const BILLING_INVOICES_LIST: usize = 46;
    pub const BILLING_INVOICES_GET: usize = 47;
    pub const BILLING_INVOICES_PDF_URL: usize = 48;
    pub const BILLING_INVOICES_DOWNLOAD_PDF: usize = 49;
    pub const BILLING_TRANSACTIONS_LIST: usize = 50;
    pub const CLUSTERS_LIST: usize = 51;
    pub const CLUSTERS_CREATE: usize = 52;
    pub const CLUSTERS_GET: usize = 53;
    pub const CLUSTERS_DELETE: usize = 54;
    pub const CLUSTERS_RENAME: usize = 55;
    pub const CLUSTERS_ROTATE_ACCESS_TOKEN: usize = 56;
    pub const OBSERVABILITY_LIST_RESOURCES: usize = 57;
    pub const OBSERVABILITY_GET_RESOURCE: usize = 58;
    pub const OBSERVABILITY_LIST_NAMESPACED_RESOURCES: usize = 59;
    pub const OBSERVABILITY_GET_NAMESPACED_RESOURCE: usize = 60;
    pub const OBSERVABILITY_LIST_EVENTS: usize = 61;
    pub const APPLICATIONS_LIST: usize = 62;
    pub const APPLICATIONS_CREATE: usize = 63;
    pub const APPLICATIONS_GET: usize = 64;
    pub const APPLICATIONS_DELETE: usize = 65;
    pub const APPLICATIONS_UPDATE_VALUES: usize = 66;
    pub const APPLICATIONS_UPDATE_VERSION: usize = 67;
    pub const APPLICATIONS_LOGS: usize = 68;
    pub const APPLICATIONS_TEMPLATES_LIST: usize = 69;
    pub const APPLICATIONS_TEMPLATES_GET: usize = 70;
    pub const TRAININGS_LIST: usize = 71;
}
