//! The one error type of the SDK.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Result alias used across the SDK.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in broad classes each language maps to its own error types.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The server answered with an error status (4xx/5xx) that is not one of the kinds below.
    Api,
    /// A write may or may not have been applied (503/504, timeout or reset after sending a
    /// POST). It was not re-sent; re-read state, or use a waiter, before trying again.
    OutcomeUnknown,
    /// 429 that could not be waited out (no retries left, or the hint is beyond the cap or
    /// the deadline).
    RateLimited,
    /// The request could not be sent or the connection broke.
    Connection,
    /// The call's deadline passed.
    Timeout,
    /// The response body did not match the expected model.
    Decode,
    /// The caller's input was rejected before anything was sent.
    InvalidInput,
    /// The credentials do not allow this call (e.g. an API key on a Bearer-only route), or
    /// the session could not be refreshed.
    Auth,
    /// The client's configuration is invalid.
    Config,
}

/// One AJV-style validation error from a 400 response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct ValidationError {
    /// JSON pointer of the offending value (`""` for the root).
    pub instance_path: String,
    /// Pointer into the schema that failed.
    pub schema_path: String,
    /// The JSON-Schema keyword that failed (`required`, `additionalProperties`, `enum`, ...).
    pub keyword: String,
    /// Keyword-specific details (`missingProperty`, `additionalProperty`, `allowedValues`).
    pub params: Value,
    /// Human-readable message.
    pub message: String,
}

/// A business-rule 400 (CloudEventError shape): `params`, `path`, `expected`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BusinessError {
    /// Values involved.
    pub params: Value,
    /// The field the rule concerns.
    pub path: Option<String>,
    /// What the server expected.
    pub expected: Option<String>,
}

/// An error of the CloudPirates SDK. Cheap to move (boxed); never contains a secret.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    status: Option<u16>,
    message: String,
    body: Option<String>,
    request_id: Option<String>,
    attempts: u32,
    waited: Duration,
    validation: Vec<ValidationError>,
    business: Option<BusinessError>,
    retry_after: Option<Duration>,
    may_have_executed: bool,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

/// Most bytes of an error response body an [`Error`] keeps (and of the server's message);
/// the rest is cut, with a note of how much.
pub const MAX_ERROR_BODY: usize = 8 * 1024;

/// `text` cut to at most `max` bytes on a character boundary, with a note when cut.
fn bounded(mut text: String, max: usize) -> String {
    if text.len() <= max {
        return text;
    }
    let total = text.len();
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text.push_str(&format!("... [{} of {total} bytes kept]", end));
    text
}

