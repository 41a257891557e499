//! The static description of an API operation, shared by the typed API and the bindings.

/// HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// GET, PUT and DELETE are idempotent in this API; POST is not.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

/// Which credential an operation accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthRequirement {
    /// No `Authorization` header (login, register, refresh, ...).
    None,
    /// Only an interactive Bearer token; API keys are refused by the server.
    Bearer,
    /// An API key or a Bearer token.
    Any,
    /// A signed, expiring URL carries the authorisation in its query (invoice PDF).
    SignedUrl,
}

/// Whether a list operation is paginated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// Not a paginated list.
    No,
    /// Paginated: `limit`/`offset` are sent, paging headers are read.
    Yes,
    /// Not known: no paging parameters are sent, headers are read when present.
    Unknown,
}

/// One operation of the API, as described in `openapi/cloudpirates.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The dotted operation id, e.g. `workspaces.members.update_role`.
    pub id: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template relative to the base URL, e.g. `/workspaces/{workspaceId}`.
    pub path: &'static str,
    /// Names of the path parameters, in template order.
    pub path_params: &'static [&'static str],
    /// Accepted credentials.
    pub auth: AuthRequirement,
    /// Paging behaviour.
    pub paging: Paging,
    /// For a create: the response field holding the new resource's id, which is also the
    /// last path parameter of its GET (so the SDK knows which path it just wrote).
    pub created_id_field: Option<&'static str>,
    /// True when a successful response carries session tokens the client should adopt.
    pub issues_tokens: bool,
}

/// What the description says of an operation beyond its route: how to complete a write's
/// response the server left short, and documented quirks (crate-private; generated).
#[derive(Debug)]
pub(crate) struct OperationNotes {
    /// For a write whose response is a model: the model's required fields with zero values
    /// (JSON text), used when the server sent less.
    pub skeleton: Option<&'static str>,
    /// The response model's field names: request and path values are copied only into these.
    pub response_fields: &'static [&'static str],
    /// `x-aliases`: other names a server may give a response field (`apiKey` of a created API
    /// key, whose name is a guess), tried in order when the field itself is missing.
    pub aliases: &'static [(&'static str, &'static [&'static str])],
    /// `x-never-answers`: the docs say no handler answers this operation.
    pub never_answers: Option<&'static str>,
    /// `x-lookup-key`: a unique request field by which a created resource can be found.
    pub lookup_key: Option<&'static str>,
    /// `x-read-back`: `field[key]`, the array of the parent resource's read that lists what
    /// this create made, and the field of each item that holds its id.
    pub read_back: Option<&'static str>,
}
