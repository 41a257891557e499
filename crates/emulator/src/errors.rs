//! Error bodies in the exact shapes the real gateway uses (see the catalogue, section 1.5).

use serde_json::{Value, json};

/// A finished HTTP answer produced by a handler: status, JSON body (or none) and extra headers.
#[derive(Debug, Clone)]
pub struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// Body; `None` means an empty body (204).
    pub body: Option<Body>,
    /// Extra response headers.
    pub headers: Vec<(String, String)>,
}

/// A response body.
#[derive(Debug, Clone)]
pub enum Body {
    /// A JSON document.
    Json(Value),
    /// Raw bytes with a content type.
    Bytes(&'static str, Vec<u8>),
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, body: Value) -> Reply {
        Reply { status, body: Some(Body::Json(body)), headers: Vec::new() }
    }
    /// 200 with a JSON body.
    pub fn ok(body: Value) -> Reply {
        Reply::json(200, body)
    }
    /// 201 with the created resource.
    pub fn created(body: Value) -> Reply {
        Reply::json(201, body)
    }
    /// 204 without a body.
    pub fn no_content() -> Reply {
        Reply { status: 204, body: None, headers: Vec::new() }
    }
    /// Adds a header.
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_string(), value.into()));
        self
    }
    /// `{status, message}`: the generic error shape.
    pub fn status_message(status: u16, message: &str) -> Reply {
        Reply::json(status, json!({"status": status, "message": message}))
    }
    /// 401 from the token middleware.
    pub fn unauthorized() -> Reply {
        Reply::status_message(401, "Unauthorized")
    }
    /// 401 from the role middleware when no identity is authenticated: `{code:401}`.
    pub fn unauthorized_role() -> Reply {
        Reply::json(401, json!({"code": 401, "message": "Unauthorized"}))
    }
    /// 403 from the ReBAC layer (no access to the resource instance): `{status:403}`.
    pub fn forbidden_instance() -> Reply {
        Reply::status_message(403, "Forbidden")
    }
    /// 403 from the role middleware (role lacks the permission): `{code:403}`.
    pub fn forbidden_role() -> Reply {
        Reply::json(403, json!({"code": 403, "message": "Forbidden"}))
    }
    /// 404 `{status:404,"message":"Not found"}`.
    pub fn not_found() -> Reply {
        Reply::status_message(404, "Not found")
    }
    /// 409 conflict with a message.
    pub fn conflict(message: &str) -> Reply {
        Reply::status_message(409, message)
    }
    /// 501 Not implemented (CloudEventError).
    pub fn not_implemented() -> Reply {
        Reply::status_message(501, "Not implemented")
    }
    /// The standard message for a status used by injected faults.
    pub fn standard(status: u16) -> Reply {
        let message = match status {
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not found",
            409 => "Conflict",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            501 => "Not implemented",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Error",
        };
        Reply::status_message(status, message)
    }
    /// Business-rule (CloudEventError) shape: `{status, message, params, path, expected}`.
    pub fn business(status: u16, message: &str, params: Value, path: &str, expected: &str) -> Reply {
        Reply::json(
            status,
            json!({"status": status, "message": message, "params": params, "path": path, "expected": expected}),
        )
    }
    /// AJV-shaped 400: `{status, instancePath, schemaPath, keyword, params, message}`.
    pub fn ajv(instance_path: &str, schema_path: &str, keyword: &str, params: Value, message: &str) -> Reply {
        Reply::json(
            400,
            json!({
                "status": 400,
                "instancePath": instance_path,
                "schemaPath": schema_path,
                "keyword": keyword,
                "params": params,
                "message": message,
            }),
        )
    }
    /// A 400 for a bad query parameter, in the AJV shape against the query string.
    pub fn bad_query(name: &str, message: &str) -> Reply {
        Reply::ajv(&format!("/{name}"), &format!("#/properties/{name}/type"), "type", json!({"param": name}), message)
    }
}

/// Shorthand result for handlers: the error side is a finished reply.
pub type HResult = Result<Reply, Reply>;