impl Error {
    /// A new error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                status: None,
                message: message.into(),
                body: None,
                request_id: None,
                attempts: 0,
                waited: Duration::ZERO,
                validation: Vec::new(),
                business: None,
                retry_after: None,
                may_have_executed: false,
                source: None,
            }),
        }
    }

    /// Invalid input named by `what`.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidInput, message)
    }

    /// Builds the error for an HTTP error response, parsing the documented body shapes.
    pub fn from_response(status: u16, body: &[u8], request_id: Option<String>) -> Self {
        let text =
            bounded(String::from_utf8_lossy(&body[..body.len().min(MAX_ERROR_BODY * 4)]).into_owned(), MAX_ERROR_BODY);
        let parsed: Option<Value> = serde_json::from_slice(body).ok();
        let mut message = None;
        let mut validation = Vec::new();
        let mut business = None;
        match &parsed {
            Some(Value::Array(items)) => {
                for item in items {
                    if let Ok(v) = serde_json::from_value::<ValidationError>(item.clone()) {
                        validation.push(v);
                    }
                }
                message = validation.first().map(|v| v.message.clone());
            }
            Some(Value::Object(map)) => {
                message = map.get("message").and_then(Value::as_str).map(str::to_owned);
                if map.contains_key("keyword") || map.contains_key("instancePath") {
                    if let Ok(v) = serde_json::from_value::<ValidationError>(parsed.clone().unwrap()) {
                        validation.push(v);
                    }
                } else if map.contains_key("expected") || map.contains_key("path") || map.contains_key("params") {
                    business = serde_json::from_value::<BusinessError>(parsed.clone().unwrap()).ok();
                }
                if let Some(Value::Array(errs)) = map.get("errors") {
                    for item in errs {
                        if let Ok(v) = serde_json::from_value::<ValidationError>(item.clone()) {
                            validation.push(v);
                        }
                    }
                }
            }
            _ => {}
        }
        // The status in the body (`status` or `code`) is informative; the status line wins.
        let message = bounded(message.unwrap_or_else(|| reason_phrase(status).to_owned()), 1024);
        let mut err = Error::new(ErrorKind::Api, message);
        err.inner.status = Some(status);
        err.inner.body = if text.is_empty() { None } else { Some(text) };
        err.inner.request_id = request_id;
        err.inner.validation = validation;
        err.inner.business = business;
        err
    }

    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.inner.status = Some(status);
        self
    }

    /// Marks a failure after which the server may have applied the write (a POST answered
    /// 500/502, or a body past the size cap).
    pub(crate) fn with_may_have_executed(mut self, yes: bool) -> Self {
        self.inner.may_have_executed |= yes;
        self
    }

    pub(crate) fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.inner.kind = kind;
        self
    }

    pub(crate) fn with_message(mut self, message: impl Into<String>) -> Self {
        self.inner.message = message.into();
        self
    }

    pub(crate) fn with_retry_after(mut self, hint: Option<Duration>) -> Self {
        self.inner.retry_after = hint;
        self
    }

    pub(crate) fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.inner.source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_stats(mut self, attempts: u32, waited: Duration) -> Self {
        self.inner.attempts = attempts;
        self.inner.waited = waited;
        self
    }

    /// The broad class of the error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        self.inner.status
    }

    /// The server's message, or the SDK's description of the problem.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// The raw response body, when there was one.
    pub fn body(&self) -> Option<&str> {
        self.inner.body.as_deref()
    }

    /// The request id the server returned (`x-request-id`), if any.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// How many HTTP attempts the call made.
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// How long the SDK slept between attempts (backoff, Retry-After, consistency waits).
    pub fn waited(&self) -> Duration {
        self.inner.waited
    }

    /// Parsed AJV-style validation errors of a 400 (a single object or an array).
    pub fn validation_errors(&self) -> &[ValidationError] {
        &self.inner.validation
    }

    /// Parsed business-rule details of a 400.
    pub fn business_error(&self) -> Option<&BusinessError> {
        self.inner.business.as_ref()
    }

    /// The server's retry hint of a 429, if any.
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// True when a write may still be applied by the server (see [`ErrorKind::OutcomeUnknown`]).
    pub fn may_have_executed(&self) -> bool {
        self.inner.kind == ErrorKind::OutcomeUnknown || self.inner.may_have_executed
    }

    /// The name of the error class every language binding raises for this error
    /// (`BadRequestError`, `NotFoundError`, `OutcomeUnknownError`, ...), so the mapping is
    /// defined once, here. A 501 is `NotImplementedError`, a subclass of
    /// `InternalServerError` in every binding.
    pub fn class_name(&self) -> &'static str {
        match (self.inner.kind, self.inner.status) {
            (ErrorKind::OutcomeUnknown, _) => "OutcomeUnknownError",
            (ErrorKind::RateLimited, _) | (_, Some(429)) => "RateLimitError",
            (ErrorKind::Connection, _) => "APIConnectionError",
            (ErrorKind::Timeout, _) => "APITimeoutError",
            (ErrorKind::InvalidInput | ErrorKind::Config, _) | (ErrorKind::Auth, None) => "InvalidRequestError",
            (ErrorKind::Decode, _) => "ResponseDecodeError",
            (_, Some(400)) => "BadRequestError",
            (_, Some(401)) => "AuthenticationError",
            (_, Some(403)) => "PermissionDeniedError",
            (_, Some(404)) => "NotFoundError",
            (_, Some(409)) => "ConflictError",
            (_, Some(422)) => "UnprocessableEntityError",
            (_, Some(501)) => "NotImplementedError",
            (_, Some(s)) if s >= 500 => "InternalServerError",
            _ => "APIError",
        }
    }

    /// Every field of the error as JSON, for bindings that rebuild it in another language:
    /// `{class, kind, status, message, body, request_id, attempts, waited_ms,
    /// validation_errors, business_error, retry_after_ms, may_have_executed}`.
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "class": self.class_name(),
            "class_name": self.class_name(),
            "kind": format!("{:?}", self.inner.kind),
            "status": self.inner.status,
            "message": self.to_string(),
            "body": self.inner.body,
            "request_id": self.inner.request_id,
            "attempts": self.inner.attempts,
            "waited_ms": self.inner.waited.as_millis() as u64,
            "validation_errors": self.inner.validation,
            "business_error": self.inner.business,
            "retry_after_ms": self.inner.retry_after.map(|d| d.as_millis() as u64),
            "may_have_executed": self.may_have_executed(),
        })
    }

    /// True for a 404.
    pub fn is_not_found(&self) -> bool {
        self.inner.status == Some(404)
    }
}

