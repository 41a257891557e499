//! The uniffi library of the CloudPirates SDK, used by the Kotlin and Swift bindings.
//!
//! Thin on purpose: one client object whose generic async [`FfiClient::execute`] sends any
//! operation of the API by its dotted id through the core's request loop (auth, retries,
//! read-your-writes, token refresh, pagination headers). The per-operation methods and the
//! models of each language are generated from `openapi/cloudpirates.yaml` by
//! `tools/codegen/{kotlin,swift}.py`, on top of this object; nothing here knows a model.
//!
//! Integers cross the boundary as signed types (`i32`/`i64`) so Kotlin sees `Int`/`Long`
//! rather than unsigned types; error variants carry `detail` (not `message`, which would
//! collide with `Throwable.message` in Kotlin).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use cloudpirates::waiters::{WaitFor, WaitOptions};
use cloudpirates::{Client, Consistency, Credentials, RawRequest, RequestOptions};

uniffi::setup_scaffolding!();

/// How to build a client. Exactly one of `api_key` or `access_token` may be set (or none,
/// for the public routes and logging in).
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct ClientConfig {
    /// `Authorization: ApiKey <key>`.
    #[uniffi(default = None)]
    pub api_key: Option<String>,
    /// `Authorization: Bearer <token>`.
    #[uniffi(default = None)]
    pub access_token: Option<String>,
    /// Refresh token used to renew `access_token`.
    #[uniffi(default = None)]
    pub refresh_token: Option<String>,
    /// Base URL including `/v1` (default `https://api.cloudpirates.io/v1`).
    #[uniffi(default = None)]
    pub base_url: Option<String>,
    /// Total deadline of one call, in milliseconds (default 60 000).
    #[uniffi(default = None)]
    pub timeout_ms: Option<i64>,
    /// Retries after the first attempt (default 4).
    #[uniffi(default = None)]
    pub max_retries: Option<i32>,
    /// `read_your_writes` (default), `strong` or `eventual`.
    #[uniffi(default = None)]
    pub consistency: Option<String>,
    /// Appended to the `User-Agent` (the wrappers name themselves here).
    #[uniffi(default = None)]
    pub user_agent_suffix: Option<String>,
}

/// Per-call overrides; `None` keeps the client's setting.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct CallOptions {
    /// Total deadline of this call, in milliseconds.
    #[uniffi(default = None)]
    pub timeout_ms: Option<i64>,
    /// Retries allowed for this call.
    #[uniffi(default = None)]
    pub max_retries: Option<i32>,
    /// `read_your_writes`, `strong` or `eventual`.
    #[uniffi(default = None)]
    pub consistency: Option<String>,
}

/// One query parameter.
#[derive(Debug, Clone, uniffi::Record)]
pub struct QueryParam {
    /// Name on the wire.
    pub name: String,
    /// Value, already formatted.
    pub value: String,
}

/// Page counters of a list response and the offset of the next page (decided by the core).
#[derive(Debug, Clone, Default, PartialEq, uniffi::Record)]
pub struct PageInfo {
    /// `x-Total`.
    pub total: Option<i64>,
    /// `x-Limit`.
    pub limit: Option<i64>,
    /// `x-Offset`.
    pub offset: Option<i64>,
    /// Offset of the next page; `None` on the last page.
    pub next_offset: Option<i64>,
    /// `Link` rel="first".
    pub link_first: Option<String>,
    /// `Link` rel="prev".
    pub link_prev: Option<String>,
    /// `Link` rel="next".
    pub link_next: Option<String>,
    /// `Link` rel="last".
    pub link_last: Option<String>,
}

/// A successful response.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RawResponse {
    /// HTTP status.
    pub status: i32,
    /// The body: JSON text, a PDF, or empty.
    pub body: Vec<u8>,
    /// Paging information of list operations.
    pub page: Option<PageInfo>,
    /// `x-request-id`, when the server sent one.
    pub request_id: Option<String>,
    /// HTTP attempts made.
    pub attempts: i32,
    /// Time slept between attempts, in milliseconds.
    pub waited_ms: i64,
}

