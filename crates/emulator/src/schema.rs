//! The OpenAPI document (embedded at build time) turned into an operation table with
//! pre-compiled request-body validators. Parsed once per process; nothing is parsed per request.

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use serde_json::{Value, json};

use crate::errors::Reply;

/// The embedded OpenAPI document: `openapi/cloudpirates.yaml`, copied into this crate by
/// tools/codegen (`copies.py`; `--check` fails when the copy is stale) so the crate packages.
pub const OPENAPI_YAML: &str = include_str!("../openapi/cloudpirates.yaml");

/// Who may call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthKind {
    /// No credentials needed.
    None,
    /// Bearer access token only (API keys get 403 `{code:403}`).
    Bearer,
    /// API key or Bearer token.
    Any,
    /// Signed URL (`expires` + `token` query parameters).
    SignedUrl,
}

/// One operation of the document.
#[derive(Debug)]
pub struct OpSpec {
    /// Dotted operation id (`workspaces.members.update_role`).
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template with `/v1`.
    pub path: String,
    /// Authentication rule.
    pub auth: AuthKind,
    /// `x-paginated` (true / false / "unknown").
    pub paginated: Value,
    /// Compiled validator of the JSON request body, when the operation has one.
    pub body: Option<BodyValidator>,
}

/// A compiled request-body validator.
pub struct BodyValidator {
    /// Component schema name.
    pub schema_name: String,
    validator: jsonschema::Validator,
}

impl std::fmt::Debug for BodyValidator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BodyValidator({})", self.schema_name)
    }
}

/// The parsed document.
#[derive(Debug)]
pub struct Spec {
    /// All operations in document order.
    pub operations: Vec<OpSpec>,
}

/// The process-wide parsed document.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::parse(OPENAPI_YAML).expect("embedded OpenAPI document must be valid"))
}

impl Spec {
    /// Parses an OpenAPI YAML text and compiles the body validators.
    pub fn parse(text: &str) -> Result<Spec, String> {
        let doc: Value = serde_yaml_ng::from_str(text).map_err(|e| format!("openapi yaml: {e}"))?;
        let components = doc.pointer("/components/schemas").cloned().unwrap_or(json!({}));
        let mut operations = Vec::new();
        let paths = doc.get("paths").and_then(Value::as_object).ok_or("no paths")?;
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for (method, op) in item {
                if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                    continue;
                }
                let id = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("{method} {path}: no operationId"))?;
                let auth = if op.get("x-signed-url").and_then(Value::as_bool) == Some(true) {
                    AuthKind::SignedUrl
                } else {
                    match op.get("security").and_then(Value::as_array) {
                        Some(list) if list.is_empty() => AuthKind::None,
                        Some(list) => {
                            let has = |n: &str| list.iter().any(|s| s.get(n).is_some());
                            if has("ApiKey") {
                                AuthKind::Any
                            } else if has("Bearer") {
                                AuthKind::Bearer
                            } else {
                                AuthKind::Any
                            }
                        }
                        None => AuthKind::Any,
                    }
                };
                let body =
                    match op.pointer("/requestBody/content/application~1json/schema/$ref").and_then(Value::as_str) {
                        Some(r) => {
                            let name = r.rsplit('/').next().unwrap_or_default().to_string();
                            let mut schema =
                                components.get(&name).cloned().ok_or_else(|| format!("{id}: missing schema {name}"))?;
                            if let Some(obj) = schema.as_object_mut() {
                                obj.insert("components".into(), json!({"schemas": components.clone()}));
                            }
                            let validator = jsonschema::options()
                                .with_draft(jsonschema::Draft::Draft202012)
                                // no format (date-time, email, ...) is documented: none is enforced
                                .should_validate_formats(false)
                                .build(&schema)
                                .map_err(|e| format!("{id}: schema {name}: {e}"))?;
                            Some(BodyValidator { schema_name: name, validator })
                        }
                        None => None,
                    };
                operations.push(OpSpec {
                    id: id.to_string(),
                    method: method.to_ascii_uppercase(),
                    path: path.clone(),
                    auth,
                    paginated: op.get("x-paginated").cloned().unwrap_or(Value::Bool(false)),
                    body,
                });
            }
        }
        Ok(Spec { operations })
    }
}

impl BodyValidator {
    /// Validates a body; the error is the single AJV-shaped 400 object of the most telling failure.
    pub fn check(&self, body: &Value) -> Result<(), Reply> {
        if self.validator.is_valid(body) {
            return Ok(());
        }
        let rank = |k: &ValidationErrorKind| match k {
            ValidationErrorKind::Type { .. } => 0,
            ValidationErrorKind::Required { .. } => 1,
            ValidationErrorKind::AdditionalProperties { .. } => 2,
            _ => 3,
        };
        let mut best: Option<(usize, Reply)> = None;
        for err in self.validator.iter_errors(body) {
            let r = rank(err.kind());
            if best.as_ref().is_some_and(|(b, _)| *b <= r) {
                continue;
            }
            let reply = ajv_reply(err.instance_path().as_str(), err.schema_path().as_str(), err.kind());
            best = Some((r, reply));
        }
        Err(best.map(|b| b.1).unwrap_or_else(|| Reply::ajv("", "#", "type", json!({}), "invalid body")))
    }
}

fn ajv_reply(instance_path: &str, schema_path: &str, kind: &ValidationErrorKind) -> Reply {
    let sp = format!("#{schema_path}");
    let (keyword, params, message) = match kind {
        ValidationErrorKind::Required { property } => {
            let p = property.as_str().unwrap_or_default().to_string();
            ("required", json!({"missingProperty": p}), format!("must have required property '{p}'"))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => (
            "additionalProperties",
            json!({"additionalProperty": unexpected.first().cloned().unwrap_or_default()}),
            "must NOT have additional properties".to_string(),
        ),
        ValidationErrorKind::Enum { options } => (
            "enum",
            json!({"allowedValues": options.as_ref()}),
            "must be equal to one of the allowed values".to_string(),
        ),
        ValidationErrorKind::Type { kind } => {
            let t = format!("{kind:?}").to_ascii_lowercase();
            let t = t.trim_start_matches("single(").trim_end_matches(')').to_string();
            ("type", json!({"type": t}), format!("must be {t}"))
        }
        ValidationErrorKind::MinLength { limit } => {
            ("minLength", json!({"limit": limit}), format!("must NOT have fewer than {limit} characters"))
        }
        ValidationErrorKind::MaxLength { limit } => {
            ("maxLength", json!({"limit": limit}), format!("must NOT have more than {limit} characters"))
        }
        ValidationErrorKind::Pattern { pattern } => {
            ("pattern", json!({"pattern": pattern}), format!("must match pattern \"{pattern}\""))
        }
        ValidationErrorKind::Format { format } => {
            ("format", json!({"format": format}), format!("must match format \"{format}\""))
        }
        other => (other.keyword(), json!({}), format!("must pass \"{}\" keyword validation", other.keyword())),
    };
    Reply::ajv(instance_path, &sp, keyword, params, &message)
}