/// The standard reason phrase of a status, used when the body has no message.
pub(crate) fn reason_phrase(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("Unknown status")
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Error");
        d.field("kind", &self.inner.kind)
            .field("status", &self.inner.status)
            .field("message", &self.inner.message)
            .field("attempts", &self.inner.attempts);
        if let Some(id) = &self.inner.request_id {
            d.field("request_id", id);
        }
        if !self.inner.validation.is_empty() {
            d.field("validation", &self.inner.validation);
        }
        if let Some(b) = &self.inner.business {
            d.field("business", b);
        }
        if let Some(r) = self.inner.retry_after {
            d.field("retry_after", &r);
        }
        d.finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.inner.status {
            Some(status) => write!(f, "{} ({status})", self.inner.message)?,
            None => f.write_str(&self.inner.message)?,
        }
        if let Some(v) = self.inner.validation.first() {
            let at = if v.instance_path.is_empty() { "/" } else { &v.instance_path };
            write!(f, " [{} at {at}: {}]", v.keyword, v.params)?;
        }
        if self.inner.attempts > 1 {
            write!(f, " after {} attempts", self.inner.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every class the core can name is in the generated table, with its parent before it, and
    /// the record has exactly the table's fields.
    #[test]
    fn the_error_contract_is_the_table() {
        use crate::api::errors::{ERROR_CLASSES, ERROR_FIELDS};
        let names: Vec<&str> = ERROR_CLASSES.iter().map(|c| c.name).collect();
        for (i, c) in ERROR_CLASSES.iter().enumerate() {
            if let Some(p) = c.parent {
                assert!(names[..i].contains(&p), "{} before its parent {p}", c.name);
            }
        }
        let kinds = [
            ErrorKind::Api,
            ErrorKind::OutcomeUnknown,
            ErrorKind::RateLimited,
            ErrorKind::Connection,
            ErrorKind::Timeout,
            ErrorKind::Decode,
            ErrorKind::InvalidInput,
            ErrorKind::Auth,
            ErrorKind::Config,
        ];
        for kind in kinds {
            for status in [
                None,
                Some(302),
                Some(400),
                Some(401),
                Some(403),
                Some(404),
                Some(409),
                Some(418),
                Some(422),
                Some(429),
                Some(500),
                Some(501),
                Some(503),
            ] {
                let mut e = Error::new(kind, "x");
                e.inner.status = status;
                assert!(names.contains(&e.class_name()), "{kind:?} {status:?} -> {}", e.class_name());
                let json = e.to_json();
                let keys: Vec<&str> =
                    json.as_object().unwrap().keys().map(String::as_str).filter(|k| *k != "class").collect();
                let mut want: Vec<&str> = ERROR_FIELDS.iter().map(|f| f.name).collect();
                let mut got = keys.clone();
                want.sort();
                got.sort();
                assert_eq!(got, want);
            }
        }
        let apis = |n: &str| {
            let mut c = Some(n);
            while let Some(x) = c {
                if x == "APIError" {
                    return true;
                }
                c = ERROR_CLASSES.iter().find(|k| k.name == x).and_then(|k| k.parent);
            }
            false
        };
        assert!(apis("APIConnectionError") && apis("APITimeoutError") && apis("NotImplementedError"));
    }

    #[test]
    fn parses_single_ajv_object() {
        let body = br##"{"status":400,"instancePath":"","schemaPath":"#/required","keyword":"required","params":{"missingProperty":"workspaceName"},"message":"must have required property 'workspaceName'"}"##;
        let e = Error::from_response(400, body, None);
        assert_eq!(e.status(), Some(400));
        assert_eq!(e.validation_errors().len(), 1);
        assert_eq!(e.validation_errors()[0].keyword, "required");
        assert_eq!(e.validation_errors()[0].params["missingProperty"], "workspaceName");
        assert!(e.to_string().contains("required"));
    }

    #[test]
    fn parses_array_of_ajv_objects() {
        let body = br#"[{"instancePath":"/a","keyword":"type","params":{},"message":"x"},{"instancePath":"/b","keyword":"enum","params":{"allowedValues":["A"]},"message":"y"}]"#;
        let e = Error::from_response(400, body, None);
        assert_eq!(e.validation_errors().len(), 2);
        assert_eq!(e.validation_errors()[1].instance_path, "/b");
    }

    #[test]
    fn parses_business_rule_error() {
        let body = br#"{"status":400,"message":"WorkspaceKey {workspaceKey} is invalid","params":{"workspaceKey":"invalid key!"},"path":"workspaceKey","expected":"valid workspaceKey"}"#;
        let e = Error::from_response(400, body, None);
        let b = e.business_error().expect("business");
        assert_eq!(b.path.as_deref(), Some("workspaceKey"));
        assert_eq!(b.expected.as_deref(), Some("valid workspaceKey"));
        assert!(e.validation_errors().is_empty());
    }

    #[test]
    fn reads_code_or_status_and_falls_back_to_status_line() {
        let e = Error::from_response(403, br#"{"code":403,"message":"Forbidden"}"#, None);
        assert_eq!(e.status(), Some(403));
        assert_eq!(e.message(), "Forbidden");
        let e = Error::from_response(502, b"<html>bad</html>", None);
        assert_eq!(e.status(), Some(502));
        assert_eq!(e.message(), "Bad Gateway");
        let e = Error::from_response(429, b"", None);
        assert_eq!(e.message(), "Too Many Requests");
        assert!(e.body().is_none());
    }
}