/// One AJV-style validation error of a 400.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ValidationDetail {
    /// JSON pointer of the offending value (`""` for the root).
    pub instance_path: String,
    /// Pointer into the schema that failed.
    pub schema_path: String,
    /// The JSON-Schema keyword (`required`, `enum`, `additionalProperties`, ...).
    pub keyword: String,
    /// Keyword details as JSON text (`{"missingProperty":"name"}`).
    pub params_json: String,
    /// Human-readable message.
    pub message: String,
}

/// A business-rule 400: the field concerned and what the server expected.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct BusinessDetail {
    /// Values involved, as JSON text.
    pub params_json: String,
    /// The field the rule concerns.
    pub path: Option<String>,
    /// What the server expected.
    pub expected: Option<String>,
}

macro_rules! ffi_error {
    ($($variant:ident => $class:literal : $doc:literal),* $(,)?) => {
        /// The one error type of the library: one variant per error class of the SDK (the
        /// same classes in every language), each with the same fields. Never holds a secret.
        #[derive(Debug, thiserror::Error, uniffi::Error)]
        pub enum FfiError {
            $(
                #[doc = $doc]
                #[error("{detail}")]
                $variant {
                    /// HTTP status, when the server answered.
                    status: Option<i32>,
                    /// What went wrong (the server's message or the SDK's description).
                    detail: String,
                    /// The raw response body, when there was one.
                    body: Option<String>,
                    /// `x-request-id` of the failing response.
                    request_id: Option<String>,
                    /// HTTP attempts made.
                    attempts: i32,
                    /// Time slept between attempts, in milliseconds.
                    waited_ms: i64,
                    /// Parsed validation errors of a 400.
                    validation_errors: Vec<ValidationDetail>,
                    /// Parsed business-rule details of a 400.
                    business_error: Option<BusinessDetail>,
                    /// The server's retry hint of a 429, in milliseconds.
                    retry_after_ms: Option<i64>,
                    /// True when a write may still be applied by the server.
                    may_have_executed: bool,
                },
            )*
        }

        impl FfiError {
            /// The SDK's error class name (`BadRequestError`, ...), as in every language.
            pub fn class_name(&self) -> &'static str {
                match self { $(FfiError::$variant { .. } => $class,)* }
            }

            fn of_class(class: &str, f: Fields) -> FfiError {
                let Fields { status, detail, body, request_id, attempts, waited_ms, validation_errors, business_error, retry_after_ms, may_have_executed } = f;
                match class {
                    $($class => FfiError::$variant { status, detail, body, request_id, attempts, waited_ms, validation_errors, business_error, retry_after_ms, may_have_executed },)*
                    _ => FfiError::Api { status, detail, body, request_id, attempts, waited_ms, validation_errors, business_error, retry_after_ms, may_have_executed },
                }
            }
        }
    };
}

ffi_error! {
    BadRequest => "BadRequestError": "400: the request was rejected (see `validation_errors` / `business_error`).",
    Authentication => "AuthenticationError": "401: missing, invalid or expired credentials.",
    PermissionDenied => "PermissionDeniedError": "403: the credentials may not do this.",
    NotFound => "NotFoundError": "404: no such resource.",
    Conflict => "ConflictError": "409: the request conflicts with the current state.",
    UnprocessableEntity => "UnprocessableEntityError": "422: the request is well-formed but cannot be processed.",
    RateLimit => "RateLimitError": "429 that could not be waited out (see `retry_after_ms`).",
    InternalServer => "InternalServerError": "5xx from the server (other than 501).",
    NotImplemented => "NotImplementedError": "501: the server has no handler for this operation (a kind of `InternalServer`; the bindings make it a subclass).",
    OutcomeUnknown => "OutcomeUnknownError": "A write may or may not have been applied; it was not re-sent.",
    ApiConnection => "APIConnectionError": "The request could not be sent or the connection broke.",
    ApiTimeout => "APITimeoutError": "The call's deadline passed.",
    InvalidRequest => "InvalidRequestError": "The input or configuration was rejected before anything was sent.",
    ResponseDecode => "ResponseDecodeError": "The response could not be decoded.",
    Api => "APIError": "Any other error status.",
}

