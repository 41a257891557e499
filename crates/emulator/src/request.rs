//! The per-request context handed to operation handlers.

use std::sync::Arc;

use serde_json::Value;

use crate::config::RuntimeConfig;
use crate::errors::HResult;
use crate::schema::OpSpec;
use crate::state::State;

/// How the caller authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: ApiKey ...`
    ApiKey,
    /// `Authorization: Bearer ...`
    Bearer,
}

/// The authenticated caller.
#[derive(Debug, Clone)]
pub struct Principal {
    /// Identity id.
    pub identity_id: String,
    /// Scheme used.
    pub scheme: AuthScheme,
    /// Session of a Bearer token.
    pub session_id: Option<String>,
}

/// Everything a handler needs to know about the request.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The matched operation.
    pub op: &'static Operation,
    /// Path parameters (percent-decoded), in template order.
    pub params: Vec<String>,
    /// The request path without the query string, as sent.
    pub path: String,
    /// Query pairs: (raw key, raw value, decoded key, decoded value).
    pub query: Vec<(String, String, String, String)>,
    /// The JSON body (`Null` when empty).
    pub body: Value,
    /// The caller (set by authentication for operations that need it).
    pub principal: Option<Principal>,
    /// Raw `Authorization` header.
    pub authorization: Option<String>,
    /// `User-Agent` header.
    pub user_agent: String,
    /// Current emulator clock (ms).
    pub now: u64,
    /// Time the read models are at (`now - lag`).
    pub read_at: u64,
    /// Runtime configuration snapshot.
    pub cfg: Arc<RuntimeConfig>,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
}

impl Ctx {
    /// Decoded value of a query parameter.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|q| q.2 == name).map(|q| q.3.as_str())
    }
    /// Raw query pairs in request order.
    pub fn raw_query_pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.query.iter().map(|q| (q.0.as_str(), q.1.as_str()))
    }
    /// Path parameter `i`.
    pub fn param(&self, i: usize) -> &str {
        self.params.get(i).map(String::as_str).unwrap_or("")
    }
    /// The caller's identity id ("" when unauthenticated).
    pub fn who(&self) -> &str {
        self.principal.as_ref().map(|p| p.identity_id.as_str()).unwrap_or("")
    }
    /// `now - lag` is where reads look; writes keep history back to there.
    pub fn keep_after(&self) -> u64 {
        self.read_at
    }
    /// A string field of the body.
    pub fn body_str(&self, field: &str) -> Option<&str> {
        self.body.get(field).and_then(Value::as_str)
    }
}

/// Splits a query string into (raw, decoded) pairs.
pub fn parse_query(q: &str) -> Vec<(String, String, String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string(), decode(k), decode(v))
        })
        .collect()
}

/// Percent-decodes (and turns `+` into a space).
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A handler that only reads state.
pub type ReadFn = fn(&Ctx, &State) -> HResult;
/// A handler that changes state (a "write command").
pub type WriteFn = fn(&Ctx, &mut State) -> HResult;

/// How an operation is executed.
#[derive(Debug, Clone, Copy)]
pub enum Handler {
    /// Runs under the shared read lock.
    Read(ReadFn),
    /// Runs under the exclusive write lock; counted in `/_emulator/counters`.
    Write(WriteFn),
}

/// One segment of a path template.
#[derive(Debug, Clone)]
pub(crate) enum Seg {
    Lit(String),
    Param,
}

/// An operation with its handler.
#[derive(Debug)]
pub struct Operation {
    /// The operation as described by the OpenAPI document.
    pub spec: &'static OpSpec,
    /// The handler.
    pub handler: Handler,
    pub(crate) segs: Vec<Seg>,
    pub(crate) literals: usize,
}

impl Operation {
    /// The dotted operation id.
    pub fn id(&self) -> &str {
        &self.spec.id
    }
    /// True for POST/PUT/PATCH/DELETE.
    pub fn is_write(&self) -> bool {
        self.spec.method != "GET"
    }
}
