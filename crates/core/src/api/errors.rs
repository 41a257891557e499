// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! The SDK's error classes, from tools/codegen/errors.yaml (the same in every language).

/// One class of the SDK's error contract, as every language names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorClass {
    /// The class name (`NotFoundError`).
    pub name: &'static str,
    /// Its parent class, `None` for the root.
    pub parent: Option<&'static str>,
    /// The HTTP status it stands for, if one.
    pub status: Option<u16>,
    /// What it means.
    pub doc: &'static str,
}

/// One field of the record every error class carries (`Error::to_json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorField {
    /// The field name in the record.
    pub name: &'static str,
    /// `string`, `integer`, `boolean` or `json`.
    pub kind: &'static str,
    /// May be absent (`null`).
    pub optional: bool,
    /// What it holds.
    pub doc: &'static str,
}

/// Every error class, parents before children.
pub static ERROR_CLASSES: &[ErrorClass] = &[
    ErrorClass { name: "CloudPiratesError", parent: None, status: None, doc: "Base of every error the SDK raises." },
    ErrorClass { name: "APIError", parent: Some("CloudPiratesError"), status: None, doc: "The call failed at or on the way to the API (an error status, a broken connection, a timeout, an unknown outcome)." },
    ErrorClass { name: "BadRequestError", parent: Some("APIError"), status: Some(400), doc: "400: the request was rejected; see validation_errors and business_error." },
    ErrorClass { name: "AuthenticationError", parent: Some("APIError"), status: Some(401), doc: "401: the credentials are missing, wrong or expired." },
    ErrorClass { name: "PermissionDeniedError", parent: Some("APIError"), status: Some(403), doc: "403: the credentials do not allow this." },
    ErrorClass { name: "NotFoundError", parent: Some("APIError"), status: Some(404), doc: "404: no such resource (a lagging read model is ridden out first for the caller's own writes)." },
    ErrorClass { name: "ConflictError", parent: Some("APIError"), status: Some(409), doc: "409: the request conflicts with the current state." },
    ErrorClass { name: "UnprocessableEntityError", parent: Some("APIError"), status: Some(422), doc: "422: well-formed but semantically unprocessable." },
    ErrorClass { name: "RateLimitError", parent: Some("APIError"), status: Some(429), doc: "429 that the SDK could not wait out; see retry_after." },
    ErrorClass { name: "InternalServerError", parent: Some("APIError"), status: Some(500), doc: "5xx from the server." },
    ErrorClass { name: "NotImplementedError", parent: Some("InternalServerError"), status: Some(501), doc: "501: the API does not implement this (e.g. managed clusters, application creation)." },
    ErrorClass { name: "OutcomeUnknownError", parent: Some("APIError"), status: None, doc: "A write answered 503/504, or its connection broke after sending it; it may still be applied. It was not re-sent; re-read the state before trying again." },
    ErrorClass { name: "APIConnectionError", parent: Some("APIError"), status: None, doc: "The request could not be sent, or the connection broke." },
    ErrorClass { name: "APITimeoutError", parent: Some("APIConnectionError"), status: None, doc: "The call's deadline passed." },
    ErrorClass { name: "InvalidRequestError", parent: Some("CloudPiratesError"), status: None, doc: "The client refused the call before sending it (bad input, configuration, or a credential this operation does not accept)." },
    ErrorClass { name: "ResponseDecodeError", parent: Some("CloudPiratesError"), status: None, doc: "The response body could not be read as the expected model." },
];

/// The record every error class carries.
pub static ERROR_FIELDS: &[ErrorField] = &[
    ErrorField { name: "class_name", kind: "string", optional: false, doc: "The class of the error (one of the names above)." },
    ErrorField { name: "kind", kind: "string", optional: false, doc: "The core's error kind (Api, OutcomeUnknown, RateLimited, Connection, Timeout, Decode, InvalidInput, Auth, Config, ...)." },
    ErrorField { name: "status", kind: "integer", optional: true, doc: "HTTP status, when the server answered." },
    ErrorField { name: "message", kind: "string", optional: false, doc: "What went wrong; never holds a secret." },
    ErrorField { name: "body", kind: "string", optional: true, doc: "The server's error body (at most 8 KiB)." },
    ErrorField { name: "request_id", kind: "string", optional: true, doc: "The server's x-request-id." },
    ErrorField { name: "attempts", kind: "integer", optional: false, doc: "HTTP attempts made." },
    ErrorField { name: "waited_ms", kind: "integer", optional: false, doc: "Time slept between attempts, in ms." },
    ErrorField { name: "validation_errors", kind: "json", optional: false, doc: "AJV-style details of a 400 (a list)." },
    ErrorField { name: "business_error", kind: "json", optional: true, doc: "Business-rule details of a 400." },
    ErrorField { name: "retry_after_ms", kind: "integer", optional: true, doc: "The server's retry hint, in ms." },
    ErrorField { name: "may_have_executed", kind: "boolean", optional: false, doc: "True when a write may still be applied by the server." },
];