struct Fields {
    status: Option<i32>,
    detail: String,
    body: Option<String>,
    request_id: Option<String>,
    attempts: i32,
    waited_ms: i64,
    validation_errors: Vec<ValidationDetail>,
    business_error: Option<BusinessDetail>,
    retry_after_ms: Option<i64>,
    may_have_executed: bool,
}

impl From<cloudpirates::Error> for FfiError {
    fn from(e: cloudpirates::Error) -> Self {
        let fields = Fields {
            status: e.status().map(i32::from),
            detail: e.to_string(),
            body: e.body().map(str::to_owned),
            request_id: e.request_id().map(str::to_owned),
            attempts: clamp_i32(e.attempts()),
            waited_ms: millis(e.waited()),
            validation_errors: e
                .validation_errors()
                .iter()
                .map(|v| ValidationDetail {
                    instance_path: v.instance_path.clone(),
                    schema_path: v.schema_path.clone(),
                    keyword: v.keyword.clone(),
                    params_json: v.params.to_string(),
                    message: v.message.clone(),
                })
                .collect(),
            business_error: e.business_error().map(|b| BusinessDetail {
                params_json: b.params.to_string(),
                path: b.path.clone(),
                expected: b.expected.clone(),
            }),
            retry_after_ms: e.retry_after().map(millis),
            may_have_executed: e.may_have_executed(),
        };
        FfiError::of_class(e.class_name(), fields)
    }
}

fn invalid(detail: impl Into<String>) -> FfiError {
    FfiError::InvalidRequest {
        status: None,
        detail: detail.into(),
        body: None,
        request_id: None,
        attempts: 0,
        waited_ms: 0,
        validation_errors: Vec::new(),
        business_error: None,
        retry_after_ms: None,
        may_have_executed: false,
    }
}

/// A future that turns a panic while it is polled into the SDK's `APIError` (class `Api`,
/// `may_have_executed = true`: the call was abandoned and a write may have been sent), so a
/// bug in the core reaches Kotlin/Swift as an error of the SDK's family (as in Python and
/// Node) and never unwinds into uniffi or takes the process down. The runtime goes on.
struct CatchPanic<F>(F);

impl<F: Future<Output = Result<T, FfiError>>, T> Future for CatchPanic<F> {
    type Output = Result<T, FfiError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: structural pinning of the only field; `CatchPanic` never moves it.
        let fut = unsafe { self.map_unchecked_mut(|s| &mut s.0) };
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| fut.poll(cx))) {
            Ok(p) => p,
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic without a message".to_owned());
                Poll::Ready(Err(panicked(&msg)))
            }
        }
    }
}

fn panicked(msg: &str) -> FfiError {
    FfiError::Api {
        status: None,
        detail: format!(
            "internal error in the CloudPirates SDK (a Rust panic: {msg}); the call was abandoned and a write may have been sent. Please report it."
        ),
        body: None,
        request_id: None,
        attempts: 0,
        waited_ms: 0,
        validation_errors: Vec::new(),
        business_error: None,
        retry_after_ms: None,
        may_have_executed: true,
    }
}

/// Pending once, then ready: puts the next statement on a later poll of the future.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

fn clamp_i32(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn opt_i64(n: Option<u64>) -> Option<i64> {
    n.map(|v| i64::try_from(v).unwrap_or(i64::MAX))
}

fn duration_ms(what: &str, ms: i64) -> Result<Duration, FfiError> {
    if ms <= 0 {
        return Err(invalid(format!("{what} must be greater than zero (got {ms} ms)")));
    }
    Ok(Duration::from_millis(ms as u64))
}

fn retries(n: i32) -> Result<u32, FfiError> {
    u32::try_from(n).map_err(|_| invalid(format!("max_retries must not be negative (got {n})")))
}

fn consistency(s: &str) -> Result<Consistency, FfiError> {
    Consistency::parse(s)
        .ok_or_else(|| invalid(format!("unknown consistency {s:?}; use read_your_writes, strong or eventual")))
}

fn request_options(o: Option<CallOptions>) -> Result<RequestOptions, FfiError> {
    let Some(o) = o else { return Ok(RequestOptions::default()) };
    let mut out = RequestOptions::default();
    out.timeout = o.timeout_ms.map(|ms| duration_ms("timeout", ms)).transpose()?;
    out.max_retries = o.max_retries.map(retries).transpose()?;
    out.consistency = o.consistency.as_deref().map(consistency).transpose()?;
    Ok(out)
}

impl From<cloudpirates::RawResponse> for RawResponse {
    fn from(r: cloudpirates::RawResponse) -> Self {
        RawResponse {
            status: i32::from(r.status),
            body: r.body.to_vec(),
            page: r.page.map(|p| PageInfo {
                total: opt_i64(p.total),
                limit: opt_i64(p.limit),
                offset: opt_i64(p.offset),
                next_offset: opt_i64(p.next_offset),
                link_first: p.links.first,
                link_prev: p.links.prev,
                link_next: p.links.next,
                link_last: p.links.last,
            }),
            request_id: r.request_id,
            attempts: clamp_i32(r.attempts),
            waited_ms: millis(r.waited),
        }
    }
}

/// Counts the calls whose future is alive; the guard's drop is what a cancelled coroutine
/// or Swift task triggers (uniffi drops the Rust future), so tests can observe it.
struct InFlight(Arc<AtomicI64>);

impl InFlight {
    fn enter(counter: &Arc<AtomicI64>) -> Self {
        counter.fetch_add(1, Ordering::SeqCst);
        InFlight(counter.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The client object behind the Kotlin `CloudPiratesClient` and the Swift
/// `CloudPiratesClient`. Cheap to share between threads; all calls share one connection
/// pool, session and write ledger.
#[derive(uniffi::Object)]
pub struct FfiClient {
    client: Client,
    in_flight: Arc<AtomicI64>,
}

impl std::fmt::Debug for FfiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.client.fmt(f)
    }
}

impl FfiClient {
    fn request(
        &self,
        operation_id: &str,
        path: Vec<String>,
        query: Vec<QueryParam>,
        body_json: Option<String>,
        options: Option<CallOptions>,
    ) -> Result<(&'static cloudpirates::Operation, RawRequest), FfiError> {
        let op = cloudpirates::operation(operation_id)
            .ok_or_else(|| invalid(format!("unknown operation {operation_id:?}")))?;
        let req = RawRequest {
            path,
            query: query.into_iter().map(|q| (q.name, q.value)).collect(),
            body: body_json.map(String::into_bytes),
            options: request_options(options)?,
        };
        Ok((op, req))
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl FfiClient {
    /// Builds a client; no I/O happens until the first call.
    #[uniffi::constructor]
    pub fn new(config: ClientConfig) -> Result<Arc<Self>, FfiError> {
        let mut b = Client::builder();
        if let Some(key) = config.api_key {
            b = b.api_key(key);
        }
        if let Some(access) = config.access_token {
            b = b.bearer(access, config.refresh_token.map(Into::into));
        } else if config.refresh_token.is_some() {
            return Err(invalid("a refresh token needs an access token"));
        }
        if let Some(url) = config.base_url {
            b = b.base_url(url);
        }
        if let Some(ms) = config.timeout_ms {
            b = b.timeout(duration_ms("timeout", ms)?);
        }
        if let Some(n) = config.max_retries {
            b = b.max_retries(retries(n)?);
        }
        if let Some(c) = config.consistency.as_deref() {
            b = b.consistency(consistency(c)?);
        }
        if let Some(s) = config.user_agent_suffix {
            b = b.user_agent_suffix(s);
        }
        let client = b.build()?;
        Ok(Arc::new(FfiClient { client, in_flight: Arc::new(AtomicI64::new(0)) }))
    }

    /// Sends one operation, named by its dotted id (`workspaces.members.update_role`):
    /// path parameters in template order, query parameters, and the JSON body as text.
    /// Dropping the returned future (cancelling the coroutine or task) cancels the call.
    pub async fn execute(
        &self,
        operation_id: String,
        path: Vec<String>,
        query: Vec<QueryParam>,
        body_json: Option<String>,
        options: Option<CallOptions>,
    ) -> Result<RawResponse, FfiError> {
        CatchPanic(async {
            let _guard = InFlight::enter(&self.in_flight);
            let (op, req) = self.request(&operation_id, path, query, body_json, options)?;
            Ok(self.client.execute(op, req).await?.into())
        })
        .await
    }

    /// Polls a GET operation until the resource exists (`exists = true`, returns it) or is
    /// gone (`exists = false`, returns `None`), without the read-your-writes wait. For
    /// writes whose outcome is unknown, and for changes made by someone else.
    pub async fn wait_for(
        &self,
        operation_id: String,
        path: Vec<String>,
        query: Vec<QueryParam>,
        exists: bool,
        max_wait_ms: Option<i64>,
    ) -> Result<Option<RawResponse>, FfiError> {
        CatchPanic(async {
            let _guard = InFlight::enter(&self.in_flight);
            let (op, req) = self.request(&operation_id, path, query, None, None)?;
            let mut opts = WaitOptions::default();
            if let Some(ms) = max_wait_ms {
                opts.max_wait = duration_ms("max_wait", ms)?;
            }
            let what = if exists { WaitFor::Exists } else { WaitFor::Deleted };
            Ok(self.client.wait_for(op, req, what, opts).await?.map(Into::into))
        })
        .await
    }

    /// Replaces the credentials (of this client and every call in flight after this).
    pub fn set_credentials(
        &self,
        api_key: Option<String>,
        access_token: Option<String>,
        refresh_token: Option<String>,
    ) -> Result<(), FfiError> {
        let creds = match (api_key, access_token) {
            (Some(_), Some(_)) => return Err(invalid("set either an API key or a Bearer token, not both")),
            (Some(k), None) => Credentials::ApiKey(k.into()),
            (None, Some(a)) => Credentials::Bearer {
                access_token: a.into(),
                refresh_token: refresh_token.map(Into::into),
                expires_at: None,
            },
            (None, None) => Credentials::None,
        };
        Ok(self.client.set_credentials(creds)?)
    }

    /// `none`, `api_key` or `bearer` (never the secret itself).
    pub fn credentials_kind(&self) -> String {
        match self.client.credentials() {
            Credentials::None => "none",
            Credentials::ApiKey(_) => "api_key",
            Credentials::Bearer { .. } => "bearer",
            #[allow(unreachable_patterns)]
            _ => "other",
        }
        .to_owned()
    }

    /// The base URL in use.
    pub fn base_url(&self) -> String {
        self.client.config().base_url.as_str().to_owned()
    }

    /// Calls whose future is still alive (for tests of cancellation).
    pub fn in_flight_calls(&self) -> i64 {
        self.in_flight.load(Ordering::SeqCst)
    }
}

/// The dotted ids of every operation the library can send.
#[uniffi::export]
pub fn operation_ids() -> Vec<String> {
    cloudpirates::operations().iter().map(|op| op.id.to_owned()).collect()
}

/// The library's version.
#[uniffi::export]
pub fn sdk_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// **Test-only; never call it in an application.** Panics inside an async call, on the
/// runtime every [`FfiClient`] call uses, so the Kotlin and Swift tests can prove that a Rust
/// panic never takes the process down. `guarded = true` panics inside the same panic guard
/// `execute`/`wait_for` run in (the caller gets the SDK's `APIError`, `may_have_executed`);
/// `guarded = false` panics unguarded, where uniffi's own catch turns it into its internal
/// error (`InternalException` in Kotlin), which the wrappers map to the same `APIError`.
/// Hidden from the docs; the wrappers expose it only internally.
#[doc(hidden)]
#[uniffi::export(async_runtime = "tokio")]
pub async fn panic_for_tests(guarded: bool) -> Result<(), FfiError> {
    let boom = async {
        YieldOnce(false).await; // panic on a later poll, not when the future is first polled
        if std::hint::black_box(true) {
            panic!("panic_for_tests: a deliberate panic");
        }
        Ok::<(), FfiError>(())
    };
    if guarded { CatchPanic(boom).await } else { boom.await }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_maps_to_its_variant() {
        let e: FfiError = cloudpirates::Error::from_response(404, br#"{"message":"nope"}"#, Some("rid".into())).into();
        assert_eq!(e.class_name(), "NotFoundError");
        match e {
            FfiError::NotFound { status, detail, request_id, .. } => {
                assert_eq!(status, Some(404));
                assert!(detail.contains("nope"));
                assert_eq!(request_id.as_deref(), Some("rid"));
            }
            other => panic!("{other:?}"),
        }
        let e: FfiError = cloudpirates::Error::from_response(400, br##"{"instancePath":"","schemaPath":"#/required","keyword":"required","params":{"missingProperty":"x"},"message":"m"}"##, None).into();
        match e {
            FfiError::BadRequest { validation_errors, .. } => {
                assert_eq!(validation_errors[0].params_json, r#"{"missingProperty":"x"}"#)
            }
            other => panic!("{other:?}"),
        }
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let mut cx = Context::from_waker(std::task::Waker::noop());
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    #[test]
    fn a_panic_in_a_call_is_an_api_error() {
        let e = block_on(panic_for_tests(true)).unwrap_err();
        assert_eq!(e.class_name(), "APIError");
        match e {
            FfiError::Api { status, detail, may_have_executed, .. } => {
                assert_eq!(status, None);
                assert!(detail.contains("a deliberate panic"), "{detail}");
                assert!(may_have_executed);
            }
            other => panic!("{other:?}"),
        }
        // Unguarded, the panic unwinds out of the future (uniffi's own catch takes it).
        let unguarded = std::panic::catch_unwind(|| block_on(panic_for_tests(false)));
        assert!(unguarded.is_err());
    }

    #[test]
    fn a_501_is_not_implemented() {
        let e: FfiError = cloudpirates::Error::from_response(501, br#"{"message":"no handler"}"#, None).into();
        assert_eq!(e.class_name(), "NotImplementedError");
        assert!(matches!(e, FfiError::NotImplemented { status: Some(501), .. }));
        let e: FfiError = cloudpirates::Error::from_response(500, b"{}", None).into();
        assert!(matches!(e, FfiError::InternalServer { status: Some(500), .. }));
    }

    #[test]
    fn config_is_checked() {
        assert!(
            FfiClient::new(ClientConfig {
                api_key: Some("k".into()),
                base_url: Some("http://127.0.0.1:9/v1".into()),
                ..Default::default()
            })
            .is_ok()
        );
        assert!(matches!(
            FfiClient::new(ClientConfig { consistency: Some("sometimes".into()), ..Default::default() }),
            Err(FfiError::InvalidRequest { .. })
        ));
        assert!(matches!(
            FfiClient::new(ClientConfig { base_url: Some("http://example.com/v1".into()), ..Default::default() }),
            Err(FfiError::InvalidRequest { .. })
        ));
        let c = FfiClient::new(ClientConfig { api_key: Some("secret-key".into()), ..Default::default() }).unwrap();
        assert!(!format!("{c:?}").contains("secret-key"));
        assert!(operation_ids().contains(&"workspaces.members.update_role".to_owned()));
    }
}
